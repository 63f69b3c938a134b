// Package golangsdk is a stub of github.com/chnsz/golangsdk
// (v0.0.0-20260806124942-eb803422874d, as terraform-provider-huaweicloud vendors
// it): the shapes of Result, ServiceClient, RequestOpts and the error of an
// unexpected status, with trivial bodies.
package golangsdk

import "net/http"

type Result struct {
	Body   interface{}
	Header http.Header
	Err    error
}

func (r Result) ExtractInto(to interface{}) error { return r.Err }

type ServiceClient struct {
	Endpoint     string
	ResourceBase string
	Type         string
	Microversion string
	MoreHeaders  map[string]string
}

type RequestOpts struct {
	JSONBody         interface{}
	JSONResponse     interface{}
	OkCodes          []int
	MoreHeaders      map[string]string
	KeepResponseBody bool
}

func (client *ServiceClient) Request(method, url string, options *RequestOpts) (*http.Response, error) {
	return nil, nil
}

type ErrUnexpectedResponseCode struct {
	URL      string
	Method   string
	Expected []int
	Actual   int
	Body     []byte
}

func (e ErrUnexpectedResponseCode) Error() string { return "unexpected response code" }

type ErrDefault400 struct {
	ErrUnexpectedResponseCode
}
