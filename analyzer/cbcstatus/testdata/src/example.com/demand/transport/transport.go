package transport

import (
	"bytes"
	"fmt"
	"net/http"
)

// PostJSON sends body to url; any 2xx is success.
func PostJSON(url string, body []byte) error { // want PostJSON:`reply to param 0/: result -1, into -1, judged 1`
	return post(url, body)
}

func post(url string, body []byte) error {
	resp, err := http.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("POST %s: %s", url, resp.Status)
	}
	return nil
}
