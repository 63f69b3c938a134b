// Package v2 is a stub of the SDK's BSS v2 client: the real names and signatures.
package v2

import "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"

type BssClient struct{}

func (c *BssClient) RenewalResources(request *model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error) {
	return nil, nil
}

func (c *BssClient) CancelResourcesSubscription(request *model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error) {
	return nil, nil
}

func (c *BssClient) ReclaimCouponQuotas(request *model.ReclaimCouponQuotasRequest) (*model.ReclaimCouponQuotasResponse, error) {
	return nil, nil
}

func (c *BssClient) PayOrders(request *model.PayOrdersRequest) (*model.PayOrdersResponse, error) {
	return nil, nil
}
