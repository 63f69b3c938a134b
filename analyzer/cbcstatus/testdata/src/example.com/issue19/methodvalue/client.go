// want package:"relevant, analysed"

// Package methodvalue sends its requests through method values and method
// expressions of its client: each resolves to the method, whose summary says
// how it judges the reply.
package methodvalue

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

const bssBase = "https://bss.myhuaweicloud.com"

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type Client struct{ hc *http.Client }

// post takes HTTP 200 for success.
func (c *Client) post(url string, body io.Reader) error {
	resp, err := c.hc.Post(url, "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// postChecked examines the error_code.
func (c *Client) postChecked(url string, body io.Reader) error {
	resp, err := c.hc.Post(url, "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		return fmt.Errorf("%s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

func (c *Client) Renew(body io.Reader) error {
	send := c.post
	return send(bssBase+"/v2/orders/subscriptions/resources/renew", body) // want `send decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone`
}

func (c *Client) Unsubscribe(body io.Reader) error {
	send := (*Client).post
	return send(c, bssBase+"/v2/orders/subscriptions/resources/unsubscribe", body) // want `send decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone`
}

// --- left alone ------------------------------------------------------------------

func (c *Client) RenewChecked(body io.Reader) error {
	send := c.postChecked
	return send(bssBase+"/v2/orders/subscriptions/resources/renew", body)
}

func (c *Client) StopServer(body io.Reader) error {
	send := c.post
	return send("https://ecs.cn-north-4.myhuaweicloud.com/v1/cloudservers/action", body)
}
