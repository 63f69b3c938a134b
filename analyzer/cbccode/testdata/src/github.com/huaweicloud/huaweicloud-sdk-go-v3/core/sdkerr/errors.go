// Package sdkerr is a stub of the Huawei Cloud Go SDK's core/sdkerr, with the real names.
package sdkerr

type ServiceResponseError struct {
	StatusCode   int    `json:"status_code"`
	RequestId    string `json:"request_id"`
	ErrorCode    string `json:"error_code"`
	ErrorMessage string `json:"error_message"`
}

func (e ServiceResponseError) Error() string { return e.ErrorCode + ": " + e.ErrorMessage }
