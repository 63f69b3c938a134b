// Package payment pays a customer's yearly/monthly order and forgets that a
// payment can still be in progress.
package payment

import (
	"errors"
	"fmt"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

var ErrTopUp = errors.New("insufficient balance: top up the partner account")

func PayOrder(client *bss.BssClient, orderID string) error {
	_, err := client.PayOrders(&model.PayOrdersRequest{Body: &model.PayCustomerOrderV3Req{OrderId: orderID}})
	var se *sdkerr.ServiceResponseError
	if !errors.As(err, &se) {
		return err
	}
	switch se.ErrorCode { // want `^switch on CBC code of a PayOrders reply misses APIG\.0308 and APIGW\.0308 \(request throttled by the API gateway: handle them alike with CBC\.0250\); CBC\.0154 \(invalid or expired token: refresh credentials\); CBC\.0250 \(request throttled: back off and retry\); CBC\.99000088 \(payment is being processed: never pay again\), required because CBC\.5003 is handled$`
	case "CBC.5003":
		return ErrTopUp
	case "CBC.3106", "CBC.99003106":
		return fmt.Errorf("order %s can no longer be paid: %w", orderID, err)
	default:
		return err // the caller pays again on any other error
	}
}
