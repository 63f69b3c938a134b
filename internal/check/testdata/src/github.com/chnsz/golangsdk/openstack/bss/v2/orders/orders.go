// Package orders is a stub of github.com/chnsz/golangsdk/openstack/bss/v2/orders:
// its types and function signatures, with trivial bodies.
package orders

import "github.com/chnsz/golangsdk"

type UnsubscribeOpts struct {
	ResourceIds     []string `json:"resource_ids" required:"true"`
	UnsubscribeType int      `json:"unsubscribe_type" required:"true"`
}

type UnsubscribeOptsBuilder interface {
	ToOrderUnsubscribeMap() (map[string]interface{}, error)
}

func (opts UnsubscribeOpts) ToOrderUnsubscribeMap() (map[string]interface{}, error) { return nil, nil }

func Unsubscribe(client *golangsdk.ServiceClient, opts UnsubscribeOptsBuilder) (r UnsubscribeResult) {
	return
}

func Get(client *golangsdk.ServiceClient, id string) (r GetResult) { return }

type PayOrderOpts struct {
	OrderId       string               `json:"order_id" required:"true"`
	UseCoupon     string               `json:"use_coupon" required:"true"`
	UseDiscount   string               `json:"use_discount" required:"true"`
	CouponInfos   []CouponSimpleInfo   `json:"coupon_infos,omitempty"`
	DiscountInfos []DiscountSimpleInfo `json:"discount_infos,omitempty"`
}

type CouponSimpleInfo struct {
	Id   string `json:"id" required:"true"`
	Type int    `json:"type" required:"true"`
}

type DiscountSimpleInfo struct {
	Id   string `json:"id" required:"true"`
	Type int    `json:"type" required:"true"`
}

type PayOrderOptsBuilder interface {
	ToPayOrderMap() (map[string]interface{}, error)
}

func (opts PayOrderOpts) ToPayOrderMap() (map[string]interface{}, error) { return nil, nil }

func PayOrder(client *golangsdk.ServiceClient, opts PayOrderOptsBuilder) (r PayOrderResult) { return }

type UnsubscribeResult struct {
	golangsdk.Result
}

type Order struct {
	ErrorCode string   `json:"error_code"`
	ErrorMsg  string   `json:"error_msg"`
	OrderIDs  []string `json:"order_ids"`
}

func (r UnsubscribeResult) Extract() (*Order, error) { return &Order{}, r.Err }

type GetResult struct {
	golangsdk.Result
}

type OrderStatus struct {
	ErrorCode string    `json:"error_code"`
	ErrorMsg  string    `json:"error_msg"`
	OrderInfo OrderInfo `json:"order_info"`
}

type OrderInfo struct {
	Status int `json:"status"`
}

func (r GetResult) Extract() (*OrderStatus, error) { return &OrderStatus{}, r.Err }

func WaitForOrderSuccess(client *golangsdk.ServiceClient, secs int, orderID string) error { return nil }

type PayOrderResult struct {
	golangsdk.Result
}

type PayOrderResponse struct {
	ErrorCode string `json:"error_code"`
	ErrorMsg  string `json:"error_msg"`
}

func (r PayOrderResult) Extract() (*PayOrderResponse, error) { return &PayOrderResponse{}, r.Err }
