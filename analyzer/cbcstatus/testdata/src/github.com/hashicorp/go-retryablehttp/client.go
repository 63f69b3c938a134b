// Package retryablehttp is a stub of github.com/hashicorp/go-retryablehttp
// v0.7.8: the type and function shapes cbcstatus reads, without behaviour.
package retryablehttp

import (
	"context"
	"net/http"
	"net/url"
)

type Request struct {
	*http.Request
}

func (r *Request) WithContext(ctx context.Context) *Request { return r }

func FromRequest(r *http.Request) (*Request, error) { return nil, nil }

func NewRequest(method, url string, rawBody interface{}) (*Request, error) { return nil, nil }

func NewRequestWithContext(ctx context.Context, method, url string, rawBody interface{}) (*Request, error) {
	return nil, nil
}

type Client struct {
	HTTPClient *http.Client
	RetryMax   int
}

func NewClient() *Client { return &Client{} }

func (c *Client) Do(req *Request) (*http.Response, error) { return nil, nil }
func (c *Client) Get(url string) (*http.Response, error)  { return nil, nil }
func (c *Client) Head(url string) (*http.Response, error) { return nil, nil }
func (c *Client) Post(url, bodyType string, body interface{}) (*http.Response, error) {
	return nil, nil
}
func (c *Client) PostForm(url string, data url.Values) (*http.Response, error) { return nil, nil }
func (c *Client) StandardClient() *http.Client                                 { return nil }

func Get(url string) (*http.Response, error)                              { return nil, nil }
func Head(url string) (*http.Response, error)                             { return nil, nil }
func Post(url, bodyType string, body interface{}) (*http.Response, error) { return nil, nil }
func PostForm(url string, data url.Values) (*http.Response, error)        { return nil, nil }
