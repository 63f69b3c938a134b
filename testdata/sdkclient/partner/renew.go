package partner

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
	intlmodel "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2/model"
)

// ErrPartial says some resources were not processed.
var ErrPartial = errors.New("partial failure")

func renewRequest(ids []string) *model.RenewalResourcesRequest {
	return &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}}
}

// RenewMonthly renews resources for a month. Bug: resources that fail come back
// in FailResourceInfos with HTTP 200 and err == nil.
func (b *Billing) RenewMonthly(ids []string) error {
	_, err := b.cn.RenewalResources(renewRequest(ids))
	var se *sdkerr.ServiceResponseError
	if errors.As(err, &se) && se.ErrorCode == "CBC.5003" {
		return fmt.Errorf("top up the partner account: %w", err)
	}
	return err
}

// RenewAndLog renews and logs the orders. Bug: the response is kept, its failures never read.
func (b *Billing) RenewAndLog(ids []string) ([]string, error) {
	resp, err := b.cn.RenewalResources(renewRequest(ids))
	if err != nil {
		return nil, err
	}
	if resp.OrderIds == nil {
		return nil, nil
	}
	log.Printf("renewal orders: %v", *resp.OrderIds)
	return *resp.OrderIds, nil
}

// RenewByStatus renews and trusts the status. Bug.
func (b *Billing) RenewByStatus(ids []string) error {
	resp, err := b.cn.RenewalResources(renewRequest(ids))
	if err != nil {
		return err
	}
	if resp.HttpStatusCode != http.StatusOK {
		return fmt.Errorf("renewal: HTTP %d", resp.HttpStatusCode)
	}
	return nil
}

// RenewChecked renews and reports every resource that failed. Right.
func (b *Billing) RenewChecked(ids []string) error {
	resp, err := b.cn.RenewalResources(renewRequest(ids))
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		for _, f := range *resp.FailResourceInfos {
			log.Printf("not renewed: %s: %s", deref(f.ResourceId), deref(f.ErrorCode))
		}
		return ErrPartial
	}
	return nil
}

// UnsubscribeIntl unsubscribes on the international site. Bug: the response is discarded.
func (b *Billing) UnsubscribeIntl(ids []string) error {
	req := &intlmodel.CancelResourcesSubscriptionRequest{Body: &intlmodel.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}}
	_, err := b.intl.CancelResourcesSubscription(req)
	return err
}

// UnsubscribeChecked returns the response: the caller reads FailResourceInfos. Right.
func (b *Billing) UnsubscribeChecked(ids []string) (*model.CancelResourcesSubscriptionResponse, error) {
	req := &model.CancelResourcesSubscriptionRequest{Body: &model.UnsubscribeResourcesReq{ResourceIds: ids, UnsubscribeType: 1}}
	return b.cn.CancelResourcesSubscription(req)
}

// ToOnDemand converts resources to pay-per-use. Bug: ErrorDetails is never read.
func (b *Billing) ToOnDemand(ids []string) error {
	resp, err := b.cn.UpdatePeriodToOnDemand(&model.UpdatePeriodToOnDemandRequest{Body: &model.PeriodToOnDemandReq{ResourceIds: ids}})
	if err == nil {
		log.Printf("to on-demand: HTTP %d", resp.HttpStatusCode)
	}
	return err
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
