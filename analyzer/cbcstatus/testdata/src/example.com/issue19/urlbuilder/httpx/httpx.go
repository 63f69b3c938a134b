// Package httpx is a small HTTP helper of another package: its summary says
// it hands back the reply of a request to the URL it is given.
package httpx

import "net/http"

// Get sends a GET to url and hands the reply back.
func Get(url string) (*http.Response, error) { return http.Get(url) }
