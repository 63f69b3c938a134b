// want package:"relevant, analysed"

// Package statustext decides CBC's success by the status text: the body
// is decoded into the payload, but error_code is never read.
package statustext

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

const payURL = "https://bss.myhuaweicloud.com/v3/orders/customer-orders/pay"

type payReply struct {
	OrderID   string `json:"order_id"`
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type payload struct {
	OrderID string `json:"order_id"`
}

func Pay(hc *http.Client, orderID string) (string, error) {
	resp, err := hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`","use_coupon":"NO","use_discount":"NO"}`))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out payload
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if resp.Status != "200 OK" { // want `resp.Status != "200 OK" does not mean success: bss.myhuaweicloud.com`
		return "", fmt.Errorf("pay %s: %s", orderID, resp.Status)
	}
	return out.OrderID, nil
}

func PayPrefix(hc *http.Client, orderID string) (string, error) {
	resp, err := hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out payload
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if !strings.HasPrefix(resp.Status, "2") { // want `strings.HasPrefix\(resp.Status, "2"\) does not mean success`
		return "", fmt.Errorf("pay %s: %s", orderID, resp.Status)
	}
	return out.OrderID, nil
}

// --- left alone ------------------------------------------------------------------

func PayChecked(hc *http.Client, orderID string) (string, error) {
	resp, err := hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out payReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return "", err
	}
	if resp.Status != "200 OK" || out.ErrorCode != "" {
		return "", fmt.Errorf("pay %s: %s %s %s", orderID, resp.Status, out.ErrorCode, out.ErrorMsg)
	}
	return out.OrderID, nil
}

// A probe of throttling by the status text decides nothing.
func Throttled(hc *http.Client) (bool, error) {
	resp, err := hc.Get("https://bss.myhuaweicloud.com/v2/orders/customer-orders")
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.Status == "429 Too Many Requests", nil
}
