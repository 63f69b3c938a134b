// Package cbcstatus defines an Analyzer that reports CBC calls whose success is
// decided by the HTTP status or the Go error alone.
//
// # Analyzer cbcstatus
//
// cbcstatus: report CBC calls judged by HTTP status alone, when CBC reports errors with HTTP 200
//
// CBC (Huawei Cloud's Cost & Billing Center API) answers many errors with HTTP
// status 200 and the error in the body (CBC.5020 "Partial failure.", CBC.3106
// "The order status has changed and no payment can be made.", …; cbclint
// -catalog lists every code with "http200": true), and its batch operations
// answer 200 with a list of the items that failed. The official Go SDK turns
// only statuses of 400 and above into a Go error, so for these answers err is
// nil. Code that takes "HTTP 200" or "no error" for success loses the failures
// silently. cbcstatus reports:
//
//   - a call that yields a CBC response, where the calling function neither
//     reads its error fields nor lets it escape (returned, passed to a
//     function, stored, captured by a closure, assigned to an outer variable).
//     A CBC response is a value of a type declared in a CBC client package —
//     the SDK's services/bss/v2/model and services/bssintl/v2/model,
//     chnsz/golangsdk's openstack/bss/..., and the packages of
//     -cbcstatus.response-packages — that carries error fields: fields whose
//     JSON name is error_code, and lists whose elements have one
//     (FailResourceInfos, ErrorDetails, ToOndemandServiceResults). How the call
//     is made does not matter: an SDK client method, Invoker.Invoke,
//     golangsdk's orders.Unsubscribe(...).Extract(), an interface method, a
//     function value or a generic helper. A closure that only returns the
//     response lets it escape, and its caller is judged. When a type's only
//     error field is a top-level error_code, reading its data counts as
//     checking: an answer with an error carries none. Discarding the response,
//     as in `_, err := client.RenewalResources(req)`, is the commonest form,
//     and for SDK and golangsdk responses followed by the err check or the
//     return, a suggested fix binds it and returns an error built from its
//     error fields;
//   - a comparison of such a response's HttpStatusCode with a success status
//     (== 200, != http.StatusOK, >= 300, 2xx ranges) in such a function;
//   - requests to a CBC endpoint (bss.myhuaweicloud.com,
//     bss-intl.myhuaweicloud.com, bss.myhuaweicloud.eu, and the hosts of
//     -cbcstatus.endpoints) with net/http, go-resty/resty v2 or
//     hashicorp/go-retryablehttp, in a function that never examines an
//     error_code (it reads no struct field whose JSON name is error_code, nor
//     a list of items that carry one such as fail_resource_infos, looks up no
//     "error_code" key, and calls no function that does): the
//     same comparison of resp.StatusCode (resty: StatusCode(), IsSuccess(),
//     IsError()); a reply thrown away or whose body is never read or handed
//     on; what a helper of the package returns from such a request (decoded
//     JSON, a map, bytes) thrown away by its caller; and a helper that, handed
//     a CBC URL or response, decides by the status alone or never reads the
//     body, reported at the call with the helper's line.
//
// The URL is followed through local variables, constants, unexported package
// variables and struct fields, exported fields of struct values built by
// composite literals of the package (c.cfg.Endpoint), +, fmt.Sprintf,
// url.Parse, url.URL literals (Host) with String, JoinPath and
// ResolveReference, resty's base URL where the client is built
// (resty.New().SetBaseURL(…)), and helpers of the same package that build the
// URL, the request or the response. Helpers that take the URL or parts of it (a
// service name formatted into a host, a switch on it) as parameters are
// evaluated at each call with that call's arguments, up to six helpers deep.
// Not followed: parameters of the function checked, exported package
// variables, exported fields of structs from the caller, a URL or request
// whose Host or URL is set after it is built, a resty base URL set by a statement of its own,
// conditions other than a switch on a parameter. Functions that return the body
// (a response, bytes, a map, string(body)) or a type carrying error_code leave the check to
// their caller and are not reported, nor is a helper's status decision at a
// call whose decoded answer leaves the caller (&out returned, stored or sent,
// or an out parameter the helper decodes into or whose type carries error_code).
//
// A helper of the same package counts as handling when it examines the body.
// A function of another package (outside the standard library, resty and
// retryablehttp) that is handed the response, the URL, or a value that may
// hold its body, gets the benefit of the doubt, unless -cbcstatus.cross-package-helpers
// is set: then a function that examines an error_code carries the fact
// "examines error_code" and the others do not count. A function value or an
// interface method (other than the standard library's) handed such a value
// always gets the benefit of the doubt. The facts make every
// driver analyse all dependencies from source, so they are opt-in. When the
// analysis cannot tell where a URL points or where a response goes, it stays
// silent.
//
// Suppress a finding with //cbclint:ignore cbcstatus <reason> on its line or
// the line above.
package cbcstatus
