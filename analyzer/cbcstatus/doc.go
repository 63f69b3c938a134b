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
// silently. cbcstatus holds every CBC reply a function obtains to one rule:
// it must be examined (an error field or the error_code key read from it, its
// body or what was decoded from it) or handed on (returned, stored where the
// caller can reach it, decoded into a parameter, handed to a function that
// examines or hands it on, or to a function value or an interface method
// other than the standard library's) before the function treats the call as
// done. Each reply is judged on its own. cbcstatus reports:
//
//   - a CBC response thrown away, judged by its HttpStatusCode (== 200,
//     != http.StatusOK, >= 300, 2xx ranges, a switch with a 2xx case), or
//     whose error fields are never read. A CBC response is a value of a type
//     declared in a CBC client package — the SDK's services/bss/v2/model and
//     services/bssintl/v2/model, chnsz/golangsdk's openstack/bss/..., and the
//     packages of -cbcstatus.response-packages — that carries error fields:
//     fields whose JSON name is error_code, and lists whose elements have one
//     (FailResourceInfos, ErrorDetails, ToOndemandServiceResults). How the call
//     is made does not matter: an SDK client method, Invoker.Invoke,
//     golangsdk's orders.Unsubscribe(...).Extract(), an interface method, a
//     function value or a generic helper. Reading the payload or logging the
//     response is not checking it. A golangsdk result whose operation reports
//     no errors in a 200 body (the catalog's operations table: orders.Get,
//     orders.PayOrder, resources.List) needs no reading. For SDK and golangsdk
//     responses thrown away as `_, err := call` followed by the err check or
//     the return, a suggested fix binds the response and returns an error
//     built from its error fields;
//   - the reply of a request to a CBC endpoint (bss.myhuaweicloud.com,
//     bss-intl.myhuaweicloud.com, bss.myhuaweicloud.eu, and the hosts of
//     -cbcstatus.endpoints) sent with net/http, go-resty/resty v2 or
//     hashicorp/go-retryablehttp, or returned by a helper: success decided by
//     resp.StatusCode (resty: StatusCode(), IsSuccess(), IsError()) alone; a
//     reply thrown away or whose body is never read; what a helper returns
//     from such a request (decoded JSON, a map, bytes) thrown away by its
//     caller; and a helper that, handed a CBC URL or reply, decides by the
//     status alone or never reads the body, reported at the call with the
//     helper's line. A comparison with one failure status (429) that decides
//     nothing is not reported. A message names the operation a request
//     reaches when the catalog's operations table knows it.
//
// Each function gets a summary, computed bottom-up over the call graph's
// strongly connected components to a fixed point on the package's SSA form:
// which replies, bodies and decoded values handed to it it examines, returns,
// stores or decodes into another parameter; which replies it returns or
// decodes into a parameter, and to which URL parameter its requests go; which
// requests to a URL parameter it judges by the status alone. Callers
// instantiate it at each call. Summaries of exported functions are facts, so
// helpers of other packages and modules are judged by what they do. Functions
// of packages that cannot send a CBC request nor examine an answer (the
// standard library among them) pass what they are handed through to their
// results and examine nothing.
//
// The URL is followed through local variables, constants, unexported package
// variables and struct fields, exported fields of struct values built by
// composite literals of the package (c.cfg.Endpoint), +, fmt.Sprintf and
// Sprint, strings.Builder, strings.Join, path.Join, url.Parse, url.JoinPath,
// url.URL literals (Host) with String, JoinPath and ResolveReference,
// os.Getenv and os.LookupEnv joined with the default the code falls back to
// (the message says "when BSS_ENDPOINT is unset"), lookups in a map literal
// whose every value is a CBC endpoint (an unexported package variable set
// nowhere else), both branches of an if on anything (a receiver field),
// method values and method expressions, resty's base URL where the client is built
// (resty.New().SetBaseURL(…)), variables a closure captures, and helpers that
// build the URL, the request or the response (of other packages: through their
// summaries, when the URL is one of their parameters or a request built from
// one). Requests are followed into net/http, resty and retryablehttp, and into
// interface methods and function values shaped like Do (an *http.Request in,
// an *http.Response out). Helpers that take the URL or parts of it (a service name
// formatted into a host, a switch on it, or an if comparing it with a
// constant in a helper that returns the URL's text) as parameters are
// evaluated at each call with that call's arguments, however many helpers
// deep. Not followed: parameters of the
// function checked, exported package variables, exported fields of structs
// from the caller, a URL or request whose Host or URL is set after it is
// built, a resty base URL set by a statement of its own. When the analysis
// cannot tell where a URL points or where a response goes, it stays silent.
//
// Suppress a finding with //cbclint:ignore cbcstatus <reason> on its line or
// the line above.
package cbcstatus
