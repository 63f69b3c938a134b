// Package model is a stub of the SDK's BSS v2 models, with the real names.
package model

type PayOrdersRequest struct {
	Body *PayCustomerOrderV3Req `json:"body,omitempty"`
}

type PayCustomerOrderV3Req struct {
	OrderId     string  `json:"order_id"`
	UseCoupon   *string `json:"use_coupon,omitempty"`
	UseDiscount *string `json:"use_discount,omitempty"`
}

type PayOrdersResponse struct {
	HttpStatusCode int `json:"-"`
}

type RenewalResourcesRequest struct {
	Body *RenewalResourcesReq `json:"body,omitempty"`
}

type RenewalResourcesReq struct {
	ResourceIds  []string `json:"resource_ids"`
	PeriodType   int32    `json:"period_type"`
	PeriodNum    int32    `json:"period_num"`
	ExpirePolicy int32    `json:"expire_policy"`
	IsAutoPay    *int32   `json:"is_auto_pay,omitempty"`
}

type RenewalResourcesResponse struct {
	OrderIds          *[]string           `json:"order_ids,omitempty"`
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

type SendVerificationMessageCodeRequest struct {
	Body *SendVerificationCodeV2Req `json:"body,omitempty"`
}

type SendVerificationCodeV2Req struct {
	ReceiverType int32   `json:"receiver_type"`
	MobilePhone  *string `json:"mobile_phone,omitempty"`
	Scene        *int32  `json:"scene,omitempty"`
}

type SendVerificationMessageCodeResponse struct {
	HttpStatusCode int `json:"-"`
}

type CancelResourcesSubscriptionRequest struct {
	Body *UnsubscribeResourcesReq `json:"body,omitempty"`
}

type UnsubscribeResourcesReq struct {
	ResourceIds           []string `json:"resource_ids"`
	UnsubscribeType       int32    `json:"unsubscribe_type"`
	UnsubscribeReasonType *int32   `json:"unsubscribe_reason_type,omitempty"`
	UnsubscribeReason     *string  `json:"unsubscribe_reason,omitempty"`
}

type CancelResourcesSubscriptionResponse struct {
	OrderIds          *[]string           `json:"order_ids,omitempty"`
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

type ErrorDetail struct {
	ErrorCode *string `json:"error_code,omitempty"`
	ErrorMsg  *string `json:"error_msg,omitempty"`
	Id        *string `json:"id,omitempty"`
}

type RetrieveEnterpriseMultiAccountReq struct {
	CustomerId string  `json:"customer_id"`
	Amount     string  `json:"amount"`
	TransId    *string `json:"trans_id,omitempty"`
}

type ReclaimSubEnterpriseAmountRequest struct {
	Body *RetrieveEnterpriseMultiAccountReq `json:"body,omitempty"`
}

type ReclaimSubEnterpriseAmountResponse struct {
	HttpStatusCode int `json:"-"`
}

type FailResourceInfo struct {
	ErrorCode  *string `json:"error_code,omitempty"`
	ErrorMsg   *string `json:"error_msg,omitempty"`
	ResourceId *string `json:"resource_id,omitempty"`
}

type CreatePartnerCouponsRequest struct {
	Body *CreateCouponsV2Req `json:"body,omitempty"`
}

type CreateCouponsV2Req struct {
	CustomerIds []string `json:"customer_ids"`
	QuotaId     string   `json:"quota_id"`
}

type CreatePartnerCouponsResponse struct {
	ErrorDetails   *[]ErrorDetail `json:"error_details,omitempty"`
	HttpStatusCode int            `json:"-"`
}

type CheckUserIdentityRequest struct {
	Body *CheckSubcustomerUserReq `json:"body,omitempty"`
}

type CheckSubcustomerUserReq struct {
	SearchType  string `json:"search_type"`
	SearchValue string `json:"search_value"`
}

type CheckUserIdentityResponse struct {
	ErrorCode      *string `json:"error_code,omitempty"`
	ErrorMsg       *string `json:"error_msg,omitempty"`
	HttpStatusCode int     `json:"-"`
}

type ReclaimCouponQuotasRequest struct{}

type ReclaimCouponQuotasResponse struct {
	ErrorDetails   *[]ErrorDetail `json:"error_details,omitempty"`
	HttpStatusCode int            `json:"-"`
}
