// Package v2 is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2 v0.1.207:
// the client's type and method signatures, with trivial bodies.
package v2

import (
	httpclient "github.com/huaweicloud/huaweicloud-sdk-go-v3/core"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/core/invoker"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2/model"
)

type BssintlClient struct {
	HcClient *httpclient.HcHttpClient
}

func NewBssintlClient(hcClient *httpclient.HcHttpClient) *BssintlClient {
	return &BssintlClient{HcClient: hcClient}
}

func (c *BssintlClient) RenewalResources(request *model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.RenewalResourcesResponse), nil
}

func (c *BssintlClient) FreezeSubCustomers(request *model.FreezeSubCustomersRequest) (*model.FreezeSubCustomersResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.FreezeSubCustomersResponse), nil
}

func (c *BssintlClient) CancelResourcesSubscription(request *model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error) {
	resp, err := c.HcClient.Sync(request, nil)
	if err != nil {
		return nil, err
	}
	return resp.(*model.CancelResourcesSubscriptionResponse), nil
}

func (c *BssintlClient) FreezeSubCustomersInvoker(request *model.FreezeSubCustomersRequest) *FreezeSubCustomersInvoker {
	return &FreezeSubCustomersInvoker{invoker.NewBaseInvoker(c.HcClient, request, nil)}
}

type FreezeSubCustomersInvoker struct {
	*invoker.BaseInvoker
}

func (i *FreezeSubCustomersInvoker) Invoke() (*model.FreezeSubCustomersResponse, error) {
	if result, err := i.BaseInvoker.Invoke(); err != nil {
		return nil, err
	} else {
		return result.(*model.FreezeSubCustomersResponse), nil
	}
}
