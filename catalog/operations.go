package catalog

//go:generate go run ./internal/opsgen

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// Operation is one operation of the Huawei SDK's CBC services (bss/v2 and
// bssintl/v2, SDK v0.1.207), read from the SDK's sources into operations.json
// by `go generate ./catalog`.
type Operation struct {
	Service  string `json:"service"`  // "bss" (Chinese site) or "bssintl" (international site)
	Name     string `json:"name"`     // the client method: "RenewalResources"
	Method   string `json:"method"`   // "POST"
	Path     string `json:"path"`     // "/v2/orders/subscriptions/resources/renew", {param} kept as in the SDK
	Request  string `json:"request"`  // "RenewalResourcesRequest"
	Response string `json:"response"` // "RenewalResourcesResponse"
	// ErrorFields are the JSON paths of the error fields the reply body can
	// carry with HTTP 200: "error_code", "fail_resource_infos[].error_code".
	// Empty when the reply has none.
	ErrorFields []string `json:"error_fields"`
}

// SDKVersion is the version of the Huawei SDK (github.com/huaweicloud/huaweicloud-sdk-go-v3)
// whose sources operations.json was generated from: the newest the module proxy serves.
const SDKVersion = "v0.1.207"

//go:embed operations.json
var shippedOperations []byte

var operations = sync.OnceValue(func() []Operation {
	var ops []Operation
	if err := json.Unmarshal(shippedOperations, &ops); err != nil {
		panic(fmt.Sprintf("catalog: shipped operations.json is corrupt: %v", err))
	}
	return ops
})

// Operations returns every operation, sorted by service then name. The caller
// must not modify them. They come from the SDK, so every catalog (a user's
// included) has the same ones.
func (c *Catalog) Operations() []Operation { return operations() }

// OperationsNamed returns the operations called name ("RenewalResources"):
// usually one per service.
func (c *Catalog) OperationsNamed(name string) []Operation {
	var out []Operation
	for _, op := range operations() {
		if op.Name == name {
			out = append(out, op)
		}
	}
	return out
}

// OperationAt returns the operations a request to path with method reaches.
// path is as sent: "/v2/orders/subscriptions/resources/renew", a full URL
// ("https://bss.myhuaweicloud.com/v2/..."), with concrete values where the SDK
// has {param} and with or without a query string. Both services may match
// (they share most paths). No two paths of the SDK overlap (a test keeps it
// so), so a request never reaches two different operations of one service.
func (c *Catalog) OperationAt(method, path string) []Operation {
	segs := pathSegments(path)
	var out []Operation
	for _, op := range operations() {
		if strings.EqualFold(op.Method, method) && matchPath(pathSegments(op.Path), segs) {
			out = append(out, op)
		}
	}
	return out
}

// pathSegments cuts the scheme, host, query string and fragment off path and
// splits the rest at "/", dropping empty segments.
func pathSegments(path string) []string {
	if u, err := url.Parse(path); err == nil {
		path = u.Path
	} else if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	return strings.FieldsFunc(path, func(r rune) bool { return r == '/' })
}

// matchPath reports whether the concrete segments match the pattern's, where
// a "{param}" segment matches any one segment.
func matchPath(pattern, segs []string) bool {
	return slices.EqualFunc(pattern, segs, func(p, s string) bool {
		return p == s || strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}")
	})
}

// FailureList returns the JSON name of the list in which op's reply names the
// items that failed one by one, each with its error_code
// ("fail_resource_infos" of RenewalResources); ok is false when the reply
// has no such list at its top level.
func (op Operation) FailureList() (string, bool) {
	for _, f := range op.ErrorFields {
		if list, ok := strings.CutSuffix(f, "[].error_code"); ok && !strings.Contains(list, "[") {
			return list, true
		}
	}
	return "", false
}

// ReadsOnly reports whether op only reads (a List, Show, Check or Query
// operation): a failed item of its reply is a row it could not give, not an
// action that did not happen.
func (op Operation) ReadsOnly() bool {
	return slices.ContainsFunc([]string{"List", "Show", "Check", "Query"}, func(p string) bool {
		return strings.HasPrefix(op.Name, p)
	})
}

// FailureLists returns the JSON names of the lists of failed items of CBC's
// replies (each operation's FailureList), sorted, each once.
func (c *Catalog) FailureLists() []string {
	var out []string
	for _, op := range operations() {
		if list, ok := op.FailureList(); ok && !slices.Contains(out, list) {
			out = append(out, list)
		}
	}
	slices.Sort(out)
	return out
}
