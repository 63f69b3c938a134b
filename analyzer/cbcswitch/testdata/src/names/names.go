// Package names declares constants for some codes, and imports a package that
// declares others: the cases and branches a fix adds use those names.
package names

import (
	"errors"

	"cbccodes"
)

const (
	CodeBalance   = "CBC.5003"
	CodeThrottled = "CBC.0250"
)

var ErrTopUp = errors.New("top up the account")

// onPay names CBC.0250 in this package, CBC.0154 and CBC.99000088 in cbccodes.
func onPay(code string) error {
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 .*CBC\.0154 .*CBC\.0250 .*CBC\.99000088 `
	case CodeBalance:
		return ErrTopUp
	}
	return nil
}

// onPayChain: the same as an if/else chain.
func onPayChain(code string) error {
	if code == CodeBalance { // want `^if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 .*CBC\.0154 .*CBC\.0250 .*CBC\.99000088 `
		return ErrTopUp
	} else if code == cbccodes.PartialFailure {
		return nil
	}
	return nil
}

// shadowed: a local CodeThrottled means something else here, so the new case
// writes the other name of CBC.0250, cbccodes.Throttled.
func shadowed(code string) error {
	CodeThrottled := "not a code"
	_ = CodeThrottled
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 .*CBC\.0154 .*CBC\.0250 .*CBC\.99000088 `
	case CodeBalance:
		return ErrTopUp
	}
	return nil
}

// typed: CBC.99003106's only name, cbccodes.OrderStatusChanged, is a
// cbccodes.Code, which a string cannot be compared with: the new case writes
// the literal.
func typed(code string) error {
	switch code { // want `^switch on CBC code misses .*CBC\.99003106 \(`
	case "CBC.3106":
		return errors.New("order status changed")
	}
	return nil
}

// The package reads cbccodes elsewhere too.
var renewal = cbccodes.PartialFailure
