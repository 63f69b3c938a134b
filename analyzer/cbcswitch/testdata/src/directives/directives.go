// Package directives: //cbclint:ignore cbcswitch with a reason suppresses a
// finding; a stale directive and one without a reason are reported.
package directives

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

func used(se *sdkerr.ServiceResponseError) error {
	//cbclint:ignore cbcswitch the caller retries throttled and unauthorised calls for every code
	switch se.ErrorCode {
	case "CBC.7152":
		return errors.New("wrong code")
	}
	return se
}

func trailing(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { //cbclint:ignore cbcswitch the caller retries throttled and unauthorised calls for every code
	case "CBC.7152":
		return errors.New("wrong code")
	}
	return se
}

func stale(se *sdkerr.ServiceResponseError) error {
	//cbclint:ignore cbcswitch nothing to suppress any more // want `//cbclint:ignore directive for cbcswitch suppresses nothing`
	switch se.ErrorCode {
	case "CBC.7152":
		return errors.New("wrong code")
	case "CBC.99000026":
		return errors.New("wrong code")
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return errors.New("retry")
	}
	return se
}

func withoutReason(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { /* // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*$` `//cbclint:ignore cbcswitch needs a reason` */ //cbclint:ignore cbcswitch
	case "CBC.7152":
		return errors.New("wrong code")
	}
	return se
}
