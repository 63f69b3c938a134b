// Package fixedpoint pages through monthly bills with two functions that // want package:"relevant, analysed"
// call each other: a cycle of the call graph, whose summaries are computed
// to a fixed point. The guard test lowers the round limit to one, so that
// the fixed point cannot settle: an internal error must name the function,
// and the finding of the caller must still be reported.
package fixedpoint

import (
	"fmt"
	"net/http"
	"strconv"
)

const billsURL = "https://bss.myhuaweicloud.com/v2/bills/customer-bills/monthly-sum"

// page fetches a page of bills, or asks next for a later one.
func page(hc *http.Client, url string, offset int) (*http.Response, error) {
	if offset >= 0 {
		return hc.Get(url + "?offset=" + strconv.Itoa(offset))
	}
	return next(hc, url, offset)
}

func next(hc *http.Client, url string, offset int) (*http.Response, error) { // want `internal error: cbcstatus found no fixed point for the summaries of next and the functions it calls in a cycle in 1 rounds`
	return page(hc, url, offset+10)
}

func MonthlySum(hc *http.Client) error {
	resp, err := page(hc, billsURL, -10)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("monthly sum: HTTP %d", resp.StatusCode)
	}
	return nil
}
