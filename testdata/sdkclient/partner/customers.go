package partner

import (
	"errors"
	"fmt"

	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
	intlmodel "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2/model"
)

// FreezeCustomers freezes customers through the invoker API. Bug: customers that
// could not be frozen come back in ErrorDetails with HTTP 200.
func (b *Billing) FreezeCustomers(ids []string) error {
	req := &intlmodel.FreezeSubCustomersRequest{Body: &intlmodel.FreezeSubCustomersReq{CustomerIds: ids, Reason: "overdue"}}
	_, err := b.intl.FreezeSubCustomersInvoker(req).Invoke()
	return err
}

// CreateCoupons issues coupons. Bug: success decided by the status.
func (b *Billing) CreateCoupons(req *model.CreatePartnerCouponsRequest) bool {
	resp, err := b.cn.CreatePartnerCoupons(req)
	return err == nil && resp.HttpStatusCode == 200
}

// CreateCouponsChecked issues coupons and reports the customers that got none. Right.
func (b *Billing) CreateCouponsChecked(req *model.CreatePartnerCouponsRequest) error {
	resp, err := b.cn.CreatePartnerCoupons(req)
	if err != nil {
		return err
	}
	if resp.ErrorDetails != nil {
		for _, d := range *resp.ErrorDetails {
			return fmt.Errorf("coupon for %s: %s", deref(d.Id), deref(d.ErrorCode))
		}
	}
	return nil
}

// SetRenewConfig sets how resources renew. Bug: its top-level ErrorCode is never read.
func (b *Billing) SetRenewConfig(req *model.SetResourcesRenewConfigRequest) error {
	resp, err := b.cn.SetResourcesRenewConfig(req)
	if err != nil {
		return err
	}
	if resp.HttpStatusCode >= 300 {
		return errors.New("renew config failed")
	}
	return nil
}

// CheckIdentity says whether a login name is free. Right: it reads ErrorCode.
func (b *Billing) CheckIdentity(name string) (bool, error) {
	resp, err := b.cn.CheckUserIdentity(&model.CheckUserIdentityRequest{Body: &model.CheckSubcustomerUserReq{SearchType: "name", SearchValue: name}})
	if err != nil {
		return false, err
	}
	if resp.ErrorCode != nil && *resp.ErrorCode != "CBC.0000" {
		return false, errors.New(deref(resp.ErrorMsg))
	}
	return deref(resp.CheckResult) == "available", nil
}

// PayOrders pays orders; its response carries no error fields. Right.
func (b *Billing) PayOrders(req *model.PayOrdersRequest) error {
	_, err := b.cn.PayOrders(req)
	return err
}
