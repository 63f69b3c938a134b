package cbcstatus

import (
	"go/ast"
	"go/types"
	"strings"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/ast/inspector"
)

// The HTTP libraries whose requests cbcstatus follows.
const (
	netHTTP       = "net/http"
	restyPath     = "github.com/go-resty/resty/v2"
	retryablePath = "github.com/hashicorp/go-retryablehttp"
)

// isHTTPLibrary reports whether a package importing path may send requests
// this check follows.
func isHTTPLibrary(path string) bool {
	return path == netHTTP || path == restyPath || path == retryablePath
}

// libCall describes a function of an HTTP library that builds or sends a request.
type libCall struct {
	url  int  // the argument that is the URL, request or base URL; -1: the receiver
	send bool // the call sends the request and returns its response
}

// libraryCalls are the library functions a URL is followed through, by full name.
var libraryCalls = map[string]libCall{
	"net/url.Parse":                                {0, false},
	"(*net/url.URL).Parse":                         {-1, false},
	"(*net/url.URL).JoinPath":                      {-1, false},
	"(*net/url.URL).ResolveReference":              {-1, false},
	"net/http.NewRequest":                          {1, false},
	"net/http.NewRequestWithContext":               {2, false},
	"(*net/http.Request).WithContext":              {-1, false},
	"(*net/http.Request).Clone":                    {-1, false},
	"net/http.Get":                                 {0, true},
	"net/http.Head":                                {0, true},
	"net/http.Post":                                {0, true},
	"net/http.PostForm":                            {0, true},
	"(*net/http.Client).Get":                       {0, true},
	"(*net/http.Client).Head":                      {0, true},
	"(*net/http.Client).Post":                      {0, true},
	"(*net/http.Client).PostForm":                  {0, true},
	"(*net/http.Client).Do":                        {0, true},
	"(*net/http.Transport).RoundTrip":              {0, true},
	retryablePath + ".NewRequest":                  {1, false},
	retryablePath + ".NewRequestWithContext":       {2, false},
	retryablePath + ".FromRequest":                 {0, false},
	"(*" + retryablePath + ".Request).WithContext": {-1, false},
	retryablePath + ".Get":                         {0, true},
	retryablePath + ".Head":                        {0, true},
	retryablePath + ".Post":                        {0, true},
	retryablePath + ".PostForm":                    {0, true},
	"(*" + retryablePath + ".Client).Do":           {0, true},
	"(*" + retryablePath + ".Client).Get":          {0, true},
	"(*" + retryablePath + ".Client).Head":         {0, true},
	"(*" + retryablePath + ".Client).Post":         {0, true},
	"(*" + retryablePath + ".Client).PostForm":     {0, true},
	"(*" + restyPath + ".Request).Get":             {0, true},
	"(*" + restyPath + ".Request).Head":            {0, true},
	"(*" + restyPath + ".Request).Post":            {0, true},
	"(*" + restyPath + ".Request).Put":             {0, true},
	"(*" + restyPath + ".Request).Patch":           {0, true},
	"(*" + restyPath + ".Request).Delete":          {0, true},
	"(*" + restyPath + ".Request).Options":         {0, true},
	"(*" + restyPath + ".Request).Execute":         {1, true},
}

func libraryCall(fn *types.Func) (libCall, bool) {
	l, ok := libraryCalls[fn.FullName()]
	return l, ok
}

func isHTTPResponse(t types.Type) bool { return check.IsPointerTo(t, netHTTP, "Response") }
func isHTTPRequest(t types.Type) bool {
	return check.IsPointerTo(t, netHTTP, "Request") || check.IsPointerTo(t, retryablePath, "Request")
}
func isRestyResponse(t types.Type) bool { return check.IsPointerTo(t, restyPath, "Response") }

// isReply reports whether t is the response of a request, whose body holds CBC's answer.
func isReply(t types.Type) bool { return isHTTPResponse(t) || isRestyResponse(t) }

// isRestyMethod reports whether sel selects a method of a resty response.
func (c *checker) isRestyMethod(sel *ast.SelectorExpr) bool {
	s := c.pass.TypesInfo.Selections[sel]
	return s != nil && s.Kind() == types.MethodVal && isRestyResponse(s.Recv())
}

// calledAt returns the call of the method selected at cur.
func calledAt(cur inspector.Cursor) (inspector.Cursor, bool) {
	at := check.Outer(cur)
	call, ok := at.Parent().Node().(*ast.CallExpr)
	return at.Parent(), ok && call.Fun == at.Node()
}

// Methods and fields of a response that tell nothing of its body.
var (
	restyHeadMethods = map[string]bool{
		"StatusCode": true, "Status": true, "IsSuccess": true, "IsError": true, "Header": true,
		"Cookies": true, "Time": true, "ReceivedAt": true, "Size": true, "Proto": true,
	}
	httpHeadMethods = map[string]bool{"Cookies": true, "Location": true, "ProtoAtLeast": true}
)

// restyKeepsBody reports whether the resty request sent by call has its body
// decoded elsewhere (SetResult, SetOutput) or is built where the analysis
// cannot see (a request kept in a variable).
func (c *checker) restyKeepsBody(call *ast.CallExpr) bool {
	for e := ast.Expr(call); ; {
		sel, ok := ast.Unparen(e).(*ast.CallExpr)
		if !ok {
			return true
		}
		fun, ok := ast.Unparen(sel.Fun).(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch fun.Sel.Name {
		case "SetResult", "SetOutput", "SetDoNotParseResponse":
			return true
		case "R", "NewRequest":
			return false
		}
		e = fun.X
	}
}

// restyOrigin returns the origin of a resty request built or sent at call,
// and whether fn is a method of resty's Client or Request: the host of the URL
// it is sent to, or, for a path, of the base URL of its client
// (resty.New().SetBaseURL(bssBase)), followed through the methods that return
// the client or the request.
func (c *checker) restyOrigin(call *ast.CallExpr, fn *types.Func, depth int, in *env) (string, bool) {
	recv := fn.Signature().Recv()
	if recv == nil || fn.Pkg() == nil || fn.Pkg().Path() != restyPath {
		return "", false
	}
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	if !ok {
		return "", true
	}
	if lib, ok := libraryCall(fn); ok && lib.send {
		if lib.url >= len(call.Args) {
			return "", true
		}
		p, whole := c.prefix(call.Args[lib.url], 0, depth+1, in)
		switch {
		case p == "" && !whole, strings.HasPrefix("https://", p), strings.HasPrefix("http://", p):
			return "", true // unknown, or too little known to tell
		case strings.HasPrefix(p, "https://"), strings.HasPrefix(p, "http://"):
			return c.cbcHost(p), true
		}
		return c.origin(sel.X, 0, depth+1, in), true // a path on the client's base URL
	}
	switch res := fn.Signature().Results(); {
	case check.IsPointerTo(recv.Type(), restyPath, "Client") && (fn.Name() == "SetBaseURL" || fn.Name() == "SetHostURL"):
		if len(call.Args) == 1 {
			return c.origin(call.Args[0], 0, depth+1, in), true
		}
	case res.Len() == 1 && (check.IsPointerTo(res.At(0).Type(), restyPath, "Client") || check.IsPointerTo(res.At(0).Type(), restyPath, "Request")):
		return c.origin(sel.X, 0, depth+1, in), true // R(), SetHeader(…), SetBody(…), …
	}
	return "", true
}
