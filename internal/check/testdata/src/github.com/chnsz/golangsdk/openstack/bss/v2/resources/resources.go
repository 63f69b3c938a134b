// Package resources is a stub of github.com/chnsz/golangsdk/openstack/bss/v2/resources:
// its types and function signatures, with trivial bodies.
package resources

import "github.com/chnsz/golangsdk"

type ListOpts struct {
	ResourceIds      []string `json:"resource_ids,omitempty"`
	OrderId          string   `json:"order_id,omitempty"`
	OnlyMainResource int      `json:"only_main_resource,omitempty"`
	StatusList       []int    `json:"status_list,omitempty"`
	ExpireTimeBegin  string   `json:"expire_time_begin,omitempty"`
	ExpireTimeEnd    string   `json:"expire_time_end,omitempty"`
}

func List(c *golangsdk.ServiceClient, opts ListOpts) (*QueryResp, error) { return &QueryResp{}, nil }

func EnableAutoRenew(c *golangsdk.ServiceClient, resourceId string) error { return nil }

func DisableAutoRenew(c *golangsdk.ServiceClient, resourceId string) error { return nil }

type QueryResp struct {
	ErrorCode  string     `json:"error_code"`
	ErrorMsg   string     `json:"error_msg"`
	Resources  []Resource `json:"data"`
	TotalCount int        `json:"total_count"`
}

type Resource struct {
	ID               string `json:"id"`
	ResourceId       string `json:"resource_id"`
	ResourceName     string `json:"resource_name"`
	Region           string `json:"region_code"`
	ServiceTypeCode  string `json:"service_type_code"`
	ServieTypeName   string `json:"service_type_name"`
	ResourceTypeCode string `json:"resource_type_code"`
	ResourceTypeName string `json:"resource_type_name"`
	ResourceSpecCode string `json:"resource_spec_code"`
	ProjectId        string `json:"project_id"`
	ProductId        string `json:"product_id"`
	ParentResourceId string `json:"parent_resource_id"`
	IsMainResource   int    `json:"is_main_resource"`
	Status           int    `json:"status"`
	EffectiveTime    string `json:"effective_time"`
	ExpireTime       string `json:"expire_time"`
	ExpirePolicy     int    `json:"expire_policy"`
}
