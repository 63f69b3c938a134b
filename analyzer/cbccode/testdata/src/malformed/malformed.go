package malformed

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

const (
	codeThrottled = "cbc.0250"  // want `malformed CBC error code "cbc.0250": CBC sends CBC.0250 \(Connection request control triggered\), so this never matches; write "CBC.0250"`
	codeLocked    = "CBC3002"   // want `malformed CBC error code "CBC3002": CBC sends CBC.3002 \(The resource has been locked\)`
	codeBalance   = "CBC-5003"  // want `malformed CBC error code "CBC-5003": CBC sends CBC.5003 \(Insufficient balance\)`
	codeWebsite   = "CBC.O150"  // want `malformed CBC error code "CBC.O150": CBC sends CBC.0150`
	codePadded    = " CBC.5003" // want `malformed CBC error code " CBC.5003": CBC sends CBC.5003`
	codeRaw       = `CBC_5020`  // want `malformed CBC error code "CBC_5020": CBC sends CBC.5020 \(Partial failure\)`
)

// retryable decides whether a failed ShowCustomerAccountBalances call is retried.
func retryable(err error) bool {
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return false
	}
	return se.ErrorCode == "CBC.O25O" // want `malformed CBC error code "CBC.O25O": CBC sends CBC.0250`
}

var _ = []string{codeThrottled, codeLocked, codeBalance, codeWebsite, codePadded, codeRaw}
