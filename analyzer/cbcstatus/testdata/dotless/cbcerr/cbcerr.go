// Package cbcerr reads CBC's error out of an answer: a helper of the same // want package:"relevant, analysed"
// module, whose path ("billing/cbcerr") has no dot, as in many private modules.
package cbcerr

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type answer struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

// Check decodes the body and returns CBC's error, if any.
func Check(resp *http.Response) error { // want Check:`examines error_code of param 0`
	var a answer
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return err
	}
	if a.ErrorCode != "" {
		return fmt.Errorf("CBC error %s: %s", a.ErrorCode, a.ErrorMsg)
	}
	return nil
}
