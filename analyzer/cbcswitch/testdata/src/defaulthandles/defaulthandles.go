// Package defaulthandles runs with default-handles set: a default clause (or a
// final else) counts as handling the critical codes, but never for twins.
package defaulthandles

import (
	"errors"
	"log"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

var ErrTopUp = errors.New("insufficient balance")

func withDefault(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode {
	case "CBC.5003":
		return ErrTopUp
	default:
		return se // the team's default reacts to every other code
	}
}

func withElse(code string) error {
	if code == "CBC.5003" {
		return ErrTopUp
	} else if code == "CBC.99003110" {
		return errors.New("order expired: submit it again")
	} else {
		return errors.New(code)
	}
}

// withoutDefault still needs the codes.
func withoutDefault(se *sdkerr.ServiceResponseError) {
	switch se.ErrorCode { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case "CBC.5003":
		log.Print("top up")
	}
}

// twinWithDefault: the default does not stand in for a twin.
func twinWithDefault(code string) error {
	switch code { // want `^switch on CBC code misses CBC\.3112 \(The coupon or stored-value card has been used\), required because its twin CBC\.99003112 is handled: handle both alike$`
	case "CBC.99003112":
		return errors.New("coupon used")
	default:
		return errors.New(code)
	}
}

// throttledWithDefault: the default does not stand in for the gateway's
// throttling where CBC's is handled.
func throttledWithDefault(code string) error {
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\)$`
	case "CBC.0250":
		return errors.New("retry later")
	default:
		return errors.New(code)
	}
}

// A table's lookup falls back to other code when the code is not in it: that
// fallback is the table's default.
var onPayError = map[string]error{
	"CBC.5003": ErrTopUp,
}

func payError(se *sdkerr.ServiceResponseError) error {
	if err, ok := onPayError[se.ErrorCode]; ok {
		return err
	}
	return se // the team's fallback reacts to every other code
}

// The fallback does not stand in for a twin either.
var onCouponError = map[string]error{ // want `^map dispatch on CBC code misses CBC\.3112 \(The coupon or stored-value card has been used\), required because its twin CBC\.99003112 is handled: handle both alike$`
	"CBC.99003112": errors.New("coupon used"),
}
