// Package billing renews and unsubscribes through a helper of its own and // want package:"relevant, analysed"
// through transport, a helper package that names no host.
package billing

import (
	"bytes"
	"fmt"
	"net/http"
)

// postJSON sends body to url and takes any 2xx for success. This file names
// no host: the body is kept because a function of renew.go hands it a CBC
// URL.
func postJSON(url string, body []byte) error {
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("POST %s: %s", url, resp.Status)
	}
	return nil
}
