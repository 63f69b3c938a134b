package jsonhttp

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"example.com/x/jsonutils"
)

// JsonResponse turns the body of a failed reply into an error, as
// yunion.io/x/pkg/util/httputils.JsonResponse does.
type JsonResponse interface {
	ParseErrorFromJsonResponse(statusCode int, status string, body jsonutils.JSONObject) error
}

// SendParsingErrors is Send, but a reply of status 300 or above is turned
// into an error by response, which sees its parsed body; a reply below 300 is
// success, and response never sees it (httputils.JsonClient.Send).
func (c *JsonClient) SendParsingErrors(ctx context.Context, method, url string, header http.Header, body jsonutils.JSONObject, response JsonResponse) (http.Header, jsonutils.JSONObject, error) {
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
	return resp.Header, jrbody, response.ParseErrorFromJsonResponse(resp.StatusCode, resp.Status, jrbody)
}
