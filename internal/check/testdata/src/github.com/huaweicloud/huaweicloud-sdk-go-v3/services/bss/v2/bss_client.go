// Package v2 is a stub of the SDK's BSS v2 client, with the real names.
package v2

import "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"

type BssClient struct{}

func (c *BssClient) PayOrders(request *model.PayOrdersRequest) (*model.PayOrdersResponse, error) {
	return &model.PayOrdersResponse{HttpStatusCode: 204}, nil
}

func (c *BssClient) RenewalResources(request *model.RenewalResourcesRequest) (*model.RenewalResourcesResponse, error) {
	return &model.RenewalResourcesResponse{HttpStatusCode: 200}, nil
}

func (c *BssClient) SendVerificationMessageCode(request *model.SendVerificationMessageCodeRequest) (*model.SendVerificationMessageCodeResponse, error) {
	return &model.SendVerificationMessageCodeResponse{HttpStatusCode: 200}, nil
}

func (c *BssClient) CancelResourcesSubscription(request *model.CancelResourcesSubscriptionRequest) (*model.CancelResourcesSubscriptionResponse, error) {
	return &model.CancelResourcesSubscriptionResponse{HttpStatusCode: 200}, nil
}

func (c *BssClient) ReclaimSubEnterpriseAmount(request *model.ReclaimSubEnterpriseAmountRequest) (*model.ReclaimSubEnterpriseAmountResponse, error) {
	return &model.ReclaimSubEnterpriseAmountResponse{HttpStatusCode: 204}, nil
}

func (c *BssClient) CreatePartnerCoupons(request *model.CreatePartnerCouponsRequest) (*model.CreatePartnerCouponsResponse, error) {
	return &model.CreatePartnerCouponsResponse{HttpStatusCode: 200}, nil
}

func (c *BssClient) CheckUserIdentity(request *model.CheckUserIdentityRequest) (*model.CheckUserIdentityResponse, error) {
	return &model.CheckUserIdentityResponse{HttpStatusCode: 200}, nil
}

func (c *BssClient) ReclaimCouponQuotas(request *model.ReclaimCouponQuotasRequest) (*model.ReclaimCouponQuotasResponse, error) {
	return nil, nil
}
