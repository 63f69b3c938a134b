// Package payload reads the data of CBC replies without their error fields. // want package:"relevant, analysed"
// An SDK response type says what the reply carries: CheckUserIdentity's
// carries error_code, so reading CheckResult alone is not examining it. A
// golangsdk type may carry an error_code the API never fills; the catalog's
// operations table says whether the operation reports errors in a 200 body:
// resources.List (ListPayPerUseCustomerResources) does not, orders.Unsubscribe
// (CancelResourcesSubscription) does.
package payload

import (
	"errors"
	"fmt"

	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
	"github.com/chnsz/golangsdk/openstack/bss/v2/resources"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

// LoginNameAvailable reads only the payload of an answer whose SDK model
// carries error_code: found.
func LoginNameAvailable(client *bss.BssClient, name string) (bool, error) {
	resp, err := client.CheckUserIdentity(&model.CheckUserIdentityRequest{Body: &model.CheckSubcustomerUserReq{SearchType: "name", SearchValue: name}}) // want `ErrorCode of the CheckUserIdentity response is never checked|never checked|never examined`
	if err != nil {
		return false, err
	}
	return resp.CheckResult != nil && *resp.CheckResult == "available", nil
}

// UnsubscribeOrders reads only the order IDs of an unsubscription, whose
// operation reports failed resources with HTTP 200: found.
func UnsubscribeOrders(client *golangsdk.ServiceClient, ids []string) ([]string, error) {
	order, err := orders.Unsubscribe(client, orders.UnsubscribeOpts{ResourceIds: ids, UnsubscribeType: 1}).Extract() // want `ErrorCode of the orders.Unsubscribe response is never checked|never checked|never examined|CancelResourcesSubscription`
	if err != nil {
		return nil, err
	}
	return order.OrderIDs, nil
}

// --- left alone ------------------------------------------------------------------

func LoginNameAvailableChecked(client *bss.BssClient, name string) (bool, error) {
	resp, err := client.CheckUserIdentity(&model.CheckUserIdentityRequest{Body: &model.CheckSubcustomerUserReq{SearchType: "name", SearchValue: name}})
	if err != nil {
		return false, err
	}
	if resp.ErrorCode != nil && *resp.ErrorCode != "CBC.0000" {
		return false, fmt.Errorf("check identity: %s", *resp.ErrorCode)
	}
	return resp.CheckResult != nil && *resp.CheckResult == "available", nil
}

// resources.List is ListPayPerUseCustomerResources, a query whose errors come
// with 4xx: reading the data is all there is to do.
func ResourceIDsByOrder(client *golangsdk.ServiceClient, orderID string) ([]string, error) {
	resp, err := resources.List(client, resources.ListOpts{OrderId: orderID, OnlyMainResource: 1})
	if err != nil {
		return nil, fmt.Errorf("error getting order (%s) details: %s", orderID, err)
	}
	if resp.TotalCount < 1 {
		return nil, errors.New("response empty")
	}
	ids := make([]string, len(resp.Resources))
	for i, v := range resp.Resources {
		ids[i] = v.ResourceId
	}
	return ids, nil
}

func UnsubscribeOrdersChecked(client *golangsdk.ServiceClient, ids []string) ([]string, error) {
	order, err := orders.Unsubscribe(client, orders.UnsubscribeOpts{ResourceIds: ids, UnsubscribeType: 1}).Extract()
	if err != nil {
		return nil, err
	}
	if order.ErrorCode != "" {
		return nil, fmt.Errorf("unsubscribe: %s: %s", order.ErrorCode, order.ErrorMsg)
	}
	return order.OrderIDs, nil
}
