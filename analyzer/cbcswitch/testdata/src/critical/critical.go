// Package critical runs with -cbcswitch.critical=-CBC.0250,+CBC.99003110:payment,+CBC.5042:
// throttling is no longer required, an expired unpaid order is required where
// payment codes are handled, and "resources cannot be found" everywhere.
package critical

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

func payError(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { // want `^switch on CBC code misses CBC\.5042 \(Resources cannot be found; critical by configuration\); CBC\.99003110 \(The order has not been paid before the expiration time\. Please re-submit the order; critical by configuration\), required because CBC\.5003 is handled$`
	case "CBC.5003":
		return errors.New("top up")
	case "CBC.99000088":
		return nil // being processed: do not pay again
	case "CBC.0154":
		return errors.New("refresh the token")
	}
	return se
}

// A verification dispatch is not asked for the payment-scoped code.
func verificationError(se *sdkerr.ServiceResponseError) error {
	switch se.ErrorCode { // want `^switch on CBC code misses CBC\.5042 \(Resources cannot be found; critical by configuration\)$`
	case "CBC.7152", "CBC.99000026":
		return errors.New("wrong code")
	case "CBC.0154":
		return errors.New("refresh the token")
	}
	return se
}

// Tables follow the same settings.
var onPayError = map[string]error{ // want `^map dispatch on CBC code misses CBC\.5042 \(Resources cannot be found; critical by configuration\); CBC\.99003110 \(.*; critical by configuration\), required because CBC\.5003 is handled$`
	"CBC.5003":     errors.New("top up"),
	"CBC.99000088": nil, // being processed: do not pay again
	"CBC.0154":     errors.New("refresh the token"),
}
