// Package cycle pages through monthly bills with functions that call each // want package:"relevant, analysed"
// other: cycles of the call graph, whose summaries settle at a fixed point
// within the default limit, with no internal error.
package cycle

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

const billsURL = "https://bss.myhuaweicloud.com/v2/bills/customer-bills/monthly-sum"

// page fetches a page of bills, or asks next for a later one: the reply
// leaves through both.
func page(hc *http.Client, url string, offset int) (*http.Response, error) {
	if offset >= 0 {
		return hc.Get(url + "?offset=" + strconv.Itoa(offset))
	}
	return next(hc, url, offset)
}

func next(hc *http.Client, url string, offset int) (*http.Response, error) {
	return page(hc, url, offset+10)
}

func MonthlySum(hc *http.Client) error {
	resp, err := page(hc, billsURL, -10)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200`
		return fmt.Errorf("monthly sum: HTTP %d", resp.StatusCode)
	}
	return nil
}

// YearlySum asks next, whose reply comes from page: it reaches YearlySum
// only once the cycle's summaries settle.
func YearlySum(hc *http.Client) error {
	resp, err := next(hc, billsURL, 0)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 { // want `resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("yearly sum: HTTP %d", resp.StatusCode)
	}
	return nil
}

// renew asks again while CBC throttles, and then decides by the status
// alone: the host is its caller's, so the finding is at the call.
func renew(hc *http.Client, url string, tries int) error {
	resp, err := hc.Post(url, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests && tries > 0 {
		return renew(hc, url, tries-1)
	}
	if resp.StatusCode >= 300 {
		return fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return nil
}

func Renew(hc *http.Client) error {
	return renew(hc, "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew", 3) // want `renew decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode >= 300 alone \(bills.go:\d+\)`
}

// renewChecked asks again while CBC throttles, and then reads error_code:
// left alone.
func renewChecked(hc *http.Client, url string, tries int) error {
	resp, err := hc.Post(url, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests && tries > 0 {
		return renewChecked(hc, url, tries-1)
	}
	var body struct {
		ErrorCode string `json:"error_code"`
		ErrorMsg  string `json:"error_msg"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return err
	}
	if body.ErrorCode != "" {
		return fmt.Errorf("renew: %s: %s", body.ErrorCode, body.ErrorMsg)
	}
	return nil
}

func RenewChecked(hc *http.Client) error {
	return renewChecked(hc, "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew", 3)
}
