// Package jsonhttp is a JSON-over-HTTP client of another module, shaped like
// yunion.io/x/pkg/util/httputils's JsonClient: it reads the reply, parses it
// with jsonutils.Parse, takes any status below 300 for success and hands the
// parsed body back. It never looks at an error_code.
package jsonhttp

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"example.com/x/jsonutils"
)

// JsonClient sends JSON requests.
type JsonClient struct{ client *http.Client }

// NewJsonClient wraps client.
func NewJsonClient(client *http.Client) *JsonClient { return &JsonClient{client: client} }

// Send sends body to url and returns the reply's headers and parsed body.
func (c *JsonClient) Send(ctx context.Context, method, url string, header http.Header, body jsonutils.JSONObject) (http.Header, jsonutils.JSONObject, error) {
	var bodystr string
	if body != nil {
		bodystr = body.String()
	}
	req, err := http.NewRequestWithContext(ctx, method, url, strings.NewReader(bodystr))
	if err != nil {
		return nil, nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	rbody, err := io.ReadAll(resp.Body)
	if err != nil {
		return resp.Header, nil, fmt.Errorf("reading the body of %s %s: %w", method, url, err)
	}
	var jrbody jsonutils.JSONObject
	if len(rbody) > 0 {
		if jrbody, err = jsonutils.Parse(rbody); err != nil {
			return resp.Header, nil, fmt.Errorf("jsonutils.Parse(%s): %w", rbody, err)
		}
	}
	if resp.StatusCode < 300 {
		return resp.Header, jrbody, nil
	}
	return resp.Header, jrbody, fmt.Errorf("%s %s: HTTP %d: %s", method, url, resp.StatusCode, rbody)
}
