package cbcstatus

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// The SDK packages whose clients call CBC, by path suffix (major versions and forks keep it).
var sdkClientSuffixes = []string{"/services/bss/v2", "/services/bssintl/v2"}

func isSDKClientPackage(path string) bool {
	for _, s := range sdkClientSuffixes {
		if strings.HasSuffix(path, s) {
			return true
		}
	}
	return false
}

// statusField is the field in which every SDK response carries the HTTP status.
const statusField = "HttpStatusCode"

// checkSDKCalls reports the SDK calls in the function at fd whose response's
// error fields are never checked.
func (c *checker) checkSDKCalls(fd inspector.Cursor) {
	var uses map[*types.Var][]inspector.Cursor // built on the first SDK call
	for cur := range fd.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		name, ef, ok := c.sdkCall(call)
		if !ok {
			continue
		}
		// Where does the response go?
		at := check.Outer(cur)
		var resp ast.Expr // what the response is assigned to
		switch p := at.Parent().Node().(type) {
		case *ast.ExprStmt:
			c.reportDiscarded(call, name, ef)
			continue
		case *ast.AssignStmt:
			if len(p.Rhs) != 1 || len(p.Lhs) != 2 || p.Tok != token.DEFINE && p.Tok != token.ASSIGN {
				continue
			}
			resp = p.Lhs[0]
		case *ast.ValueSpec:
			if len(p.Values) != 1 || len(p.Names) != 2 {
				continue
			}
			resp = p.Names[0]
		default:
			continue // returned, passed on, ...: the caller decides
		}
		id, ok := ast.Unparen(resp).(*ast.Ident)
		if !ok {
			continue // stored in a field, map or slice
		}
		if id.Name == "_" {
			c.reportDiscarded(call, name, ef)
			continue
		}
		v, ok := c.pass.TypesInfo.ObjectOf(id).(*types.Var)
		if !ok {
			continue
		}
		fn := enclosingFunc(cur)
		if fn == nil || v.Pos() < fn.Pos() || v.Pos() >= fn.End() {
			continue // a variable of an enclosing function or the package
		}
		if ft := funcType(fn); ft != nil && v.Pos() >= ft.Pos() && v.Pos() < ft.End() {
			continue // a parameter or named result
		}
		if uses == nil {
			uses = localUses(c.pass, fd)
		}
		checked, cmp := c.responseUse(v, fn, ef, uses[v])
		switch {
		case checked:
		case cmp != nil:
			c.report(cmp, "%s does not mean success: CBC reports the failures of %s in %s with HTTP 200; check %s (%s)",
				c.text(cmp), name, ef.names(), ef.names(), c.codes)
		default:
			c.report(call, "%s of the %s response is never checked: CBC reports failures there with HTTP 200 and a nil error (%s)",
				ef.names(), name, c.codes)
		}
	}
}

func (c *checker) reportDiscarded(call *ast.CallExpr, name string, ef errorFields) {
	c.report(call, "the %s response is discarded, but CBC reports failures in its %s with HTTP 200 and a nil error: check %s (%s)",
		name, ef.names(), ef.names(), c.codes)
}

// sdkCall recognises a call of a client method of the SDK (BssClient.RenewalResources,
// RenewalResourcesInvoker.Invoke, ...) whose response carries errors, and returns the
// operation's name and the response's error fields.
func (c *checker) sdkCall(call *ast.CallExpr) (string, errorFields, bool) {
	fn := typeutil.StaticCallee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || !isSDKClientPackage(fn.Pkg().Path()) {
		return "", errorFields{}, false
	}
	res := fn.Signature().Results()
	if res.Len() != 2 {
		return "", errorFields{}, false
	}
	ef := errorFieldsOf(res.At(0).Type())
	if len(ef.named) == 0 {
		return "", errorFields{}, false
	}
	name := fn.Name()
	if ptr, ok := types.Unalias(res.At(0).Type()).(*types.Pointer); ok {
		if named, ok := types.Unalias(ptr.Elem()).(*types.Named); ok {
			name = strings.TrimSuffix(named.Obj().Name(), "Response")
		}
	}
	return name, ef, true
}

// responseUse classifies the uses of the response variable v, declared in the
// function fn: checked is true when an error field is read or the response may be
// checked elsewhere (it escapes); otherwise cmp is the first comparison of its
// HttpStatusCode with a success status, if any.
func (c *checker) responseUse(v *types.Var, fn ast.Node, ef errorFields, uses []inspector.Cursor) (checked bool, cmp ast.Node) {
	for _, u := range uses {
		if enclosingFunc(u) != fn {
			return true, nil // captured by a closure
		}
		at := check.Outer(u)
		switch p := at.Parent().Node().(type) {
		case *ast.SelectorExpr:
			f, _ := c.selectedField(p)
			if f == nil {
				continue // a method such as String(): not a check
			}
			if ef.read[f] {
				return true, nil
			}
			if f.Name() == statusField && cmp == nil {
				cmp = statusComparison(c.pass, at.Parent())
			}
		case *ast.BinaryExpr:
			if (p.Op == token.EQL || p.Op == token.NEQ) && (check.IsNil(c.pass, p.X) || check.IsNil(c.pass, p.Y)) {
				continue
			}
			return true, nil
		case *ast.AssignStmt:
			if isLHS(p, at.Node()) {
				continue // assigned again
			}
			return true, nil
		default:
			return true, nil // returned, passed, stored, dereferenced, ...
		}
	}
	return false, cmp
}

func isLHS(a *ast.AssignStmt, n ast.Node) bool {
	for _, l := range a.Lhs {
		if l == n {
			return true
		}
	}
	return false
}
