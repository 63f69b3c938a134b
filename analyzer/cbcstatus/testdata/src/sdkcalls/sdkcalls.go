// Package sdkcalls calls CBC through the official SDK: renewals, unsubscriptions, // want package:"relevant, analysed"
// coupons and customer freezes, each once wrong and once right.
package sdkcalls

import (
	"errors"
	"fmt"
	"log"
	"net/http"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/sdkerr"
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
	bssintl "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2"
	intlmodel "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2/model"
)

type Billing struct {
	client *bss.BssClient
	intl   *bssintl.BssintlClient
	last   *model.RenewalResourcesResponse
}

// --- the response is discarded -------------------------------------------------

func (b *Billing) Renew(ids []string) error {
	req := &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}}
	_, err := b.client.RenewalResources(req) // want `the RenewalResources response is discarded, but CBC reports failures in its FailResourceInfos with HTTP 200 and a nil error: check FailResourceInfos \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\)`
	return err
}

func (b *Billing) Unsubscribe(ids []string) error {
	var err error
	_, err = b.client.CancelResourcesSubscription(&model.CancelResourcesSubscriptionRequest{}) // want `the CancelResourcesSubscription response is discarded, .* check FailResourceInfos`
	return err
}

func (b *Billing) FreezeCustomers(ids []string) {
	b.intl.FreezeSubCustomers(&intlmodel.FreezeSubCustomersRequest{}) // want `the FreezeSubCustomers response is discarded, .* check ErrorDetails`
}

func (b *Billing) FreezeWithInvoker(ids []string) error {
	_, err := b.intl.FreezeSubCustomersInvoker(&intlmodel.FreezeSubCustomersRequest{}).Invoke() // want `the FreezeSubCustomers response is discarded`
	return err
}

func (b *Billing) ToOnDemandNow() error {
	_, err := b.client.UpdatePeriodToOnDemandInstantly(&model.UpdatePeriodToOnDemandInstantlyRequest{}) // want `check ToOndemandServiceResults`
	return err
}

// Handling the SDK's error is right, and not enough: the partial failure comes with err == nil.
func (b *Billing) RenewHandlingSDKErrors(ids []string) error {
	_, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `the RenewalResources response is discarded`
	var se *sdkerr.ServiceResponseError
	if errors.As(err, &se) && se.ErrorCode == "CBC.5003" {
		return fmt.Errorf("top up the partner account: %w", err)
	}
	return err
}

// --- the response is kept but its error fields are never read -------------------

func (b *Billing) RenewAndListOrders(ids []string) ([]string, error) {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `FailResourceInfos of the RenewalResources response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check FailResourceInfos \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\)`
	if err != nil {
		return nil, err
	}
	if resp == nil || resp.OrderIds == nil {
		return nil, nil
	}
	log.Printf("renewed: %s", resp.String())
	return *resp.OrderIds, nil
}

func (b *Billing) SetRenewConfig() error {
	resp, err := b.client.SetResourcesRenewConfig(&model.SetResourcesRenewConfigRequest{}) // want `ErrorCode of the SetResourcesRenewConfig response is never checked`
	_ = resp.HttpStatusCode
	return err
}

// --- success decided by the status ----------------------------------------------

func (b *Billing) RenewByStatus(ids []string) error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	if resp.HttpStatusCode != http.StatusOK { // want `resp.HttpStatusCode != http.StatusOK does not mean success: CBC reports the failures of RenewalResources in FailResourceInfos with HTTP 200; check FailResourceInfos \(CBC.5020 Partial failure and \d+ other error codes come with HTTP 200\)`
		return fmt.Errorf("renewal failed with HTTP %d", resp.HttpStatusCode)
	}
	return nil
}

func (b *Billing) CouponsByStatus() bool {
	resp, err := b.client.CreatePartnerCoupons(&model.CreatePartnerCouponsRequest{})
	return err == nil && resp.HttpStatusCode == 200 // want `resp.HttpStatusCode == 200 does not mean success: .* in ErrorDetails`
}

func (b *Billing) OnDemandByRange() error {
	if resp, err := b.client.UpdatePeriodToOnDemand(&model.UpdatePeriodToOnDemandRequest{}); err != nil || resp.HttpStatusCode >= 300 { // want `resp.HttpStatusCode >= 300 does not mean success`
		return errors.New("to on-demand failed")
	}
	return nil
}

func (b *Billing) IdentityBySwitch() string {
	resp, _ := b.client.CheckUserIdentity(&model.CheckUserIdentityRequest{})
	switch resp.HttpStatusCode { // want `resp.HttpStatusCode does not mean success: .* check ErrorCode`
	case 200, 201:
		return "available"
	}
	return "unknown"
}

// --- correct code: left alone ---------------------------------------------------

func (b *Billing) RenewChecked(ids []string) error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		f := (*resp.FailResourceInfos)[0]
		return fmt.Errorf("%s: %s", *f.ResourceId, *f.ErrorCode)
	}
	return nil
}

// The status rules leave it alone (the failures are read); the failures are
// only logged, though, and that is found (swallow.go).
func (b *Billing) RenewStatusAndList() error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil || resp.HttpStatusCode != 200 {
		return errors.New("renewal failed")
	}
	for _, f := range *resp.FailResourceInfos { // want `the failed items of RenewalResources \(FailResourceInfos\) are only logged, and the function then returns nil`
		log.Printf("not renewed: %v", f.ResourceId)
	}
	return nil
}

func (b *Billing) IdentityChecked() bool {
	resp, err := b.client.CheckUserIdentity(&model.CheckUserIdentityRequest{})
	return err == nil && resp.ErrorMsg == nil
}

func (b *Billing) RenewReturned() (*model.RenewalResourcesResponse, error) {
	return b.client.RenewalResources(&model.RenewalResourcesRequest{})
}

func (b *Billing) RenewReturnedVar() (*model.RenewalResourcesResponse, error) {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return nil, err
	}
	return resp, nil
}

func (b *Billing) RenewNamedResult() (resp *model.RenewalResourcesResponse, err error) {
	resp, err = b.client.RenewalResources(&model.RenewalResourcesRequest{})
	return
}

func (b *Billing) RenewPassedToHelper() error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	if err != nil {
		return err
	}
	return failures(resp)
}

func failures(resp *model.RenewalResourcesResponse) error {
	if resp.FailResourceInfos != nil && len(*resp.FailResourceInfos) > 0 {
		return errors.New("partial failure")
	}
	return nil
}

// Logging the response is not examining it (issue 14: typed and raw replies
// are judged alike, and log.Printf examines neither).
func (b *Billing) RenewLogged() error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{}) // want `FailResourceInfos of the RenewalResources response is never checked`
	log.Printf("renewal: %v", resp)
	return err
}

func (b *Billing) RenewStored() error {
	resp, err := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	b.last = resp
	return err
}

func (b *Billing) RenewStoredDirectly() (err error) {
	b.last, err = b.client.RenewalResources(&model.RenewalResourcesRequest{})
	return err
}

func (b *Billing) RenewIntoMap(m map[string]*model.RenewalResourcesResponse) {
	resp, _ := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	m["renew"] = resp
}

func (b *Billing) RenewCaptured() func() bool {
	resp, _ := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	return func() bool { return resp.FailResourceInfos == nil }
}

func (b *Billing) RenewIntoOuter() error {
	var resp *model.RenewalResourcesResponse
	var err error
	func() {
		resp, err = b.client.RenewalResources(&model.RenewalResourcesRequest{})
	}()
	if resp != nil && resp.FailResourceInfos != nil {
		return errors.New("partial failure")
	}
	return err
}

func (b *Billing) RenewInGoroutine(out chan<- *model.RenewalResourcesResponse) {
	resp, _ := b.client.RenewalResources(&model.RenewalResourcesRequest{})
	out <- resp
}

func (b *Billing) IntlRenewChecked() error {
	resp, err := b.intl.RenewalResources(&intlmodel.RenewalResourcesRequest{})
	if err == nil && resp.FailResourceInfos != nil {
		err = errors.New("partial failure")
	}
	return err
}

// Pay and balances carry no error fields: nothing to check beyond err.
func (b *Billing) Pay() error {
	_, err := b.client.PayOrders(&model.PayOrdersRequest{})
	return err
}

func (b *Billing) Balance() (int, error) {
	resp, err := b.client.ShowCustomerAccountBalances(&model.ShowCustomerAccountBalancesRequest{})
	if err != nil || resp.HttpStatusCode != 200 {
		return 0, err
	}
	return 1, nil
}
