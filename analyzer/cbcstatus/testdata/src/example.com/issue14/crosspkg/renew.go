// Package crosspkg renews and unsubscribes through cbchttp, a helper package // want package:"relevant, analysed"
// of the same module. Across packages by default: a reply thrown away or a
// status-only decision inside the helper is found at the call; a reply
// decoded and checked by the caller, or handed to a helper that examines
// error_code, is left alone.
package crosspkg

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	"example.com/issue14/crosspkg/cbchttp"
)

const bss = "https://bss.myhuaweicloud.com"

type Client struct{ hc *http.Client }

func (c *Client) Renew(body io.Reader) error {
	_, err := cbchttp.Post(c.hc, bss+"/v2/orders/subscriptions/resources/renew", body) // want `discarded`
	return err
}

func (c *Client) Unsubscribe(body io.Reader) error {
	resp, err := cbchttp.Post(c.hc, bss+"/v2/orders/subscriptions/resources/unsubscribe", body) // want `never read|discarded|unread`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (c *Client) ToOnDemand(body io.Reader) error {
	return cbchttp.PostStatus(c.hc, bss+"/v2/orders/subscriptions/resources/to-on-demand", body) // want `cbchttp.PostStatus decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone|decides|alone`
}

// --- left alone ------------------------------------------------------------------

// The caller decodes the reply and checks error_code.
func (c *Client) RenewDecoded(body io.Reader) error {
	resp, err := cbchttp.Post(c.hc, bss+"/v2/orders/subscriptions/resources/renew", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbchttp.Error
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if e.Code != "" {
		return fmt.Errorf("renew: %s %s", e.Code, e.Message)
	}
	return nil
}

// The reply is handed to a helper that examines error_code.
func (c *Client) RenewHandedOn(body io.Reader) error {
	resp, err := cbchttp.Post(c.hc, bss+"/v2/orders/subscriptions/resources/renew", body)
	if err != nil {
		return err
	}
	return cbchttp.Check(resp)
}

// The helper examines error_code itself.
func (c *Client) UnsubscribeChecked(body io.Reader) error {
	return cbchttp.PostChecked(c.hc, bss+"/v2/orders/subscriptions/resources/unsubscribe", body)
}

// The reply is returned: the caller judges it.
func (c *Client) RenewRaw(body io.Reader) (*http.Response, error) { // want RenewRaw:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	return cbchttp.Post(c.hc, bss+"/v2/orders/subscriptions/resources/renew", body)
}

// Other services answer errors with 4xx.
func (c *Client) StopServer(id string) error {
	_, err := cbchttp.Post(c.hc, "https://ecs.cn-north-4.myhuaweicloud.com/v1/cloudservers/"+id+"/action", nil)
	return err
}
