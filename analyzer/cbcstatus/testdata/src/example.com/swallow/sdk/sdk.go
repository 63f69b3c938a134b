// Package sdk renews, unsubscribes and issues coupons through the Huawei SDK,
// and reads the failed items CBC lists in a 200 reply: once only to log or
// count them before saying all went well, once handing them on.
package sdk

import (
	"errors"
	"fmt"
	"log"
	"strings"

	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

type Renewer struct {
	client *bss.BssClient
	failed []string
}

// --- found: the failures are logged or counted, then nil (or true) ----------------

func (r *Renewer) Renew(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}})
	if err != nil {
		return fmt.Errorf("renewing %v: %w", ids, err)
	}
	if resp.FailResourceInfos != nil { // want `^the failed items of RenewalResources \(FailResourceInfos\) are only logged, and the function then returns nil: its caller takes a partial failure for success; return an error that names the failed items, or hand on the items or the reply$`
		for _, f := range *resp.FailResourceInfos {
			log.Printf("[WARN] resource %s not renewed: %s %s", *f.ResourceId, *f.ErrorCode, *f.ErrorMsg)
		}
	}
	return nil
}

func (r *Renewer) Unsubscribe(ids []string) (bool, error) {
	resp, err := r.client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}})
	if err != nil {
		return false, err
	}
	var msgs []string
	fails := resp.FailResourceInfos // want `the failed items of CancelResourcesSubscription \(FailResourceInfos\) are only logged, and the function then returns nil`
	if fails != nil {
		for _, f := range *fails {
			msgs = append(msgs, fmt.Sprintf("%s: %s", *f.ResourceId, *f.ErrorMsg))
		}
	}
	if len(msgs) > 0 {
		log.Println("unsubscribe:", strings.Join(msgs, "; "))
	}
	return true, nil
}

// A count that only reaches a log line is no better.
func (r *Renewer) IssueCoupons() bool {
	resp, err := r.client.CreatePartnerCoupons(&model.CreatePartnerCouponsRequest{})
	if err != nil {
		return false
	}
	failed := 0
	if resp.ErrorDetails != nil { // want `the failed items of CreatePartnerCoupons \(ErrorDetails\) are read but not handed on, and the function then returns true`
		failed += len(*resp.ErrorDetails)
	}
	_ = failed
	return true
}

// --- left alone ------------------------------------------------------------------

// The failures become the error.
func (r *Renewer) RenewStrict(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	var errs []error
	if resp.FailResourceInfos != nil {
		for _, f := range *resp.FailResourceInfos {
			log.Printf("resource %s not renewed", *f.ResourceId)
			errs = append(errs, fmt.Errorf("%s: %s", *f.ResourceId, *f.ErrorCode))
		}
	}
	return errors.Join(errs...)
}

// Any failure is an error, though the error does not name them.
func (r *Renewer) RenewAllOrNothing(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		log.Printf("%d resources not renewed", len(*resp.FailResourceInfos))
		return errors.New("some resources were not renewed")
	}
	return nil
}

// The failed resources are returned beside a nil error: the caller decides.
func (r *Renewer) RenewReportingFailed(ids []string) ([]string, error) {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return nil, err
	}
	var failed []string
	if resp.FailResourceInfos != nil {
		for _, f := range *resp.FailResourceInfos {
			failed = append(failed, *f.ResourceId)
		}
	}
	return failed, nil
}

// The reply itself is handed on.
func (r *Renewer) RenewReply(ids []string) (*model.RenewalResourcesResponse, error) {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return nil, err
	}
	if resp.FailResourceInfos != nil {
		log.Printf("renewal: %d failed", len(*resp.FailResourceInfos))
	}
	return resp, nil
}

// Stored where the caller can see them.
func (r *Renewer) RenewRemembering(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil {
		for _, f := range *resp.FailResourceInfos {
			r.failed = append(r.failed, *f.ResourceId)
		}
	}
	return nil
}

// Retried: the failed resources go to another call, which may fail in turn.
func (r *Renewer) RenewRetrying(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	var again []string
	if resp.FailResourceInfos != nil {
		for _, f := range *resp.FailResourceInfos {
			again = append(again, *f.ResourceId)
		}
	}
	if len(again) > 0 {
		r.retryLater(again)
	}
	return nil
}

func (r *Renewer) retryLater(ids []string) {}

// A price inquiry's failed items are resources without a price, not renewals
// that did not happen.
func (r *Renewer) RenewalPrice(ids []string) (float64, error) {
	resp, err := r.client.ListRenewRateOnPeriod(&model.ListRenewRateOnPeriodRequest{})
	if err != nil {
		return 0, err
	}
	if resp.FailResourceInfos != nil {
		log.Printf("no price for %d resources", len(*resp.FailResourceInfos))
	}
	return 0, nil
}

// A false beside the nil error says not everything was renewed.
func (r *Renewer) RenewedAll(ids []string) (bool, error) {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return false, err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		log.Printf("%d resources not renewed", len(*resp.FailResourceInfos))
		return false, nil
	}
	return true, nil
}

// Success is not declared: a non-nil error is returned after the read.
func (r *Renewer) RenewOrErr(ids []string) error {
	resp, err := r.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil {
		log.Printf("renewal: %d failed", len(*resp.FailResourceInfos))
	}
	return err
}
