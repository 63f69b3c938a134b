// Package model is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bssintl/v2/model
// v0.1.207: the type declarations copied from the SDK, with String() as their only method.
package model

type CancelResourcesSubscriptionRequest struct {
	Body *UnsubscribeResourcesReq `json:"body,omitempty"`
}

func (o CancelResourcesSubscriptionRequest) String() string {
	return "CancelResourcesSubscriptionRequest"
}

type CancelResourcesSubscriptionResponse struct {

	// 客户退订订单ID的列表信息。
	OrderIds *[]string `json:"order_ids,omitempty"`

	// |参数名称：失败的资源信息列表| |参数的约束及描述：套餐包使用量信息|
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

func (o CancelResourcesSubscriptionResponse) String() string {
	return "CancelResourcesSubscriptionResponse"
}

type CustomerErrorDetail struct {

	// 返回码。具体请参见状态码。 注意，此时返回的状态码全部为200。
	ErrorCode *string `json:"error_code,omitempty"`

	// 返回码的描述信息。
	ErrorMsg *string `json:"error_msg,omitempty"`

	// 标识ID。该参数对应的是customer_ids。
	Id *string `json:"id,omitempty"`
}

func (o CustomerErrorDetail) String() string {
	return "CustomerErrorDetail"
}

type FailResourceInfo struct {

	// |参数名称：错误码| |参数约束及描述：错误码|
	ErrorCode *string `json:"error_code,omitempty"`

	// |参数名称：错误描述| |参数约束及描述：错误描述|
	ErrorMsg *string `json:"error_msg,omitempty"`

	// |参数名称：资源ID| |参数约束及描述：资源ID|
	ResourceId *string `json:"resource_id,omitempty"`
}

func (o FailResourceInfo) String() string {
	return "FailResourceInfo"
}

type FreezeSubCustomersReq struct {

	// 需要冻结的客户账号ID列表。 您可以调用查询客户列表接口获取customer_id。
	CustomerIds []string `json:"customer_ids"`

	// 冻结原因。
	Reason string `json:"reason"`

	// 云经销商ID。获取方法请参见查询云经销商列表。如果需要查询云经销商的子客户列表，必须携带该字段。除此之外，此参数不做处理。
	IndirectPartnerId *string `json:"indirect_partner_id,omitempty"`

	// |参数名称：冻结类型| |参数的约束及描述：该参数非必填，冻结类型，支持枚举| |ACCOUNT：冻结账号，ACCOUNT_AND_RESOURCE：冻结账号与资源|
	FreezeType *FreezeSubCustomersReqFreezeType `json:"freeze_type,omitempty"`
}

func (o FreezeSubCustomersReq) String() string {
	return "FreezeSubCustomersReq"
}

type FreezeSubCustomersReqFreezeType struct {
	value string
}

type FreezeSubCustomersRequest struct {
	Body *FreezeSubCustomersReq `json:"body,omitempty"`
}

func (o FreezeSubCustomersRequest) String() string {
	return "FreezeSubCustomersRequest"
}

type FreezeSubCustomersResponse struct {

	// 错误原因，只有部分失败的时候才返回。 具体请参见表1。
	ErrorDetails   *[]CustomerErrorDetail `json:"error_details,omitempty"`
	HttpStatusCode int                    `json:"-"`
}

func (o FreezeSubCustomersResponse) String() string {
	return "FreezeSubCustomersResponse"
}

type RenewalResourcesReq struct {

	// 资源ID列表。 只支持传入主资源ID，最多10个资源ID。 哪些资源是主资源请根据“查询客户包年/包月资源列表”接口响应参数中的“is_main_resource”来标识。
	ResourceIds []string `json:"resource_ids"`

	// 周期类型： 2：月3：年
	PeriodType int32 `json:"period_type"`

	// 周期数目： 如果是月，目前支持1-11如果是年，目前支持1-3
	PeriodNum int32 `json:"period_num"`

	// 是否自动支付。 0：否1：是 不填写的话，默认值是0，不自动支付。
	IsAutoPay *int32 `json:"is_auto_pay,omitempty"`
}

func (o RenewalResourcesReq) String() string {
	return "RenewalResourcesReq"
}

type RenewalResourcesRequest struct {
	Body *RenewalResourcesReq `json:"body,omitempty"`
}

func (o RenewalResourcesRequest) String() string {
	return "RenewalResourcesRequest"
}

type RenewalResourcesResponse struct {

	// 续订资源生成的订单ID的列表。
	OrderIds *[]string `json:"order_ids,omitempty"`

	// |参数名称：失败的资源信息列表| |参数的约束及描述：套餐包使用量信息|
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

func (o RenewalResourcesResponse) String() string {
	return "RenewalResourcesResponse"
}

type UnsubscribeResourcesReq struct {

	// 资源ID列表。 最大支持1次性输入10个资源ID，只能输入主资源ID。 哪些资源是主资源请根据“查询客户包年/包月资源列表”接口响应参数中的“is_main_resource”来标识。
	ResourceIds []string `json:"resource_ids"`

	// 退订类型，取值如下： 1：退订资源及其已续费周期。2：只退订资源已续费周期，不退订资源。
	UnsubscribeType int32 `json:"unsubscribe_type"`

	// 退订理由分类，取值如下： 1：产品不好用2：产品功能无法满足需求3：不会操作/操作过于复杂4：对服务不满意5：其他
	UnsubscribeReasonType *int32 `json:"unsubscribe_reason_type,omitempty"`

	// 退订原因，一般由客户输入。
	UnsubscribeReason *string `json:"unsubscribe_reason,omitempty"`
}

func (o UnsubscribeResourcesReq) String() string {
	return "UnsubscribeResourcesReq"
}
