// want package:"relevant, analysed"

// Package getenv takes its endpoints from the environment, with a default
// when the variable is empty: CBC's host by default is found, and the
// message says when.
package getenv

import (
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strings"
)

type payReply struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

// bssEndpoint is BSS_ENDPOINT, or CBC's endpoint when it is unset.
func bssEndpoint() string {
	if e := os.Getenv("BSS_ENDPOINT"); e != "" {
		return e
	}
	return "https://bss.myhuaweicloud.com"
}

func PayOrder(orderID string) error {
	resp, err := http.Post(bssEndpoint()+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com \(when BSS_ENDPOINT is unset\) answers errors with HTTP 200`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}

func Renew(ids []string) error {
	base, ok := os.LookupEnv("BSS_INTL_ENDPOINT")
	if !ok {
		base = "https://bss-intl.myhuaweicloud.com"
	}
	resp, err := http.Post(base+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(strings.Join(ids, ",")))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 { // want `resp.StatusCode/100 != 2 does not mean success: bss-intl.myhuaweicloud.com \(when BSS_INTL_ENDPOINT is unset\) answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

// get sends to the endpoint and hands the reply to its caller.
func get(path string) (*http.Response, error) {
	return http.Get(bssEndpoint() + path)
}

func Balances() error {
	resp, err := get("/v2/accounts/customer-accounts/balances")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com \(when BSS_ENDPOINT is unset\) answers errors with HTTP 200`
		return fmt.Errorf("balances: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- left alone ------------------------------------------------------------------

// Another service by default.
func StopServer(id string) error {
	base := os.Getenv("ECS_ENDPOINT")
	if base == "" {
		base = "https://ecs.cn-north-4.myhuaweicloud.com"
	}
	resp, err := http.Post(base+"/v1/cloudservers/action", "application/json", strings.NewReader(id))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stop: HTTP %d", resp.StatusCode)
	}
	return nil
}

// No default: the variable may name any host.
func Forward(body string) error {
	resp, err := http.Post(os.Getenv("BILLING_PROXY")+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("forward: HTTP %d", resp.StatusCode)
	}
	return nil
}

// CBC's host by default, and the error_code is examined.
func PayOrderChecked(orderID string) error {
	resp, err := http.Post(bssEndpoint()+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out payReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != "" {
		return fmt.Errorf("pay: %s %s", out.ErrorCode, out.ErrorMsg)
	}
	return nil
}
