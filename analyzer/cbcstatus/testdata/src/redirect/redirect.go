// Package redirect sends CBC requests elsewhere after building them: a proxy, // want package:"relevant, analysed"
// a regional gateway. Setting a URL's Host through a pointer may change any
// URL of the package, so no url.URL literal of it is followed either.
package redirect

import (
	"fmt"
	"net/http"
	"net/url"
)

const bssBase = "https://bss.myhuaweicloud.com"

// A request sent elsewhere after it is built (a proxy, a regional gateway).
func Proxied(host string) error {
	req, err := http.NewRequest(http.MethodPost, bssBase+"/v2/orders/subscriptions/resources/renew", nil)
	if err != nil {
		return err
	}
	req.URL.Host = host
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

// The pointer set above might be this one.
var intlBase = &url.URL{Scheme: "https", Host: "bss-intl.myhuaweicloud.com"}

func Balances() error {
	resp, err := http.Get(intlBase.JoinPath("v2", "accounts", "customer-accounts", "balances").String())
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}
