// Package gateway backs off when BSS is throttled: by CBC (CBC.0250) or by the
// API gateway in front of it, which answers {"error_code": "APIGW.0308"} with
// HTTP 429 (Huawei's FAQ writes APIG.0308).
package gateway

import (
	"errors"
	"time"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
)

const (
	gatewayThrottled = "apigw.0308" // want `malformed API gateway error code "apigw.0308": the API gateway sends APIGW.0308 \(The throttling threshold has been reached: policy user over ratelimit,limit:10,time:1 sec…\), so this never matches; write "APIGW.0308"`
	faqThrottled     = "APIG-0308"  // want `malformed API gateway error code "APIG-0308": the API gateway sends APIG.0308`
	shortThrottled   = "APIGW.308"  // want `API gateway error code "APIGW.308" has a digit too many or too few: the API gateway sends APIGW.0308 .*; write "APIGW.0308"`
)

// backoff says how long to wait before sending a throttled request again.
func backoff(err error, attempt int) (time.Duration, bool) {
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return 0, false
	}
	switch se.ErrorCode {
	case "CBC.0250", gatewayThrottled, faqThrottled:
		return time.Duration(1<<attempt) * time.Second, true
	}
	return 0, false
}

// throttledByGateway is a check written with codes a digit short or long.
func throttledByGateway(se *sdkerr.ServiceResponseError) bool {
	return se.StatusCode == 429 && (se.ErrorCode == shortThrottled || se.ErrorCode == "APIG.03088") // want `API gateway error code "APIG.03088" has a digit too many or too few: the API gateway sends APIG.0308`
}

// Left alone: the gateway's other codes are real and the catalog holds only
// its throttling; a well-formed one it lacks is not a mistake.
func gatewayCodes(se *sdkerr.ServiceResponseError) bool {
	return se.ErrorCode == "APIG.2000" || se.ErrorCode == "APIGW.0301" || se.ErrorCode == "APIG.3711" ||
		se.ErrorCode == "APIGW.0308" || se.ErrorCode == "APIG.0308" || se.ErrorCode == "apig.2000"
}

var _, _ = gatewayCodes, throttledByGateway
