package check

import (
	"go/types"
	"testing"
)

// TestHasErrorCode: a type carries CBC's error when a field's JSON name is
// error_code, whatever else its tag says; a Go name alone, another tag's key
// or another JSON name does not make one.
func TestHasErrorCode(t *testing.T) {
	t.Parallel()
	str := types.Typ[types.String]
	for tag, want := range map[string]bool{
		`json:"error_code"`:                      true,
		`json:"error_code,omitempty"`:            true,
		`xml:"code" json:"error_code,omitempty"`: true,
		`json:"ErrorCode"`:                       false,
		`json:"error_msg"`:                       false,
		`xml:"error_code"`:                       false,
		`mapstructure:"error_code" json:"code"`:  false,
		``:                                       false,
	} {
		st := types.NewStruct([]*types.Var{types.NewField(0, nil, "ErrorCode", str, false)}, []string{tag})
		if got := HasErrorCode(st); got != want {
			t.Errorf("HasErrorCode(struct{ ErrorCode string `%s` }) = %v, want %v", tag, got, want)
		}
	}
	if HasErrorCode(nil) {
		t.Error("HasErrorCode(nil) = true, want false")
	}
}
