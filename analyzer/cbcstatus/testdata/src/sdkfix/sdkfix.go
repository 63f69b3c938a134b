// Package sdkfix discards CBC responses where a mechanical fix exists: the
// function returns an error, and the call is followed by its err check or by
// the return.
package sdkfix

import (
	"fmt"
	"time"

	"github.com/chnsz/golangsdk"
	"github.com/chnsz/golangsdk/openstack/bss/v2/orders"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
	bssintl "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2"
	intlmodel "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2/model"
)

type Billing struct {
	client *bss.BssClient
	intl   *bssintl.BssintlClient
}

func (b *Billing) Renew(ids []string) error {
	req := &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}}
	_, err := b.client.RenewalResources(req) // want `the RenewalResources response is discarded`
	if err != nil {
		return fmt.Errorf("renewing %v: %w", ids, err)
	}
	return nil
}

// terraform-provider-huaweicloud's UnsubscribePrePaidResource.
func UnsubscribePrePaidResource(newClient func() (*golangsdk.ServiceClient, error), resourceIDs []string) error {
	bssV2Client, err := newClient()
	if err != nil {
		return fmt.Errorf("error creating bss V2 client: %s", err)
	}

	unsubscribeOpts := orders.UnsubscribeOpts{
		ResourceIds:     resourceIDs,
		UnsubscribeType: 1,
	}
	_, err = orders.Unsubscribe(bssV2Client, unsubscribeOpts).Extract() // want `the orders.Unsubscribe response is discarded`
	return err
}

func (b *Billing) RenewAndCount(ids []string) ([]string, int, time.Time, error) { // want RenewAndCount:"result 0 carries the URL of param 1"
	resp := len(ids)                                                                            // the name is taken: the fix picks another
	_, err := b.client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{}) // want `the CancelResourcesSubscription response is discarded`
	if err != nil {
		return nil, 0, time.Time{}, err
	}
	return ids, resp, time.Now(), nil
}

func (b *Billing) SetRenewConfig() error {
	_, err := b.client.SetResourcesRenewConfig(&model.SetResourcesRenewConfigRequest{}) // want `the SetResourcesRenewConfig response is discarded`
	return err
}

func (b *Billing) FreezeAll(batches [][]string) error {
	freeze := func(ids []string) error {
		_, err := b.intl.FreezeSubCustomers(&intlmodel.FreezeSubCustomersRequest{}) // want `the FreezeSubCustomers response is discarded`
		if err != nil {
			return err
		}
		return nil
	}
	for _, ids := range batches {
		if err := freeze(ids); err != nil {
			return err
		}
	}
	return nil
}

// renewer lets tests fake the client, and a fake may return nil, nil.
type renewer interface {
	RenewalResources(*model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error)
}

func RenewThroughInterface(r renewer, ids []string) error { // want RenewThroughInterface:`hands param 0 to unknown code`
	_, err := r.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
	return err
}

// Comments around the call stay where they are.
func (b *Billing) UnsubscribeCommented(ids []string) error {
	_, err := b.client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{}) // want `the CancelResourcesSubscription response is discarded`
	// The caller retries on error.
	return err
}

// The err check ends the loop body.
func (b *Billing) RenewBatches(batches [][]string) error {
	for range batches {
		_, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
		if err != nil {
			return err
		} // next batch
	}
	return nil
}
