// Package sdkshapes gets CBC responses the ways testable billing code does: // want package:"relevant, analysed"
// through a small interface, a generic retry helper, function values and
// closures. The response's type alone says what it carries.
package sdkshapes

import (
	"context"
	"errors"
	"fmt"
	"time"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

// renewer is the client as the billing code sees it, so that tests can fake it.
type renewer interface {
	RenewalResources(*model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error)
	CancelResourcesSubscription(*model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error)
}

var _ renewer = (*bss.BssClient)(nil)

type Renewals struct {
	client renewer
	unsub  func(*model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error)
}

// retry calls f until it returns no error, at most n times.
func retry[T any](ctx context.Context, n int, f func() (T, error)) (T, error) {
	var zero T
	var err error
	for range n {
		var v T
		if v, err = f(); err == nil {
			return v, nil
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(time.Second):
		}
	}
	return zero, err
}

// --- found ----------------------------------------------------------------------

func (r *Renewals) RenewThroughInterface(ids []string) error {
	_, err := r.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded, but CBC reports failures in its FailResourceInfos with HTTP 200 and a nil error: check FailResourceInfos`
	return err
}

func (r *Renewals) RenewWithRetry(ctx context.Context, ids []string) error {
	req := &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}}
	// The closure hands the response back: retry's caller gets it and discards it.
	_, err := retry(ctx, 3, func() (*model.RenewalResourcesResponse, error) { // want `the RenewalResources response is discarded`
		return r.client.RenewalResources(req)
	})
	return err
}

func (r *Renewals) UnsubscribeThroughField(ids []string) error {
	_, err := r.unsub(&model.CancelResourcesSubscriptionRequest{}) // want `the CancelResourcesSubscription response is discarded, .* check FailResourceInfos`
	return err
}

func (r *Renewals) UnsubscribeThroughMethodValue(c *bss.BssClient, ids []string) error {
	cancel := c.CancelResourcesSubscription
	resp, err := cancel(&model.CancelResourcesSubscriptionRequest{}) // want `FailResourceInfos of the CancelResourcesSubscription response is never checked`
	if err != nil {
		return err
	}
	fmt.Println("unsubscribed:", resp.OrderIds)
	return nil
}

func (r *Renewals) RenewWithInvoker(c *bss.BssClient) error {
	_, err := c.RenewalResourcesInvoker(&model.RenewalResourcesRequest{}).Invoke() // want `the RenewalResources response is discarded`
	return err
}

func (r *Renewals) RenewAllInGoroutines(ids [][]string) {
	for _, batch := range ids {
		go func() {
			r.client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: batch}}) // want `the RenewalResources response is discarded`
		}()
	}
}

// --- left alone -----------------------------------------------------------------

// The closure returns the response: the caller judges it.
func (r *Renewals) renewOnce(req *model.RenewalResourcesRequest) func() (*model.RenewalResourcesResponse, error) {
	return func() (*model.RenewalResourcesResponse, error) {
		return r.client.RenewalResources(req)
	}
}

func (r *Renewals) RenewWithRetryChecked(ctx context.Context, ids []string) error {
	resp, err := retry(ctx, 3, r.renewOnce(&model.RenewalResourcesRequest{}))
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		return fmt.Errorf("%d resources not renewed", len(*resp.FailResourceInfos))
	}
	return nil
}

func (r *Renewals) UnsubscribeChecked(ids []string) error {
	resp, err := r.unsub(&model.CancelResourcesSubscriptionRequest{})
	if err == nil && resp.FailResourceInfos != nil {
		for _, f := range *resp.FailResourceInfos {
			return fmt.Errorf("resource %s: %s", *f.ResourceId, *f.ErrorCode)
		}
	}
	return err
}

// Returned through the generic helper: the caller decides.
func (r *Renewals) RenewReturned(ctx context.Context) (*model.RenewalResourcesResponse, error) {
	return retry(ctx, 3, r.renewOnce(&model.RenewalResourcesRequest{}))
}

// Handed to a function the analysis cannot see.
func (r *Renewals) RenewReported(report func(*model.RenewalResourcesResponse) error) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	return report(resp)
}

// A response the code builds itself (a fake, a zero value) is not CBC's answer.
func (r *Renewals) Fake() error {
	resp := new(model.RenewalResourcesResponse)
	_ = (*model.RenewalResourcesResponse)(resp)
	return errors.New("not implemented")
}
