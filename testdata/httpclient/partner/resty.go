// Package partner is a partner's CBC client written with go-resty/resty v2 and
// hashicorp/go-retryablehttp, checked end to end against the real modules.
package partner

import (
	"fmt"
	"time"

	"github.com/go-resty/resty/v2"
)

const bssBase = "https://bss.myhuaweicloud.com"

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

type Billing struct{ rc *resty.Client }

func NewBilling() *Billing { return &Billing{rc: resty.New()} }

func (b *Billing) Renew(ids []string) error {
	resp, err := b.rc.R().SetBody(map[string]any{"resource_ids": ids}).Post(bssBase + "/v2/orders/subscriptions/resources/renew")
	if err != nil {
		return err
	}
	if !resp.IsSuccess() {
		return fmt.Errorf("renew: %s", resp.Status())
	}
	return nil
}

func (b *Billing) Freeze(ids []string) error {
	_, err := b.rc.R().SetBody(ids).Post(bssBase + "/v2/partners/sub-customers/freeze")
	return err
}

func (b *Billing) Pay(orderID string) error {
	var e cbcError
	resp, err := b.rc.R().SetBody(map[string]string{"order_id": orderID}).SetResult(&e).Post(bssBase + "/v3/orders/customer-orders/pay")
	if err != nil {
		return err
	}
	if resp.StatusCode() != 200 || e.ErrorCode != "" {
		return fmt.Errorf("pay: %s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

func (b *Billing) StopServer(id string) error {
	resp, err := b.rc.R().Post("https://ecs.cn-north-4.myhuaweicloud.com/v1/servers/" + id + "/action")
	if err != nil {
		return err
	}
	if resp.StatusCode() != 200 {
		return fmt.Errorf("stop: %s", resp.Status())
	}
	return nil
}

// Intl sends paths to the international endpoint set as the client's base URL.
type Intl struct{ rc *resty.Client }

func NewIntl() *Intl {
	return &Intl{rc: resty.New().SetBaseURL("https://bss-intl.myhuaweicloud.com").SetTimeout(10 * time.Second)}
}

func (i *Intl) Unsubscribe(ids []string) error {
	resp, err := i.rc.R().SetBody(map[string]any{"resource_ids": ids}).Post("/v2/orders/subscriptions/resources/unsubscribe")
	if err != nil {
		return err
	}
	if resp.StatusCode() >= 300 {
		return fmt.Errorf("unsubscribe: %s", resp.Status())
	}
	return nil
}
