// Package bssif builds hosts from a service name, choosing CBC's host with an // want package:"relevant, analysed"
// `if service == "bss"` (and, for comparison, with a switch): the condition
// is folded with the constant the caller passes, so the status-only
// decisions on bss are found and those on other services are not.
package bssif

import (
	"encoding/json"
	"fmt"
	"net/http"
)

const (
	SERVICE_BSS = "bss"
	SERVICE_ECS = "ecs"
)

type Client struct {
	hc       *http.Client
	regionID string
}

// host is the host of service: regional, except for CBC's.
func (c *Client) host(service string) string {
	host := fmt.Sprintf("%s.%s.myhuaweicloud.com", service, c.regionID)
	if service == "bss" {
		host = "bss.myhuaweicloud.com"
	}
	return host
}

// hostBySwitch is host written as a switch.
func (c *Client) hostBySwitch(service string) string {
	switch service {
	case SERVICE_BSS:
		return "bss.myhuaweicloud.com"
	default:
		return fmt.Sprintf("%s.%s.myhuaweicloud.com", service, c.regionID)
	}
}

// hostOrRegional is hostBySwitch with the regional host after the switch:
// the case returns, so what follows the switch is dead for "bss".
func (c *Client) hostOrRegional(service string) string {
	switch service {
	case SERVICE_BSS:
		return "bss.myhuaweicloud.com"
	}
	return fmt.Sprintf("%s.%s.myhuaweicloud.com", service, c.regionID)
}

// endpoint returns early for CBC.
func endpoint(service, region string) string {
	if service == SERVICE_BSS {
		return "https://bss.myhuaweicloud.com"
	}
	return "https://" + service + "." + region + ".myhuaweicloud.com"
}

// request sends a POST to service and takes HTTP 200 for success.
func (c *Client) request(service, path string) error {
	resp, err := c.hc.Post("https://"+c.host(service)+path, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s %s: HTTP %d", service, path, resp.StatusCode)
	}
	return nil
}

func (c *Client) Renew() error {
	resp, err := c.hc.Post("https://"+c.host("bss")+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) RenewBySwitch() error {
	resp, err := c.hc.Post("https://"+c.hostBySwitch(SERVICE_BSS)+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) RenewOrRegional() error {
	resp, err := c.hc.Post("https://"+c.hostOrRegional(SERVICE_BSS)+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) Unsubscribe() error {
	resp, err := c.hc.Post(endpoint(SERVICE_BSS, c.regionID)+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) ToOnDemand() error {
	return c.request(SERVICE_BSS, "/v2/orders/subscriptions/resources/to-on-demand") // want `c.request decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone|decides|alone`
}

// --- left alone ----------------------------------------------------------------

// Other services answer errors with 4xx.
func (c *Client) StopServer(id string) error {
	return c.request(SERVICE_ECS, "/v1/cloudservers/"+id+"/action")
}

func (c *Client) ListServersOrRegional() error {
	resp, err := c.hc.Get("https://" + c.hostOrRegional(SERVICE_ECS) + "/v1/cloudservers")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("servers: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) ListServers() error {
	resp, err := c.hc.Get("https://" + c.host("ecs") + "/v1/cloudservers")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("servers: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) DeleteServer(id string) error {
	req, err := http.NewRequest(http.MethodDelete, endpoint(SERVICE_ECS, c.regionID)+"/v1/cloudservers/"+id, nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("delete %s: HTTP %d", id, resp.StatusCode)
	}
	return nil
}

// The service comes from the caller: where the request goes is unknown.
func (c *Client) Action(service, path string) error {
	return c.request(service, path)
}

// The same CBC request, with the error_code examined.
func (c *Client) RenewChecked() error {
	resp, err := c.hc.Post("https://"+c.host("bss")+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e struct {
		ErrorCode string `json:"error_code"`
		ErrorMsg  string `json:"error_msg"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("renew: HTTP %d: %s %s", resp.StatusCode, e.ErrorCode, e.ErrorMsg)
	}
	return nil
}
