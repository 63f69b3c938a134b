// Package defaults: a default clause does not handle the critical codes, and
// the fix adds them without changing behaviour.
package defaults

import (
	"errors"
	"log"
	"time"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

var ErrTopUp = errors.New("insufficient balance")

// withDefault sends every other code to the default clause: the fix adds
// cases that fall through into it.
func withDefault(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	default:
		log.Printf("pay order: %v", se)
		return se
	}
}

// withoutDefault does nothing for other codes: the fix adds empty cases.
func withoutDefault(se *sdkerr.ServiceResponseError) {
	switch se.ErrorCode { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*$`
	case "CBC.7152", "CBC.99000026":
		log.Print("wrong verification code")
	}
}

// defaultInTheMiddle: the new cases go right before default, wherever it is.
func defaultInTheMiddle(code string) time.Duration {
	switch code { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.3106 .*, required because its twin CBC\.99003106 is handled: handle both alike; CBC\.99000088 .*$`
	case "CBC.0250":
		return time.Minute
	default:
		return 0
	case "CBC.99003106":
		return -1
	}
}

// tagless compares one operand in each case.
func tagless(se *sdkerr.ServiceResponseError) error {
	switch { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case se == nil:
		return nil
	case se.ErrorCode == "CBC.5003":
		return ErrTopUp
	default:
		return se
	}
}

// No fix:

// The default comes first: new cases in front of it would be tried before
// se == nil and read the code of a nil error.
func defaultFirst(se *sdkerr.ServiceResponseError) error {
	switch { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	default:
		return se
	case se == nil:
		return nil
	case se.ErrorCode == "CBC.5003":
		return ErrTopUp
	}
}

// The operand is a call: a new case would call it once more.
func codeOf(err error) string {
	if se, ok := err.(*sdkerr.ServiceResponseError); ok {
		return se.ErrorCode
	}
	return ""
}

func byCall(err error) error {
	switch { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*; CBC\.99000088 .*, required because CBC\.5003 is handled$`
	case codeOf(err) == "CBC.5003":
		return ErrTopUp
	}
	return err
}
