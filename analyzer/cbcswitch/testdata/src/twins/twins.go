// Package twins handles one code of a twin group and not the other.
package twins

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

var (
	ErrCouponUsed  = errors.New("the coupon has already been used")
	ErrCodeExpired = errors.New("the verification code has expired: send a new one")
	ErrRetry       = errors.New("retry later")
)

// couponError knows the newer HTTP-400 code but not the older HTTP-200 one.
func couponError(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { // want `^switch on CBC code misses CBC\.3112 \(The coupon or stored-value card has been used\), required because its twin CBC\.99003112 is handled: handle both alike$`
	case "CBC.99003112":
		return ErrCouponUsed
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return ErrRetry
	}
	return se
}

// verificationError knows the short form of "expired verification code" only.
func verificationError(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { // want `^switch on CBC code misses CBC\.99000027 \(Expired verification code\), required because its twin CBC\.7151 is handled: handle both alike$`
	case "CBC.7151":
		return ErrCodeExpired
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return ErrRetry
	}
	return se
}

// bothForms handles both members of each group: no finding.
func bothForms(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode {
	case "CBC.7151", "CBC.99000027":
		return ErrCodeExpired
	case "CBC.3112", "CBC.99003112":
		return ErrCouponUsed
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return ErrRetry
	}
	return se
}

// notTwins: CBC.3162 and CBC.99003162 mean different things, and CBC.5003
// (order payment) and CBC.99005003 (enterprise fund allocation) come from
// different APIs; handling one asks nothing about the other.
func notTwins(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode {
	case "CBC.3162", "CBC.99005003":
		return se
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308", "CBC.99000088", "CBC.99007461":
		return ErrRetry
	}
	return se
}
