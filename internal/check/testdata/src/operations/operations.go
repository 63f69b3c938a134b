// Package operations reads CBC's replies the ways client code does; the test
// analyzer reports what OperationOf says of every ErrorCode it reads.
package operations

import (
	"errors"
	"log"

	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

func renew(client *bss.BssClient, ids []string) error {
	resp, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids}})
	if err != nil {
		if se, ok := err.(*sdkerr.ServiceResponseError); ok {
			log.Print(se.ErrorCode) // want `RenewalResources reply`
		}
		return err
	}
	if resp.FailResourceInfos == nil {
		return nil
	}
	for _, f := range *resp.FailResourceInfos {
		log.Print(*f.ErrorCode) // want `RenewalResources item`
		code := f.ErrorCode     // want `RenewalResources item`
		log.Print(*code)        // want `RenewalResources item`
	}
	first := (*resp.FailResourceInfos)[0]
	log.Print(first.ErrorCode)                        // want `RenewalResources item`
	log.Print((*resp.FailResourceInfos)[1].ErrorCode) // want `RenewalResources item`
	return nil
}

func unsubscribe(client *bss.BssClient) error {
	_, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{})
	var se *sdkerr.ServiceResponseError
	if errors.As(err, &se) {
		log.Print(se.ErrorCode) // want `CancelResourcesSubscription reply`
	}
	switch e := err.(type) {
	case *sdkerr.ServiceResponseError:
		log.Print(e.ErrorCode) // want `CancelResourcesSubscription reply`
	}
	return err
}

func reclaim(resp *model.ReclaimCouponQuotasResponse) {
	for _, d := range *resp.ErrorDetails {
		log.Print(d.ErrorCode) // want `ReclaimCouponQuotas item`
	}
}

// Left alone: nothing says which operation replied.
func unknown(err error, f model.FailResourceInfo) {
	if se, ok := err.(*sdkerr.ServiceResponseError); ok {
		log.Print(se.ErrorCode)
	}
	log.Print(f.ErrorCode) // a parameter: its caller is not looked at
}

// The last assignment before the read decides.
func reassigned(client *bss.BssClient) {
	_, err := client.RenewalResources(nil)
	_, err = client.PayOrders(nil)
	if se, ok := err.(*sdkerr.ServiceResponseError); ok {
		log.Print(se.ErrorCode) // want `PayOrders reply`
	}
}

// golangsdk's unsubscribe result answers CancelResourcesSubscription.
func unsubscribeGolangsdk(client *golangsdk.ServiceClient, ids []string) error {
	order, err := orders.Unsubscribe(client, orders.UnsubscribeOpts{ResourceIds: ids, UnsubscribeType: 1}).Extract()
	if err != nil {
		return err
	}
	log.Print(order.ErrorCode) // want `CancelResourcesSubscription reply`
	return nil
}

// Conversions and type assertions do not change which value is read.
func converted(resp *model.RenewalResourcesResponse, v any) {
	for _, f := range *resp.FailResourceInfos {
		text := string(*f.ErrorCode) // want `RenewalResources item`
		log.Print(text)              // want `RenewalResources item`
	}
	for _, f := range *resp.FailResourceInfos {
		v = f
		g := v.(model.FailResourceInfo)
		log.Print(g.ErrorCode) // want `RenewalResources item`
	}
}
