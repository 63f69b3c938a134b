// Package urlshapes reaches CBC through URLs built as url.URL literals, // want package:"relevant, analysed"
// endpoints kept in nested configuration structs, and every way net/http sends
// a request; and leaves replies unread or thrown away.
package urlshapes

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
	bssBase  = "https://bss.myhuaweicloud.com"
	intlHost = "bss-intl.myhuaweicloud.com"
	ecsBase  = "https://ecs.cn-north-4.myhuaweicloud.com"
	iamHost  = "iam.myhuaweicloud.com"
)

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type renewResult struct {
	OrderIDs []string `json:"order_ids"`
}

// --- url.URL literals ---------------------------------------------------------------

func RenewIntl(ctx context.Context, body io.Reader) error {
	u := url.URL{Scheme: "https", Host: intlHost, Path: "/v2/orders/subscriptions/resources/renew"}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), body)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss-intl.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

var intlBase = &url.URL{Scheme: "https", Host: intlHost}

func UnsubscribeIntl(body io.Reader) error {
	ref, _ := url.Parse("/v2/orders/subscriptions/resources/unsubscribe")
	resp, err := http.Post(intlBase.ResolveReference(ref).String(), "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss-intl.myhuaweicloud.com`
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

func BalancesIntl() error {
	resp, err := http.Get(intlBase.JoinPath("v2", "accounts", "customer-accounts", "balances").String())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 { // want `resp.StatusCode/100 != 2 does not mean success: bss-intl.myhuaweicloud.com`
		return fmt.Errorf("balances: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- endpoints in nested configuration structs ------------------------------------

type Config struct {
	Endpoint string
	Region   string
}

type Client struct {
	hc  *http.Client
	cfg Config
}

func NewClient(hc *http.Client) *Client {
	return &Client{hc: hc, cfg: Config{Endpoint: bssBase, Region: "cn-north-1"}}
}

func (c *Client) Pay(orderID string) error {
	resp, err := c.hc.Post(c.cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 { // want `resp.StatusCode != 200 does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}

type settings struct{ billing *Config }

func defaultBilling() *Config { return &Config{Endpoint: bssBase} }

type Manager struct{ s settings }

func NewManager() *Manager { return &Manager{s: settings{billing: defaultBilling()}} }

func (m *Manager) Freeze(ids []string) error {
	resp, err := http.PostForm(m.s.billing.Endpoint+"/v2/partners/sub-customers/freeze", url.Values{"ids": ids})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode > 299 { // want `resp.StatusCode > 299 does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("freeze: HTTP %d", resp.StatusCode)
	}
	return nil
}

// A constructor that sets the configuration by a statement.
type Partner struct{ cfg Config }

func NewPartner() *Partner {
	p := &Partner{}
	p.cfg = Config{Endpoint: bssBase + "/v2"}
	return p
}

func (p *Partner) Reclaim() error {
	resp, err := http.Post(p.cfg.Endpoint+"/partners/coupon-quotas/indirect-partner-reclaim", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("reclaim: HTTP %d", resp.StatusCode)
	}
	return nil
}

// A constructor that sets the field of a zero configuration.
type Reseller struct{ cfg Config }

func NewReseller() *Reseller {
	r := &Reseller{}
	r.cfg.Endpoint = bssBase
	return r
}

func (r *Reseller) Pay() error {
	resp, err := http.Post(r.cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 400 { // want `resp.StatusCode >= 400 does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- replies nobody reads --------------------------------------------------------

// The status is right, but the body, where CBC puts error_code, is never read.
func (c *Client) Renew(ctx context.Context, ids []string) error {
	resp, err := c.hc.Post(c.cfg.Endpoint+"/v2/orders/subscriptions/resources/renew", "application/json", strings.NewReader(strings.Join(ids, ","))) // want `the body of this bss.myhuaweicloud.com reply is never read, so its error_code goes unchecked: CBC answers errors with HTTP 200 and the error_code in the body \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\); decode the body and check error_code`
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func Unsubscribe() error {
	_, err := http.Head(bssBase + "/v2/orders/subscriptions/resources/unsubscribe") // want `the bss.myhuaweicloud.com reply is discarded, so its error_code goes unchecked`
	return err
}

func AutoRenew(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, bssBase+"/v2/orders/subscriptions/resources/autorenew/1", nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req) // want `the body of this bss.myhuaweicloud.com reply is never read`
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	fmt.Println("renewed:", resp.Status, resp.Header.Get("X-Request-Id"))
	return nil
}

// --- correct code and other services: left alone -----------------------------------

func (c *Client) PayChecked(orderID string) error {
	resp, err := c.hc.Post(c.cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", strings.NewReader(orderID))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("pay: %s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// The body is read and decoded: no status decision, no unread reply.
func (c *Client) RenewDecoded(ids []string) ([]string, error) {
	resp, err := c.hc.Post(c.cfg.Endpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewResult
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out.OrderIDs, err
}

// Other services answer errors with 4xx.
func StopServer() error {
	u := url.URL{Scheme: "https", Host: "ecs.cn-north-4.myhuaweicloud.com", Path: "/v1/servers/action"}
	resp, err := http.Post(u.String(), "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

func Token() error {
	_, err := http.Post((&url.URL{Scheme: "https", Host: iamHost, Path: "/v3/auth/tokens"}).String(), "application/json", nil)
	return err
}

// A URL whose Host is set after it is built is not followed.
func Rehosted(host string) error {
	u := url.URL{Scheme: "https", Host: intlHost}
	u.Host = host
	resp, err := http.Get(u.String())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// An exported field of a configuration the caller passes in may hold any host.
type Remote struct{ cfg Config }

func NewRemote(cfg Config) *Remote { return &Remote{cfg: cfg} }

func (r *Remote) Pay() error {
	resp, err := http.Post(r.cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// Exported fields reached from outside (the caller's *Config) are not followed.
func PayWith(cfg *Config) error {
	resp, err := http.Post(cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// An exported field set by a statement is not followed: any importer may set it too.
type Gateway struct{ cfg Config }

func NewGateway(host string) *Gateway {
	g := &Gateway{cfg: Config{Endpoint: bssBase}}
	g.cfg.Endpoint = host
	return g
}

func (g *Gateway) Pay() error {
	resp, err := http.Post(g.cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// An exported configuration field may be set by any importer.
type Open struct{ Cfg Config }

func NewOpen() *Open {
	o := &Open{}
	o.Cfg.Endpoint = bssBase
	return o
}

func (o *Open) Pay() error {
	resp, err := http.Post(o.Cfg.Endpoint+"/v3/orders/customer-orders/pay", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// A response handed to an unknown function may be read there.
func Drain(hook func(*http.Response)) error {
	resp, err := http.Get(bssBase + "/v2/orders/customer-orders")
	if err != nil {
		return err
	}
	hook(resp)
	return nil
}

// A reply whose body goes to the caller is the caller's to check.
func Raw() (io.ReadCloser, error) { // want Raw:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 0`
	resp, err := http.Get(bssBase + "/v2/orders/customer-orders")
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}
