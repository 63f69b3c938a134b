// Package httpx is the platform's in-house HTTP helper: every adaptor that
// calls a REST API without an SDK goes through it.
package httpx

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// Client sends JSON requests with a token.
type Client struct {
	HC    *http.Client
	Token string
}

// New returns a client with a timeout.
func New(token string) *Client {
	return &Client{HC: &http.Client{Timeout: 30 * time.Second}, Token: token}
}

// Post sends body as JSON to url and returns the response; the caller closes its body.
func (c *Client) Post(ctx context.Context, url string, body any) (*http.Response, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Auth-Token", c.Token)
	return c.HC.Do(req)
}

// Decode reads the JSON body of resp into out and closes it.
func Decode(resp *http.Response, out any) error {
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, out); err != nil {
		return fmt.Errorf("decoding %s: %v", resp.Request.URL, err)
	}
	return nil
}
