package cbcstatus

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// maxDepth bounds the nesting of expressions a URL is followed through (results
// for variables, fields and helpers are memoized, so this guards the stack only).
const maxDepth = 64

// checkHTTP reports, in the function at fd, comparisons of the StatusCode of a
// response from a CBC endpoint with a success status, when the function never
// examines an error_code.
func (c *checker) checkHTTP(fd inspector.Cursor) {
	fn := c.pass.TypesInfo.Defs[fd.Node().(*ast.FuncDecl).Name].(*types.Func)
	if c.examines[fn] || returnsBody(fn.Signature()) {
		return
	}
	var uses map[*types.Var][]inspector.Cursor
	done := map[types.Object]bool{} // one finding per response
	for cur := range fd.Preorder((*ast.SelectorExpr)(nil)) {
		sel := cur.Node().(*ast.SelectorExpr)
		if sel.Sel.Name != "StatusCode" {
			continue
		}
		if f, _ := c.selectedField(sel); f == nil || f.Pkg() == nil || f.Pkg().Path() != "net/http" {
			continue
		}
		cmp := statusComparison(c.pass, cur)
		if cmp == nil {
			continue
		}
		if lit, ok := enclosingFunc(cur).(*ast.FuncLit); ok {
			if sig, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Signature); ok && returnsBody(sig) {
				continue
			}
		}
		host := c.origin(sel.X, 0, 0)
		if host == "" {
			continue
		}
		if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok {
			v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
			if done[v] {
				continue
			}
			if uses == nil {
				uses = localUses(c.pass, fd)
			}
			if c.escapes(uses[v]) {
				continue
			}
			done[v] = true
		}
		c.report(cmp, "%s does not mean success: %s answers errors with HTTP 200 and the error_code in the body (%s); decode the body and check error_code",
			c.text(cmp), host, c.codes)
	}
}

// returnsBody reports whether a function with signature sig hands the answer to
// its caller, which may then check it: it returns the *http.Response, raw bytes,
// a map, an interface other than error, or a type that carries an error_code.
func returnsBody(sig *types.Signature) bool {
	for v := range sig.Results().Variables() {
		t := v.Type()
		if check.IsNamed(t, "", "error") {
			continue
		}
		switch u := t.Underlying().(type) {
		case *types.Interface, *types.Map:
			return true
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return true
			}
		}
		if isHTTPResponse(t) || carriesErrors(t) {
			return true
		}
	}
	return false
}

// escapes reports whether a response variable, used at uses, leaves the function
// or reaches code the analysis cannot see.
func (c *checker) escapes(uses []inspector.Cursor) bool {
	for _, u := range uses {
		at := check.Outer(u)
		switch p := at.Parent().Node().(type) {
		case *ast.ReturnStmt, *ast.CompositeLit, *ast.KeyValueExpr, *ast.SendStmt:
			return true
		case *ast.AssignStmt:
			if !isLHS(p, at.Node()) {
				return true
			}
		case *ast.CallExpr:
			if p.Fun != at.Node() && typeutil.StaticCallee(c.pass.TypesInfo, p) == nil {
				return true // passed to a function value or an interface method
			}
		}
	}
	return false
}

// origin returns the CBC host that the value of e (result index of a call) is
// about — a URL string, *url.URL, *http.Request or *http.Response — or "" when it
// is about another host or the analysis cannot tell.
func (c *checker) origin(e ast.Expr, index, depth int) string {
	if depth > maxDepth {
		return ""
	}
	e = ast.Unparen(e)
	t := c.pass.TypesInfo.TypeOf(e)
	if tuple, ok := t.(*types.Tuple); ok {
		if index >= tuple.Len() {
			return ""
		}
		t = tuple.At(index).Type()
	}
	if b, ok := t.Underlying().(*types.Basic); ok && b.Info()&types.IsString != 0 {
		if call, ok := e.(*ast.CallExpr); ok {
			if fn := typeutil.StaticCallee(c.pass.TypesInfo, call); fn != nil && funcName(fn) == "(*net/url.URL).String" {
				return c.origin(call.Fun.(*ast.SelectorExpr).X, 0, depth+1)
			}
		}
		p, _ := c.prefix(e, index, depth)
		return c.cbcHost(p)
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		obj, vals, ok := c.values(e)
		if !ok {
			return ""
		}
		return memo(c.originMemo, obj, func() string { return c.commonOrigin(vals, depth) })
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(c.pass.TypesInfo, e)
		if fn == nil || index != 0 || c.examinesCall(fn) {
			return ""
		}
		arg := func(i int) string {
			if i < len(e.Args) {
				return c.origin(e.Args[i], 0, depth+1)
			}
			return ""
		}
		recv := func() string {
			if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
				return c.origin(sel.X, 0, depth+1)
			}
			return ""
		}
		switch funcName(fn) {
		case "net/http.NewRequest":
			return arg(1)
		case "net/http.NewRequestWithContext":
			return arg(2)
		case "net/http.Get", "net/http.Head", "net/http.Post", "net/http.PostForm",
			"(*net/http.Client).Get", "(*net/http.Client).Head", "(*net/http.Client).Post", "(*net/http.Client).PostForm",
			"(*net/http.Client).Do", "net/url.Parse":
			return arg(0)
		case "(*net/http.Request).WithContext", "(*net/http.Request).Clone",
			"(*net/url.URL).JoinPath", "(*net/url.URL).ResolveReference", "(*net/url.URL).Parse":
			return recv()
		}
		if fn.Pkg() == c.pass.Pkg {
			rets, ok := c.returns(fn, index)
			if !ok {
				return ""
			}
			return memo(c.originMemo, fn, func() string { return c.commonOrigin(rets, depth) })
		}
		// A function of another package that sends a CBC request, such as a retry wrapper.
		if res := fn.Signature().Results(); res.Len() > 0 && isHTTPResponse(res.At(0).Type()) {
			for i, a := range e.Args {
				if isHTTPRequest(c.pass.TypesInfo.TypeOf(a)) {
					if h := arg(i); h != "" {
						return h
					}
				}
			}
		}
	}
	return ""
}

// prefix returns the leading text of the string value of e (result index of a
// call), as far as it is known, and whether that is the whole value.
func (c *checker) prefix(e ast.Expr, index, depth int) (string, bool) {
	if depth > maxDepth {
		return "", false
	}
	e = ast.Unparen(e)
	if tv, ok := c.pass.TypesInfo.Types[e]; ok && tv.Value != nil {
		if tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		return "", false
	}
	switch e := e.(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		p, whole := c.prefix(e.X, 0, depth+1)
		if !whole {
			return p, false
		}
		q, whole := c.prefix(e.Y, 0, depth+1)
		return p + q, whole
	case *ast.Ident, *ast.SelectorExpr:
		obj, vals, ok := c.values(e)
		if !ok {
			return "", false
		}
		r := memo(c.prefixMemo, obj, func() prefixResult { p, w := c.commonPrefix(vals, depth); return prefixResult{p, w} })
		return r.text, r.whole
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(c.pass.TypesInfo, e)
		if fn == nil || index != 0 {
			return "", false
		}
		switch funcName(fn) {
		case "fmt.Sprintf":
			return c.sprintfPrefix(e, depth)
		case "strings.TrimSuffix", "strings.TrimRight", "strings.TrimSpace", "net/url.JoinPath":
			if len(e.Args) == 0 {
				return "", false
			}
			p, _ := c.prefix(e.Args[0], 0, depth+1)
			return p, false
		}
		if fn.Pkg() == c.pass.Pkg {
			if rets, ok := c.returns(fn, index); ok {
				r := memo(c.prefixMemo, fn, func() prefixResult { p, w := c.commonPrefix(rets, depth); return prefixResult{p, w} })
				return r.text, r.whole
			}
		}
	}
	return "", false
}

// commonOrigin is the host all values are about, or "" when one is not about a CBC host.
func (c *checker) commonOrigin(vals []valueRef, depth int) string {
	host := ""
	for _, v := range vals {
		h := c.origin(v.expr, v.index, depth+1)
		if h == "" {
			return ""
		}
		if host == "" {
			host = h
		}
	}
	return host
}

// memo computes what a variable, field or function holds once; a cycle
// (u = strings.TrimSuffix(u, "/")) resolves to the zero value: unknown.
func memo[T any](m map[types.Object]T, key types.Object, compute func() T) T {
	if v, ok := m[key]; ok {
		return v
	}
	var zero T
	m[key] = zero
	v := compute()
	m[key] = v
	return v
}

type prefixResult struct {
	text  string
	whole bool
}

// commonPrefix is the text every value starts with.
func (c *checker) commonPrefix(vals []valueRef, depth int) (string, bool) {
	if len(vals) == 0 {
		return "", false
	}
	p, whole := c.prefix(vals[0].expr, vals[0].index, depth+1)
	for _, v := range vals[1:] {
		q, w := c.prefix(v.expr, v.index, depth+1)
		if q != p || !w {
			whole = false
		}
		n := 0
		for n < len(p) && n < len(q) && p[n] == q[n] {
			n++
		}
		p = p[:n]
	}
	return p, whole
}

// sprintfPrefix returns the known leading text of fmt.Sprintf(format, args...).
func (c *checker) sprintfPrefix(call *ast.CallExpr, depth int) (string, bool) {
	if len(call.Args) == 0 {
		return "", false
	}
	format, whole := c.prefix(call.Args[0], 0, depth+1)
	if !whole {
		return "", false
	}
	var b strings.Builder
	arg := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			b.WriteByte(format[i])
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			b.WriteByte('%')
			i++
			continue
		}
		if i+1 >= len(format) || format[i+1] != 's' && format[i+1] != 'v' || arg >= len(call.Args) {
			return b.String(), false
		}
		p, w := c.prefix(call.Args[arg], 0, depth+1)
		b.WriteString(p)
		if !w {
			return b.String(), false
		}
		arg++
		i++
	}
	return b.String(), true
}

// cbcHost returns the host of the URL that starts with p, when it is a CBC endpoint.
func (c *checker) cbcHost(p string) string {
	p = strings.ToLower(p)
	rest, ok := strings.CutPrefix(p, "https://")
	if !ok {
		if rest, ok = strings.CutPrefix(p, "http://"); !ok {
			return ""
		}
	}
	// Where the text stops inside the host ("https://bss.myhuaweicloud.com" + path),
	// the rest is the path: hosts are not built piecemeal.
	host := rest
	if i := strings.IndexAny(rest, "/?#:"); i >= 0 {
		host = rest[:i]
	}
	if host != "" && c.r.MatchHost(host) {
		return host
	}
	return ""
}

// valueRef is a value assigned to a variable or field, or returned by a function.
type valueRef struct {
	expr  ast.Expr
	index int // which result, when expr is a call with several
}

// httpIndex records the values assigned to the variables and struct fields of
// the package, so that a URL can be followed to the constant it was built from.
type httpIndex struct {
	values  map[types.Object][]valueRef
	unknown map[types.Object]bool // set in ways the index does not follow
}

// values returns every value assigned to the variable or field e names; ok is
// false when it may hold others (a parameter, an exported or address-taken
// variable, a field of another package).
func (c *checker) values(e ast.Expr) (types.Object, []valueRef, bool) {
	var obj types.Object
	switch e := e.(type) {
	case *ast.Ident:
		obj = c.pass.TypesInfo.Uses[e]
	case *ast.SelectorExpr:
		if f, _ := c.selectedField(e); f != nil {
			obj = f
		} else {
			obj = c.pass.TypesInfo.Uses[e.Sel] // a package-level variable of another package
		}
	}
	v, ok := obj.(*types.Var)
	if !ok || v.Pkg() != c.pass.Pkg {
		return nil, nil, false
	}
	if (v.IsField() || v.Parent() == c.pass.Pkg.Scope()) && v.Exported() {
		return nil, nil, false
	}
	x := c.index()
	if x.unknown[v] || len(x.values[v]) == 0 {
		return nil, nil, false
	}
	return v, x.values[v], true
}

func (c *checker) index() *httpIndex {
	if c.http != nil {
		return c.http
	}
	x := &httpIndex{values: map[types.Object][]valueRef{}, unknown: map[types.Object]bool{}}
	c.http = x
	info := c.pass.TypesInfo
	defined := map[*ast.Ident]bool{} // definitions the index follows
	object := func(e ast.Expr) types.Object {
		switch e := ast.Unparen(e).(type) {
		case *ast.Ident:
			defined[e] = true
			return info.ObjectOf(e)
		case *ast.SelectorExpr:
			if f, _ := c.selectedField(e); f != nil {
				return f
			}
		}
		return nil
	}
	record := func(lhs ast.Expr, v valueRef) {
		if obj := object(lhs); obj != nil {
			x.values[obj] = append(x.values[obj], v)
		}
	}
	assign := func(lhs []ast.Expr, rhs []ast.Expr) {
		switch {
		case len(lhs) == len(rhs):
			for i := range lhs {
				record(lhs[i], valueRef{rhs[i], 0})
			}
		case len(rhs) == 1:
			for i := range lhs {
				record(lhs[i], valueRef{rhs[0], i})
			}
		}
	}
	for _, f := range c.pass.Files {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				switch n.Tok {
				case token.ASSIGN, token.DEFINE:
					assign(n.Lhs, n.Rhs)
				case token.ADD_ASSIGN: // appends to the string: its host stays
					for _, l := range n.Lhs {
						object(l)
					}
				default:
					for _, l := range n.Lhs {
						if obj := object(l); obj != nil {
							x.unknown[obj] = true
						}
					}
				}
			case *ast.ValueSpec:
				var lhs []ast.Expr
				for _, id := range n.Names {
					lhs = append(lhs, id)
					defined[id] = true // without a value: the zero value, never a URL
				}
				assign(lhs, n.Values)
			case *ast.CompositeLit:
				st := structOf(info.TypeOf(n))
				for i, el := range n.Elts {
					if kv, ok := el.(*ast.KeyValueExpr); ok {
						if id, ok := kv.Key.(*ast.Ident); ok {
							if f, ok := info.Uses[id].(*types.Var); ok && f.IsField() {
								x.values[f] = append(x.values[f], valueRef{kv.Value, 0})
							}
						}
					} else if st != nil && i < st.NumFields() {
						x.values[st.Field(i)] = append(x.values[st.Field(i)], valueRef{el, 0})
					}
				}
			case *ast.UnaryExpr:
				if n.Op == token.AND {
					if obj := object(n.X); obj != nil {
						x.unknown[obj] = true // may be set through the pointer
					}
				}
			}
			return true
		})
	}
	for id, obj := range info.Defs {
		if v, ok := obj.(*types.Var); ok && !v.IsField() && !defined[id] {
			x.unknown[v] = true // parameters, results, range variables, ...
		}
	}
	return x
}

// returns returns the values the function fn of this package returns as its
// result index, leaving out nil; ok is false for naked returns.
func (c *checker) returns(fn *types.Func, index int) (rets []valueRef, ok bool) {
	fd := c.decls[fn]
	if fd == nil {
		return nil, false
	}
	n := fn.Signature().Results().Len()
	ok = true
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		switch r := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(r.Results) == n && index < n:
				if !check.IsNil(c.pass, r.Results[index]) {
					rets = append(rets, valueRef{r.Results[index], 0})
				}
			case len(r.Results) == 1 && n > 1:
				rets = append(rets, valueRef{r.Results[0], index})
			default:
				ok = false
			}
		}
		return true
	})
	return rets, ok && len(rets) > 0
}

// funcName is the full name of fn: "net/http.NewRequest", "(*net/http.Client).Do".
func funcName(fn *types.Func) string { return fn.FullName() }

func isHTTPResponse(t types.Type) bool { return check.IsPointerTo(t, "net/http", "Response") }
func isHTTPRequest(t types.Type) bool  { return check.IsPointerTo(t, "net/http", "Request") }
