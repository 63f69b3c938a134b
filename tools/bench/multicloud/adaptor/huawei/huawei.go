// Package huawei is the platform's Huawei Cloud adaptor: billing through the
// SDK's bss v2 client and through the in-house HTTP helper. It holds one bug of
// each kind cbclint finds (see BENCHMARKS.md, multi-cloud corpus).
package huawei

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"

	"example.com/multicloud/httpx"
)

// Error codes the adaptor reacts to.
const (
	codeInsufficientBalance = "CBC.5003"
	codeThrottled           = "CBC.O250" // cbccode: a letter O for a zero
)

// Adaptor bills through CBC.
type Adaptor struct {
	bss  *bss.BssClient
	http *httpx.Client
	// endpoint is CBC's, built from the service name as platforms do.
	endpoint string
}

// New wraps an SDK HTTP client and an in-house one.
func New(hc *core.HcHttpClient, h *httpx.Client) *Adaptor {
	return &Adaptor{bss: bss.NewBssClient(hc), http: h, endpoint: fmt.Sprintf("https://%s.myhuaweicloud.com", "bss")}
}

// Renew renews resources for a month. cbcswitch: a dispatch that handles
// CBC.5003 must handle the other critical codes (throttling, a payment in
// progress) too.
func (a *Adaptor) Renew(ids []string) error {
	_, err := a.bss.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	var se *sdkerr.ServiceResponseError
	if errors.As(err, &se) {
		switch se.ErrorCode {
		case codeInsufficientBalance:
			return fmt.Errorf("top up the account: %w", err)
		case codeThrottled:
			return fmt.Errorf("retry later: %w", err)
		}
	}
	return err
}

// Unsubscribe unsubscribes resources through the in-house helper. cbcstatus:
// CBC answers errors with HTTP 200 and the error_code in the body.
func (a *Adaptor) Unsubscribe(ctx context.Context, ids []string) error {
	resp, err := a.http.Post(ctx, a.endpoint+"/v2/orders/subscriptions/resources/unsubscribe",
		map[string]any{"resource_ids": ids, "unsubscribe_type": 1})
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

// Balance reads the account balance, checking the error_code. Right.
func (a *Adaptor) Balance(ctx context.Context) (float64, error) {
	resp, err := a.http.Post(ctx, a.endpoint+"/v2/accounts/customer-accounts/balances", nil)
	if err != nil {
		return 0, err
	}
	var out struct {
		ErrorCode string  `json:"error_code"`
		ErrorMsg  string  `json:"error_msg"`
		Amount    float64 `json:"amount"`
	}
	if err := httpx.Decode(resp, &out); err != nil {
		return 0, err
	}
	if out.ErrorCode != "" {
		return 0, fmt.Errorf("balance: %s %s", out.ErrorCode, out.ErrorMsg)
	}
	return out.Amount, nil
}
