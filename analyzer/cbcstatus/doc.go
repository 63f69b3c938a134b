// Package cbcstatus defines an Analyzer that reports CBC calls whose success is
// decided by the HTTP status or the Go error alone.
//
// # Analyzer cbcstatus
//
// cbcstatus: report CBC calls judged by HTTP status alone, when CBC reports errors with HTTP 200
//
// What it finds: a CBC reply that the function which obtains it neither
// examines (reads an error field or the error_code key from it, its body or
// what was decoded from it) nor hands on (returns it, stores it where the
// caller can reach it, decodes it into a parameter, hands it to a function
// that examines or hands it on) before it treats the call as done. Each reply
// is judged on its own:
//
//   - a CBC response thrown away, judged by its HttpStatusCode (== 200,
//     != http.StatusOK, >= 300, 2xx ranges, a switch with a 2xx case), or
//     whose error fields are never read. A CBC response is a value of a type
//     declared in a CBC client package (the Huawei SDK's
//     services/bss/v2/model and services/bssintl/v2/model, chnsz/golangsdk's
//     openstack/bss/..., the packages of -cbcstatus.response-packages) that
//     carries error fields: fields whose JSON name is error_code, and lists
//     whose elements have one (FailResourceInfos, ErrorDetails,
//     ToOndemandServiceResults). How the call is made does not matter: an SDK
//     client method, Invoker.Invoke, golangsdk's
//     orders.Unsubscribe(...).Extract(), an interface method, a function value
//     or a generic helper. Reading the payload or logging the response is not
//     checking it;
//   - the reply of a request to a CBC endpoint (bss.myhuaweicloud.com,
//     bss-intl.myhuaweicloud.com, bss.myhuaweicloud.eu, and the hosts of
//     -cbcstatus.endpoints) sent with net/http, go-resty/resty v2 or
//     hashicorp/go-retryablehttp, or returned by a helper: success decided by
//     resp.StatusCode (resty: StatusCode(), IsSuccess(), IsError()) alone; a
//     reply thrown away or whose body is never read; what a helper returns
//     from such a request (decoded JSON, a map, bytes) thrown away by its
//     caller; and a helper that, handed a CBC URL or reply, decides by the
//     status alone or never reads the body, reported at the call with the
//     helper's line. A message names the operation a request reaches when
//     the catalog's operations table knows it.
//
// Not reported: a comparison with one failure status that decides nothing
// (== 429); a golangsdk result whose operation reports no errors in a 200
// body (orders.Get, orders.PayOrder, resources.List); a URL or reply the
// analysis cannot follow (a URL from a parameter of the function, from an
// exported package variable, or a Host set after the URL is built). When it
// cannot tell where a URL points or where a response goes, it stays silent.
//
// Why it matters: CBC (Huawei Cloud's Cost & Billing Center API) answers many
// errors with HTTP status 200 and the error in the body (CBC.5020 "Partial
// failure.", CBC.3106 "The order status has changed and no payment can be
// made.", …; cbclint -catalog lists every code with "http200": true), and its
// batch operations answer 200 with a list of the items that failed. The
// official Go SDK turns only statuses of 400 and above into a Go error, so for
// these answers err is nil. Code that takes "HTTP 200" or "no error" for
// success loses the failures silently.
//
// How to fix: read the error fields of the reply (error_code, or the failed
// items: len(*resp.FailResourceInfos) > 0) and handle a failure, or hand the
// reply to the code that does. For an SDK or golangsdk response thrown away as
// `_, err := call` followed by the err check or the return, a suggested fix
// binds the response and returns an error built from its error fields when
// CBC reported one (importing fmt if the file lacks it).
//
// How to silence: //cbclint:ignore cbcstatus <reason> on the reported line or
// the line above. Findings in generated files are not reported unless
// -include-generated is set.
//
// Settings: -cbcstatus.endpoints adds CBC endpoint hosts (host, or *.domain
// for its subdomains) besides the built-in ones; -cbcstatus.response-packages
// names your own CBC client packages (import paths, /... for those below):
// their types carrying error_code are judged like the SDK's responses.
//
// # How it works
//
// Swallowed failures. CBC's batch operations answer HTTP 200 with a list of
// the items that failed: fail_resource_infos (RenewalResources,
// CancelResourcesSubscription), error_details (the coupon-quota,
// coupon-issuing, billing-mode and freeze batches), to_ondemand_service_results
// (the operations table's error fields; the price and list queries are
// left out: a failed item there is a missing row, not an action that did not
// happen). cbcstatus reports a function that reads that list only to log or
// count it and then tells its caller all went well: every return after the
// first read returns nil for its error results and no constant false beside
// them (true for its bool results when it has no error result). The list is read from an SDK response's field
// (resp.FailResourceInfos), from a field with that JSON name, or by that key
// (utils.PathSearch("fail_resource_infos", body, nil), body["error_details"])
// in a function that names the operation's path (a CBC URL or
// "v2/orders/subscriptions/resources/unsubscribe"). The failures, and every
// local computed from them (a count, a message, a slice of IDs), may reach a
// logger (log, fmt.Print*, a method named Print*, Debug*, Info*, Warn*,
// Error*, Trace*, Log*, Notice*): anything else hands them on and the
// function is left alone — returned (an error built from them, the failed
// items, the reply), stored where the caller can see it, sent on a channel,
// given to any other call, or used in a closure. One finding per function,
// at the first read, without a fix (what the caller should hear is the
// author's decision):
//
//	the failed items of CancelResourcesSubscription ("fail_resource_infos") are only logged, and the function then returns nil: its caller takes a partial failure for success; return an error that names the failed items, or hand on the items or the reply
//
// terraform-provider-huaweicloud's UnsubscribePrePaidResources
// (services/cbc/resource_huaweicloud_cbc_resources_unsubscribe.go) is such a
// function and is reported: it logs the failed resources with [ERROR] and
// returns nil. Its callers (the unsubscribe resource itself, ModelArts and
// TaurusDB resources) then wait for the resources to be gone, so a resource
// that failed to unsubscribe ends in a timeout (30 minutes by default for the
// unsubscribe resource) whose message does not say why.
//
// Each function gets a summary, computed on the package's SSA form (built
// privately, not with buildssa, whose ctrlflow requirement declares facts for
// every package) by a worklist over the call graph's postorder, callees
// first, to a fixed point: which replies, bodies and decoded values handed to
// it it examines, returns, stores or decodes into another parameter; which
// replies it returns or decodes into a parameter, and to which URL parameter
// its requests go; which requests to a URL parameter it judges by the status
// alone. Callers instantiate it at each call. Summaries of exported functions
// are facts, so helpers of other packages and modules are judged by what they
// do. Functions of packages that cannot send a CBC request nor examine an
// answer (the standard library among them) pass what they are handed through
// to their results and examine nothing. Only the functions that can meet a
// CBC reply get an SSA body: those that mention CBC, or that obtain, are
// handed or send what may be a CBC reply or URL, and the functions they call
// or are called by; a package with none gets no SSA form, which is most of
// the check's cost (internal/demand).
//
// A reply is judged path by path on the control-flow graph: on every path
// from the request to a point that declares success (a return of a nil error,
// of true, or of anything in a function without an error or boolean result),
// it must be examined or handed on on that path. A status decision is a
// value: a branch whose condition, evaluated with the reply's status set to a
// few successes and failures, sends the successes one way and the failures the
// other; comparisons, ranges, status/100 == 2, switch cases, the status text
// (resp.Status != "200 OK") and helper predicates over the status or the
// reply, returning a boolean or an error (summarised the same way, facts
// across packages), are decisions alike.
// So a retry loop whose early attempts return success on HTTP 200 and whose
// last attempt reads error_code is found, and so is a branch that decides by
// the status beside one that examines. Calls that never return (log.Fatal,
// os.Exit, panic, and the package's functions that reach no return) end a
// path. Text made from a reply (String(), a fmt verb, json.Marshal) is neither
// examining nor handing it on, whether it is returned, stored or logged. A
// method value or a method expression called with the reply is judged by its
// method's summary.
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
// an *http.Response out). Helpers that take the URL or parts of it (a service
// name formatted into a host, a switch on it, or an if comparing it with a
// constant in a helper that returns the URL's text) as parameters are
// evaluated at each call with that call's arguments, however many helpers
// deep (fold.go, urlparam.go). Not followed: parameters of the function
// checked, exported package variables, exported fields of structs from the
// caller, a URL or request whose Host or URL is set after it is built, a
// resty base URL set by a statement of its own.
//
// The rule itself is in rules.go; flow.go classifies a reply's referrers
// (examined, handed on, judged by status); model.go knows the SDK, golangsdk
// and HTTP libraries; fix.go builds the suggested fix; summary.go holds the
// summaries and their facts.
package cbcstatus
