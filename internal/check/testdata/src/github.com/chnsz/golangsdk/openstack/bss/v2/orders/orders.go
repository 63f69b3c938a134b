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

type UnsubscribeResult struct {
	golangsdk.Result
}

type Order struct {
	ErrorCode string   `json:"error_code"`
	ErrorMsg  string   `json:"error_msg"`
	OrderIDs  []string `json:"order_ids"`
}

func (r UnsubscribeResult) Extract() (*Order, error) { return &Order{}, r.Err }
