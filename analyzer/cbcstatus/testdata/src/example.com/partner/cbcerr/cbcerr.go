// Package cbcerr is a partner's shared helper package: it turns CBC answers into errors. // want package:"relevant, analysed"
package cbcerr

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Error is CBC's error body.
type Error struct {
	Code    string `json:"error_code"`
	Message string `json:"error_msg"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message } // want Error:"examines error_code"

// Check reads the answer and returns CBC's error, whatever the HTTP status.
func Check(resp *http.Response) error { // want Check:"examines error_code"
	var e Error
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return fmt.Errorf("decoding the CBC answer: %w", err)
	}
	if e.Code != "" {
		return &e
	}
	return nil
}

// FromMap finds the error in a decoded body.
func FromMap(m map[string]any) error { // want FromMap:"examines error_code"
	if code, ok := m["error_code"].(string); ok {
		return fmt.Errorf("CBC error %s", code)
	}
	return nil
}

// Drain empties and closes the body: it does not look at it.
func Drain(resp *http.Response) {
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
}

// Log records an event; it is given no part of the answer.
func Log(event string, status int) {}
