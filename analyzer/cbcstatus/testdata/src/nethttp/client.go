// Package nethttp is a partner's CBC client written with net/http: paying, // want package:"relevant, analysed"
// renewing and unsubscribing, some of it deciding success by the status alone.
package nethttp

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
)

const (
	cbcEndpoint  = "https://bss.myhuaweicloud.com"
	intlEndpoint = "https://bss-intl.myhuaweicloud.com/v2"
	ecsEndpoint  = "https://ecs.cn-north-4.myhuaweicloud.com"
	payPath      = "/v3/orders/customer-orders/pay"
)

var euEndpoint = "https://bss.myhuaweicloud.eu"

type Client struct {
	hc      *http.Client
	baseURL string
	token   string
}

func NewClient(token string) *Client {
	return &Client{hc: http.DefaultClient, baseURL: cbcEndpoint, token: token}
}

type payResult struct {
	OrderID string `json:"order_id"`
}

type cbcError struct {
	Code    string `json:"error_code"`
	Message string `json:"error_msg"`
}

// --- success decided by the status alone ----------------------------------------

func PayOrder(ctx context.Context, orderID string) error {
	body := strings.NewReader(`{"order_id":"` + orderID + `"}`)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cbcEndpoint+payPath, body)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200 and the error_code in the body \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\); decode the body and check error_code`
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	}
	var out payResult
	return json.NewDecoder(resp.Body).Decode(&out)
}

func (c *Client) Renew(ids []string) error {
	u := c.baseURL + "/v2/orders/subscriptions/resources/renew"
	resp, err := c.hc.Post(u, "application/json", strings.NewReader(strings.Join(ids, ",")))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com.*; POST /v2/orders/subscriptions/resources/renew is RenewalResources, whose reply lists failed resources in fail_resource_infos$`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

// RenewLong's comparison is longer than a message quotes: it is cut.
func (c *Client) RenewLong(ids []string) error {
	u := c.baseURL + "/v2/orders/subscriptions/resources/renew"
	resp, err := c.hc.Post(u, "application/json", strings.NewReader(strings.Join(ids, ",")))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= http.StatusMultipleChoices+0*len("a constant string far longer than any message should quote whole") { // want `resp.StatusCode >= http.StatusMultipleChoices\+0\*len\("a constant string far long… does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func Unsubscribe(ids []string) error {
	endpoint := fmt.Sprintf("%s/orders/subscriptions/resources/unsubscribe?ids=%s", intlEndpoint, strings.Join(ids, ","))
	resp, err := http.Post(endpoint, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 == 2 { // want `resp.StatusCode/100 == 2 does not mean success: bss-intl.myhuaweicloud.com`
		return nil
	}
	return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
}

func (c *Client) newRequest(ctx context.Context, method, path string, body io.Reader) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-Token", c.token)
	return req, nil
}

func (c *Client) FreezeCustomers(ctx context.Context, ids []string) error {
	req, err := c.newRequest(ctx, http.MethodPost, "/v2/partners/sub-customers/freeze", nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch resp.StatusCode { // want `resp.StatusCode does not mean success: bss.myhuaweicloud.com`
	case http.StatusOK, http.StatusNoContent:
		return nil
	}
	return fmt.Errorf("freeze: HTTP %d", resp.StatusCode)
}

func (c *Client) post(ctx context.Context, path string) (*http.Response, error) {
	req, err := c.newRequest(ctx, http.MethodPost, path, nil)
	if err != nil {
		return nil, err
	}
	return c.hc.Do(req)
}

func (c *Client) ToOnDemand(ctx context.Context) error {
	resp, err := c.post(ctx, "/v2/orders/subscriptions/resources/to-on-demand")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == 200 { // want `resp.StatusCode == 200 does not mean success`
		return nil
	}
	return fmt.Errorf("to on-demand: HTTP %d", resp.StatusCode)
}

func reclaimURL() string { return euEndpoint + "/v2/partners/coupon-quotas/indirect-partner-reclaim" }

func ReclaimQuotas(hc *http.Client) bool {
	resp, err := hc.Get(reclaimURL())
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var out payResult
	_ = json.NewDecoder(resp.Body).Decode(&out) // decoded, but into a struct without error_code
	return resp.StatusCode < 300                // want `resp.StatusCode < 300 does not mean success: bss.myhuaweicloud.eu`
}

// A URL built from a parsed base.
func ParsedBase() error {
	base, _ := url.Parse(cbcEndpoint)
	u := base.JoinPath("v2", "bills", "customer-bills", "monthly-sum")
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- correct code and other services: left alone -------------------------------

func PayOrderChecked(ctx context.Context, orderID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, cbcEndpoint+payPath, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.Code != "" {
		return fmt.Errorf("pay %s: %s %s", orderID, e.Code, e.Message)
	}
	return nil
}

func RenewCheckedMap(ids []string) error {
	resp, err := http.Post(cbcEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil {
		return err
	}
	if code, ok := m["error_code"]; ok || resp.StatusCode != 200 {
		return fmt.Errorf("renew: %v", code)
	}
	return nil
}

type renewReply struct {
	OrderIDs          []string `json:"order_ids"`
	FailResourceInfos []struct {
		ResourceID string `json:"resource_id"`
		ErrorCode  string `json:"error_code"`
	} `json:"fail_resource_infos"`
}

// Checking fail_resource_infos, by its length as most code does, examines the
// failures: its elements carry the error_code.
func RenewCheckedFailures(ctx context.Context, hc *http.Client, ids []string) error {
	resp, err := hc.Post(cbcEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	var out renewReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if len(out.FailResourceInfos) > 0 {
		return fmt.Errorf("renew: %d resources were not renewed", len(out.FailResourceInfos))
	}
	return nil
}

// The body goes to a function value or an interface method the caller
// supplies: it may examine error_code, so the status check is given the
// benefit of the doubt.
func PayCheckedBy(ctx context.Context, hc *http.Client, check func([]byte) error) error {
	resp, err := hc.Post(cbcEndpoint+payPath, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	return check(b)
}

type answerValidator interface{ Validate(body []byte) error }

func PayValidatedBy(ctx context.Context, hc *http.Client, v answerValidator) error { // want PayValidatedBy:`hands param 2 to unknown code`
	resp, err := hc.Post(cbcEndpoint+payPath, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	return v.Validate(b)
}

// An interface of the standard library never examines error_code: writing the
// body out is no check.
func PayLogged(ctx context.Context, hc *http.Client, w io.Writer) error {
	resp, err := hc.Post(cbcEndpoint+payPath, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
}

// Looking for the key with a function of the standard library examines it too.
func PayCheckedByKey(ctx context.Context, hc *http.Client) error {
	resp, err := hc.Post(cbcEndpoint+payPath, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || strings.Contains(string(b), "error_code") {
		return fmt.Errorf("pay: HTTP %d: %s", resp.StatusCode, b)
	}
	return nil
}

// Returning the body as text hands it to the caller, which may check it.
func RenewRaw(ctx context.Context, hc *http.Client) (string, error) { // want RenewRaw:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	resp, err := hc.Post(cbcEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("renew: HTTP %d: %s", resp.StatusCode, b)
	}
	return string(b), nil
}

// A string that is not the body is no excuse.
func RenewStatus(ctx context.Context, hc *http.Client) (string, error) {
	resp, err := hc.Post(cbcEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return "", fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return resp.Status, nil
}

// checkBody examines the error_code of an answer.
func checkBody(resp *http.Response) error {
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if e.Code != "" {
		return fmt.Errorf("%s: %s", e.Code, e.Message)
	}
	return nil
}

// decodeInto checks through checkBody, one more helper away.
func decodeInto(resp *http.Response) error { return checkBody(resp) }

func (c *Client) UnsubscribeViaHelper(ctx context.Context) error {
	resp, err := c.post(ctx, "/v2/orders/subscriptions/resources/unsubscribe")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return decodeInto(resp)
}

// Returning the response leaves the check to the caller.
func (c *Client) RawPay(ctx context.Context) (*http.Response, error) { // want RawPay:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	resp, err := c.post(ctx, payPath)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return resp, nil
}

// Returning the body, too.
func (c *Client) PayBody(ctx context.Context) ([]byte, error) { // want PayBody:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	resp, err := c.post(ctx, payPath)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}

// And returning a type that carries error_code.
func (c *Client) PayDecoded(ctx context.Context) (*cbcError, error) { // want PayDecoded:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 1`
	resp, err := c.post(ctx, payPath)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	var e cbcError
	return &e, json.NewDecoder(resp.Body).Decode(&e)
}

// Other services answer errors with 4xx: a status check is right there.
func StopServer(ctx context.Context, id string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ecsEndpoint+"/v1/servers/"+id+"/action", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stop: HTTP %d", resp.StatusCode)
	}
	return nil
}

// Where the URL comes from is unknown: silent.
func Fetch(rawURL string) error { // want Fetch:`reply to param 0/: result -1, into -1, judged 1`
	resp, err := http.Get(rawURL)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// Not a success decision: a 404 or 429 check is about something else (and the
// body is read, so the reply is not left unread).
func Exists(ctx context.Context) bool {
	resp, err := http.Get(cbcEndpoint + "/v2/orders/customer-orders/details/1")
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	var out payResult
	_ = json.NewDecoder(resp.Body).Decode(&out)
	return resp.StatusCode != http.StatusNotFound
}

// The response goes to a function value: the analysis cannot see what it does.
func WithHook(hook func(*http.Response) error) error {
	resp, err := http.Get(cbcEndpoint + "/v2/orders/customer-orders")
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return hook(resp)
}

// The base URL comes from the caller: the analysis cannot tell where it points.
type OtherClient struct {
	hc   *http.Client
	base string
}

func NewOtherClient(base string) *OtherClient {
	return &OtherClient{hc: http.DefaultClient, base: base}
}

func (c *OtherClient) Pay() error {
	resp, err := c.hc.Post(c.base+payPath, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// An exported variable may be changed by any importer.
var Endpoint = cbcEndpoint

func ViaExported() error {
	resp, err := http.Get(Endpoint + "/v2/orders/customer-orders")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// A variable extended from itself keeps its host.
func Trimmed() error {
	u := cbcEndpoint + "/"
	u = strings.TrimSuffix(u, "/") + payPath
	resp, err := http.Post(u, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}
