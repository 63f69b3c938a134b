// want package:"relevant, analysed"

// Package predicate decides CBC's success by helper predicates over the
// status, of this package and of another (predicate/other): the body is
// decoded into the payload, but error_code is never read.
package predicate

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"example.com/issue19/predicate/other"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type renewed struct {
	OrderIDs []string `json:"order_ids"`
}

type renewReply struct {
	OrderIDs          []string `json:"order_ids"`
	FailResourceInfos []struct {
		ResourceID string `json:"resource_id"`
		ErrorCode  string `json:"error_code"`
	} `json:"fail_resource_infos"`
}

func isSuccess(code int) bool {
	return code/100 == 2
}

func post(hc *http.Client, ids []string) (*http.Response, error) {
	return hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+strings.Join(ids, `","`)+`"],"period_type":2,"period_num":1}`))
}

func Renew(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if !isSuccess(resp.StatusCode) { // want `isSuccess\(resp.StatusCode\) does not mean success: bss.myhuaweicloud.com`
		return nil, fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return out.OrderIDs, nil
}

func RenewOther(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if !other.IsSuccess(resp.StatusCode) { // want `other.IsSuccess\(resp.StatusCode\) does not mean success: bss.myhuaweicloud.com`
		return nil, fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	return out.OrderIDs, nil
}

func RenewText(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if other.Failed(resp.Status) { // want `other.Failed\(resp.Status\) does not mean success: bss.myhuaweicloud.com`
		return nil, fmt.Errorf("renew: %s", resp.Status)
	}
	return out.OrderIDs, nil
}

// checkStatus returns an error for a status other than 2xx.
func checkStatus(code int) error {
	if code < http.StatusOK || code >= http.StatusMultipleChoices {
		return fmt.Errorf("HTTP %d", code)
	}
	return nil
}

func RenewCheckStatus(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if err := checkStatus(resp.StatusCode); err != nil { // want `checkStatus\(resp.StatusCode\) does not mean success: bss.myhuaweicloud.com`
		return nil, fmt.Errorf("renew: %w", err)
	}
	return out.OrderIDs, nil
}

func RenewOtherCheck(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if err := other.Check(resp.StatusCode); err != nil { // want `other.Check\(resp.StatusCode\) does not mean success: bss.myhuaweicloud.com`
		return nil, err
	}
	return out.OrderIDs, nil
}

// accepted judges the reply itself by its status.
func accepted(resp *http.Response) bool {
	return resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusAccepted
}

func RenewAccepted(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewed
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if !accepted(resp) { // want `accepted\(resp\) does not mean success: bss.myhuaweicloud.com`
		return nil, fmt.Errorf("renew: %s", resp.Status)
	}
	return out.OrderIDs, nil
}

// --- left alone ------------------------------------------------------------------

func RenewChecked(hc *http.Client, ids []string) ([]string, error) {
	resp, err := post(hc, ids)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var out renewReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	if err := checkStatus(resp.StatusCode); err != nil {
		return nil, err
	}
	if !other.IsSuccess(resp.StatusCode) {
		return nil, fmt.Errorf("renew: HTTP %d", resp.StatusCode)
	}
	if len(out.FailResourceInfos) > 0 {
		return nil, fmt.Errorf("renew: %s: %s", out.FailResourceInfos[0].ResourceID, out.FailResourceInfos[0].ErrorCode)
	}
	return out.OrderIDs, nil
}

// A retry on throttling or a server error decides nothing about success;
// the failures are examined after it.
func RenewRetrying(hc *http.Client, ids []string) ([]string, error) {
	for {
		resp, err := post(hc, ids)
		if err != nil {
			return nil, err
		}
		if other.Retryable(resp.StatusCode) {
			resp.Body.Close()
			continue
		}
		defer resp.Body.Close()
		var out renewReply
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return nil, err
		}
		if len(out.FailResourceInfos) > 0 {
			return nil, fmt.Errorf("renew: %s", out.FailResourceInfos[0].ErrorCode)
		}
		return out.OrderIDs, nil
	}
}
