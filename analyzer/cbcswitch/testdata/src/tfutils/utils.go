// Package tfutils has the shapes of terraform-provider-huaweicloud's reply
// helpers: a JMESPath search over a decoded JSON body.
package tfutils

import (
	"encoding/json"
	"net/http"
)

// PathSearch evaluates a JMESPath expression against obj; defaultValue when
// nothing matches.
func PathSearch(expression string, obj interface{}, defaultValue interface{}) interface{} {
	return defaultValue
}

// FlattenResponse decodes the reply's JSON body.
func FlattenResponse(resp *http.Response) (interface{}, error) {
	var body interface{}
	defer resp.Body.Close()
	err := json.NewDecoder(resp.Body).Decode(&body)
	return body, err
}
