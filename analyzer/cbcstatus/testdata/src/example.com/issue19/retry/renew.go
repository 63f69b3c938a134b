// want package:"relevant, analysed"

// Package retry renews through a retry loop: early attempts return success
// on HTTP 200 and only the last attempt reads error_code. Whether the reply
// is examined is decided on the path that declares success, so the early
// attempts are found.
package retry

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"time"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type cbcReply struct {
	OrderIDs  []string `json:"order_ids"`
	ErrorCode string   `json:"error_code"`
	ErrorMsg  string   `json:"error_msg"`
}

const attempts = 3

func Renew(hc *http.Client, id string) error {
	var lastErr error
	for attempt := 1; attempt <= attempts; attempt++ {
		resp, err := hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
		if err != nil {
			lastErr = err
			time.Sleep(time.Second)
			continue
		}
		if resp.StatusCode == http.StatusOK && attempt < attempts { // want `resp.StatusCode == http.StatusOK does not mean success: bss.myhuaweicloud.com`
			resp.Body.Close()
			return nil
		}
		var out cbcReply
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil {
			lastErr = err
			continue
		}
		if out.ErrorCode != "" {
			lastErr = fmt.Errorf("renew %s: %s %s", id, out.ErrorCode, out.ErrorMsg)
			continue
		}
		return nil
	}
	return lastErr
}

// --- left alone: every attempt that returns success has read error_code --------

func RenewChecked(hc *http.Client, id string) error {
	var lastErr error
	for attempt := 1; attempt <= attempts; attempt++ {
		resp, err := hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			lastErr = fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
			continue
		}
		var out cbcReply
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil {
			lastErr = err
			continue
		}
		if out.ErrorCode != "" {
			lastErr = fmt.Errorf("renew %s: %s %s", id, out.ErrorCode, out.ErrorMsg)
			continue
		}
		return nil
	}
	return lastErr
}
