// Package short holds codes one digit short, as a hand typing CBC.0250 drops
// its last zero.
package short

import (
	"errors"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

const (
	CodeThrottled = "CBC.025" // want `unknown CBC error code CBC.025: 2 documented codes are equally close: CBC.0250 \(Connection request control triggered\) or CBC.5025 \(.*\); pick the one CBC returns`
	CodeNoEmail   = "CBC.404" // want `unknown CBC error code CBC.404: did you mean CBC.4004 \(The email address is empty\)\?$`
)

// balanceShort: three digits, several codes one digit away.
func balanceShort(err error) bool {
	var se *sdkerr.ServiceResponseError
	return errors.As(err, &se) && se.ErrorCode == "CBC.500" // want `unknown CBC error code CBC.500: 8 documented codes are equally close \(CBC.5001, CBC.5002, CBC.5003, …\); run cbclint -explain CBC.500 and pick the one CBC returns`
}

// Written with another separator, three digits are not taken for a code:
// cipher modes and key sizes look like that.
var modes = []string{"CBC-256", "cbc_128", "CBC128", "CBC.12", "version CBC.1"}

var _ = []string{CodeThrottled, CodeNoEmail}
