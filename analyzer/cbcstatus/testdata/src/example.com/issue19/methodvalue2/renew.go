// want package:"relevant, analysed"

// Package methodvalue2 hands the body of a CBC reply to a method value
// after a status check: the method's summary says whether it examines
// error_code, as for a direct call.
package methodvalue2

import (
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"strings"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type validator struct {
	logger *log.Logger
}

// readErrors examines the error_code of an answer.
func (v *validator) readErrors(body io.Reader) error {
	var e cbcError
	if err := json.NewDecoder(body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		v.logger.Printf("CBC %s: %s", e.ErrorCode, e.ErrorMsg)
		return fmt.Errorf("%s: %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// drain reads an answer without looking at it.
func (v *validator) drain(body io.Reader) error {
	n, err := io.Copy(io.Discard, body)
	v.logger.Printf("drained %d bytes", n)
	return err
}

func post(hc *http.Client, id string) (*http.Response, error) {
	return hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
}

func (v *validator) RenewDrained(hc *http.Client, id string) error {
	inspect := v.drain
	resp, err := post(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return inspect(resp.Body)
}

// send posts a renewal: it hands the reply back.
func (v *validator) send(hc *http.Client, id string) (*http.Response, error) {
	return hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
}

// The request itself is sent through a method value.
func (v *validator) RenewSentThroughValue(hc *http.Client, id string) error {
	send := v.send
	resp, err := send(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return nil
}

// --- left alone ------------------------------------------------------------------

func (v *validator) Renew(hc *http.Client, id string) error {
	inspect := v.readErrors
	resp, err := post(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return inspect(resp.Body)
}

// The method value chosen at run time: each examines.
func (v *validator) RenewChosen(hc *http.Client, id string, strict bool) error {
	inspect := v.readErrors
	if strict {
		inspect = (&validator{logger: log.Default()}).readErrors
	}
	resp, err := post(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return inspect(resp.Body)
}
