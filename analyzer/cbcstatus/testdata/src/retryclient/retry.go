// Package retryclient is a partner's CBC client written with // want package:"relevant, analysed"
// hashicorp/go-retryablehttp.
package retryclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

const bssBase = "https://bss.myhuaweicloud.com"

type Client struct{ rc *retryablehttp.Client }

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

func (c *Client) Renew(ctx context.Context, ids []string) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, bssBase+"/v2/orders/subscriptions/resources/renew", ids)
	if err != nil {
		return err
	}
	resp, err := c.rc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) Unsubscribe(ids []string) error {
	resp, err := c.rc.Post(bssBase+"/v2/orders/subscriptions/resources/unsubscribe", "application/json", ids) // want `the body of this bss.myhuaweicloud.com reply is never read`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Freeze() error {
	_, err := retryablehttp.Post(bssBase+"/v2/partners/sub-customers/freeze", "application/json", nil) // want `the bss.myhuaweicloud.com reply is discarded`
	return err
}

// Through the standard client the library offers.
func (c *Client) Pay() error {
	resp, err := c.rc.StandardClient().Post(bssBase+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- left alone ----------------------------------------------------------------

func (c *Client) RenewChecked(ids []string) error {
	resp, err := c.rc.Post(bssBase+"/v2/orders/subscriptions/resources/renew", "application/json", ids)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("%s: %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

func (c *Client) StopServer(id string) error {
	resp, err := c.rc.Post("https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/"+id+"/action", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stop: HTTP %d", resp.StatusCode)
	}
	return nil
}
