package tables

import (
	"errors"
	"testing"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

// A table test lists cases, code and the error expected: not a dispatch.
func TestPayErrors(t *testing.T) {
	cases := map[string]error{
		"CBC.5003":     ErrTopUp,
		"CBC.99003106": ErrOrderClosed,
	}
	for code, want := range cases {
		se := &sdkerr.ServiceResponseError{StatusCode: 400, ErrorCode: code}
		if got := payErrors[se.ErrorCode]; !errors.Is(got, want) {
			t.Errorf("%s: got %v, want %v", code, got, want)
		}
	}
}
