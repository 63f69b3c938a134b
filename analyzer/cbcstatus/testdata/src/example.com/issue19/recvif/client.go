// want package:"relevant, analysed"

// Package recvif chooses CBC's endpoint by a field of the client: both
// branches are CBC's, so every request through it goes to CBC.
package recvif

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type Client struct {
	hc   *http.Client
	intl bool
}

func (c *Client) endpoint() string {
	if c.intl {
		return "https://bss-intl.myhuaweicloud.com"
	}
	return "https://bss.myhuaweicloud.com"
}

// gateway is CBC's endpoint or IAM's.
func (c *Client) gateway() string {
	if c.intl {
		return "https://bss-intl.myhuaweicloud.com"
	}
	return "https://iam.myhuaweicloud.com"
}

func (c *Client) Unsubscribe(ids []string) error {
	resp, err := c.hc.Post(c.endpoint()+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", strings.NewReader(strings.Join(ids, ",")))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss(-intl)?\.myhuaweicloud\.com answers errors with HTTP 200`
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- left alone ------------------------------------------------------------------

func (c *Client) Forward(path string) error {
	resp, err := c.hc.Post(c.gateway()+path, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("forward: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) UnsubscribeChecked(ids []string) error {
	resp, err := c.hc.Post(c.endpoint()+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", strings.NewReader(strings.Join(ids, ",")))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("unsubscribe: %s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}
