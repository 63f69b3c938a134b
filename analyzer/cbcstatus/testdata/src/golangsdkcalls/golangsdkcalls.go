// Package golangsdkcalls calls CBC through github.com/chnsz/golangsdk, the way // want package:"relevant, analysed"
// terraform-provider-huaweicloud unsubscribes prepaid resources and waits for
// orders.
package golangsdkcalls

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
	"github.com/chnsz/golangsdk/openstack/bss/v2/resources"
)

// --- found ----------------------------------------------------------------------

func UnsubscribePrePaidResource(client *golangsdk.ServiceClient, resourceIDs []string) error {
	unsubscribeOpts := orders.UnsubscribeOpts{
		ResourceIds:     resourceIDs,
		UnsubscribeType: 1,
	}
	_, err := orders.Unsubscribe(client, unsubscribeOpts).Extract() // want `the orders.Unsubscribe response is discarded, but CBC reports failures in its ErrorCode with HTTP 200 and a nil error: check ErrorCode \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\)`
	return err
}

// --- left alone -----------------------------------------------------------------

func UnsubscribeChecked(client *golangsdk.ServiceClient, resourceIDs []string) error {
	order, err := orders.Unsubscribe(client, orders.UnsubscribeOpts{ResourceIds: resourceIDs, UnsubscribeType: 1}).Extract()
	if err != nil {
		return err
	}
	if order.ErrorCode != "" {
		return fmt.Errorf("unsubscribe failed: %s: %s", order.ErrorCode, order.ErrorMsg)
	}
	return nil
}

// The order status is returned to the waiter, which decides.
func refreshOrderStatus(client *golangsdk.ServiceClient, orderID string) func() (interface{}, string, error) {
	return func() (interface{}, string, error) {
		r, err := orders.Get(client, orderID).Extract()
		if err != nil {
			return nil, "Error", err
		}
		return r, strconv.Itoa(r.OrderInfo.Status), nil
	}
}

// PayOrders and ShowCustomerOrderDetails report no errors in a 200 body (the
// catalog's operations table): golangsdk's ErrorCode is never filled, and
// nothing but err needs checking.
func PayOrder(client *golangsdk.ServiceClient, orderID string) error {
	res := orders.PayOrder(client, orders.PayOrderOpts{OrderId: orderID, UseCoupon: "NO", UseDiscount: "NO"})
	if _, err := res.Extract(); err != nil {
		return fmt.Errorf("error paying order %s: %s", orderID, err)
	}
	return nil
}

func OrderDone(client *golangsdk.ServiceClient, orderID string) bool {
	order, err := orders.Get(client, orderID).Extract()
	return err == nil && order != nil
}

// ListPayPerUseCustomerResources reports no errors in a 200 body either.
func ResourceIDsByOrder(client *golangsdk.ServiceClient, orderID string) ([]string, error) {
	resp, err := resources.List(client, resources.ListOpts{OrderId: orderID, OnlyMainResource: 1})
	if err != nil {
		return nil, fmt.Errorf("error getting order (%s) details: %s", orderID, err)
	}
	if resp == nil || resp.TotalCount < 1 {
		return nil, errors.New("response empty")
	}
	ids := make([]string, len(resp.Resources))
	for i, v := range resp.Resources {
		ids[i] = v.ResourceId
	}
	return ids, nil
}

// Auto-renew answers no body: nothing to check beyond err.
func EnableAutoRenew(client *golangsdk.ServiceClient, id string) error {
	return resources.EnableAutoRenew(client, id)
}
