// Package tworeplies makes two CBC requests in one function: each reply is // want package:"relevant, analysed"
// judged on its own, so examining the first reply's error_code does not
// excuse a status-only decision on the second.
package tworeplies

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

const bssEndpoint = "https://bss.myhuaweicloud.com"

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type renewReply struct {
	OrderIDs []string `json:"order_ids"`
	cbcError
}

// RenewAndPay renews (and checks the renewal's error_code), then pays the
// order it produced, judging the payment by its status alone.
func RenewAndPay(hc *http.Client, id string) error {
	r1, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
	if err != nil {
		return err
	}
	defer r1.Body.Close()
	var renewed renewReply
	if err := json.NewDecoder(r1.Body).Decode(&renewed); err != nil {
		return err
	}
	if renewed.ErrorCode != "" {
		return fmt.Errorf("renew %s: %s %s", id, renewed.ErrorCode, renewed.ErrorMsg)
	}
	if len(renewed.OrderIDs) == 0 {
		return errors.New("renew: no order")
	}
	r2, err := hc.Post(bssEndpoint+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(`{"order_id":"`+renewed.OrderIDs[0]+`"}`))
	if err != nil {
		return err
	}
	defer r2.Body.Close()
	if r2.StatusCode != 200 { // want `r2.StatusCode != 200 does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("pay %s: HTTP %d", renewed.OrderIDs[0], r2.StatusCode)
	}
	return nil
}

// UnsubscribeThenRenew judges the first reply by its status and examines the
// second: the first is found, the second left alone.
func UnsubscribeThenRenew(hc *http.Client, old, id string) error {
	r1, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", strings.NewReader(`{"resource_ids":["`+old+`"],"unsubscribe_type":1}`))
	if err != nil {
		return err
	}
	r1.Body.Close()
	if r1.StatusCode != http.StatusOK { // want `r1.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("unsubscribe %s: HTTP %d", old, r1.StatusCode)
	}
	r2, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
	if err != nil {
		return err
	}
	defer r2.Body.Close()
	var e cbcError
	if err := json.NewDecoder(r2.Body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		return fmt.Errorf("renew %s: %s %s", id, e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// The same over the SDK: the unsubscription's failures are checked, the
// renewal is judged by HttpStatusCode alone.
func ReplaceSDK(client *bss.BssClient, old, id string) error {
	cancelled, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: []string{old}, UnsubscribeType: 1}})
	if err != nil {
		return err
	}
	if cancelled.FailResourceInfos != nil && len(*cancelled.FailResourceInfos) > 0 {
		return fmt.Errorf("unsubscribe %s: %s", old, *(*cancelled.FailResourceInfos)[0].ErrorCode)
	}
	renewed, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: []string{id}, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return err
	}
	if renewed.HttpStatusCode != http.StatusOK { // want `renewed.HttpStatusCode != http.StatusOK does not mean success|does not mean success|alone`
		return fmt.Errorf("renew %s: HTTP %d", id, renewed.HttpStatusCode)
	}
	return nil
}

// --- left alone: both replies examined --------------------------------------

func RenewAndPayChecked(hc *http.Client, id string) error {
	r1, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
	if err != nil {
		return err
	}
	defer r1.Body.Close()
	var renewed renewReply
	if err := json.NewDecoder(r1.Body).Decode(&renewed); err != nil {
		return err
	}
	if renewed.ErrorCode != "" || len(renewed.OrderIDs) == 0 {
		return fmt.Errorf("renew %s: %s %s", id, renewed.ErrorCode, renewed.ErrorMsg)
	}
	r2, err := hc.Post(bssEndpoint+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(`{"order_id":"`+renewed.OrderIDs[0]+`"}`))
	if err != nil {
		return err
	}
	defer r2.Body.Close()
	var paid cbcError
	if err := json.NewDecoder(r2.Body).Decode(&paid); err != nil {
		return err
	}
	if r2.StatusCode != 200 || paid.ErrorCode != "" {
		return fmt.Errorf("pay %s: HTTP %d: %s %s", renewed.OrderIDs[0], r2.StatusCode, paid.ErrorCode, paid.ErrorMsg)
	}
	return nil
}

func ReplaceSDKChecked(client *bss.BssClient, old, id string) error {
	cancelled, err := client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: []string{old}, UnsubscribeType: 1}})
	if err != nil {
		return err
	}
	if cancelled.FailResourceInfos != nil && len(*cancelled.FailResourceInfos) > 0 {
		return fmt.Errorf("unsubscribe %s: %s", old, *(*cancelled.FailResourceInfos)[0].ErrorCode)
	}
	renewed, err := client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: []string{id}, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return err
	}
	if renewed.HttpStatusCode != http.StatusOK || renewed.FailResourceInfos != nil && len(*renewed.FailResourceInfos) > 0 {
		return fmt.Errorf("renew %s: HTTP %d", id, renewed.HttpStatusCode)
	}
	return nil
}
