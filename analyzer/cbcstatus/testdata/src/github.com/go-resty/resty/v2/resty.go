// Package resty is a stub of github.com/go-resty/resty/v2 v2.17.2: the type
// and method shapes cbcstatus reads, without behaviour.
package resty

import (
	"context"
	"io"
	"net/http"
	"time"
)

type Client struct{ HostURL string }

func New() *Client { return &Client{} }

func (c *Client) R() *Request                              { return &Request{} }
func (c *Client) NewRequest() *Request                     { return &Request{} }
func (c *Client) SetBaseURL(url string) *Client            { return c }
func (c *Client) SetHeader(header, value string) *Client   { return c }
func (c *Client) SetTimeout(timeout time.Duration) *Client { return c }

type Request struct {
	URL        string
	Method     string
	Body       interface{}
	Result     interface{}
	Error      interface{}
	RawRequest *http.Request
}

func (r *Request) SetContext(ctx context.Context) *Request       { return r }
func (r *Request) SetHeader(header, value string) *Request       { return r }
func (r *Request) SetBody(body interface{}) *Request             { return r }
func (r *Request) SetResult(res interface{}) *Request            { return r }
func (r *Request) SetError(err interface{}) *Request             { return r }
func (r *Request) SetOutput(file string) *Request                { return r }
func (r *Request) Get(url string) (*Response, error)             { return nil, nil }
func (r *Request) Head(url string) (*Response, error)            { return nil, nil }
func (r *Request) Post(url string) (*Response, error)            { return nil, nil }
func (r *Request) Put(url string) (*Response, error)             { return nil, nil }
func (r *Request) Delete(url string) (*Response, error)          { return nil, nil }
func (r *Request) Options(url string) (*Response, error)         { return nil, nil }
func (r *Request) Patch(url string) (*Response, error)           { return nil, nil }
func (r *Request) Send() (*Response, error)                      { return nil, nil }
func (r *Request) Execute(method, url string) (*Response, error) { return nil, nil }

type Response struct {
	Request     *Request
	RawResponse *http.Response
}

func (r *Response) Body() []byte           { return nil }
func (r *Response) Status() string         { return "" }
func (r *Response) StatusCode() int        { return 0 }
func (r *Response) Proto() string          { return "" }
func (r *Response) Result() interface{}    { return nil }
func (r *Response) Error() interface{}     { return nil }
func (r *Response) Header() http.Header    { return nil }
func (r *Response) String() string         { return "" }
func (r *Response) Time() time.Duration    { return 0 }
func (r *Response) Size() int64            { return 0 }
func (r *Response) RawBody() io.ReadCloser { return nil }
func (r *Response) IsSuccess() bool        { return false }
func (r *Response) IsError() bool          { return false }
