// want package:"relevant, analysed"

// Package urlbuilder builds its CBC URLs with a strings.Builder, in a helper
// and inline, then sends them with http.Post.
package urlbuilder

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"

	"example.com/issue19/urlbuilder/httpx"
)

const bssHost = "bss.myhuaweicloud.com"

type renewReply struct {
	ErrorCode string   `json:"error_code"`
	ErrorMsg  string   `json:"error_msg"`
	OrderIDs  []string `json:"order_ids"`
}

// renewURL builds the URL of RenewalResources.
func renewURL() string {
	var b strings.Builder
	b.WriteString("https://")
	b.WriteString(bssHost)
	b.WriteString("/v2/orders/subscriptions/resources/renew")
	return b.String()
}

func Renew(body io.Reader) error {
	resp, err := http.Post(renewURL(), "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200 .*; POST /v2/orders/subscriptions/resources/renew is RenewalResources`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func Unsubscribe(body io.Reader) error {
	var b strings.Builder
	b.WriteString("https://")
	b.WriteString(bssHost)
	b.WriteByte('/')
	b.WriteString("v2/orders/subscriptions/resources/unsubscribe")
	resp, err := http.Post(b.String(), "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

// A request built with the builder's URL, sent by Do: the message names the operation.
func UnsubscribeByDo(body io.Reader) error {
	var b strings.Builder
	b.WriteString("https://" + bssHost)
	b.WriteString("/v2/orders/subscriptions/resources/unsubscribe")
	req, err := http.NewRequest(http.MethodPost, b.String(), body)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200 .*; POST /v2/orders/subscriptions/resources/unsubscribe is CancelResourcesSubscription`
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

// do sends a request, retried by a closure that captures it (as
// yunion.io/x/pkg/util/httputils does).
func do(hc *http.Client, method, url string) (*http.Response, error) {
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		return nil, err
	}
	return func() (*http.Response, error) {
		var resp *http.Response
		for range 3 {
			if resp, err = hc.Do(req); err == nil {
				return resp, nil
			}
		}
		return resp, err
	}()
}

func RenewRetried(hc *http.Client) error {
	resp, err := do(hc, http.MethodPost, renewURL())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

// --- left alone ------------------------------------------------------------------

// The error_code is examined.
func RenewChecked(body io.Reader) ([]string, error) {
	resp, err := http.Post(renewURL(), "application/json", body)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK || out.ErrorCode != "" {
		return nil, fmt.Errorf("renew: %s %s", out.ErrorCode, out.ErrorMsg)
	}
	return out.OrderIDs, nil
}

// Another service, whose errors come with 4xx.
func StopServer(body io.Reader) error {
	var b strings.Builder
	b.WriteString("https://ecs.cn-north-4.myhuaweicloud.com")
	b.WriteString("/v1/cloudservers/action")
	resp, err := http.Post(b.String(), "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stop: HTTP %d", resp.StatusCode)
	}
	return nil
}

// A helper of another package handed a constant URL of another service: its
// reply is handed on.
func servers() (*http.Response, error) {
	return httpx.Get("https://ecs.cn-north-4.myhuaweicloud.com/v1/cloudservers/detail")
}

func ListServers() error {
	resp, err := servers()
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("servers: HTTP %d", resp.StatusCode)
	}
	return nil
}
