// Package correct holds dispatches that handle what they must, and code that
// is no dispatch at all: no findings.
package correct

import (
	"errors"
	"net/http"
	"strings"
	"time"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var (
	ErrTopUp       = errors.New("insufficient balance")
	ErrProcessing  = errors.New("payment in progress: poll the order, do not pay again")
	ErrReauth      = errors.New("token expired")
	ErrThrottled   = errors.New("throttled")
	ErrOrderClosed = errors.New("order can no longer be paid")
)

// PayOrder handles everything a payment dispatch needs.
func PayOrder(client *bss.BssClient, orderID string) error {
	_, err := client.PayOrders(&model.PayOrdersRequest{Body: &model.PayCustomerOrderV3Req{OrderId: orderID}})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	switch se.ErrorCode {
	case "CBC.5003":
		return ErrTopUp
	case "CBC.99000088":
		return ErrProcessing
	case "CBC.3106", "CBC.99003106":
		return ErrOrderClosed
	case "CBC.0154":
		return ErrReauth
	case "CBC.0250", "APIGW.0308", "APIG.0308":
		return ErrThrottled
	default:
		return err
	}
}

// Renew handles the partial failure of the batch operation.
func Renew(client *bss.BssClient, ids []string) error {
	_, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return err
	}
	switch se.ErrorCode {
	case "CBC.5020":
		return errors.New("some resources were not renewed: check each item")
	case "CBC.3124", "CBC.99003124":
		return nil
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return se
	}
	return err
}

// Reclaim waits for a fund-retrieval task in progress instead of starting another.
func Reclaim(client *bss.BssClient, customerID, amount, transID string) error {
	_, err := client.ReclaimSubEnterpriseAmount(&model.ReclaimSubEnterpriseAmountRequest{
		Body: &model.RetrieveEnterpriseMultiAccountReq{CustomerId: customerID, Amount: amount, TransId: &transID},
	})
	se, ok := err.(*sdkerr.ServiceResponseError)
	if !ok {
		return err
	}
	switch se.ErrorCode {
	case "CBC.99005003":
		return errors.New("the member account's balance is too small")
	case "CBC.99007461":
		time.Sleep(time.Minute)
		return Reclaim(client, customerID, amount, transID)
	case "CBC.0154", "CBC.0250", "APIGW.0308", "APIG.0308":
		return se
	}
	return err
}

// Not dispatches on CBC codes:

func status(code int) string {
	switch code {
	case http.StatusOK:
		return "ok"
	case http.StatusTooManyRequests:
		return "throttled"
	}
	return "failed"
}

func region(name string) string {
	switch name {
	case "ap-southeast-1", "ap-southeast-3":
		return "bss-intl.myhuaweicloud.com"
	}
	return "bss.myhuaweicloud.com"
}

// succeeded checks for success, not for errors.
func succeeded(code string) bool {
	switch code {
	case "CBC.0000":
		return true
	}
	return false
}

// A case value known only at run time may be any code.
func configured(code, retryCode string) bool {
	switch code {
	case retryCode:
		return true
	case "CBC.5003":
		return false
	}
	return false
}

// isRetryable is a predicate, not a dispatch.
func isRetryable(code string) bool {
	if code == "CBC.0250" || code == "CBC.99003115" {
		return true
	}
	return false
}

// A condition that reads the operand in another way may handle any code.
func byPrefix(se *sdkerr.ServiceResponseError) time.Duration {
	switch {
	case strings.HasPrefix(se.ErrorCode, "CBC.0"):
		return time.Minute
	case se.ErrorCode == "CBC.5003":
		return 0
	}
	return -1
}

// A condition on something else (the HTTP status) may handle codes too.
func byStatus(se *sdkerr.ServiceResponseError) time.Duration {
	if se.StatusCode == http.StatusTooManyRequests {
		return time.Minute
	} else if se.ErrorCode == "CBC.5003" {
		return 0
	} else if se.ErrorCode == "CBC.99000088" {
		return time.Second
	}
	return -1
}

// Separate if statements are not an else chain.
func separate(code string) error {
	if code == "CBC.5003" {
		return ErrTopUp
	}
	if code == "CBC.99003110" {
		return ErrOrderClosed
	}
	return nil
}

// Cipher names are not codes.
func cipher(name string) int {
	switch name {
	case "aes-256-cbc", "DES-CBC3-SHA":
		return 1
	}
	return 0
}
