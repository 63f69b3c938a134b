// Package cbchttp is a billing team's HTTP helper, kept in a package of its // want package:"relevant, analysed"
// own in the same module as its callers: Post takes any status below 300 for
// success and hands the reply back, PostChecked and Check examine CBC's
// error_code.
package cbchttp

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
)

// Error is CBC's error body.
type Error struct {
	Code    string `json:"error_code"`
	Message string `json:"error_msg"`
}

func (e *Error) Error() string { return e.Code + ": " + e.Message } // want Error:`examines error_code of param 0`

// Post sends body to url; any status below 300 is success, and the reply is
// the caller's to read and close.
func Post(c *http.Client, url string, body io.Reader) (*http.Response, error) { // want Post:`result 0 carries the URL of param 1; reply to param 1/: result 0, into -1, judged 1`
	resp, err := c.Post(url, "application/json", body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		resp.Body.Close()
		return nil, fmt.Errorf("POST %s: HTTP %d", url, resp.StatusCode)
	}
	return resp, nil
}

// Check reads the reply, closes it and returns CBC's error, whatever the
// HTTP status.
func Check(resp *http.Response) error { // want Check:`examines error_code of param 0`
	defer resp.Body.Close()
	var e Error
	if err := json.NewDecoder(resp.Body).Decode(&e); err != nil {
		return fmt.Errorf("decoding the CBC answer: %w", err)
	}
	if e.Code != "" {
		return &e
	}
	return nil
}

// PostChecked is Post, then Check.
func PostChecked(c *http.Client, url string, body io.Reader) error {
	resp, err := Post(c, url, body)
	if err != nil {
		return err
	}
	return Check(resp)
}

// PostStatus sends body to url and takes HTTP 200 for success; the reply is
// closed unread.
func PostStatus(c *http.Client, url string, body io.Reader) error { // want PostStatus:`reply to param 1/: result -1, into -1, judged 1`
	resp, err := c.Post(url, "application/json", body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("POST %s: HTTP %d", url, resp.StatusCode)
	}
	return nil
}
