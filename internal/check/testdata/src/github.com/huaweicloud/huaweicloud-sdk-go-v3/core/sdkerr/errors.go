// Package sdkerr is a stub of the Huawei Cloud Go SDK's error package, with
// the real names and fields.
package sdkerr

import "fmt"

type ServiceResponseError struct {
	StatusCode                  int    `json:"status_code"`
	RequestId                   string `json:"request_id"`
	ErrorCode                   string `json:"error_code"`
	ErrorMessage                string `json:"error_msg"`
	EncodedAuthorizationMessage string `json:"encoded_authorization_message"`
}

func (e ServiceResponseError) Error() string {
	return fmt.Sprintf("{\"status_code\": %d, \"request_id\": %q, \"error_code\": %q, \"error_message\": %q}", e.StatusCode, e.RequestId, e.ErrorCode, e.ErrorMessage)
}
