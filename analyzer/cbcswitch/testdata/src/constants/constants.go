// Package constants dispatches on codes named in another package, including
// constant expressions and a typed constant.
package constants

import (
	"time"

	"cbccodes"
)

type Action int

const (
	Fail Action = iota
	Retry
	Refresh
	Wait
)

// onPayError names every code through constants and still misses the
// payment-in-progress code.
func onPayError(code string) Action {
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.99000088 \(payment is being processed: never pay again\), required because CBC\.5003 is handled$`
	case cbccodes.InsufficientBalance:
		return Fail
	case cbccodes.TokenExpired:
		return Refresh
	case cbccodes.Throttled:
		time.Sleep(time.Second)
		return Retry
	}
	return Fail
}

// onOrderError switches on a typed code; the twin of the typed constant is missing.
func onOrderError(code cbccodes.Code) Action {
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.3106 \(The order status has changed and no payment can be made\), required because its twin CBC\.99003106 is handled: handle both alike; CBC\.99000088 .*$`
	case cbccodes.OrderStatusChanged:
		return Fail
	case cbccodes.TokenExpired, cbccodes.Throttled:
		return Retry
	}
	return Fail
}

// onRenewError uses a local constant expression.
func onRenewError(code string) Action {
	const base = "CBC."
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.3124 \(Resources have been unsubscribed from\), required because its twin CBC\.99003124 is handled: handle both alike; CBC\.5020 \(partial failure, returned with HTTP 200: inspect the per-item results\), required because CBC\.99003124 is handled$`
	case base + "99003124":
		return Fail
	case cbccodes.TokenExpired, cbccodes.Throttled:
		return Retry
	}
	return Fail
}
