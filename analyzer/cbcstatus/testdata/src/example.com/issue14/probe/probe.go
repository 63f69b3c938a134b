// Package probe asks CBC whether it throttles the account: CBC.0250 comes // want package:"relevant, analysed"
// with HTTP 429. A comparison with one specific failure status decides
// nothing about success, so a probe that does not read the body is left
// alone; the same function deciding success with == 200 is found.
package probe

import (
	"fmt"
	"net/http"

	"github.com/go-resty/resty/v2"
)

const ordersURL = "https://bss.myhuaweicloud.com/v2/orders/customer-orders"

// Throttled reports whether CBC answers this account with HTTP 429.
func Throttled(hc *http.Client) (bool, error) {
	resp, err := hc.Get(ordersURL)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusTooManyRequests, nil
}

// ThrottledResty is Throttled over resty.
func ThrottledResty(rc *resty.Client) (bool, error) {
	resp, err := rc.R().Get(ordersURL)
	if err != nil {
		return false, err
	}
	return resp.StatusCode() == http.StatusTooManyRequests, nil
}

// Backoff waits out throttling: a 429 is retried, anything else handed back.
func Backoff(hc *http.Client) (*http.Response, error) { // want Backoff:`reply to param -1/bss\.myhuaweicloud\.com: result 0, into -1, judged 0`
	for i := 0; ; i++ {
		resp, err := hc.Get(ordersURL)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode != http.StatusTooManyRequests || i == 3 {
			return resp, nil
		}
		resp.Body.Close()
	}
}

// --- found: the same shape, deciding success ---------------------------------

// Reachable takes HTTP 200 for "the orders can be listed".
func Reachable(hc *http.Client) (bool, error) {
	resp, err := hc.Get(ordersURL)
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil // want `resp.StatusCode == http.StatusOK does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
}

func ReachableResty(rc *resty.Client) error {
	resp, err := rc.R().Get(ordersURL)
	if err != nil {
		return err
	}
	if resp.StatusCode() != 200 { // want `resp.StatusCode\(\) != 200 does not mean success: bss.myhuaweicloud.com|does not mean success|alone`
		return fmt.Errorf("orders: HTTP %d", resp.StatusCode())
	}
	return nil
}
