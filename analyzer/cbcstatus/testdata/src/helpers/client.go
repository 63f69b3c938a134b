package helpers // want package:"relevant, analysed"

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

const bssEndpoint = "https://bss.myhuaweicloud.com"

type Client struct {
	hc    *http.Client
	token string
}

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type onDemandResult struct {
	Total int `json:"total"`
}

// post is the one helper every call goes through; it returns the response.
func (c *Client) post(ctx context.Context, url string, body any) (*http.Response, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-Token", c.token)
	return c.hc.Do(req)
}

func (c *Client) Renew(ctx context.Context, ids []string) error {
	resp, err := c.post(ctx, bssEndpoint+"/v2/orders/subscriptions/resources/renew", map[string]any{"resource_ids": ids})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) Unsubscribe(ctx context.Context, ids []string) error {
	resp, err := c.post(ctx, bssEndpoint+"/v2/orders/subscriptions/resources/unsubscribe", map[string]any{"resource_ids": ids}) // want `the body of this bss.myhuaweicloud.com reply is never read, so its error_code goes unchecked`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// doJSON decides success by the status and decodes the body into out.
func doJSON(ctx context.Context, hc *http.Client, method, url string, in, out any) error {
	b, err := json.Marshal(in)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("%s %s: HTTP %d", method, url, resp.StatusCode)
	}
	if out == nil {
		return nil
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *Client) ToOnDemand(ctx context.Context, ids []string) (int, error) {
	var out onDemandResult
	err := doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/to-on-demand", map[string]any{"resource_ids": ids}, &out) // want `doJSON decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode >= 300 alone \(client.go:77\): CBC answers errors with HTTP 200 and the error_code in the body \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\); decode the body and check error_code`
	return out.Total, err
}

// send hands its URL on to doJSON: a chain of two helpers.
func (c *Client) send(ctx context.Context, url string, in any) error {
	return doJSON(ctx, c.hc, http.MethodPost, url, in, nil)
}

func (c *Client) AutoRenew(ctx context.Context, id string) error {
	return c.send(ctx, bssEndpoint+"/v2/orders/subscriptions/resources/autorenew/"+id, nil) // want `c.send decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode >= 300 alone \(client.go:77\)`
}

// fire never reads the reply.
func fire(url string) error {
	resp, err := http.Post(url, "application/json", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func FreezeCustomers() error {
	return fire(bssEndpoint + "/v2/partners/sub-customers/freeze") // want `fire never reads the body of the reply to this request to bss.myhuaweicloud.com \(client.go:103\)`
}

// endpointFor picks the endpoint of a service.
func endpointFor(service string) string {
	switch service {
	case "bss":
		return bssEndpoint
	case "ecs":
		return "https://ecs.cn-north-4.myhuaweicloud.com"
	}
	return ""
}

func PayOrder(id string) error {
	resp, err := http.Post(endpointFor("bss")+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 { // want `resp.StatusCode != 200 does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay %s: HTTP %d", id, resp.StatusCode)
	}
	return nil
}

// --- left alone ----------------------------------------------------------------

func StopServer(id string) error {
	resp, err := http.Post(endpointFor("ecs")+"/v1/servers/"+id+"/action", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("stop %s: HTTP %d", id, resp.StatusCode)
	}
	return nil
}

func (c *Client) ECSAction(ctx context.Context, id string) error {
	return doJSON(ctx, c.hc, http.MethodPost, "https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/"+id+"/action", nil, nil)
}

// The caller decodes the body into a type with error_code and checks it.
func (c *Client) ToOnDemandChecked(ctx context.Context, ids []string) error {
	var out cbcError
	if err := doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/to-on-demand", ids, &out); err != nil {
		return err
	}
	if out.ErrorCode != "" {
		return fmt.Errorf("%s: %s", out.ErrorCode, out.ErrorMsg)
	}
	return nil
}

type renewResult struct {
	OrderIDs          []string `json:"order_ids"`
	FailResourceInfos []struct {
		ResourceID string `json:"resource_id"`
		ErrorCode  string `json:"error_code"`
	} `json:"fail_resource_infos"`
}

// The caller gets the decoded answer, with its failures, and judges it.
func (c *Client) RenewResult(ctx context.Context, ids []string) (*renewResult, error) { // want RenewResult:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	var out renewResult
	if err := doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/renew", ids, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

func (c *Client) RenewResultValue(ctx context.Context, ids []string) (renewResult, error) { // want RenewResultValue:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	var out renewResult
	err := doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/renew", ids, &out)
	return out, err
}

// The caller hands in where the answer goes.
func (c *Client) RenewInto(ctx context.Context, ids []string, out *renewResult) error { // want RenewInto:`reply to param -1/bss\.myhuaweicloud\.com: result -1, into 3, judged 1`
	return doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/renew", ids, out)
}

// The answer is decoded, but no one looks at it.
func (c *Client) RenewDropped(ctx context.Context, ids []string) error {
	var out renewResult
	return doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+"/v2/orders/subscriptions/resources/renew", ids, &out) // want `doJSON decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode >= 300 alone \(client.go:77\)`
}

// call is the client's one entry point: the answer goes into the caller's
// out, so the caller judges it, not call.
func (c *Client) call(ctx context.Context, path string, in, out any) error {
	return doJSON(ctx, c.hc, http.MethodPost, bssEndpoint+path, in, out)
}

func (c *Client) RenewChecked(ctx context.Context, ids []string) error {
	var out renewResult
	if err := c.call(ctx, "/v2/orders/subscriptions/resources/renew", ids, &out); err != nil {
		return err
	}
	if len(out.FailResourceInfos) > 0 {
		return fmt.Errorf("%d resources were not renewed", len(out.FailResourceInfos))
	}
	return nil
}

// The URL comes from the caller.
func (c *Client) Forward(ctx context.Context, url string) error { // want Forward:`reply to param 2/: result -1, into -1, judged 1`
	return c.send(ctx, url, nil)
}

// The response goes to a function the analysis cannot see.
func (c *Client) RenewWith(ctx context.Context, handle func(*http.Response) error) error {
	resp, err := c.post(ctx, bssEndpoint+"/v2/orders/subscriptions/resources/renew", nil)
	if err != nil {
		return err
	}
	return handle(resp)
}

// postChecked examines the error_code itself: its callers are fine.
func (c *Client) postChecked(ctx context.Context, url string, in any) error {
	resp, err := c.post(ctx, url, in)
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

func (c *Client) Pay(ctx context.Context, orderID string) error {
	return c.postChecked(ctx, bssEndpoint+"/v3/orders/customer-orders/pay", map[string]string{"order_id": orderID})
}

// checkStatus judges a reply by its status alone.
func checkStatus(resp *http.Response) error {
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

func (c *Client) Reclaim(ctx context.Context) error {
	resp, err := c.post(ctx, bssEndpoint+"/v2/partners/coupon-quotas/indirect-partner-reclaim", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out onDemandResult
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	return checkStatus(resp) // want `checkStatus decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone \(client.go:\d+\)`
}

// The same helper on another service's reply is right.
func (c *Client) StopServer(ctx context.Context, id string) error {
	resp, err := c.post(ctx, "https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/"+id+"/action", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return checkStatus(resp)
}

// And on a CBC reply whose error_code the caller examines.
func (c *Client) ReclaimChecked(ctx context.Context) error {
	resp, err := c.post(ctx, bssEndpoint+"/v2/partners/coupon-quotas/indirect-partner-reclaim", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		return fmt.Errorf("%s: %s", e.ErrorCode, e.ErrorMsg)
	}
	return checkStatus(resp)
}

// urlFor formats a host into the URL.
func urlFor(host, path string) string { return fmt.Sprintf("https://%s%s", host, path) }

const (
	bssIntlHost = "bss-intl.myhuaweicloud.com"
	iamHost     = "iam.myhuaweicloud.com"
)

func UnsubscribeIntl(ids []string) error {
	resp, err := http.Post(urlFor(bssIntlHost, "/v2/orders/subscriptions/resources/unsubscribe"), "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss-intl.myhuaweicloud.com`
		return fmt.Errorf("unsubscribe %v: HTTP %d", ids, resp.StatusCode)
	}
	return nil
}

func Token() error {
	resp, err := http.Post(urlFor(iamHost, "/v3/auth/tokens"), "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return fmt.Errorf("token: HTTP %d", resp.StatusCode)
	}
	return nil
}

// get hands back the raw body.
func (c *Client) get(ctx context.Context, url string) ([]byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// decode hands back the body decoded into a type that carries error_code.
func (c *Client) decode(ctx context.Context, url string) (*cbcError, error) {
	body, err := c.get(ctx, url)
	if err != nil {
		return nil, err
	}
	var e cbcError
	return &e, json.Unmarshal(body, &e)
}

func (c *Client) SetAutoRenew(ctx context.Context, id string) error {
	_, err := c.get(ctx, bssEndpoint+"/v2/orders/subscriptions/resources/autorenew/"+id) // want `what c.get returns from bss.myhuaweicloud.com is discarded`
	return err
}

func (c *Client) CancelAutoRenew(ctx context.Context, id string) error {
	_, err := c.decode(ctx, bssEndpoint+"/v2/orders/subscriptions/resources/autorenew/"+id) // want `what c.decode returns from bss.myhuaweicloud.com is discarded`
	return err
}

// Kept and handed on, or from another service: left alone.
func (c *Client) Bill(ctx context.Context) ([]byte, error) { // want Bill:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 0`
	body, err := c.get(ctx, bssEndpoint+"/v2/bills/customer-bills/monthly-sum")
	return body, err
}

func (c *Client) DeleteServer(ctx context.Context, id string) error {
	_, err := c.get(ctx, "https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/"+id)
	return err
}

// ping throws the reply away.
func ping(url string) error {
	_, err := http.Head(url)
	return err
}

func CheckOrder(id string) error {
	return ping(bssEndpoint + "/v2/orders/customer-orders/details/" + id) // want `ping discards the reply to this request to bss.myhuaweicloud.com \(client.go:\d+\)`
}

func CheckServer(id string) error {
	return ping("https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/" + id)
}
