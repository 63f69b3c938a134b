// Package model is a stub of the SDK's BSS v2 models: the real type names and field shapes.
package model

type RenewalResourcesRequest struct {
	Body *RenewalResourcesReq `json:"body,omitempty"`
}

type RenewalResourcesReq struct {
	ResourceIds []string `json:"resource_ids"`
	PeriodType  int32    `json:"period_type"`
	PeriodNum   int32    `json:"period_num"`
}

type RenewalResourcesResponse struct {
	OrderIds          *[]string           `json:"order_ids,omitempty"`
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

type CancelResourcesSubscriptionRequest struct {
	Body *UnsubscribeResourcesReq `json:"body,omitempty"`
}

type UnsubscribeResourcesReq struct {
	ResourceIds     []string `json:"resource_ids"`
	UnsubscribeType int32    `json:"unsubscribe_type"`
}

type CancelResourcesSubscriptionResponse struct {
	OrderIds          *[]string           `json:"order_ids,omitempty"`
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

type FailResourceInfo struct {
	ErrorCode  *string `json:"error_code,omitempty"`
	ErrorMsg   *string `json:"error_msg,omitempty"`
	ResourceId *string `json:"resource_id,omitempty"`
}

type ReclaimCouponQuotasRequest struct{}

type ReclaimCouponQuotasResponse struct {
	ErrorDetails   *[]ErrorDetail `json:"error_details,omitempty"`
	HttpStatusCode int            `json:"-"`
}

type ErrorDetail struct {
	ErrorCode *string `json:"error_code,omitempty"`
	ErrorMsg  *string `json:"error_msg,omitempty"`
	Id        *string `json:"id,omitempty"`
}

type PayOrdersRequest struct{}

type PayOrdersResponse struct {
	HttpStatusCode int `json:"-"`
}
