package check

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// StringValue returns the constant string value of e, whatever its type: a
// literal compared with a type parameter (C ~string) has type C but keeps its
// value.
func StringValue(pass *analysis.Pass, e ast.Expr) (string, bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(tv.Value), true
}

// LookupKey returns the key a call looks up in a decoded reply, its first
// constant string argument: utils.PathSearch("fail_resource_infos", body, nil).
func LookupKey(pass *analysis.Pass, call *ast.CallExpr) (string, bool) {
	for _, arg := range call.Args {
		if key, ok := StringValue(pass, arg); ok {
			return key, true
		}
	}
	return "", false
}

// Outer steps out of the parentheses around the node at cur: its parent is
// the node that uses the expression.
func Outer(cur inspector.Cursor) inspector.Cursor {
	for {
		if _, ok := cur.Parent().Node().(*ast.ParenExpr); !ok {
			return cur
		}
		cur = cur.Parent()
	}
}

// Innermost returns the innermost node around cur, or at it, of one of the
// kinds given ((*ast.FuncDecl)(nil)); nil if there is none.
func Innermost(cur inspector.Cursor, kinds ...ast.Node) ast.Node {
	for c := range cur.Enclosing(kinds...) {
		return c.Node()
	}
	return nil
}

// IntValue returns the constant integer value of e.
func IntValue(pass *analysis.Pass, e ast.Expr) (int64, bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

// IsNil reports whether e is the predeclared nil.
func IsNil(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}

// IsNamed reports whether t is the named type pkg.name; pkg "" means a
// predeclared type (error).
func IsNamed(t types.Type, pkg, name string) bool {
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Name() != name {
		return false
	}
	if pkg == "" {
		return n.Obj().Pkg() == nil
	}
	return n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == pkg
}

// IsPointerTo reports whether t is a pointer to the named type pkg.name.
func IsPointerTo(t types.Type, pkg, name string) bool {
	if t == nil {
		return false
	}
	p, ok := types.Unalias(t).(*types.Pointer)
	return ok && IsNamed(p.Elem(), pkg, name)
}

// NamedOf returns the named type t is or points to (a response and *response
// alike); nil for any other type.
func NamedOf(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// SelectedField returns the struct field a field selection selects and the
// name its json tag gives it ("" when the tag gives none); nil if s selects
// no field.
func SelectedField(s *types.Selection) (*types.Var, string) {
	if s == nil || s.Kind() != types.FieldVal {
		return nil, ""
	}
	t := s.Recv()
	idx := s.Index()
	for i, k := range idx {
		if p, ok := t.Underlying().(*types.Pointer); ok {
			t = p.Elem()
		}
		st, ok := t.Underlying().(*types.Struct)
		if !ok {
			return nil, ""
		}
		if i == len(idx)-1 {
			return st.Field(k), jsonName(st.Tag(k))
		}
		t = st.Field(k).Type()
	}
	return nil, ""
}

// BoolValue returns the constant boolean value of e.
func BoolValue(pass *analysis.Pass, e ast.Expr) (value, ok bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(tv.Value), true
}

// FileAt returns the syntax of the file of the package that holds pos.
func FileAt(pass *analysis.Pass, pos token.Pos) *ast.File {
	for _, f := range pass.Files {
		if f.FileStart <= pos && pos <= f.FileEnd {
			return f
		}
	}
	return nil
}

// FuncOf returns the signature and body of a function declaration or
// literal; nil for any other node, or a declaration without a body.
func FuncOf(pass *analysis.Pass, n ast.Node) (*types.Signature, *ast.BlockStmt) {
	var sig *types.Signature
	var body *ast.BlockStmt
	switch n := n.(type) {
	case *ast.FuncDecl:
		if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
			sig, body = fn.Signature(), n.Body
		}
	case *ast.FuncLit:
		sig, _ = pass.TypesInfo.TypeOf(n).(*types.Signature)
		body = n.Body
	}
	if sig == nil || body == nil {
		return nil, nil
	}
	return sig, body
}

// ErrorCodeKey is the JSON name of the field in which CBC puts an error
// into a successful answer.
const ErrorCodeKey = "error_code"

// HasErrorCode reports whether st (nil: none) has a field whose JSON name is
// error_code: a type that carries CBC's error.
func HasErrorCode(st *types.Struct) bool {
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		if jsonName(st.Tag(i)) == ErrorCodeKey {
			return true
		}
	}
	return false
}

// jsonName returns the name a struct tag gives its field in JSON ("" when
// it gives none).
func jsonName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}
