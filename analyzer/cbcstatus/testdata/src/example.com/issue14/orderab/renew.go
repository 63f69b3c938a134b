// Package orderab renews through a request helper that, when CBC throttles, // want package:"relevant, analysed"
// retries once through the renewal that called it: post is declared before
// renew. Package orderba is the same code with the functions declared in the
// opposite order; both must give the same findings.
package orderab

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
)

const (
	renewURL       = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"
	unsubscribeURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/unsubscribe"
)

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

// post sends a request to url and takes HTTP 200 for success; on a 429 it
// retries once, through renew.
func post(url string, again bool) error {
	resp, err := http.Post(url, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests && again {
		return renew("retry after HTTP 429", false)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: HTTP %d", url, resp.StatusCode)
	}
	return nil
}

// renew renews the account's resources; why says, for the log, what prompted it.
func renew(why string, again bool) error {
	log.Printf("renewing: %s", why)
	return post(renewURL, again) // want `post decides the success of this request to bss.myhuaweicloud.com by resp.StatusCode != http.StatusOK alone|decides|alone`
}

func Renew() error {
	return renew("scheduled", true)
}

// --- left alone: the same pair, checking the error_code ----------------------

// postChecked sends a request to url, decodes the answer and checks its
// error_code; on a 429 it retries once, through unsubscribe.
func postChecked(url string, again bool) error {
	resp, err := http.Post(url, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusTooManyRequests && again {
		return unsubscribe("retry after HTTP 429", false)
	}
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("POST %s: HTTP %d: %s %s", url, resp.StatusCode, e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// unsubscribe unsubscribes the account's expired resources; why says, for
// the log, what prompted it.
func unsubscribe(why string, again bool) error {
	log.Printf("unsubscribing: %s", why)
	return postChecked(unsubscribeURL, again)
}

func Unsubscribe() error {
	return unsubscribe("scheduled", true)
}
