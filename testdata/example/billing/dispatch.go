package billing

import (
	"errors"
	"time"
)

// APIError is what a CBC call returns on failure: {"error_code": ..., "error_msg": ...}.
type APIError struct {
	StatusCode   int
	ErrorCode    string
	ErrorMessage string
}

func (e *APIError) Error() string { return e.ErrorCode + ": " + e.ErrorMessage }

// ErrRetryLater asks the caller to repeat the call after a while.
var ErrRetryLater = errors.New("retry later")

// renewOutcome decides what a batch renewal's error means. It forgets CBC.5020:
// a partial failure comes with HTTP 200, and the failed resources are lost.
func renewOutcome(err *APIError) error {
	switch err.ErrorCode {
	case "CBC.30050013", "CBC.99003638", "CBC.3638":
		return nil // cannot be renewed: nothing to do
	case "CBC.0154", "CBC.0250":
		time.Sleep(time.Second)
		return ErrRetryLater
	default:
		return err
	}
}

// couponOutcome knows the newer code for a used coupon, not the older HTTP-200 one.
func couponOutcome(code string) error {
	if code == "CBC.99003112" {
		return errors.New("the coupon was used by another order")
	} else if code == "CBC.0154" || code == "CBC.0250" {
		return ErrRetryLater
	}
	return nil
}
