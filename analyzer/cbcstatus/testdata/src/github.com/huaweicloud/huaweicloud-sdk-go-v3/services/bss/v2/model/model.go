// Package model is a stub of github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model
// v0.1.207: the type declarations copied from the SDK, with String() as their only method.
package model

import (
	"github.com/shopspring/decimal"
)

type AccountBalanceV3 struct {

	// 账户标识。
	AccountId string `json:"account_id"`

	// 账户类型。 1：余额2：信用5：奖励金7：保证金
	AccountType int32 `json:"account_type"`

	// 账户余额。
	Amount *decimal.Decimal `json:"amount"`

	// 币种。 CNY：人民币。
	Currency string `json:"currency"`

	// 专款专用余额。
	DesignatedAmount *decimal.Decimal `json:"designated_amount,omitempty"`

	// 总信用额度，仅信用账户存在该字段。
	CreditAmount *decimal.Decimal `json:"credit_amount,omitempty"`

	// 度量单位。 1：元
	MeasureId int32 `json:"measure_id"`
}

func (o AccountBalanceV3) String() string {
	return "AccountBalanceV3"
}

type CancelResourcesSubscriptionRequest struct {
	Body *UnsubscribeResourcesReq `json:"body,omitempty"`
}

func (o CancelResourcesSubscriptionRequest) String() string {
	return "CancelResourcesSubscriptionRequest"
}

type CancelResourcesSubscriptionResponse struct {

	// 客户退订订单ID的列表信息。
	OrderIds *[]string `json:"order_ids,omitempty"`

	// 失败的资源信息列表。有退订失败的资源时，该字段才有值。具体请参见表FailResourceInfo。 该字段为预留字段。
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

func (o CancelResourcesSubscriptionResponse) String() string {
	return "CancelResourcesSubscriptionResponse"
}

type CheckSubcustomerUserReq struct {

	// 校验类型。该参数必填，email：邮箱 mobile：手机号 name：登录名称|
	SearchType string `json:"search_type"`

	// 校验内容。该参数必填，且只允许最大长度64的字符串。手机号需符合正则表达式 ^\\d{4}-\\d+$；包括国家码，以00开头，格式：00XX-XXXXXXXX。目前手机号仅支持以86开头的国家码。邮箱需为含有@的正确格式的完整邮箱地址。登录名称需符合正则表达式^([a-zA-Z-]([a-zA-Z0-9_-]){4,31})$，长度5-32；不能以“op_”或“shadow_”开头且不能全为数字，且只能以字母（不区分大小写）或者-开头。
	SearchValue string `json:"search_value"`
}

func (o CheckSubcustomerUserReq) String() string {
	return "CheckSubcustomerUserReq"
}

type CheckUserIdentityRequest struct {
	Body *CheckSubcustomerUserReq `json:"body,omitempty"`
}

func (o CheckUserIdentityRequest) String() string {
	return "CheckUserIdentityRequest"
}

type CheckUserIdentityResponse struct {

	// 状态码。具体请参考状态码。
	ErrorCode *string `json:"error_code,omitempty"`

	// 错误描述信息。
	ErrorMsg *string `json:"error_msg,omitempty"`

	// 是否可以继续注册。该参数非必填，且只允许字符串,available: 该登录名称/手机号/邮箱可以继续注册,used_by_user: 该登录名称/手机号/邮箱不可以继续注册|
	CheckResult *string `json:"check_result,omitempty"`

	// 手机号剩余可注册客户数量。该参数非必填，只有search_type=mobile时，该字段才返回值。表示可以继续使用该手机号注册客户的数量。
	MobileRemainAvailableNum *int32 `json:"mobile_remain_available_num,omitempty"`
	HttpStatusCode           int    `json:"-"`
}

func (o CheckUserIdentityResponse) String() string {
	return "CheckUserIdentityResponse"
}

type CouponSimpleInfo struct {

	// 批量发放优惠券成功的客户ID。
	Id string `json:"id"`

	// 发放成功的券ID。
	CouponId string `json:"coupon_id"`
}

func (o CouponSimpleInfo) String() string {
	return "CouponSimpleInfo"
}

type CouponSimpleInfoOrderPayV3 struct {

	// 优惠券ID。
	Id string `json:"id"`

	// 优惠券类型：300:折扣券 301:促销代金券 302:促销现金券 303:促销储值卡
	Type int32 `json:"type"`
}

func (o CouponSimpleInfoOrderPayV3) String() string {
	return "CouponSimpleInfoOrderPayV3"
}

type CreatePartnerCouponsReq struct {

	// 优惠券额度ID。该值在查询优惠券额度接口的响应参数中获取。
	QuotaId string `json:"quota_id"`

	// 客户账号ID。您可以调用[查询客户列表](https://support.huaweicloud.com/api-bpconsole/mc_00021.html)接口获取customer_id。
	CustomerIds []string `json:"customer_ids"`

	// 代金券面值。 单位：元。取值大于0且精确到小数点后2位。
	FaceValue *decimal.Decimal `json:"face_value"`

	// 生效时间。 UTC时间，格式：yyyy-MM-dd'T'HH:mm:ss'Z'，如“2019-05-06T08:05:01Z”。 此参数不携带或携带值为null时，赋值为发放优惠券额度的生效时间。
	ValidTime *string `json:"valid_time,omitempty"`

	// 失效时间。 UTC时间，格式：yyyy-MM-dd'T'HH:mm:ss'Z'，如“2019-05-06T08:05:01Z”。 此参数不携带或携带值为null时，赋值为发放优惠券额度的失效时间。
	ExpireTime *string `json:"expire_time,omitempty"`

	// 允许使用的云服务列表，您可以调用查询云服务类型列表接口获取。 多个云服务产品以“,”隔开，最多支持10个。 默认：空（继承额度上的限制）  说明： 如果额度上有限制云服务类型列表，则优惠券上的限制不能超过额度的限制。如果额度上没有限制，则优惠券上可以随意指定云服务类型。
	CloudServiceTypes *[]string `json:"cloud_service_types,omitempty"`

	// 允许使用的产品列表。 多个产品以“,”隔开，最多支持10个。 默认：空（继承额度上的限制）  说明： 如果额度上有限制产品列表，则优惠券上的限制不能超过额度的限制。如果额度上没有限制，则优惠券上可以随意指定产品ID。 产品ID需要合作伙伴通过线下获得。
	ProductIds *[]string `json:"product_ids,omitempty"`

	// 发券时的备注信息。 此参数不携带或携带值为null时，不赋值；携带值为空串时，赋值空串。
	Memo *string `json:"memo,omitempty"`

	// 云经销商ID。获取方法请参见[查询云经销商列表](https://support.huaweicloud.com/api-bpconsole/espp_00003.html)。云经销商给子客户发放优惠券时，需要携带该参数。除此之外，此参数不做处理。
	IndirectPartnerId *string `json:"indirect_partner_id,omitempty"`
}

func (o CreatePartnerCouponsReq) String() string {
	return "CreatePartnerCouponsReq"
}

type CreatePartnerCouponsRequest struct {
	Body *CreatePartnerCouponsReq `json:"body,omitempty"`
}

func (o CreatePartnerCouponsRequest) String() string {
	return "CreatePartnerCouponsRequest"
}

type CreatePartnerCouponsResponse struct {

	// 错误的客户列表和错误信息，只有HTTP 200的时候才会返回这个结构体，具体参见表1。
	ErrorDetails *[]ErrorDetail `json:"error_details,omitempty"`

	// 成功的客户ID和对应的券ID列表，只有HTTP 200的时候才会返回这个结构体，具体参见表2。
	CouponInfos    *[]CouponSimpleInfo `json:"coupon_infos,omitempty"`
	HttpStatusCode int                 `json:"-"`
}

func (o CreatePartnerCouponsResponse) String() string {
	return "CreatePartnerCouponsResponse"
}

type DiscountSimpleInfoV3 struct {

	// 折扣ID。
	Id string `json:"id"`

	// 折扣类型： 0：促销折扣2：商务优惠3：合作伙伴授予折扣 说明： 订单支付时，如果包含609折扣（订单调价折扣），则必须使用，不能再更换折扣类型。
	Type int32 `json:"type"`
}

func (o DiscountSimpleInfoV3) String() string {
	return "DiscountSimpleInfoV3"
}

type ErrorDetail struct {

	// 状态码。
	ErrorCode *string `json:"error_code,omitempty"`

	// 错误描述信息。
	ErrorMsg *string `json:"error_msg,omitempty"`

	// 出现错误的客户ID或批量处理消息的ID。
	Id *string `json:"id,omitempty"`
}

func (o ErrorDetail) String() string {
	return "ErrorDetail"
}

type FailResourceInfo struct {

	// 状态码。 具体请参见状态码。
	ErrorCode *string `json:"error_code,omitempty"`

	// 错误描述信息。
	ErrorMsg *string `json:"error_msg,omitempty"`

	// |参数名称：资源ID| |参数约束及描述：资源ID|
	ResourceId *string `json:"resource_id,omitempty"`
}

func (o FailResourceInfo) String() string {
	return "FailResourceInfo"
}

type ListRenewRateOnPeriodReq struct {

	// |参数名称：资源ID列表。只支持传入主资源ID，最多10个资源ID。| |参数约束以及描述：资源ID列表。只支持传入主资源ID，最多10个资源ID。|
	ResourceIds []string `json:"resource_ids"`

	// |参数名称：周期类型：2：月3：年| |参数的约束及描述：周期类型：2：月3：年|
	PeriodType int32 `json:"period_type"`

	// |参数名称：周期数目：如果是月，目前支持1-11如果是年，目前支持1-3| |参数的约束及描述：周期数目：如果是月，目前支持1-11如果是年，目前支持1-3|
	PeriodNum int32 `json:"period_num"`

	// 是否包含关联资源一起续费询价。 false：不包含true：包含 此参数不携带或携带值为空串时，默认值为“false\"。
	IncludeRelativeResources *bool `json:"include_relative_resources,omitempty"`
}

func (o ListRenewRateOnPeriodReq) String() string {
	return "ListRenewRateOnPeriodReq"
}

type ListRenewRateOnPeriodRequest struct {
	Body *ListRenewRateOnPeriodReq `json:"body,omitempty"`
}

func (o ListRenewRateOnPeriodRequest) String() string {
	return "ListRenewRateOnPeriodRequest"
}

type ListRenewRateOnPeriodResponse struct {

	// |参数名称：币种。CNY：人民币。USD：美元。| |参数约束及描述：币种。CNY：人民币。USD：美元。|
	Currency *string `json:"currency,omitempty"`

	// |参数名称：主资源（包含从资源）询价结果| |参数约束以及描述：主资源（包含从资源）询价结果|
	RenewInquiryResults *[]RenewInquiryResultInfo `json:"renew_inquiry_results,omitempty"`

	OfficialWebsiteRatingResult *OfficialWebsiteRatingResultV2 `json:"official_website_rating_result,omitempty"`

	// |参数名称：存在可选折扣优惠时返回折扣优惠维度询价结果，每个折扣优惠一组询价结果| |参数约束以及描述：存在可选折扣优惠时返回折扣优惠维度询价结果，每个折扣优惠一组询价结果|
	OptionalDiscountRatingResults *[]OptionalDiscountRatingResultV2 `json:"optional_discount_rating_results,omitempty"`

	// |参数名称：失败的资源信息列表| |参数约束以及描述：失败的资源信息列表|
	FailResourceInfos *[]FailResourceInfo `json:"fail_resource_infos,omitempty"`
	HttpStatusCode    int                 `json:"-"`
}

func (o ListRenewRateOnPeriodResponse) String() string {
	return "ListRenewRateOnPeriodResponse"
}

type OfficialWebsiteRatingResult struct {

	// 包年/包月产品的官网价。
	OfficialWebsiteAmount *decimal.Decimal `json:"official_website_amount,omitempty"`

	// 分期金额的官网价。  说明： 暂只支持CloudPond产品。
	InstallmentOfficialWebsiteAmount *string `json:"installment_official_website_amount,omitempty"`

	// 分期付款的周期类型。 2：月 3：年  说明： 暂只支持CloudPond产品。
	InstallmentPeriodType *int32 `json:"installment_period_type,omitempty"`

	// 价格度量单位标识。 1：元
	MeasureId *int32 `json:"measure_id,omitempty"`

	// 产品询价结果，具体参见表5。
	ProductRatingResults *[]PeriodProductOfficialRatingResult `json:"product_rating_results,omitempty"`
}

func (o OfficialWebsiteRatingResult) String() string {
	return "OfficialWebsiteRatingResult"
}

type OfficialWebsiteRatingResultV2 struct {

	// |参数名称：官网价格。单位为元| |参数约束及描述：官网价格。单位为元|
	OfficialWebsiteAmount *string `json:"official_website_amount,omitempty"`

	// |参数名称：分期金额的官网价。单位为元| |参数约束及描述：分期金额的官网价。单位为元|
	InstallmentOfficialWebsiteAmount *string `json:"installment_official_website_amount,omitempty"`

	// |参数名称：分期付款的周期类型。2：月| |参数的约束及描述：分期付款的周期类型。2：月|
	InstallmentPeriodType *int32 `json:"installment_period_type,omitempty"`
}

func (o OfficialWebsiteRatingResultV2) String() string {
	return "OfficialWebsiteRatingResultV2"
}

type OptionalDiscountRatingResultV2 struct {

	// |参数名称：折扣优惠ID| |参数约束及描述：折扣优惠ID|
	DiscountId *string `json:"discount_id,omitempty"`

	// |参数名称：总额，即最终优惠后的金额。单位为元。amount= official_website_amount - discount_amount| |参数约束及描述：总额，即最终优惠后的金额。单位为元。amount= official_website_amount - discount_amount|
	Amount *string `json:"amount,omitempty"`

	// |参数名称：官网价。单位为元| |参数约束及描述：官网价。单位为元|
	OfficialWebsiteAmount *string `json:"official_website_amount,omitempty"`

	// |参数名称：可选折扣优惠额，如商务折扣、伙伴折扣、促销折扣和折扣券选用时的优惠额。单位为| |参数约束及描述：可选折扣优惠额，如商务折扣、伙伴折扣、促销折扣和折扣券选用时的优惠额。单位为|
	DiscountAmount *string `json:"discount_amount,omitempty"`

	// |参数名称：折扣优惠类型| |参数约束及描述：折扣优惠类型。商务授权折扣：605(华为云BE场景下的合同商务折扣)、伙伴授予折扣：606(分销商BE场景下的合同商务折扣)、伙伴设置折扣：607(合作伙伴设置折扣-折扣率)|
	DiscountType *int32 `json:"discount_type,omitempty"`

	// |参数名称：折扣名称| |参数约束及描述：折扣名称|
	DiscountName *string `json:"discount_name,omitempty"`

	// |参数名称：是否为最优折扣。0：不是最优折扣，为缺省值。1：是最优折扣最优折扣：在商务折扣、伙伴折扣中选择（优惠金额最大的折扣为最优，优惠金额相等则按此顺序排优先级），促销折扣，折扣券不参与最优折扣的计算| |参数的约束及描述：是否为最优折扣。0：不是最优折扣，为缺省值。1：是最优折扣最优折扣：在商务折扣、伙伴折扣中选择（优惠金额最大的折扣为最优，优惠金额相等则按此顺序排优先级），促销折扣，折扣券不参与最优折扣的计算|
	BestOffer *int32 `json:"best_offer,omitempty"`

	// |参数名称：分期金额的官网价。单位为元| |参数约束及描述：分期金额的官网价。单位为元|
	InstallmentOfficialWebsiteAmount *string `json:"installment_official_website_amount,omitempty"`

	// |参数名称：分期金额的折扣价。单位为元| |参数约束及描述：分期金额的折扣价。单位为元|
	InstallmentOfficialDiscountAmount *string `json:"installment_official_discount_amount,omitempty"`

	// |参数名称：分期金额的成交价。单位为元| |参数约束及描述：分期金额的成交价。单位为元|
	InstallmentAmount *string `json:"installment_amount,omitempty"`

	// |参数名称：分期付款的周期类型。2：月| |参数的约束及描述：分期付款的周期类型。2：月|
	InstallmentPeriodType *int32 `json:"installment_period_type,omitempty"`
}

func (o OptionalDiscountRatingResultV2) String() string {
	return "OptionalDiscountRatingResultV2"
}

type PayCustomerOrderV3Req struct {

	// 订单编号。 取值为调用“查询订单列表”接口时响应消息中的“order_id”字段的值或调用“续订包年/包月资源”接口时响应消息“order_ids”中的订单ID。
	OrderId string `json:"order_id"`

	// 本次订单支付是否使用优惠券。传递“YES”时，coupon_infos字段必选，传递“NO”时，会忽略coupon_infos字段的传值。 使用优惠券：YES，不使用优惠券：NO
	UseCoupon string `json:"use_coupon"`

	// 本次订单支付是否使用折扣。传递“YES”时，discount_infos字段必选，传递“NO”时，会忽略discount_infos字段的传值。 使用折扣：YES，不使用折扣：NO
	UseDiscount string `json:"use_discount"`

	// 优惠券ID列表，目前支持传递最多三个优惠券ID。 请从“查询订单可用优惠券”接口的响应参数中获取。 具体参见表1。 当use_coupon参数取值为“YES”，本字段必填；当use_coupon参数取值为“NO”，本字段不可填写，否则报参数错误。
	CouponInfos *[]CouponSimpleInfoOrderPayV3 `json:"coupon_infos,omitempty"`

	// 折扣ID列表，目前仅支持传递一个折扣ID。 请从“查询订单可用折扣”接口的响应参数中获取。 具体参见表2。 当use_discount参数取值为“YES”，本字段必填；当use_discount参数取值为“NO”，本字段不可填写，否则报参数错误。
	DiscountInfos *[]DiscountSimpleInfoV3 `json:"discount_infos,omitempty"`
}

func (o PayCustomerOrderV3Req) String() string {
	return "PayCustomerOrderV3Req"
}

type PayOrdersRequest struct {
	Body *PayCustomerOrderV3Req `json:"body,omitempty"`
}

func (o PayOrdersRequest) String() string {
	return "PayOrdersRequest"
}

type PayOrdersResponse struct {
	HttpStatusCode int `json:"-"`
}

func (o PayOrdersResponse) String() string {
	return "PayOrdersResponse"
}

type PeriodProductOfficialRatingResult struct {

	// ID标识，来源于请求中的ID。
	Id *string `json:"id,omitempty"`

	// 包年/包月产品的ID。
	ProductId *string `json:"product_id,omitempty"`

	// 包年/包月产品的官网价。
	OfficialWebsiteAmount *decimal.Decimal `json:"official_website_amount,omitempty"`

	// 价格度量单位标识。 1：元
	MeasureId *int32 `json:"measure_id,omitempty"`

	// 分期金额的官网价。  说明： 暂只支持CloudPond产品。
	InstallmentOfficialWebsiteAmount *string `json:"installment_official_website_amount,omitempty"`

	// 分期付款的周期类型。 2：月 3：年 说明： 暂只支持CloudPond产品。
	InstallmentPeriodType *int32 `json:"installment_period_type,omitempty"`
}

func (o PeriodProductOfficialRatingResult) String() string {
	return "PeriodProductOfficialRatingResult"
}

type PeriodToOnDemandInstantlyReq struct {

	// |参数名称：资源ID列表。| |参数约束以及描述：该参数必填，数组范围限制:1-10，字符长度限制1-64。|
	ResourceIds []string `json:"resource_ids"`
}

func (o PeriodToOnDemandInstantlyReq) String() string {
	return "PeriodToOnDemandInstantlyReq"
}

type PeriodToOnDemandReq struct {

	// 设置或取消包年/包月资源到期转按需的操作。 SET_UP：设置CANCEL：取消
	Operation string `json:"operation"`

	// 资源ID。 您可以调用“查询客户包年/包月资源列表”接口获取资源ID。 此处只支持设置主资源ID，最多可设置100个资源ID。设置后，主资源及其对应的从资源将一起转为按需资源。 请根据“查询客户包年/包月资源列表”接口响应参数中的“is_main_resource”参数来标识资源是否为主资源。
	ResourceIds []string `json:"resource_ids"`
}

func (o PeriodToOnDemandReq) String() string {
	return "PeriodToOnDemandReq"
}

type RenewInquiryResultInfo struct {

	// |参数名称：资源ID。| |参数约束及描述：资源ID。|
	ResourceId *string `json:"resource_id,omitempty"`

	// |参数名称：主资源（包含从资源）续订金额。单位为元| |参数约束及描述：主资源（包含从资源）续订金额。单位为元|
	Amount *string `json:"amount,omitempty"`
}

func (o RenewInquiryResultInfo) String() string {
	return "RenewInquiryResultInfo"
}

type RenewResourceConfigReq struct {

	// |参数名称：续订资源设置属性类型| |参数的约束及描述：该参数必填，设置类型，支持枚举| |DEDUCTION_DATE：设置自动续费扣款日，EXPIRE_DATE：设置续费后资源统一到期日|
	ConfigName RenewResourceConfigReqConfigName `json:"config_name"`

	// |参数名称：续订资源设置属性值| |参数约束及描述：该参数必填，当config_name值为DEDUCTION_DATE时，支持设置资源到期前2天至前7天自动扣款，config_value范围：2，3，4，5，6，7。 当config_name值为EXPIRE_DATE时，支持设置统一到期日为每个月的同一天（1~28号及每个月最后一天），config_value范围：1，2，3，4，5，6，7，8，9，10，11，12，13，14，15，16，17，18，19，20，21，22，23，24，25，26，27，28，-1|
	ConfigValue string `json:"config_value"`
}

func (o RenewResourceConfigReq) String() string {
	return "RenewResourceConfigReq"
}

type RenewResourceConfigReqConfigName struct {
	value string
}

type RenewalResourcesReq struct {

	// 资源ID列表。 只支持传入主资源ID，最多10个资源ID。 哪些资源是主资源请根据“查询客户包年/包月资源列表”接口响应参数中的“is_main_resource”来标识。
	ResourceIds []string `json:"resource_ids"`

	// 周期类型： 2：月3：年
	PeriodType int32 `json:"period_type"`

	// 周期数目： 如果是月，目前支持1-11如果是年，目前支持1-3
	PeriodNum int32 `json:"period_num"`

	// 是否自动支付。 0：否1：是 此参数不携带或携带值为null时，默认值为“0：否”，即不自动支付。
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

type SetResourcesRenewConfigRequest struct {
	Body *RenewResourceConfigReq `json:"body,omitempty"`
}

func (o SetResourcesRenewConfigRequest) String() string {
	return "SetResourcesRenewConfigRequest"
}

type SetResourcesRenewConfigResponse struct {

	// |参数名称：返回码| |参数的约束及描述：该参数必填，且只允许字符串|
	ErrorCode *string `json:"error_code,omitempty"`

	// |参数名称：返回码描述| |参数的约束及描述：该参数必填，且只允许字符串|
	ErrorMsg       *string `json:"error_msg,omitempty"`
	HttpStatusCode int     `json:"-"`
}

func (o SetResourcesRenewConfigResponse) String() string {
	return "SetResourcesRenewConfigResponse"
}

type ShowCustomerAccountBalancesRequest struct {
}

func (o ShowCustomerAccountBalancesRequest) String() string {
	return "ShowCustomerAccountBalancesRequest"
}

type ShowCustomerAccountBalancesResponse struct {

	// 账户余额列表。 具体请参见表1。
	AccountBalances *[]AccountBalanceV3 `json:"account_balances,omitempty"`

	// 欠款总金额。
	DebtAmount *decimal.Decimal `json:"debt_amount,omitempty"`

	// 度量单位。 1：元
	MeasureId *int32 `json:"measure_id,omitempty"`

	// 币种。 CNY：人民币。
	Currency       *string `json:"currency,omitempty"`
	HttpStatusCode int     `json:"-"`
}

func (o ShowCustomerAccountBalancesResponse) String() string {
	return "ShowCustomerAccountBalancesResponse"
}

type ToOndemandServiceResult struct {

	// |参数名称：转按需的服务实例id/根资源id| |参数约束以及描述：转按需的服务实例id/根资源id。对应请求体中的资源id。|
	ResourceId *string `json:"resource_id,omitempty"`

	// |参数名称：转按需结果| |参数约束以及描述：转按需结果。SUCCESS：成功；AUDIT：审核中；FAIL：转按需失败。|
	Result *string `json:"result,omitempty"`

	// |参数名称：状态码| |参数约束以及描述：状态码，result=FAIL时，必填|
	ErrorCode *string `json:"error_code,omitempty"`

	// |参数名称：错误描述信息| |参数约束以及描述：错误描述信息，result=FAIL时，必填|
	ErrorMsg *string `json:"error_msg,omitempty"`

	// |参数名称：订单Id| |参数约束以及描述：订单Id。result= SUCCESS、 AUDIT时，必填；其他为空。|
	OrderId *string `json:"order_id,omitempty"`
}

func (o ToOndemandServiceResult) String() string {
	return "ToOndemandServiceResult"
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

type UpdatePeriodToOnDemandInstantlyRequest struct {
	Body *PeriodToOnDemandInstantlyReq `json:"body,omitempty"`
}

func (o UpdatePeriodToOnDemandInstantlyRequest) String() string {
	return "UpdatePeriodToOnDemandInstantlyRequest"
}

type UpdatePeriodToOnDemandInstantlyResponse struct {

	// |参数名称：包年包月即时转按需结果| |参数约束以及描述：包年包月即时转按需结果。HTTP 200的时候返回该字段，具体参见ToOndemandServiceResult。|
	ToOndemandServiceResults *[]ToOndemandServiceResult `json:"to_ondemand_service_results,omitempty"`
	HttpStatusCode           int                        `json:"-"`
}

func (o UpdatePeriodToOnDemandInstantlyResponse) String() string {
	return "UpdatePeriodToOnDemandInstantlyResponse"
}

type UpdatePeriodToOnDemandRequest struct {
	Body *PeriodToOnDemandReq `json:"body,omitempty"`
}

func (o UpdatePeriodToOnDemandRequest) String() string {
	return "UpdatePeriodToOnDemandRequest"
}

type UpdatePeriodToOnDemandResponse struct {

	// HTTP 200的时候返回该字段；部分失败时仅返回失败的记录；如果全部成功，则该记录为空，具体参见表1。
	ErrorDetails   *[]ErrorDetail `json:"error_details,omitempty"`
	HttpStatusCode int            `json:"-"`
}

func (o UpdatePeriodToOnDemandResponse) String() string {
	return "UpdatePeriodToOnDemandResponse"
}
