// Package renew renews through net/http and hands the answer to cbcerr, a // want package:"relevant, analysed"
// package of its own module: that is no standard library, so it gets the
// benefit of the doubt like any package of another module.
package renew

import (
	"fmt"
	"net/http"

	"billing/cbcerr"
)

const bssEndpoint = "https://bss.myhuaweicloud.com"

func Renew(hc *http.Client) error {
	resp, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return cbcerr.Check(resp)
}

// A package of the standard library is no excuse.
func RenewLogged(hc *http.Client) error {
	resp, err := hc.Post(bssEndpoint+"/v2/orders/subscriptions/resources/renew", "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	fmt.Println(resp.Header)
	return nil
}
