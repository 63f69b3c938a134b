// want package:"relevant, analysed"

// Package methodexpr hands the body of a CBC reply to a method expression
// after a status check: the method's summary says whether it examines
// error_code; the receiver is the first argument.
package methodexpr

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
)

const renewURL = "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/renew"

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type codec struct{ strict bool }

func (c codec) readErrors(body io.Reader) error {
	var e cbcError
	if err := json.NewDecoder(body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		return fmt.Errorf("%s: %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

func (c *codec) skip(body io.Reader) error {
	_, err := io.Copy(io.Discard, body)
	return err
}

func post(hc *http.Client, id string) (*http.Response, error) {
	return hc.Post(renewURL, "application/json", strings.NewReader(`{"resource_ids":["`+id+`"]}`))
}

func RenewSkipped(hc *http.Client, id string) error {
	check := (*codec).skip
	resp, err := post(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return check(&codec{}, resp.Body)
}

// --- left alone ------------------------------------------------------------------

func Renew(hc *http.Client, id string) error {
	check := codec.readErrors
	resp, err := post(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return check(codec{strict: true}, resp.Body)
}

// Through a pointer: (*codec).readErrors is a thunk of the value method.
func RenewPointer(hc *http.Client, id string) error {
	check := (*codec).readErrors
	resp, err := post(hc, id)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("renew %s: HTTP %d", id, resp.StatusCode)
	}
	return check(&codec{}, resp.Body)
}
