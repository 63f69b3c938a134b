package cbcstatus

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cbclint/cbclint/internal/check"
)

// maxDepth bounds the nesting of expressions a URL is followed through (results
// for variables, fields and helpers are memoized, so this guards the stack only).
const maxDepth = 64

// origin returns the CBC host that the value of e (result index of a call) is
// about — a URL string, url.URL, *http.Request, or the response of a request —
// or "" when it is about another host or the analysis cannot tell. in binds the
// parameters of the helper being evaluated at one of its calls (nil: none).
func (c *checker) origin(e ast.Expr, index, depth int, in *env) string {
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
	if t == nil {
		return ""
	}
	if isString(t) {
		if call, ok := e.(*ast.CallExpr); ok {
			if fn := typeutil.StaticCallee(c.pass.TypesInfo, call); fn != nil && fn.FullName() == "(*net/url.URL).String" {
				return c.origin(call.Fun.(*ast.SelectorExpr).X, 0, depth+1, in)
			}
		}
		p, _ := c.prefix(e, index, depth, in)
		return c.cbcHost(p)
	}
	switch e := e.(type) {
	case *ast.Ident, *ast.SelectorExpr:
		key, vals, ok := c.values(e, in, depth)
		if !ok {
			return ""
		}
		return memo(c.originFor(key), key, func() string { return c.commonOrigin(vals, depth) })
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.origin(e.X, 0, depth+1, in)
		}
	case *ast.CompositeLit:
		return c.urlLiteralHost(e, depth, in)
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(c.pass.TypesInfo, e)
		if fn == nil {
			return ""
		}
		if fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
			if host, ok := c.importedOrigin(fn, e, index, depth, in); ok {
				return host
			}
		}
		if index != 0 {
			return ""
		}
		if host, ok := c.restyOrigin(e, fn, depth, in); ok {
			return host
		}
		if lib, ok := libraryCall(fn); ok {
			target := ast.Expr(nil)
			switch {
			case lib.url < 0:
				if sel, ok := ast.Unparen(e.Fun).(*ast.SelectorExpr); ok {
					target = sel.X
				}
			case lib.url < len(e.Args):
				target = e.Args[lib.url]
			}
			if target == nil {
				return ""
			}
			return c.origin(target, 0, depth+1, in)
		}
		if fn.Pkg() == c.pass.Pkg {
			return c.helperOrigin(fn, e, index, depth, in)
		}
		// A function of another package that sends a CBC request, such as a retry wrapper.
		if res := fn.Signature().Results(); res.Len() > 0 && isHTTPResponse(res.At(0).Type()) {
			for _, a := range e.Args {
				if isHTTPRequest(c.pass.TypesInfo.TypeOf(a)) {
					if h := c.origin(a, 0, depth+1, in); h != "" {
						return h
					}
				}
			}
		}
	}
	return ""
}

// importedOrigin is the origin of result index of a call of fn, a function
// of another package, from its summary: a reply it hands on from a CBC host
// or from the URL of an argument, or a URL or request built from an argument.
func (c *checker) importedOrigin(fn *types.Func, call *ast.CallExpr, index, depth int, in *env) (string, bool) {
	s := c.factOf(fn)
	if s == nil {
		return "", false
	}
	for _, l := range s.leads {
		if l.Result != index {
			continue
		}
		if l.Host != "" {
			return l.Host, true
		}
		if a := c.argExpr(call, l.Param); l.Param >= 0 && a != nil {
			return c.origin(a, 0, depth+1, in), true
		}
	}
	if j, ok := s.urlOf[index]; ok {
		if a := c.argExpr(call, j); a != nil {
			return c.origin(a, 0, depth+1, in), true
		}
	}
	return "", false
}

// urlLiteralHost returns the CBC host of a url.URL composite literal, when its
// Host is known and no statement of the package sets a URL's Host afterwards.
func (c *checker) urlLiteralHost(lit *ast.CompositeLit, depth int, in *env) string {
	st := structOf(c.pass.TypesInfo.TypeOf(lit))
	if st == nil || !check.IsNamed(c.pass.TypesInfo.TypeOf(lit), "net/url", "URL") {
		return ""
	}
	for i, el := range lit.Elts {
		var f *types.Var
		val := el
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			f, _ = c.pass.TypesInfo.Uses[kv.Key.(*ast.Ident)].(*types.Var)
			val = kv.Value
		} else if i < st.NumFields() {
			f = st.Field(i)
		}
		if f == nil || f.Name() != "Host" {
			continue
		}
		if c.index().assigned[f] {
			return "" // some URL's Host is changed after it is built
		}
		host, whole := c.prefix(val, 0, depth+1, in)
		if !whole {
			return ""
		}
		return c.cbcHost("https://" + host + "/")
	}
	return ""
}

// prefix returns the leading text of the string value of e (result index of a
// call), as far as it is known, and whether that is the whole value.
func (c *checker) prefix(e ast.Expr, index, depth int, in *env) (string, bool) {
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
		p, whole := c.prefix(e.X, 0, depth+1, in)
		if !whole {
			return p, false
		}
		q, whole := c.prefix(e.Y, 0, depth+1, in)
		return p + q, whole
	case *ast.Ident, *ast.SelectorExpr:
		key, vals, ok := c.values(e, in, depth)
		if !ok {
			return "", false
		}
		r := memo(c.prefixFor(key), key, func() prefixResult { p, w := c.commonPrefix(vals, depth); return prefixResult{p, w} })
		return r.text, r.whole
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(c.pass.TypesInfo, e)
		if fn == nil || index != 0 {
			return "", false
		}
		switch fn.FullName() {
		case "fmt.Sprintf":
			return c.sprintfPrefix(e, depth, in)
		case "strings.TrimSuffix", "strings.TrimRight", "strings.TrimSpace", "net/url.JoinPath":
			if len(e.Args) == 0 {
				return "", false
			}
			p, _ := c.prefix(e.Args[0], 0, depth+1, in)
			return p, false
		}
		if fn.Pkg() == c.pass.Pkg {
			return c.helperPrefix(fn, e, index, depth, in)
		}
	}
	return "", false
}

// commonOrigin is the host all values are about, or "" when one is not about a
// CBC host. An empty string goes nowhere and does not count: `u := ""` before
// a switch that sets u is no other host.
func (c *checker) commonOrigin(vals []valueRef, depth int) string {
	host := ""
	for _, v := range vals {
		if c.isEmptyString(v) {
			continue
		}
		h := c.origin(v.expr, v.index, depth+1, v.in)
		if h == "" {
			return ""
		}
		if host == "" {
			host = h
		}
	}
	return host
}

// memoKey names what a variable, field or helper call holds: the object, and
// the binding of the helper's parameters it was evaluated with.
type memoKey struct {
	obj any // a types.Object, or the selector of an exported field
	in  *env
}

// memo computes what a variable, field or function holds once; a cycle
// (u = strings.TrimSuffix(u, "/")) resolves to the zero value: unknown.
func memo[T any](m map[memoKey]T, key memoKey, compute func() T) T {
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

// commonPrefix is the text every value starts with; empty strings do not count
// (see commonOrigin) unless every value is one.
func (c *checker) commonPrefix(vals []valueRef, depth int) (string, bool) {
	var live []valueRef
	for _, v := range vals {
		if !c.isEmptyString(v) {
			live = append(live, v)
		}
	}
	if len(live) == 0 {
		return "", len(vals) > 0
	}
	p, whole := c.prefix(live[0].expr, live[0].index, depth+1, live[0].in)
	for _, v := range live[1:] {
		q, w := c.prefix(v.expr, v.index, depth+1, v.in)
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

func (c *checker) isEmptyString(v valueRef) bool {
	s, ok := c.constString(v.expr, nil)
	return ok && s == "" && v.index == 0
}

// sprintfPrefix returns the known leading text of fmt.Sprintf(format, args...).
func (c *checker) sprintfPrefix(call *ast.CallExpr, depth int, in *env) (string, bool) {
	if len(call.Args) == 0 {
		return "", false
	}
	format, whole := c.prefix(call.Args[0], 0, depth+1, in)
	if !whole {
		return "", false
	}
	return formatText(format, len(call.Args)-1, func(i int) (string, bool) {
		return c.prefix(call.Args[i+1], 0, depth+1, in)
	})
}

// formatText is what a Sprintf with format formats, with %s and %v verbs, as
// far as the text is known: arg(i) gives the text of the i-th of n arguments
// and whether it is whole. It reports whether the whole text is known.
func formatText(format string, n int, arg func(i int) (string, bool)) (string, bool) {
	var b strings.Builder
	next := 0
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
		if i+1 >= len(format) || format[i+1] != 's' && format[i+1] != 'v' || next >= n {
			return b.String(), false
		}
		p, w := arg(next)
		b.WriteString(p)
		if !w {
			return b.String(), false
		}
		next++
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
	if host != "" && matchHost(c.r, host) {
		return host
	}
	return ""
}

// valueRef is a value assigned to a variable or field, or returned by a
// function, with the switch cases it is assigned in and the binding of
// parameters it is to be evaluated with.
type valueRef struct {
	expr   ast.Expr
	index  int // which result, when expr is a call with several
	guards []guard
	in     *env
}

// httpIndex records the values assigned to the variables and struct fields of
// the package, so that a URL can be followed to the constant it was built from.
type httpIndex struct {
	values   map[types.Object][]valueRef
	unknown  map[types.Object]bool // set in ways the index does not follow
	undef    map[types.Object]bool // parameters, results, range variables: set by no statement the index follows
	assigned map[types.Object]bool // fields set by an assignment to a value the index does not follow
	// sets holds, for a variable or field holding a struct, the values
	// statements give its fields: c.cfg.Endpoint = v is {Endpoint, v} for cfg.
	sets map[types.Object][]fieldSet
}

type fieldSet struct {
	field *types.Var
	value valueRef
}

// values returns the memo key of the variable or field e names and every value
// it is assigned; ok is false when it may hold others (an unbound parameter, an
// exported or address-taken variable, a field of another package). An
// exported field is followed through the struct values that hold it, when
// those come from composite literals of the package (c.cfg.Endpoint, with
// cfg: Config{Endpoint: bssBase}).
func (c *checker) values(e ast.Expr, in *env, depth int) (memoKey, []valueRef, bool) {
	v := c.varOf(e)
	if v == nil || v.Pkg() != c.pass.Pkg {
		return memoKey{}, nil, false
	}
	x := c.index()
	if x.unknown[v] {
		return memoKey{}, nil, false
	}
	if v.IsField() && v.Exported() {
		sel, ok := e.(*ast.SelectorExpr)
		if !ok || x.assigned[v] {
			return memoKey{}, nil, false
		}
		vals, ok := c.fieldOf(sel.X, v, in, depth)
		return memoKey{sel, in}, vals, ok && len(vals) > 0
	}
	if v.Parent() == c.pass.Pkg.Scope() && v.Exported() {
		return memoKey{}, nil, false
	}
	local := !v.IsField() && v.Parent() != c.pass.Pkg.Scope()
	var vals []valueRef
	if x.undef[v] {
		arg, caller, ok := in.arg(v)
		if !ok {
			return memoKey{}, nil, false
		}
		vals = append(vals, valueRef{expr: arg, in: caller})
	}
	for _, r := range x.values[v] {
		if c.extends(r.expr, v) {
			continue // u = u + "?" + query keeps the host, like u += …
		}
		if local {
			if !c.live(r.guards, in) {
				continue
			}
			r.in = in
		}
		vals = append(vals, r)
	}
	if len(vals) == 0 {
		return memoKey{}, nil, false
	}
	if !local {
		in = nil
	}
	return memoKey{v, in}, vals, true
}

// fieldOf returns the values the field f has in the struct values x holds,
// when each is a composite literal of the package (through &, variables,
// fields and helpers that return one).
func (c *checker) fieldOf(x ast.Expr, f *types.Var, in *env, depth int) ([]valueRef, bool) {
	if depth > maxDepth {
		return nil, false
	}
	x = ast.Unparen(x)
	switch e := x.(type) {
	case *ast.UnaryExpr:
		if e.Op == token.AND {
			return c.fieldOf(e.X, f, in, depth+1)
		}
	case *ast.CompositeLit:
		st := structOf(c.pass.TypesInfo.TypeOf(e))
		for i, el := range e.Elts {
			if kv, ok := el.(*ast.KeyValueExpr); ok {
				if id, ok := kv.Key.(*ast.Ident); ok && c.pass.TypesInfo.Uses[id] == f {
					return []valueRef{{expr: kv.Value, in: in}}, true
				}
			} else if st != nil && i < st.NumFields() && st.Field(i) == f {
				return []valueRef{{expr: el, in: in}}, true
			}
		}
		return nil, true // the zero value
	case *ast.Ident, *ast.SelectorExpr:
		// The values the struct is given, and those statements give its field f.
		holder := c.varOf(e)
		if holder == nil || holder.Pkg() != c.pass.Pkg {
			return nil, false
		}
		x := c.index()
		local := !holder.IsField() && holder.Parent() != c.pass.Pkg.Scope()
		var out []valueRef
		for _, s := range x.sets[holder] {
			if s.field == f {
				if local {
					s.value.in = in
				}
				out = append(out, s.value)
			}
		}
		importable := !local && holder.Exported() // importers may set it
		if !importable && len(x.values[holder]) == 0 && !x.unknown[holder] && !x.undef[holder] {
			return out, true // zero until set
		}
		_, vals, ok := c.values(e, in, depth+1)
		if !ok {
			return nil, false
		}
		fv, ok := c.fieldsOf(vals, f, depth)
		return append(out, fv...), ok
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(c.pass.TypesInfo, e)
		if fn == nil || fn.Pkg() != c.pass.Pkg {
			return nil, false
		}
		callee, ok := c.bind(fn, e, in)
		if !ok {
			return nil, false
		}
		rets, ok := c.returns(fn, 0, callee)
		if !ok {
			return nil, false
		}
		return c.fieldsOf(rets, f, depth)
	}
	return nil, false
}

func (c *checker) fieldsOf(vals []valueRef, f *types.Var, depth int) ([]valueRef, bool) {
	var out []valueRef
	for _, v := range vals {
		if v.index != 0 {
			return nil, false
		}
		fv, ok := c.fieldOf(v.expr, f, v.in, depth+1)
		if !ok {
			return nil, false
		}
		out = append(out, fv...)
	}
	return out, true
}

// redirects reports whether setting the field f changes where a URL or a
// request points: url.URL's Host, http.Request's URL and Host.
func redirects(f types.Object) bool {
	if f.Pkg() == nil {
		return false
	}
	switch f.Pkg().Path() {
	case "net/url":
		return f.Name() == "Host"
	case netHTTP:
		return f.Name() == "URL" || f.Name() == "Host"
	}
	return false
}

// rootVar returns the variable at the root of a chain of selectors: req for req.URL.
func rootVar(info *types.Info, e ast.Expr) types.Object {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.SelectorExpr:
			e = x.X
		case *ast.Ident:
			return info.ObjectOf(x)
		default:
			return nil
		}
	}
}

// extends reports whether e is the value of v with text appended: v + s,
// fmt.Sprintf("%s?%s", v, q), strings.TrimSuffix(v, "/") + p.
func (c *checker) extends(e ast.Expr, v *types.Var) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		return c.pass.TypesInfo.Uses[e] == v
	case *ast.BinaryExpr:
		return e.Op == token.ADD && c.extends(e.X, v)
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(c.pass.TypesInfo, e)
		if fn == nil || len(e.Args) < 2 && fn.FullName() == "fmt.Sprintf" || len(e.Args) == 0 {
			return false
		}
		switch fn.FullName() {
		case "fmt.Sprintf":
			format, ok := c.constString(e.Args[0], nil)
			return ok && (strings.HasPrefix(format, "%s") || strings.HasPrefix(format, "%v")) && c.extends(e.Args[1], v)
		case "strings.TrimSuffix", "strings.TrimRight":
			return c.extends(e.Args[0], v)
		}
	}
	return false
}

// varOf returns the variable or field e names, or nil.
func (c *checker) varOf(e ast.Expr) *types.Var {
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
	v, _ := obj.(*types.Var)
	return v
}

func (c *checker) index() *httpIndex {
	if c.http != nil {
		return c.http
	}
	x := &httpIndex{
		values:   map[types.Object][]valueRef{},
		unknown:  map[types.Object]bool{},
		undef:    map[types.Object]bool{},
		assigned: map[types.Object]bool{},
		sets:     map[types.Object][]fieldSet{},
	}
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
	var guards []guard
	record := func(lhs ast.Expr, v valueRef) {
		if obj := object(lhs); obj != nil {
			v.guards = guards
			x.values[obj] = append(x.values[obj], v)
			if sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr); ok {
				// u.Host = host, req.URL = u, req.URL.Host = host change where
				// the URL or request in the variable u or req points.
				if redirects(obj) {
					if root := rootVar(info, sel.X); root != nil {
						x.unknown[root] = true
					}
				}
				if id, ok := ast.Unparen(sel.X).(*ast.Ident); ok && check.IsNamed(info.TypeOf(sel.X), "net/url", "URL") {
					x.unknown[info.ObjectOf(id)] = true
				} else if holder := c.varOf(ast.Unparen(sel.X)); holder != nil && obj.Pkg() == c.pass.Pkg && structOf(holder.Type()) == holder.Type().Underlying() {
					// A struct value (not a pointer, which may alias) held in a variable or field.
					x.sets[holder] = append(x.sets[holder], fieldSet{obj.(*types.Var), v})
				} else {
					x.assigned[obj] = true
				}
			}
		}
	}
	assign := func(lhs []ast.Expr, rhs []ast.Expr) {
		switch {
		case len(lhs) == len(rhs):
			for i := range lhs {
				record(lhs[i], valueRef{expr: rhs[i]})
			}
		case len(rhs) == 1:
			for i := range lhs {
				record(lhs[i], valueRef{expr: rhs[0], index: i})
			}
		}
	}
	for _, f := range c.pass.Files {
		walkGuarded(f, nil, func(n ast.Node, g []guard) bool {
			guards = g
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
								x.values[f] = append(x.values[f], valueRef{expr: kv.Value})
							}
						}
					} else if st != nil && i < st.NumFields() {
						x.values[st.Field(i)] = append(x.values[st.Field(i)], valueRef{expr: el})
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
			x.undef[v] = true // parameters, results, range variables, ...
		}
	}
	return x
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// httpState is what the evaluation of URLs knows about the package: the
// values assigned to its variables and fields (built on first use) and what
// it found so far. What it finds with the arguments of one call bound is
// kept only while that call's lead is instantiated (see forget): no other
// evaluation has the same bindings.
type httpState struct {
	http          *httpIndex
	originMemo    map[memoKey]string
	prefixMemo    map[memoKey]prefixResult
	boundOrigins  map[memoKey]string
	boundPrefixes map[memoKey]prefixResult
	rets          map[retKey]retList
}

func (c *checker) originFor(k memoKey) map[memoKey]string {
	if k.in != nil {
		return c.boundOrigins
	}
	return c.originMemo
}

func (c *checker) prefixFor(k memoKey) map[memoKey]prefixResult {
	if k.in != nil {
		return c.boundPrefixes
	}
	return c.prefixMemo
}

// forget drops what was found with bound arguments.
func (c *checker) forget() {
	clear(c.boundOrigins)
	clear(c.boundPrefixes)
}

// Helpers of the package are evaluated at each call with that call's
// arguments: `self.post(SERVICE_BSS, "orders/…/renew", params)` reaches
// `fmt.Sprintf("https://%s.myhuaweicloud.com/v2/%s", service, resource)`, or
// the `case SERVICE_BSS:` of a switch on service, with service = "bss".

// maxHelpers bounds how many helper calls deep an argument is followed: it
// guards the stack only (summaries carry a finding up any chain of helpers).
const maxHelpers = 64

// env binds the parameters of a helper to the arguments of one call; the
// arguments are evaluated in the caller's env.
type env struct {
	args   map[*types.Var]ast.Expr
	caller *env
	depth  int
}

// arg returns the argument bound to the parameter v and the env to evaluate it in.
func (in *env) arg(v *types.Var) (ast.Expr, *env, bool) {
	if in == nil {
		return nil, nil, false
	}
	a, ok := in.args[v]
	return a, in.caller, ok
}

// bind binds the parameters of the helper fn to the arguments of call, which is
// evaluated in env in. It returns a nil env when no parameter is bound (the
// helper is then what it is without arguments), and false when the chain of
// helpers is too deep to follow.
func (c *checker) bind(fn *types.Func, call *ast.CallExpr, in *env) (*env, bool) {
	depth := 1
	if in != nil {
		depth = in.depth + 1
	}
	if depth > maxHelpers {
		return nil, false
	}
	sig := fn.Signature()
	if len(call.Args) != sig.Params().Len() && !sig.Variadic() {
		return nil, true // f(g()) with several results
	}
	args := map[*types.Var]ast.Expr{}
	for i := range sig.Params().Len() {
		if sig.Variadic() && i == sig.Params().Len()-1 || i >= len(call.Args) {
			break
		}
		args[sig.Params().At(i)] = call.Args[i]
	}
	if len(args) == 0 {
		return nil, true
	}
	return &env{args: args, caller: in, depth: depth}, true
}

// helperOrigin is the origin of what the helper fn of this package returns at
// call: what it returns whatever the arguments, or else with them.
func (c *checker) helperOrigin(fn *types.Func, call *ast.CallExpr, index, depth int, in *env) string {
	host := memo(c.originMemo, memoKey{fn, nil}, func() string {
		rets, ok := c.returns(fn, index, nil)
		if !ok {
			return ""
		}
		return c.commonOrigin(rets, depth)
	})
	if host != "" {
		return host
	}
	callee, ok := c.bind(fn, call, in)
	if !ok || callee == nil {
		return ""
	}
	rets, ok := c.returns(fn, index, callee)
	if !ok {
		return ""
	}
	return memo(c.originFor(memoKey{fn, callee}), memoKey{fn, callee}, func() string { return c.commonOrigin(rets, depth) })
}

// helperPrefix is helperOrigin for the leading text of a string.
func (c *checker) helperPrefix(fn *types.Func, call *ast.CallExpr, index, depth int, in *env) (string, bool) {
	if p, w, ok := c.foldedPrefix(fn, index, c.foldArgs(fn, call, depth, in)); ok && (w || c.cbcHost(p) != "") {
		return p, w
	}
	r := memo(c.prefixMemo, memoKey{fn, nil}, func() prefixResult {
		rets, ok := c.returns(fn, index, nil)
		if !ok {
			return prefixResult{}
		}
		p, w := c.commonPrefix(rets, depth)
		return prefixResult{p, w}
	})
	if r.whole || c.cbcHost(r.text) != "" {
		return r.text, r.whole
	}
	callee, ok := c.bind(fn, call, in)
	if !ok || callee == nil {
		return r.text, r.whole
	}
	rets, ok := c.returns(fn, index, callee)
	if !ok {
		return r.text, r.whole
	}
	r = memo(c.prefixFor(memoKey{fn, callee}), memoKey{fn, callee}, func() prefixResult { p, w := c.commonPrefix(rets, depth); return prefixResult{p, w} })
	return r.text, r.whole
}

// returns returns the values the function fn of this package returns as its
// result index, leaving out nil and the cases of a switch that in rules out;
// ok is false for naked returns.
func (c *checker) returns(fn *types.Func, index int, in *env) ([]valueRef, bool) {
	key := retKey{fn, index}
	r, done := c.rets[key]
	if !done {
		r = c.collectReturns(fn, index)
		c.rets[key] = r
	}
	if !r.ok {
		return nil, false
	}
	var out []valueRef
	for _, v := range r.vals {
		if c.live(v.guards, in) {
			v.in = in
			out = append(out, v)
		}
	}
	return out, len(out) > 0
}

type retKey struct {
	fn    *types.Func
	index int
}

type retList struct {
	vals []valueRef
	ok   bool
}

func (c *checker) collectReturns(fn *types.Func, index int) retList {
	fd := c.decls[fn]
	if fd == nil {
		return retList{}
	}
	n := fn.Signature().Results().Len()
	r := retList{ok: true}
	walkGuarded(fd.Body, nil, func(node ast.Node, guards []guard) bool {
		switch ret := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(ret.Results) == n && index < n:
				if !check.IsNil(c.pass, ret.Results[index]) {
					r.vals = append(r.vals, valueRef{expr: ret.Results[index], guards: guards})
				}
			case len(ret.Results) == 1 && n > 1:
				r.vals = append(r.vals, valueRef{expr: ret.Results[0], index: index, guards: guards})
			default:
				r.ok = false
			}
		}
		return true
	})
	r.ok = r.ok && len(r.vals) > 0
	return r
}

// guard is the case of a switch on a value (switch service { case "bss": … })
// that a statement is in.
type guard struct {
	tag       ast.Expr
	cases     []ast.Expr // the case's values, or for default those of the other cases
	isDefault bool
}

// walkGuarded calls visit for every node under root, with the switch cases
// around it; visit returns whether to look inside the node.
func walkGuarded(root ast.Node, guards []guard, visit func(ast.Node, []guard) bool) {
	ast.Inspect(root, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || sw.Tag == nil {
			return n == nil || visit(n, guards)
		}
		if !visit(sw, guards) {
			return false
		}
		if sw.Init != nil {
			walkGuarded(sw.Init, guards, visit)
		}
		walkGuarded(sw.Tag, guards, visit)
		for _, s := range sw.Body.List {
			cc := s.(*ast.CaseClause)
			g := guard{tag: sw.Tag, cases: cc.List, isDefault: cc.List == nil}
			if g.isDefault {
				for _, other := range sw.Body.List {
					g.cases = append(g.cases, other.(*ast.CaseClause).List...)
				}
			}
			for _, e := range cc.List {
				walkGuarded(e, guards, visit)
			}
			inner := append(slices.Clip(guards), g)
			for _, st := range cc.Body {
				walkGuarded(st, inner, visit)
			}
		}
		return false
	})
}

// live reports whether a statement in the switch cases guards can run with
// the arguments bound in in: false when a case's values are constants and the
// switch's tag is a parameter bound to another constant.
func (c *checker) live(guards []guard, in *env) bool {
	if in == nil {
		return true
	}
	for _, g := range guards {
		tag, ok := c.constString(g.tag, in)
		if !ok {
			continue
		}
		hit, known := false, true
		for _, e := range g.cases {
			s, ok := c.constString(e, nil)
			if !ok {
				known = false
				break
			}
			hit = hit || s == tag
		}
		if known && hit == g.isDefault {
			return false
		}
	}
	return true
}

// constString returns the constant string e stands for: a constant, or a
// parameter bound to one and never assigned.
func (c *checker) constString(e ast.Expr, in *env) (string, bool) {
	if s, ok := check.StringValue(c.pass, e); ok {
		return s, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || in == nil {
		return "", false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return "", false
	}
	x := c.index()
	a, caller, ok := in.arg(v)
	if !ok || len(x.values[v]) > 0 || x.unknown[v] {
		return "", false
	}
	return c.constString(a, caller)
}

// enclosingFunc returns the innermost function (declaration or literal) around cur.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node()
	}
	return nil
}
