// Package unknownop dispatches on codes whose operation the code does not
// show: an error handed in by the caller, a code from a map. Today's rule
// stands: every critical code, scoped by the topics handled.
package unknownop

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

var ErrTopUp = errors.New("insufficient balance: top up the partner account")

// Classify is handed the error of some CBC call.
func Classify(err error) error {
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 \(invalid or expired token: refresh credentials\); CBC\.0250 \(request throttled: back off and retry\); CBC\.99000088 \(payment is being processed: never pay again\), required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	default:
		return err
	}
}

// A code of one item, but of which operation's reply nothing says: the
// position is not known either, and today's rule stands.
func ItemCode(codes map[string]string, id string) string {
	switch codes[id] { // want `^switch on CBC code misses .*CBC\.0154 .*CBC\.0250 .*CBC\.3144 \(.*\), required because its twin CBC\.99003144 is handled: handle both alike; CBC\.5020 \(.*\), required because CBC\.99003144 is handled$`
	case "CBC.99003144":
		return "order in progress"
	}
	return ""
}
