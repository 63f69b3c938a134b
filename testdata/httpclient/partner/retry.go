package partner

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

type Retrying struct{ rc *retryablehttp.Client }

func NewRetrying() *Retrying { return &Retrying{rc: retryablehttp.NewClient()} }

func (r *Retrying) Unsubscribe(ctx context.Context, ids []string) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, bssBase+"/v2/orders/subscriptions/resources/unsubscribe", ids)
	if err != nil {
		return err
	}
	resp, err := r.rc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("unsubscribe: HTTP %d", resp.StatusCode)
	}
	return nil
}

func (r *Retrying) AutoRenew(id string) error {
	resp, err := r.rc.Post(bssBase+"/v2/orders/subscriptions/resources/autorenew/"+id, "application/json", nil)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

func (r *Retrying) RenewChecked(ids []string) error {
	resp, err := r.rc.Post(bssBase+"/v2/orders/subscriptions/resources/renew", "application/json", ids)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var e cbcError
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return err
	}
	if e.ErrorCode != "" {
		return fmt.Errorf("renew: %s %s", e.ErrorCode, e.ErrorMsg)
	}
	return nil
}
