package partner

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
)

// Endpoints of the partner API, called without the SDK.
const (
	cbcEndpoint = "https://bss.myhuaweicloud.com"
	ecsEndpoint = "https://ecs.cn-north-4.myhuaweicloud.com"
)

// REST calls CBC with net/http.
type REST struct {
	hc    *http.Client
	base  string
	token string
}

// NewREST returns a REST client for the Chinese mainland site.
func NewREST(token string) *REST {
	return &REST{hc: http.DefaultClient, base: cbcEndpoint, token: token}
}

type cbcError struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

func (r *REST) newRequest(ctx context.Context, path, body string) (*http.Request, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.base+path, strings.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Auth-Token", r.token)
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

// PayOrder pays an order. Bug: CBC.3106 and friends come with HTTP 200.
func (r *REST) PayOrder(ctx context.Context, orderID string) error {
	req, err := r.newRequest(ctx, "/v3/orders/customer-orders/pay", `{"order_id": "`+orderID+`"}`)
	if err != nil {
		return err
	}
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("pay %s: HTTP %d", orderID, resp.StatusCode)
	}
	return nil
}

// PayOrderChecked pays an order and reads the error in the body. Right.
func (r *REST) PayOrderChecked(ctx context.Context, orderID string) error {
	req, err := r.newRequest(ctx, "/v3/orders/customer-orders/pay", `{"order_id": "`+orderID+`"}`)
	if err != nil {
		return err
	}
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	_ = json.NewDecoder(resp.Body).Decode(&e)
	if resp.StatusCode != http.StatusOK || e.ErrorCode != "" {
		return fmt.Errorf("pay %s: %s %s", orderID, e.ErrorCode, e.ErrorMsg)
	}
	return nil
}

// StopServer calls ECS, which answers errors with 4xx: a status check is right.
func (r *REST) StopServer(ctx context.Context, id string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, ecsEndpoint+"/v1/servers/"+id+"/action", nil)
	if err != nil {
		return err
	}
	resp, err := r.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("stop %s: HTTP %d", id, resp.StatusCode)
	}
	return nil
}
