// want package:"relevant, analysed"

// Package other holds status predicates, helpers of another package. (A
// package is analysed when it can meet a reply: this one imports net/http.)
package other

import "net/http"

// IsSuccess reports whether an HTTP status is a 2xx.
func IsSuccess(code int) bool { // want IsSuccess:"status predicate over param 0"
	return code >= http.StatusOK && code < http.StatusMultipleChoices
}

// Failed reports whether the status line is not a 2xx, in a switch.
func Failed(status string) bool { // want Failed:"status predicate over param 0"
	switch status[:1] {
	case "2":
		return false
	}
	return true
}

// Check returns an error unless the status is 2xx.
func Check(code int) error { // want Check:"status predicate over param 0"
	if code/100 != 2 {
		return &StatusError{Code: code}
	}
	return nil
}

// StatusError is an HTTP status other than 2xx.
type StatusError struct{ Code int }

func (e *StatusError) Error() string { return http.StatusText(e.Code) }

// Retryable reports whether a status asks for a retry: it decides nothing
// about success.
func Retryable(code int) bool {
	return code == http.StatusTooManyRequests || code >= http.StatusInternalServerError
}
