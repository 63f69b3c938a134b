// Package transport is a team's HTTP helper in a package of its own: it // want package:"relevant, analysed"
// names no host, and only its callers know where its requests go. Its
// helpers must keep their bodies (and summaries): a caller in another
// package hands them a CBC URL.
package transport

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
)

// Request is a request a Client sends later. NewRequest keeps the URL in a
// field, and Send, which never calls NewRequest, asks for it through the
// interface: NewRequest keeps its body (its summary says its result carries
// the URL) although nothing in this package calls it.
type Request interface {
	Method() string
	URL() string
	Body() []byte
}

type baseRequest struct {
	method, url string
	body        []byte
}

func (r *baseRequest) Method() string { return r.method }
func (r *baseRequest) URL() string    { return r.url }
func (r *baseRequest) Body() []byte   { return r.body }

func NewRequest(method, url string, body []byte) *baseRequest { // want NewRequest:`result 0 carries the URL of param 1`
	return &baseRequest{method: method, url: url, body: body}
}

// Client sends Requests.
type Client struct{ hc *http.Client }

func NewClient(hc *http.Client) *Client { return &Client{hc: hc} }

// Send takes any status below 300 for success and returns the body.
func (c *Client) Send(req Request) ([]byte, error) { // want Send:`reply to param 1/: result 0, into -1, judged 1`
	hreq, err := http.NewRequest(req.Method(), req.URL(), bytes.NewReader(req.Body()))
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(hreq)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return nil, fmt.Errorf("%s %s: %s", req.Method(), req.URL(), resp.Status)
	}
	return io.ReadAll(resp.Body)
}
