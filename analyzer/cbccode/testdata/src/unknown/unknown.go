package unknown

import "github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"

// unsubscribeFailed says whether CancelResourcesSubscription failed because an
// operation on the instance is in progress.
func unsubscribeFailed(se *sdkerr.ServiceResponseError) bool {
	return se.ErrorCode == "CBC.99003615" // want `unknown CBC error code CBC.99003615: did you mean CBC.99003651 \(Unsubscription not supported. An operation associated with this instance is in progress\)\?`
}

const (
	paymentBusy   = "CBC.99000808" // want `unknown CBC error code CBC.99000808: did you mean CBC.99000088 \(We have received your payment`
	noSuchCode    = "CBC.12345678" // want `unknown CBC error code CBC.12345678: no documented code is close; if CBC really returns it, add it to a catalog file \(-catalog-file\)`
	oneDigitWrong = "CBC.5009"     // want `unknown CBC error code CBC.5009: \d+ documented codes are equally close \(CBC.4009, CBC.5001, CBC.5002, …\); run cbclint -explain CBC.5009 and pick the one CBC returns`
	known         = "CBC.99003651"
)

var _ = []string{paymentBusy, noSuchCode, oneDigitWrong, known}
