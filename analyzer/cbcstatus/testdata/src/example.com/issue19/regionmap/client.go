// want package:"relevant, analysed"

// Package regionmap looks CBC's endpoint up by region in a map whose every
// value is a CBC endpoint.
package regionmap

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

var endpoints = map[string]string{
	"cn-north-1":     "https://bss.myhuaweicloud.com",
	"ap-southeast-1": "https://bss-intl.myhuaweicloud.com",
}

// services mixes CBC with another service.
var services = map[string]string{
	"bss": "https://bss.myhuaweicloud.com",
	"ecs": "https://ecs.cn-north-4.myhuaweicloud.com",
}

// overrides is changed by SetOverride: any host.
var overrides = map[string]string{
	"cn-north-1": "https://bss.myhuaweicloud.com",
}

func SetOverride(region, endpoint string) { overrides[region] = endpoint }

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type Client struct {
	hc     *http.Client
	region string
}

func (c *Client) Pay(orderID string) error {
	resp, err := c.hc.Post(endpoints[c.region]+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) Renew(ids []string) error {
	base, ok := endpoints[c.region]
	if !ok {
		return fmt.Errorf("no CBC endpoint in %s", c.region)
	}
	resp, err := c.hc.Post(base+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(strings.Join(ids, ",")))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- left alone ------------------------------------------------------------------

func (c *Client) Call(service, path string) error {
	resp, err := c.hc.Post(services[service]+path, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: HTTP %d", service, resp.StatusCode)
	}
	return nil
}

func (c *Client) PayOverridden(orderID string) error {
	resp, err := c.hc.Post(overrides[c.region]+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) PayChecked(orderID string) error {
	resp, err := c.hc.Post(endpoints[c.region]+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		return fmt.Errorf("pay: %s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}
