// Package endpoints calls CBC through a partner's own gateway, configured with // want package:"relevant, analysed"
// -cbcstatus.endpoints=*.bss.example.com,billing.example.net.
package endpoints

import (
	"fmt"
	"net/http"
)

const (
	gateway = "https://cn.bss.example.com/v2/orders/customer-orders/pay"
	proxy   = "http://billing.example.net:8080/v2/orders/subscriptions/resources/renew"
	other   = "https://billing.example.com/v2/orders/customer-orders/pay"
)

func Pay() error {
	resp, err := http.Post(gateway, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK { // want `resp.StatusCode != http.StatusOK does not mean success: cn.bss.example.com`
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

func Renew() error {
	resp, err := http.Post(proxy, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode > 299 { // want `resp.StatusCode > 299 does not mean success: billing.example.net`
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}

func NotConfigured() error {
	resp, err := http.Post(other, "application/json", nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("HTTP %d", resp.StatusCode)
	}
	return nil
}
