// Package logline logs beside status-only decisions on CBC replies: a log // want package:"relevant, analysed"
// line is handed an order ID, an event name, the status or the URL, never the
// reply or its body, so it cannot be where the reply is examined.
package logline

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"example.com/issue14/zlog"
)

const bssEndpoint = "https://bss.myhuaweicloud.com"

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

func Renew(id string) error {
	zlog.Info("renewing", "order", id)
	resp, err := http.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return nil
}

// The log line comes after the decision and is handed the status: the status
// is not the reply's body.
func Unsubscribe(id string) error {
	resp, err := http.Post(bssEndpoint+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"],"unsubscribe_type":1}`))
	if err != nil {
		zlog.Error("unsubscribe failed", err, "resource", id)
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("unsubscribe %s: HTTP %d", id, resp.StatusCode)
	}
	zlog.Info("unsubscribed", "resource", id, "status", resp.StatusCode)
	return nil
}

// The log line is handed the URL: a logger neither sends it nor reads the
// reply, so it is no excuse either.
func Pay(orderID string) error {
	url := bssEndpoint + "/v3/orders/customer-orders/pay"
	zlog.Info("paying", "url", url, "order", orderID)
	resp, err := http.Post(url, "application/json", strings.NewReader(`{"order_id":"`+orderID+`","use_coupon":"NO","use_discount":"NO"}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	}
	return nil
}

// --- left alone ------------------------------------------------------------------

// The same log line beside a check of the error_code.
func RenewChecked(id string) error {
	zlog.Info("renewing", "order", id)
	resp, err := http.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		zlog.Info("renewal failed", "order", id, "code", e.ErrorCode)
		return fmt.Errorf("renew %s: %s %s", id, e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// The reply is returned: the caller judges it.
func RenewRaw(id string) (*http.Response, error) { // want RenewRaw:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	zlog.Info("renewing", "order", id)
	resp, err := http.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return nil, fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return resp, nil
}
