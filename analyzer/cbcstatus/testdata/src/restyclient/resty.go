// Package restyclient is a partner's CBC client written with go-resty/resty v2. // want package:"relevant, analysed"
package restyclient

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

const bssBase = "https://bss.myhuaweicloud.com"

type Client struct{ rc *resty.Client }

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type payResult struct {
	OrderID string `json:"order_id"`
}

func (c *Client) Renew(ids []string) error {
	resp, err := c.rc.R().SetBody(map[string]any{"resource_ids": ids}).Post(bssBase + "/v2/orders/subscriptions/resources/renew")
	if err != nil {
		return err
	}
	if resp.StatusCode() != 200 { // want `resp.StatusCode\(\) != 200 does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode())
	}
	return nil
}

func (c *Client) Unsubscribe(ids []string) error {
	resp, err := c.rc.R().SetBody(ids).Post(bssBase + "/v2/orders/subscriptions/resources/unsubscribe")
	if err != nil {
		return err
	}
	if !resp.IsSuccess() { // want `resp.IsSuccess\(\) does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("unsubscribe: %s", resp.Status())
	}
	return nil
}

func (c *Client) Pay(orderID string) (string, error) {
	var out payResult
	resp, err := c.rc.R().SetBody(map[string]string{"order_id": orderID}).SetResult(&out).Post(bssBase + "/v3/orders/customer-orders/pay")
	if err != nil {
		return "", err
	}
	if resp.IsError() { // want `resp.IsError\(\) does not mean success: bss.myhuaweicloud.com`
		return "", fmt.Errorf("pay: %s", resp.Status())
	}
	return out.OrderID, nil
}

func (c *Client) Freeze(ids []string) error {
	_, err := c.rc.R().SetBody(ids).Execute("POST", bssBase+"/v2/partners/sub-customers/freeze") // want `the bss.myhuaweicloud.com reply is discarded, so its error_code goes unchecked`
	return err
}

func (c *Client) AutoRenew(id string) error {
	resp, err := c.rc.R().Post(bssBase + "/v2/orders/subscriptions/resources/autorenew/" + id) // want `the body of this bss.myhuaweicloud.com reply is never read`
	if err != nil {
		return err
	}
	fmt.Println("auto-renew:", resp.Status())
	return nil
}

// requester is what a client's tests put in place of resty's client.
type requester interface{ R() *resty.Request }

// A request made by R() through an interface keeps its body in the reply.
func (c *Client) CancelVia(rq requester, ids []string) error { // want CancelVia:`hands param 1 to unknown code`
	resp, err := rq.R().SetBody(ids).Post(bssBase + "/v2/orders/subscriptions/resources/unsubscribe") // want `the body of this bss.myhuaweicloud.com reply is never read`
	if err != nil {
		return err
	}
	fmt.Println("cancel:", resp.Status())
	return nil
}

// --- left alone ----------------------------------------------------------------

func (c *Client) PayChecked(orderID string) error {
	var e cbcError
	resp, err := c.rc.R().SetResult(&e).Post(bssBase + "/v3/orders/customer-orders/pay")
	if err != nil {
		return err
	}
	if !resp.IsSuccess() || e.ErrorCode != "" {
		return fmt.Errorf("pay: %s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// The body goes into out, the caller's to examine.
func (c *Client) Query(out *payResult) error { // want Query:`reply to param -1/bss\.myhuaweicloud\.com: result -1, into 1, judged 0`
	_, err := c.rc.R().SetResult(out).Get(bssBase + "/v2/orders/customer-orders")
	return err
}

func (c *Client) Body() ([]byte, error) { // want Body:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	resp, err := c.rc.R().Get(bssBase + "/v2/orders/customer-orders")
	if err != nil {
		return nil, err
	}
	if !resp.IsSuccess() {
		return nil, fmt.Errorf("HTTP %d", resp.StatusCode())
	}
	return resp.Body(), nil
}

func (c *Client) StopServer(id string) error {
	resp, err := c.rc.R().Post("https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/" + id + "/action")
	if err != nil {
		return err
	}
	if !resp.IsSuccess() {
		return fmt.Errorf("stop: %s", resp.Status())
	}
	return nil
}

// A path is sent to the base URL of the client, set where the client is built.
type Partner struct{ rc *resty.Client }

func NewPartner() *Partner {
	return &Partner{rc: resty.New().SetBaseURL(bssBase).SetHeader("Content-Type", "application/json")}
}

func (p *Partner) Renew(ids []string) error {
	resp, err := p.rc.R().SetBody(ids).Post("/v2/orders/subscriptions/resources/renew")
	if err != nil {
		return err
	}
	if resp.IsError() { // want `resp.IsError\(\) does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("renew: %s", resp.Status())
	}
	return nil
}

// An absolute URL overrides the base URL.
func (p *Partner) StopServer(id string) error {
	resp, err := p.rc.R().Post("https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/" + id + "/action")
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("stop: %s", resp.Status())
	}
	return nil
}

// A URL the analysis cannot read may be absolute: silent.
func (p *Partner) Fetch(url string) error { // want Fetch:`reply to param 1/: result -1, into -1, judged 1`
	resp, err := p.rc.R().Get(url)
	if err != nil {
		return err
	}
	if resp.IsError() {
		return fmt.Errorf("fetch: %s", resp.Status())
	}
	return nil
}

// A base URL set by a later statement, or on a client from the caller, is not followed.
type Later struct{ rc *resty.Client }

func NewLater() *Later {
	rc := resty.New()
	rc.SetBaseURL(bssBase)
	return &Later{rc: rc}
}

func (l *Later) Renew() error {
	resp, err := l.rc.R().Post("/v2/orders/subscriptions/resources/renew")
	if err != nil {
		return err
	}
	if !resp.IsSuccess() {
		return fmt.Errorf("renew: %s", resp.Status())
	}
	return nil
}

func Renew(rc *resty.Client) error { // want Renew:"reply to param 0/: result -1, into -1, judged 1"
	resp, err := rc.R().Post("/v2/orders/subscriptions/resources/renew")
	if err != nil {
		return err
	}
	if !resp.IsSuccess() {
		return fmt.Errorf("renew: %s", resp.Status())
	}
	return nil
}
