// want package:"relevant, analysed"

// Package branches reads error_code on one branch and decides success by
// the status alone on the other: the branch that examines does not excuse
// the one that does not.
package branches

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

const payURL = "https://bss.myhuaweicloud.com/v3/orders/customer-orders/pay"

type payReply struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type Payer struct {
	hc     *http.Client
	strict bool
}

func (p *Payer) Pay(orderID string) error {
	resp, err := p.hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if p.strict {
		var out payReply
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return err
		}
		if out.ErrorCode != "" {
			return fmt.Errorf("pay %s: %s %s", orderID, out.ErrorCode, out.ErrorMsg)
		}
		return nil
	}
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	}
	return nil
}

// The status is ranged on one branch of a switch.
func (p *Payer) PaySwitch(orderID string, mode int) error {
	resp, err := p.hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	switch mode {
	case 0:
		if resp.StatusCode >= 200 && resp.StatusCode < 300 { // want `resp.StatusCode >= 200 does not mean success: bss.myhuaweicloud.com`
			return nil
		}
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	default:
		var out payReply
		if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
			return err
		}
		if out.ErrorCode != "" {
			return fmt.Errorf("pay %s: %s", orderID, out.ErrorCode)
		}
		return nil
	}
}

// On the lenient branch the decoder's error is returned as the result: nil
// whenever the body decodes, whatever its error_code says.
func (p *Payer) PayLenient(orderID string) error {
	resp, err := p.hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com`
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	}
	var out payReply
	if !p.strict {
		return json.NewDecoder(resp.Body).Decode(&out)
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != "" {
		return fmt.Errorf("pay %s: %s %s", orderID, out.ErrorCode, out.ErrorMsg)
	}
	return nil
}

// --- left alone: both branches examine -----------------------------------------

// The decoder's error is returned only when there is one: that return
// declares no success.
func (p *Payer) PayDecodeFirst(orderID string) error {
	resp, err := p.hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	}
	var out payReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != "" {
		return fmt.Errorf("pay %s: %s %s", orderID, out.ErrorCode, out.ErrorMsg)
	}
	return nil
}

func (p *Payer) PayChecked(orderID string) error {
	resp, err := p.hc.Post(payURL, "application/json", strings.NewReader(`{"order_id":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out payReply
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if p.strict {
		if resp.StatusCode != http.StatusOK || out.ErrorCode != "" {
			return fmt.Errorf("pay %s: HTTP %d %s", orderID, resp.StatusCode, out.ErrorCode)
		}
		return nil
	}
	if out.ErrorCode != "" {
		return fmt.Errorf("pay %s: %s %s", orderID, out.ErrorCode, out.ErrorMsg)
	}
	return nil
}
