// Package usecbcerr pays orders through the helpers of package cbcerr: a call of // want package:"relevant, analysed"
// a helper that examines error_code counts as handling, across packages.
package usecbcerr

import (
	"encoding/json"
	"fmt"
	"net/http"

	"example.com/partner/cbcerr"
)

const payURL = "https://bss.myhuaweicloud.com/v3/orders/customer-orders/pay"

func Pay(hc *http.Client) error {
	resp, err := hc.Post(payURL, "application/json", nil)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return cbcerr.Check(resp)
}

func PayMap(hc *http.Client) error {
	resp, err := hc.Post(payURL, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || resp.StatusCode != 200 {
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return cbcerr.FromMap(m)
}

func PayAndDrain(hc *http.Client) error {
	resp, err := hc.Post(payURL, "application/json", nil)
	if err != nil {
		return err
	}
	defer cbcerr.Drain(resp)
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}
