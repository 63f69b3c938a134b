// Package httputils is a generic JSON-over-HTTP library, as multi-cloud // want package:"relevant, analysed"
// managers keep one: any status below 300 is success, and the decoded body is
// handed back.
package httputils

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// JSONObject is a decoded JSON body.
type JSONObject interface {
	String() string
}

type object map[string]any

func (o object) String() string { b, _ := json.Marshal(o); return string(b) }

// JSONRequest sends body to url and returns the answer's headers and decoded body.
func JSONRequest(client *http.Client, ctx context.Context, method, url string, header http.Header, body []byte) (http.Header, JSONObject, error) { // want JSONRequest:`reply to param 3/: result 1, into -1, judged 1`
	req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
	if err != nil {
		return nil, nil, err
	}
	for k, v := range header {
		req.Header[k] = v
	}
	resp, err := client.Do(req)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, nil, err
	}
	if resp.StatusCode >= 300 {
		return nil, nil, fmt.Errorf("%s %s: HTTP %d: %s", method, url, resp.StatusCode, data)
	}
	var o object
	if err := json.Unmarshal(data, &o); err != nil {
		return nil, nil, err
	}
	return resp.Header, o, nil
}
