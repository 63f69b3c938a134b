// Package httpx is a small HTTP helper of another package: its summary says // want package:"relevant, analysed"
// it hands back the reply of a request to the URL it is given.
package httpx

import "net/http"

// Get sends a GET to url and hands the reply back.
func Get(url string) (*http.Response, error) { return http.Get(url) } // want Get:"result 0 carries the URL of param 0; result 1 carries the URL of param 0; reply to param 0/: result 0, into -1, judged 0"
