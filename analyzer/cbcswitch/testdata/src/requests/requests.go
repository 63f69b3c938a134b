// Package requests dispatches on the code of a whole CBC request: the
// ErrorCode of the *sdkerr.ServiceResponseError an SDK call returned, or of a
// reply that carries one. Token and throttling codes (CBC's and the API
// gateway's alike) come here, and the operation's own critical codes.
package requests

import (
	"errors"
	"fmt"
	"time"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var ErrRetry = errors.New("retry later")

// A renewal's request-level dispatch: the operation's critical CBC.5020 is
// required although no renewal code is handled, and the gateway's
// throttling with CBC's.
func Renew(client *bss.BssClient, ids []string) error {
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code of a RenewalResources reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 \(invalid or expired token: refresh credentials\); CBC\.5020 \(partial failure, returned with HTTP 200: inspect the per-item results\), critical for RenewalResources$`
	case "CBC.0250":
		time.Sleep(time.Second)
		return ErrRetry
	case "CBC.0100":
		return fmt.Errorf("bad renewal request: %w", err)
	default:
		return err
	}
}

// The gateway's throttling handled, CBC's forgotten: one concern.
func Unsubscribe(client *bss.BssClient, ids []string) error {
	_, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}})
	if se, ok := err.(*sdkerr.ServiceResponseError); ok {
		switch se.ErrorCode { // want `^switch on CBC code of a CancelResourcesSubscription reply misses APIG\.0308 \(request throttled by the API gateway: handle it alike with APIGW\.0308\); CBC\.0154 \(invalid or expired token: refresh credentials\); CBC\.0250 \(request throttled: back off and retry\); CBC\.5020 \(partial failure, returned with HTTP 200: inspect the per-item results\), required because CBC\.99003651 is handled$`
		case "APIGW.0308":
			return ErrRetry
		case "CBC.99003651":
			return fmt.Errorf("another operation on these resources is in progress: %w", err)
		}
	}
	return err
}

// Every request-level requirement met: silent.
func RenewCareful(client *bss.BssClient, ids []string) error {
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	switch se.ErrorCode {
	case "CBC.0250", "APIGW.0308", "APIG.0308":
		return ErrRetry
	case "CBC.0154":
		return fmt.Errorf("refresh the credentials: %w", err)
	case "CBC.5020":
		return fmt.Errorf("some resources were not renewed: %w", err)
	default:
		return err
	}
}

// A reply whose own ErrorCode carries the whole request's code.
func Identity(client *bss.BssClient, value string) string {
	resp, err := client.CheckUserIdentity(&model.CheckUserIdentityRequest{Body: &model.CheckSubcustomerUserReq{SearchType: "email", SearchValue: value}})
	if err != nil || resp.ErrorCode == nil {
		return "unknown"
	}
	switch *resp.ErrorCode { // want `^switch on CBC code of a CheckUserIdentity reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 .*; CBC\.0250 .*$`
	case "CBC.0000":
		return "free"
	case "CBC.99000029":
		return "taken"
	}
	return "unknown"
}
