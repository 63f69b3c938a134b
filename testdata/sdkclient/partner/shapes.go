package partner

import (
	"context"
	"fmt"
	"time"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

// Renewer is the client as the renewal job sees it, so that tests can fake it;
// *bss.BssClient implements it.
type Renewer interface {
	RenewalResources(*model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error)
	CancelResourcesSubscription(*model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error)
}

var _ Renewer = (*bss.BssClient)(nil)

// Job renews and unsubscribes through a Renewer, retrying transient errors.
type Job struct {
	client Renewer
	cancel func(*model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error)
}

// NewJob uses the real client; tests pass a fake.
func NewJob(c *bss.BssClient) *Job { return &Job{client: c, cancel: c.CancelResourcesSubscription} }

// withRetry calls f until it returns no error, at most n times.
func withRetry[T any](ctx context.Context, n int, f func() (T, error)) (T, error) {
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

// Renew renews through the interface. Bug: the response is discarded.
func (j *Job) Renew(ids []string) error {
	_, err := j.client.RenewalResources(renewRequest(ids))
	return err
}

// RenewRetrying retries the renewal. Bug: withRetry hands the response back and it is discarded.
func (j *Job) RenewRetrying(ctx context.Context, ids []string) error {
	_, err := withRetry(ctx, 3, func() (*model.RenewalResourcesResponse, error) {
		return j.client.RenewalResources(renewRequest(ids))
	})
	return err
}

// Unsubscribe calls through a function value. Bug: the failures are never read.
func (j *Job) Unsubscribe(ids []string) ([]string, error) {
	resp, err := j.cancel(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}})
	if err != nil || resp.OrderIds == nil {
		return nil, err
	}
	return *resp.OrderIds, nil
}

// RenewRetryingChecked is right: the failures are read after the retries.
func (j *Job) RenewRetryingChecked(ctx context.Context, ids []string) error {
	resp, err := withRetry(ctx, 3, func() (*model.RenewalResourcesResponse, error) {
		return j.client.RenewalResources(renewRequest(ids))
	})
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		return fmt.Errorf("%w: %d resources not renewed", ErrPartial, len(*resp.FailResourceInfos))
	}
	return nil
}
