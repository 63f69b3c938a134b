// Package generics: a dispatch over a type parameter is a dispatch too.
package generics

import "errors"

type Code interface{ ~string }

var (
	ErrTopUp  = errors.New("top up the partner account")
	ErrFailed = errors.New("payment failed")
)

func payError[C Code](code C) error {
	switch code { // want `switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC.0154 .*; CBC.0250 .*; CBC.99000088 \(payment is being processed: never pay again\), required because CBC.5003 is handled`
	case "CBC.5003":
		return ErrTopUp
	}
	return ErrFailed
}

func payErrorIf[C Code](code C) error {
	if code == "CBC.5003" { // want `if/else chain on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC.0154 .*CBC.99000088`
		return ErrTopUp
	} else if code == "CBC.3106" || code == "CBC.99003106" {
		return ErrFailed
	}
	return nil
}

func payErrors[C Code]() map[C]error {
	return map[C]error{ // want `map dispatch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC.0154 .*; CBC.0250 .*; CBC.99000088 .*, required because CBC.5003 is handled`
		"CBC.5003": ErrTopUp,
	}
}
