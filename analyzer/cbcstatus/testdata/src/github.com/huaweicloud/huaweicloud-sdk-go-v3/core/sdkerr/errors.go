// Package sdkerr is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr v0.1.207.
package sdkerr

import "fmt"

type ServiceResponseError struct {
	StatusCode                  int                    `json:"status_code"`
	RequestId                   string                 `json:"request_id"`
	ErrorCode                   string                 `json:"error_code" bson:"errorCode"`
	ErrorMessage                string                 `json:"error_message" bson:"errorMsg"`
	EncodedAuthorizationMessage string                 `json:"encoded_authorization_message"`
	Details                     []ServiceResponseError `json:"details"`
}

func (sr ServiceResponseError) Error() string {
	return fmt.Sprintf("{\"ErrorMessage\": \"%s\",\"ErrorCode\": \"%s\"}", sr.ErrorMessage, sr.ErrorCode)
}
