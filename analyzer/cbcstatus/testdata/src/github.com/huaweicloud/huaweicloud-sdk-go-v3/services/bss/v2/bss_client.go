// Package v2 is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2 v0.1.207:
// the client's type and method signatures, with trivial bodies.
package v2

import (
	httpclient "github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/invoker"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

type BssClient struct {
	HcClient *httpclient.HcHttpClient
}

func NewBssClient(hcClient *httpclient.HcHttpClient) *BssClient {
	return &BssClient{HcClient: hcClient}
}

func (c *BssClient) RenewalResources(request *model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.RenewalResourcesResponse), nil
}

func (c *BssClient) CancelResourcesSubscription(request *model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.CancelResourcesSubscriptionResponse), nil
}

func (c *BssClient) ListRenewRateOnPeriod(request *model.ListRenewRateOnPeriodRequest) (*model.ListRenewRateOnPeriodResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.ListRenewRateOnPeriodResponse), nil
}

func (c *BssClient) UpdatePeriodToOnDemand(request *model.UpdatePeriodToOnDemandRequest) (*model.UpdatePeriodToOnDemandResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.UpdatePeriodToOnDemandResponse), nil
}

func (c *BssClient) UpdatePeriodToOnDemandInstantly(request *model.UpdatePeriodToOnDemandInstantlyRequest) (*model.UpdatePeriodToOnDemandInstantlyResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.UpdatePeriodToOnDemandInstantlyResponse), nil
}

func (c *BssClient) CreatePartnerCoupons(request *model.CreatePartnerCouponsRequest) (*model.CreatePartnerCouponsResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.CreatePartnerCouponsResponse), nil
}

func (c *BssClient) CheckUserIdentity(request *model.CheckUserIdentityRequest) (*model.CheckUserIdentityResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.CheckUserIdentityResponse), nil
}

func (c *BssClient) SetResourcesRenewConfig(request *model.SetResourcesRenewConfigRequest) (*model.SetResourcesRenewConfigResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.SetResourcesRenewConfigResponse), nil
}

func (c *BssClient) PayOrders(request *model.PayOrdersRequest) (*model.PayOrdersResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.PayOrdersResponse), nil
}

func (c *BssClient) ShowCustomerAccountBalances(request *model.ShowCustomerAccountBalancesRequest) (*model.ShowCustomerAccountBalancesResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.ShowCustomerAccountBalancesResponse), nil
}

func (c *BssClient) RenewalResourcesInvoker(request *model.RenewalResourcesRequest) *RenewalResourcesInvoker {
	return &RenewalResourcesInvoker{invoker.NewBaseInvoker(c.HcClient, request, nil)}
}

type RenewalResourcesInvoker struct {
	*invoker.BaseInvoker
}

func (i *RenewalResourcesInvoker) Invoke() (*model.RenewalResourcesResponse, error) {
	if result, err := i.BaseInvoker.Invoke(); err != nil {
		return nil, err
	} else {
		return result.(*model.RenewalResourcesResponse), nil
	}
}
