package demand

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cbclint/cbclint/internal/check"
)

// Which function bodies get an SSA form: demand inside a package. A function
// can meet a CBC reply only if it
//
//   - mentions CBC: the text of a CBC host in a literal or a name, an object
//     of a CBC client package (a call, a type, a field), a call whose result
//     is of such a type, a constant whose value holds a CBC host, or a
//     package variable whose initializer mentions CBC or that a function
//     assigns (the evaluator follows what is stored in it);
//   - or, in a package a CBC package reaches (demanded, see packages.go):
//     reads a field whose JSON name is error_code, or names error_code (a
//     literal, a name) and is exported with parameters (another package may
//     hand it a reply or its body; within the package, the calls spread);
//     takes or returns an HTTP request or reply, or a value that carries
//     error_code, or is a method of one; may be a status predicate (numbers
//     or strings in, a bool or an error out, an HTTP status in its body);
//     calls another package's function whose summary obtains, examines or
//     judges replies; hands an HTTP library a URL or request not known to
//     name another host (a URL from a parameter, a field or a call: a caller
//     may hand it a CBC URL). In a package with such a call, every exported
//     function that takes a string or a *url.URL is a seed too: what it
//     makes of a URL (a request that carries it) is what a caller's CBC URL
//     becomes;
//   - or calls such a function of the package (it meets the replies that
//     function obtains), or is called by one (it may be handed a reply or a
//     CBC URL).
//
// The other bodies are left out of the SSA form: a large SDK's generated API
// files and another cloud's request code are most of a package's code, and
// their functions pass what they are handed through. When no function is
// kept, the package is not built at all. A file's imports decide nothing:
// every file of a Terraform provider's service imports an HTTP library.

// Built is what a package's SSA form is built from.
type Built struct {
	// Files are the package's files, with the bodies of the functions that
	// cannot meet a reply removed (shallow copies; the package's members
	// stay).
	Files []*ast.File
	// Decls are the declarations whose syntax the SSA form comes from.
	Decls []inspector.Cursor
	// Kept of All function bodies are kept (Kept is 0 when the package is
	// not built).
	Kept, All int
}

// Bodies returns what to build the package of pass from in SSA form; ok is
// false when no function can meet a reply: the package needs none.
func Bodies(pass *analysis.Pass, m Model) (b Built, ok bool) {
	d := &funcDemand{
		pass:   pass,
		m:      &m,
		texts:  m.texts(),
		full:   demanded(pass.Pkg),
		ins:    pass.ResultOf[inspect.Analyzer].(*inspector.Inspector),
		index:  map[*types.Func]int{},
		hot:    map[*types.Var]bool{},
		client: map[*types.Package]bool{},
	}
	if !d.full && !d.mayMention() {
		return b, false
	}
	for file := range d.ins.Root().Children() {
		for decl := range file.Children() {
			switch n := decl.Node().(type) {
			case *ast.FuncDecl:
				if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok && n.Body != nil {
					d.index[fn] = len(d.decls)
					d.decls = append(d.decls, n)
					d.cursors = append(d.cursors, decl)
				}
			case *ast.GenDecl:
				if n.Tok == token.VAR {
					d.varCursors = append(d.varCursors, decl)
				}
			}
		}
	}
	d.findHot()
	d.scanAll()
	keep := d.keep()
	all := m.client(pass.Pkg.Path()) // an in-house client: every function
	strip := map[*ast.FuncDecl]bool{}
	for i, fd := range d.decls {
		switch {
		case fd == nil: // the package variables
		case all || keep[i]:
			b.Kept++
			b.Decls = append(b.Decls, d.cursors[i])
		default:
			strip[fd] = true
		}
	}
	b.All = b.Kept + len(strip)
	if b.Kept == 0 && !d.varsSeed {
		return Built{All: b.All}, false
	}
	b.Decls = append(b.Decls, d.varCursors...)
	if len(strip) == 0 {
		b.Files = pass.Files
		return b, true
	}
	for _, f := range pass.Files {
		cp := *f
		cp.Decls = slices.Clone(f.Decls)
		for i, decl := range cp.Decls {
			if fd, ok := decl.(*ast.FuncDecl); ok && strip[fd] {
				bare := *fd
				bare.Body = nil
				cp.Decls[i] = &bare
			}
		}
		b.Files = append(b.Files, &cp)
	}
	return b, true
}

// funcDemand is the package's functions, the calls among them and which are seeds.
type funcDemand struct {
	pass  *analysis.Pass
	m     *Model
	ins   *inspector.Inspector
	texts []needle // the CBC texts
	full  bool     // demanded: error_code, summaries and requests count too

	decls      []*ast.FuncDecl // nil: the package variables' initializers
	cursors    []inspector.Cursor
	index      map[*types.Func]int
	calls      [][]*types.Func // the package's functions each calls or refers to
	seed       []bool
	varsSeed   bool               // the package variables' initializers mention CBC or error_code
	varCursors []inspector.Cursor // their declarations

	sendsAnywhere bool // an HTTP library is handed a URL not known to name another host

	hot    map[*types.Var]bool // package variables that mention CBC or are assigned in a function (findHot)
	client map[*types.Package]bool
}

// mayMention reports whether a package no CBC package reaches can mention
// CBC at all: it imports a CBC client package or its text names a CBC host.
// It is cheaper than scanning every function: most such packages (another
// cloud's drivers) fail it.
func (d *funcDemand) mayMention() bool {
	return d.m.client(d.pass.Pkg.Path()) ||
		slices.ContainsFunc(d.pass.Pkg.Imports(), func(p *types.Package) bool { return d.m.client(p.Path()) }) ||
		slices.ContainsFunc(d.pass.Files, func(f *ast.File) bool { return syntaxMentions(f, d.texts...) })
}

// scanAll finds the seeds and the calls among the declarations. The
// package variables' initializers are one node (the package initializer's
// body, always built when the package is), the last.
func (d *funcDemand) scanAll() {
	n := len(d.decls)
	d.calls = make([][]*types.Func, n, n+1)
	d.seed = make([]bool, n, n+1)
	for i, fd := range d.decls {
		cur := d.cursors[i]
		calls, seed, errorCode := d.scan(cur)
		if !seed && d.full {
			fn := d.pass.TypesInfo.Defs[fd.Name].(*types.Func)
			sig := fn.Type().(*types.Signature)
			// error_code named by a function that another package may hand
			// a reply or its body (a Terraform provider names it in every
			// resource's Read, to turn golangsdk's errors into "not found");
			// a generic function or a method of a generic type.
			seed = errorCode && fn.Exported() && sig.Params().Len() > 0 ||
				sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0 ||
				d.speaksHTTP(sig) || d.judgesStatus(sig, cur)
		}
		d.calls[i], d.seed[i] = calls, seed
	}
	if d.sendsAnywhere {
		// The package sends requests to URLs it is handed: what its
		// exported functions make of a URL (a request object that carries
		// it, a client that stores it) is what a caller's CBC URL becomes.
		for fn, i := range d.index {
			d.seed[i] = d.seed[i] || fn.Exported() && takesURL(fn.Signature())
		}
	}
	var calls []*types.Func
	for _, cur := range d.varCursors {
		c, seed, errorCode := d.scan(cur)
		calls = append(calls, c...)
		d.varsSeed = d.varsSeed || seed || errorCode
	}
	d.decls = append(d.decls, nil)
	d.calls = append(d.calls, calls)
	d.seed = append(d.seed, d.varsSeed)
}

var scanned = []ast.Node{(*ast.Ident)(nil), (*ast.BasicLit)(nil), (*ast.CallExpr)(nil), (*ast.SelectorExpr)(nil)}

// scan walks a declaration once: the package's functions it refers to, and
// whether it is a seed by what it mentions and calls.
func (d *funcDemand) scan(cur inspector.Cursor) (calls []*types.Func, seed, errorCode bool) {
	info := d.pass.TypesInfo
	cur.Inspect(scanned, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			seed = seed || d.constMentions(n)
			errorCode = errorCode || d.full && n.Kind == token.STRING && containsFold(n.Value, errorCodeText)
		case *ast.Ident:
			seed = seed || mentions(n.Name, d.texts...)
			errorCode = errorCode || d.full && containsFold(n.Name, errorCodeText)
			switch obj := info.Uses[n].(type) {
			case *types.Const:
				seed = seed || d.constMentions(n)
			case *types.Func:
				if obj.Pkg() == d.pass.Pkg {
					calls = append(calls, obj.Origin())
				} else {
					seed = seed || d.isClient(obj.Pkg())
				}
			case *types.Var:
				seed = seed || d.isClient(obj.Pkg()) || d.hot[obj]
			case *types.TypeName:
				seed = seed || d.isClient(obj.Pkg())
			}
		case *ast.CallExpr:
			seed = seed || d.resultIsClient(info.TypeOf(n)) || d.full && d.callMeets(n)
		case *ast.SelectorExpr:
			if !seed && d.full {
				_, name := check.SelectedField(info.Selections[n])
				seed = name == check.ErrorCodeKey
			}
		}
		return true
	})
	return calls, seed, errorCode
}

// carriesErrorCode reports whether t is a named struct, or a pointer to
// one, that carries error_code: a method of it, or a function handed it, may
// examine CBC's error.
func carriesErrorCode(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, named := t.(*types.Named)
	st, _ := t.Underlying().(*types.Struct)
	return named && check.HasErrorCode(st)
}

// judgesStatus reports whether a function may be a status predicate (its
// summary's Preds): it takes only numbers or strings and returns a bool or
// an error, and its body names an HTTP status (a net/http Status constant,
// a number from 100 to 599, the digit "2").
func (d *funcDemand) judgesStatus(sig *types.Signature, cur inspector.Cursor) bool {
	if sig.Params().Len() == 0 || sig.Results().Len() == 0 {
		return false
	}
	for v := range sig.Params().Variables() {
		b, ok := v.Type().Underlying().(*types.Basic)
		if !ok || b.Info()&(types.IsInteger|types.IsString) == 0 {
			return false
		}
	}
	for v := range sig.Results().Variables() {
		t := v.Type()
		if b, ok := t.Underlying().(*types.Basic); !(ok && b.Kind() == types.Bool) && !types.Identical(t, errorType) {
			return false
		}
	}
	info := d.pass.TypesInfo
	found := false
	cur.Inspect([]ast.Node{(*ast.BasicLit)(nil), (*ast.Ident)(nil)}, func(cur inspector.Cursor) bool {
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			switch n.Kind {
			case token.INT:
				if v, ok := constant.Int64Val(constant.MakeFromLiteral(n.Value, n.Kind, 0)); ok && 100 <= v && v <= 599 {
					found = true
				}
			case token.STRING, token.CHAR:
				found = found || n.Value[1:len(n.Value)-1] == "2"
			}
		case *ast.Ident:
			if c, ok := info.Uses[n].(*types.Const); ok && c.Pkg() != nil && c.Pkg().Path() == "net/http" && strings.HasPrefix(c.Name(), "Status") {
				found = true
			}
		}
		return !found
	})
	return found
}

var errorType = types.Universe.Lookup("error").Type()

// isClient reports whether pkg is a CBC client package (memoized).
func (d *funcDemand) isClient(pkg *types.Package) bool {
	if pkg == nil || pkg == d.pass.Pkg {
		return false
	}
	r, ok := d.client[pkg]
	if !ok {
		r = d.m.client(pkg.Path())
		d.client[pkg] = r
	}
	return r
}

// resultIsClient reports whether a call's result is of a CBC client
// package's type (a generic helper that returns an SDK response).
func (d *funcDemand) resultIsClient(t types.Type) bool {
	if tuple, ok := t.(*types.Tuple); ok {
		for v := range tuple.Variables() {
			if d.resultIsClient(v.Type()) {
				return true
			}
		}
		return false
	}
	n := check.NamedOf(t)
	return n != nil && d.isClient(n.Obj().Pkg())
}

// findHot computes hot: the package variables assigned in a function, or
// initialized with a mention of CBC (a literal, a constant, another such
// variable).
func (d *funcDemand) findHot() {
	info := d.pass.TypesInfo
	for cur := range d.ins.Root().Preorder((*ast.AssignStmt)(nil)) {
		for _, lhs := range cur.Node().(*ast.AssignStmt).Lhs {
			if id, ok := ast.Unparen(lhs).(*ast.Ident); ok {
				if v, ok := info.Uses[id].(*types.Var); ok && v.Parent() == d.pass.Pkg.Scope() {
					d.hot[v] = true
				}
			}
		}
	}
	inits := map[*types.Var][]ast.Expr{}
	for _, cur := range d.varCursors {
		for _, spec := range cur.Node().(*ast.GenDecl).Specs {
			vs := spec.(*ast.ValueSpec)
			for i, name := range vs.Names {
				if v, ok := info.Defs[name].(*types.Var); ok && len(vs.Values) == len(vs.Names) {
					inits[v] = append(inits[v], vs.Values[i])
				} else if ok {
					inits[v] = append(inits[v], vs.Values...)
				}
			}
		}
	}
	// To a fixed point: an initializer may name a variable declared later.
	for changed := true; changed; {
		changed = false
		for v, values := range inits {
			if !d.hot[v] && slices.ContainsFunc(values, d.initMentions) {
				d.hot[v], changed = true, true
			}
		}
	}
}

// initMentions reports whether a package variable's initializer mentions
// CBC: a literal or a constant that holds a CBC text, or a hot variable.
func (d *funcDemand) initMentions(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			v, ok := d.pass.TypesInfo.Uses[id].(*types.Var)
			found = found || ok && d.hot[v]
		}
		found = found || d.constMentions(n)
		return !found
	})
	return found
}

// constMentions reports whether n is a string literal, or names a string
// constant, that holds a CBC text.
func (d *funcDemand) constMentions(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.BasicLit:
		return n.Kind == token.STRING && mentions(n.Value, d.texts...)
	case *ast.Ident:
		c, ok := d.pass.TypesInfo.Uses[n].(*types.Const)
		return ok && c.Val().Kind() == constant.String && mentions(constant.StringVal(c.Val()), d.texts...)
	}
	return false
}

// speaksHTTP reports whether a signature takes or returns an HTTP request or
// reply, or a value that carries error_code (its receiver too): a helper
// handed a CBC request, reply or error, or that obtains one.
func (d *funcDemand) speaksHTTP(sig *types.Signature) bool {
	for _, tuple := range []*types.Tuple{sig.Params(), sig.Results()} {
		for v := range tuple.Variables() {
			if t := v.Type(); d.m.HTTP(t) || carriesErrorCode(t) {
				return true
			}
		}
	}
	return sig.Recv() != nil && carriesErrorCode(sig.Recv().Type())
}

// takesURL reports whether a signature has a parameter that may be a URL:
// a string or a *url.URL.
func takesURL(sig *types.Signature) bool {
	return slices.ContainsFunc(slices.Collect(sig.Params().Variables()), func(v *types.Var) bool {
		b, ok := v.Type().Underlying().(*types.Basic)
		return ok && b.Info()&types.IsString != 0 || check.IsPointerTo(v.Type(), "net/url", "URL")
	})
}

// callMeets reports whether a call may obtain a CBC reply or hand one on: a
// call of another package's function whose summary is about replies, or of
// an HTTP library function handed a URL or request not known to name
// another host.
func (d *funcDemand) callMeets(call *ast.CallExpr) bool {
	fn := typeutil.StaticCallee(d.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == d.pass.Pkg {
		return false
	}
	if isLibrary(fn.Pkg().Path()) {
		if url, ok := d.m.Library(fn); ok {
			meets := !d.otherHost(libURL(call, url), 0)
			d.sendsAnywhere = d.sendsAnywhere || meets
			return meets
		}
	}
	return d.m.AboutReplies(fn)
}

// libURL returns the expression of the URL, request or base URL a library
// call is handed, or nil.
func libURL(call *ast.CallExpr, url int) ast.Expr {
	sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr)
	switch {
	case url < 0 && ok:
		return sel.X
	case url >= 0 && url < len(call.Args):
		return call.Args[url]
	}
	return nil
}

// otherHost reports whether a URL or request is known to name a host that
// is not CBC's: built from literals and constants (through local variables
// assigned once, concatenation, fmt.Sprintf and the HTTP libraries'
// request builders) whose host ends in a name of another domain.
func (d *funcDemand) otherHost(e ast.Expr, depth int) bool {
	if e == nil || depth > maxTextDepth {
		return false
	}
	info := d.pass.TypesInfo
	e = ast.Unparen(e)
	if call, ok := e.(*ast.CallExpr); ok {
		if fn := typeutil.StaticCallee(info, call); fn != nil {
			if url, ok := d.m.Library(fn); ok {
				return d.otherHost(libURL(call, url), depth+1)
			}
		}
	}
	if def := d.valueOf(e); def != nil {
		return d.otherHost(def, depth+1)
	}
	text, ok := d.text(e, depth)
	return ok && otherDomain(text, d.texts)
}

// valueOf returns the expression the local variable e names is given where
// it is declared, if it is never assigned again, or nil. (A variable
// declared by v, err := call is given the call.)
func (d *funcDemand) valueOf(e ast.Expr) ast.Expr {
	id, ok := e.(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := d.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok || v.Pkg() != d.pass.Pkg || v.Parent() == nil || v.Parent() == d.pass.Pkg.Scope() {
		return nil
	}
	// The variable's scope is its function's body or an inner block.
	cur, ok := d.ins.Root().FindByPos(v.Parent().Pos(), v.Parent().End())
	if !ok {
		return nil
	}
	var def ast.Expr
	n := 0
	for cur := range cur.Preorder((*ast.AssignStmt)(nil)) {
		as := cur.Node().(*ast.AssignStmt)
		for i, lhs := range as.Lhs {
			id, ok := ast.Unparen(lhs).(*ast.Ident)
			if !ok || d.pass.TypesInfo.ObjectOf(id) != v {
				continue
			}
			n++
			switch {
			case as.Tok != token.DEFINE:
				def = nil
			case len(as.Rhs) == len(as.Lhs):
				def = as.Rhs[i]
			case len(as.Rhs) == 1 && i == 0:
				def = as.Rhs[0]
			}
		}
	}
	if n != 1 {
		return nil
	}
	return def
}

// text returns what a string expression is, with \x00 for the parts not
// known (fmt.Sprintf's verbs, values not constant); ok is false when it is
// not built from a literal or a constant at its start.
func (d *funcDemand) text(e ast.Expr, depth int) (string, bool) {
	info := d.pass.TypesInfo
	if tv, ok := info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
		return constant.StringVal(tv.Value), true
	}
	if depth > maxTextDepth {
		return "", false
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		x, ok := d.text(e.X, depth+1)
		if !ok {
			return "", false
		}
		y, ok := d.text(e.Y, depth+1)
		if !ok {
			y = "\x00"
		}
		return x + y, true
	case *ast.CallExpr:
		fn := typeutil.StaticCallee(info, e)
		if fn != nil && fn.FullName() == "fmt.Sprintf" && len(e.Args) > 0 {
			if format, ok := d.text(e.Args[0], depth+1); ok {
				return verbs(format), true
			}
		}
		if i, ok := d.index[fn]; ok && fn != nil {
			return d.returned(d.decls[i], depth+1)
		}
	case *ast.Ident:
		if def := d.valueOf(e); def != nil {
			return d.text(def, depth+1)
		}
	}
	return "", false
}

// returned returns the text a function of the package returns as its first
// result, when it has one return statement (what its parameters are is not
// known).
func (d *funcDemand) returned(fd *ast.FuncDecl, depth int) (string, bool) {
	var ret *ast.ReturnStmt
	n := 0
	ast.Inspect(fd.Body, func(node ast.Node) bool {
		switch node := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			ret = node
			n++
		}
		return true
	})
	if n != 1 || len(ret.Results) == 0 {
		return "", false
	}
	return d.text(ret.Results[0], depth)
}

// verbs replaces a format's verbs by \x00.
func verbs(format string) string {
	return verb.ReplaceAllStringFunc(format, func(v string) string {
		if v == "%%" {
			return "%"
		}
		return "\x00"
	})
}

// verb is a verb of a format: its flags, width and precision end at a letter.
var verb = regexp.MustCompile(`%(%|[^a-zA-Z]*([a-zA-Z]|$))`)

// otherDomain reports whether a URL's text names a host of another domain
// than CBC's: it has a scheme, its host holds no CBC text, and the host ends
// in a known name with a dot (https://ecs.%s.aliyuncs.com; not https://%s).
func otherDomain(url string, texts []needle) bool {
	_, rest, ok := strings.Cut(url, "://")
	if !ok || strings.ContainsRune(url[:len(url)-len(rest)], 0) {
		return false
	}
	host := rest
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if mentions(host, texts...) {
		return false
	}
	if i := strings.LastIndexByte(host, 0); i >= 0 {
		host = host[i+1:]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	dot := strings.IndexByte(host, '.')
	return dot >= 0 && dot < len(host)-1 && strings.IndexByte(host[dot+1:], 0) < 0
}

// keep returns which declarations get a body: the seeds, the functions
// that call them, directly or not (they meet the replies they obtain), and
// the functions those call (they may be handed a reply or a URL).
func (d *funcDemand) keep() []bool {
	n := len(d.decls)
	callees := make([][]int, n)
	callers := make([][]int, n)
	for i, calls := range d.calls {
		for _, fn := range calls {
			if j, ok := d.index[fn]; ok {
				callees[i] = append(callees[i], j)
				callers[j] = append(callers[j], i)
			}
		}
	}
	keep := slices.Clone(d.seed)
	spread(keep, callers)
	spread(keep, callees)
	return keep
}

// spread keeps every function reachable from the kept ones along edges.
func spread(keep []bool, edges [][]int) {
	var work []int
	for i, k := range keep {
		if k {
			work = append(work, i)
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for _, j := range edges[i] {
			if !keep[j] {
				keep[j] = true
				work = append(work, j)
			}
		}
	}
}

// maxTextDepth bounds how deep otherHost and text descend: through local
// variables, concatenations and the package's functions (one may return a
// call of itself).
const maxTextDepth = 32
