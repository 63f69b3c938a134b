// want package:"relevant, analysed"

// Package noreturn exits on an undecodable reply through a wrapper of
// log.Fatalf: code after a call that never returns is unreachable, so the
// `return nil` that follows it declares nothing. A logging wrapper that
// returns is another matter.
package noreturn

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strings"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type cbcReply struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type Renewer struct {
	hc  *http.Client
	log *log.Logger
}

// die never returns.
func (r *Renewer) die(format string, args ...any) {
	r.log.Printf(format, args...)
	log.Fatalf(format, args...)
}

// warn returns.
func (r *Renewer) warn(format string, args ...any) {
	r.log.Printf(format, args...)
}

func (r *Renewer) post(id string) (*http.Response, error) {
	return r.hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
}

func (r *Renewer) RenewWarned(id string) error {
	resp, err := r.post(id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK { // want `resp.StatusCode == http.StatusOK does not mean success: bss.myhuaweicloud.com`
		var out cbcReply
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			r.warn("renew %s: undecodable reply: %v", id, err)
			return nil
		}
		if out.ErrorCode != "" {
			return fmt.Errorf("renew %s: %s %s", id, out.ErrorCode, out.ErrorMsg)
		}
		return nil
	}
	return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
}

// --- left alone ------------------------------------------------------------------

func (r *Renewer) Renew(id string) error {
	resp, err := r.post(id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		var out cbcReply
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			r.die("renew %s: undecodable reply: %v", id, err)
			return nil // never reached: die exits
		}
		if out.ErrorCode != "" {
			return fmt.Errorf("renew %s: %s %s", id, out.ErrorCode, out.ErrorMsg)
		}
		return nil
	}
	return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
}

func (r *Renewer) RenewFatal(id string) error {
	resp, err := r.post(id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusOK {
		var out cbcReply
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			log.Fatalf("renew %s: undecodable reply: %v", id, err)
			return nil
		}
		if out.ErrorCode != "" {
			return fmt.Errorf("renew %s: %s %s", id, out.ErrorCode, out.ErrorMsg)
		}
		return nil
	}
	return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
}
