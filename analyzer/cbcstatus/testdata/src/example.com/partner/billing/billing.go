// Package billing pays orders through the helpers of another package: their // want package:"relevant, analysed"
// summaries (facts) say which examine error_code.
package billing

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

// Drain does not look at the body, and its summary says so.
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

// Log is given only an event name and the status: it cannot examine the body.
func PayAndLog(hc *http.Client) error {
	resp, err := hc.Post(payURL, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	cbcerr.Log("pay", resp.StatusCode)
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay: HTTP %d", resp.StatusCode)
	}
	return nil
}
