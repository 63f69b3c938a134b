package cbcstatus

import (
	"go/ast"
	"go/types"
	"path"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

// The SDK packages that call CBC and declare its responses, by path suffix
// (major versions and forks keep it).
var sdkSuffixes = []string{"/services/bss/v2", "/services/bssintl/v2", "/services/bss/v2/model", "/services/bssintl/v2/model"}

// isClientPackage reports whether the package at path calls CBC or declares
// its responses: the SDK's, golangsdk's, or one of the response-packages.
func (c *checker) isClientPackage(path string) bool {
	return isSDKPackage(path) || c.r.MatchResponsePackage(path)
}

// isSDKPackage reports whether the package at path is the SDK's or golangsdk's.
func isSDKPackage(path string) bool {
	return slices.ContainsFunc(sdkSuffixes, func(s string) bool { return strings.HasSuffix(path, s) }) ||
		strings.Contains(path+"/", check.GolangsdkBSS)
}

// statusField is the field in which every SDK response carries the HTTP status.
const statusField = "HttpStatusCode"

// responseCall describes a call that yields a CBC response as its first result.
type responseCall struct {
	name string     // the operation, for messages: RenewalResources, orders.Unsubscribe
	typ  types.Type // the response's type
	// direct is true when the call is of a function or method of the
	// package that declares the response or of the SDK's client, which never
	// return a nil response with a nil error; an interface method or a
	// function value may be a fake.
	direct bool
	ef     errorFields
}

// responseCall recognises a call whose first result is a CBC response: a type
// declared in a CBC client package that carries error fields. How the call is
// made does not matter: an SDK client method, RenewalResourcesInvoker.Invoke,
// golangsdk's orders.Unsubscribe(...).Extract(), an interface method, a
// function value or a generic function instantiated with the response.
func (c *checker) responseCall(call *ast.CallExpr) (responseCall, bool) {
	if tv, ok := c.pass.TypesInfo.Types[call.Fun]; !ok || tv.IsType() || tv.IsBuiltin() {
		return responseCall{}, false // a conversion, new(T), ...
	}
	t := c.pass.TypesInfo.TypeOf(call)
	if tuple, ok := t.(*types.Tuple); ok && tuple.Len() > 0 {
		t = tuple.At(0).Type()
	}
	if !isClientType(c, t) { // no result, or not a client package's
		return responseCall{}, false
	}
	ef := errorFieldsOf(t)
	if len(ef.named) == 0 {
		return responseCall{}, false
	}
	named, fn, direct := check.NamedOf(t), typeutil.StaticCallee(c.pass.TypesInfo, call), false
	if fn != nil && fn.Pkg() != nil {
		direct = fn.Pkg() == named.Obj().Pkg() || c.isClientPackage(fn.Pkg().Path())
	}
	return responseCall{name: c.operation(call, fn, named), typ: t, direct: direct, ef: ef}, true
}

// operation names the CBC operation of a call for messages: the SDK's
// response type without "Response" (RenewalResources), golangsdk's function
// behind Extract (orders.Unsubscribe), the client package's function or
// method (resources.List, Renew), or else the response type (orders.Order);
// fn is the function call calls, if known.
func (c *checker) operation(call *ast.CallExpr, fn *types.Func, resp *types.Named) string {
	if name, ok := strings.CutSuffix(resp.Obj().Name(), "Response"); ok && name != "" {
		return name
	}
	if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn != nil && fn.Name() == "Extract" {
		if inner, ok := ast.Unparen(sel.X).(*ast.CallExpr); ok {
			fn = typeutil.StaticCallee(c.pass.TypesInfo, inner)
		}
	}
	if fn != nil && fn.Pkg() == resp.Obj().Pkg() {
		if fn.Signature().Recv() != nil {
			return fn.Name() // a client method: Renew
		}
		return fn.Pkg().Name() + "." + fn.Name()
	}
	return resp.Obj().Pkg().Name() + "." + resp.Obj().Name()
}

// isClientType reports whether t (through pointers) is declared in a CBC client package.
func isClientType(c *checker, t types.Type) bool {
	n := check.NamedOf(t)
	return n != nil && n.Obj().Pkg() != nil && c.isClientPackage(n.Obj().Pkg().Path())
}

// reportsNoErrors reports whether the golangsdk result rc answers an
// operation whose reply, by the catalog, carries no error in a 200 body:
// golangsdk's type may have an ErrorCode the API never fills.
func (c *checker) reportsNoErrors(rc responseCall) bool {
	ops := check.GolangsdkOperations(rc.typ)
	return len(ops) > 0 && !slices.ContainsFunc(ops, func(o catalog.Operation) bool { return len(o.ErrorFields) > 0 })
}

// The JSON name under which CBC puts an error's message into a successful
// answer, beside its code (check.ErrorCodeKey).
const errorMsgKey = "error_msg"

// errorFields describes where a response type carries the errors CBC sends with HTTP 200.
type errorFields struct {
	// named are the fields a message tells the user to check: a field whose JSON
	// name is error_code, or a list (or struct) whose elements have one
	// (FailResourceInfos, ErrorDetails).
	named []*types.Var
	// message is the top-level field whose JSON name is error_msg, if any.
	message *types.Var
}

// errorFieldsOf derives the error fields of the struct behind t (through pointers) from its field tags.
func errorFieldsOf(t types.Type) errorFields {
	var ef errorFields
	st := structOf(t)
	if st == nil {
		return ef
	}
	for i := range st.NumFields() {
		switch f, name := st.Field(i), jsonName(st.Tag(i)); {
		case name == errorMsgKey:
			ef.message = f
		case name == check.ErrorCodeKey || isFailureList(f):
			ef.named = append(ef.named, f)
		}
	}
	return ef
}

// names lists the named fields for a message: "FailResourceInfos", "ErrorCode".
func (ef errorFields) names() string {
	var s []string
	for _, f := range ef.named {
		s = append(s, f.Name())
	}
	return strings.Join(s, " and ")
}

// isFailureList reports whether the field f holds items that carry an
// error_code: a list of failed items (FailResourceInfos, ErrorDetails), or a
// struct with one.
func isFailureList(f *types.Var) bool { return check.HasErrorCode(elemStruct(f.Type())) }

// isErrorField reports whether reading the field f, whose JSON name is name,
// examines CBC's error information: error_code, error_msg, or a failure list.
func isErrorField(f *types.Var, name string) bool {
	return name == check.ErrorCodeKey || name == errorMsgKey || isFailureList(f)
}

// carriesErrors reports whether a value of type t (through pointers and lists)
// can hold an error_code.
func carriesErrors(t types.Type) bool {
	return len(errorFieldsOf(t).named) > 0 || check.HasErrorCode(elemStruct(t))
}

// structOf returns the struct type behind t and its pointers.
func structOf(t types.Type) *types.Struct { return structBehind(t, false) }

// elemStruct returns the struct type of the elements of a list (or the struct)
// behind t and its pointers: FailResourceInfo for *[]FailResourceInfo.
func elemStruct(t types.Type) *types.Struct { return structBehind(t, true) }

// structBehind returns the struct type behind t and its pointers, and, if
// lists, its slices and arrays.
func structBehind(t types.Type, lists bool) *types.Struct {
	for range 6 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Struct:
			return u
		case *types.Pointer, *types.Slice, *types.Array:
			if _, ptr := u.(*types.Pointer); !ptr && !lists {
				return nil
			}
			t = u.(interface{ Elem() types.Type }).Elem()
		default:
			return nil
		}
	}
	return nil
}

func jsonName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}

// The HTTP libraries whose requests cbcstatus follows.
const (
	netHTTP       = "net/http"
	restyPath     = "github.com/go-resty/resty/v2"
	retryablePath = "github.com/hashicorp/go-retryablehttp"
)

// libCall describes a function of an HTTP library that builds or sends a request.
type libCall struct {
	url  int  // the argument that is the URL, request or base URL; -1: the receiver
	send bool // the call sends the request and returns its response
}

// libraryCalls are the library functions a URL is followed through, by full
// name: each builds a request, or (send) sends one and returns its response.
// net/http and go-retryablehttp have the same functions and Client methods,
// resty a method per HTTP method: init adds those.
var libraryCalls = map[string]libCall{
	"net/url.Parse":                        {0, false},
	"(*net/url.URL).Parse":                 {-1, false},
	"(*net/url.URL).JoinPath":              {-1, false},
	"(*net/url.URL).ResolveReference":      {-1, false},
	"(*net/http.Request).Clone":            {-1, false},
	"(*net/http.Transport).RoundTrip":      {0, true},
	retryablePath + ".FromRequest":         {0, false},
	"(*" + restyPath + ".Request).Execute": {1, true},
}

func init() {
	for _, lib := range []string{netHTTP, retryablePath} {
		libraryCalls[lib+".NewRequest"] = libCall{1, false}
		libraryCalls[lib+".NewRequestWithContext"] = libCall{2, false}
		libraryCalls["(*"+lib+".Request).WithContext"] = libCall{-1, false}
		libraryCalls["(*"+lib+".Client).Do"] = libCall{0, true}
		for _, name := range []string{"Get", "Head", "Post", "PostForm"} {
			libraryCalls[lib+"."+name] = libCall{0, true} // the URL first
			libraryCalls["(*"+lib+".Client)."+name] = libCall{0, true}
		}
	}
	for _, name := range []string{"Get", "Head", "Post", "Put", "Patch", "Delete", "Options"} {
		libraryCalls["(*"+restyPath+".Request)."+name] = libCall{0, true}
	}
}

func libraryCall(fn *types.Func) (libCall, bool) {
	l, ok := libraryCalls[funcName(fn)]
	return l, ok
}

func isHTTPResponse(t types.Type) bool { return check.IsPointerTo(t, netHTTP, "Response") }
func isHTTPRequest(t types.Type) bool {
	return check.IsPointerTo(t, netHTTP, "Request") || check.IsPointerTo(t, retryablePath, "Request")
}
func isRestyResponse(t types.Type) bool { return check.IsPointerTo(t, restyPath, "Response") }

// isReply reports whether t is the response of a request, whose body holds CBC's answer.
func isReply(t types.Type) bool { return isHTTPResponse(t) || isRestyResponse(t) }

// restyHeadMethods are the methods of a resty response that tell nothing of its body.
var restyHeadMethods = map[string]bool{
	"StatusCode": true, "Status": true, "IsSuccess": true, "IsError": true, "Header": true,
	"Cookies": true, "Time": true, "ReceivedAt": true, "Size": true, "Proto": true,
}

// BuiltinEndpoints are the CBC endpoints cbcstatus knows without
// configuration; -cbcstatus.endpoints adds more.
var BuiltinEndpoints = []string{"bss.myhuaweicloud.com", "bss-intl.myhuaweicloud.com", "bss.myhuaweicloud.eu"}

// matchHost reports whether host (without port) is a CBC endpoint: a
// built-in one, or one of the patterns of the endpoints setting
// ("bss.example.com", "*.example.com").
func matchHost(r *config.Resolved, host string) bool {
	host = strings.ToLower(host)
	return slices.Contains(BuiltinEndpoints, host) || slices.ContainsFunc(r.Endpoints, func(p string) bool {
		matched, _ := path.Match(p, host) // p is a host or *.domain (parseEndpoints)
		return matched
	})
}
