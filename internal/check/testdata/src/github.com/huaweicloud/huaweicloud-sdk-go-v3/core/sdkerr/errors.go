// Package sdkerr is a stub of the SDK's core/sdkerr: the real names and fields.
package sdkerr

type ServiceResponseError struct {
	StatusCode   int    `json:"status_code"`
	RequestId    string `json:"request_id"`
	ErrorCode    string `json:"error_code"`
	ErrorMessage string `json:"error_msg"`
}

func (e ServiceResponseError) Error() string { return e.ErrorCode + ": " + e.ErrorMessage }
