package cbcstatus

import (
	"cmp"
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

// What a string can be, on the SSA form: the URL a request is sent to, the
// text of a host, the base URL of a resty client. One evaluator answers it
// for every value (a string, a url.URL, a request, a reply: the URL it went
// to), through the package's own functions with the arguments of each call
// and through other packages' summaries. An address (of a variable, a
// field, a package variable) is what the variable there holds.

// valKind is where a value stands in the lattice.
type valKind uint8

const (
	unknownVal valKind = iota // anything
	noVal                     // nothing: nil, a zero value, a cycle not yet closed
	textVal                   // text: known in full (whole) or a known prefix
	paramVal                  // a parameter of the function, maybe with text appended
	envVal                    // the value of an environment variable
	constVal                  // a number or a boolean known in full; of an error, whether it is nil
	replyVal                  // the reply whose status is set to probe param (see probeVal)
)

// val is what a value can be.
type val struct {
	kind  valKind
	text  string         // textVal: the leading text known
	whole bool           // textVal: text is the whole value
	host  string         // the CBC host of every value it can be, "" when one is not CBC's
	param int            // paramVal: the parameter (freeVarBase-i: free variable i)
	env   string         // envVal: the variable's name
	note  string         // when the host holds: "when BSS_ENDPOINT is unset"
	c     constant.Value // constVal
}

// A closure's URL may come from a variable it captures: its parameter
// number is then freeVarBase minus the free variable's index.
const freeVarBase = -2

func (h hosts) text(s string, whole bool) val {
	return val{kind: textVal, text: s, whole: whole, host: h.cbcHost(s)}
}

// isEmpty reports whether v is the empty string, which goes nowhere: `u :=
// ""` before a switch that sets u is no other host.
func (v val) isEmpty() bool { return v.kind == textVal && v.whole && v.text == "" }

func (v val) known() bool { return v.kind == textVal && v.whole }

func (v val) key() string {
	return fmt.Sprintf("%d%q%t%d%q%v", v.kind, v.text, v.whole, v.param, v.env, v.c)
}

func constOf(c constant.Value) val { return val{kind: constVal, c: c} }

// boolean returns the truth v holds, if it is known.
func (v val) boolean() (b, known bool) {
	if v.kind != constVal || v.c.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(v.c), true
}

// constant returns v as a constant when it is known in full: a number, a
// boolean, a text.
func (v val) constant() constant.Value {
	switch {
	case v.kind == constVal:
		return v.c
	case v.known():
		return constant.MakeString(v.text)
	}
	return nil
}

// join is what a value that is one of vs can be: the common prefix of
// texts, a host only if every value has one; an environment variable joined
// with the default the code falls back to is that default, with a note.
func (h hosts) join(vs []val) val {
	var live, envs []val
	empty := false
	for _, v := range vs {
		switch {
		case v.isEmpty():
			empty = true
		case v.kind == envVal:
			envs = append(envs, v)
		case v.kind != noVal:
			live = append(live, v)
		}
	}
	switch {
	case len(live) == 0 && len(envs) > 0 && !empty && !slices.ContainsFunc(envs, func(v val) bool { return v.env != envs[0].env }):
		return envs[0]
	case len(live) == 0 && (empty || len(envs) > 0):
		return h.text("", true)
	case len(live) == 0:
		return val{kind: noVal}
	}
	r := live[0]
	for _, v := range live[1:] {
		if v.kind != r.kind || r.kind != textVal && v.key() != r.key() {
			return val{}
		}
		r.whole = r.whole && v.whole && v.text == r.text
		n := 0
		for n < len(r.text) && n < len(v.text) && r.text[n] == v.text[n] {
			n++
		}
		r.text = r.text[:n]
		if v.host == "" {
			r.host = ""
		}
		r.note = cmp.Or(r.note, v.note)
	}
	switch {
	case r.kind != textVal && len(envs) > 0:
		return val{}
	case r.kind != textVal:
		return r
	case len(envs) > 0: // the default the code falls back to when the variable is empty
		r.whole = false
		if r.host != "" {
			r.note = cmp.Or(r.note, "when "+envs[0].env+" is unset")
		}
	}
	if r.text == "" && !r.whole && r.host == "" {
		return val{}
	}
	return r
}

// concat is x + y.
func (h hosts) concat(x, y val) val {
	switch {
	case x.kind == noVal || y.kind == noVal:
		return val{kind: noVal}
	case x.isEmpty():
		return y
	case x.kind == paramVal:
		return val{kind: paramVal, param: x.param}
	case x.kind != textVal:
		return val{}
	case !x.whole:
		return x
	case y.kind != textVal:
		return keep(x)
	}
	r := h.text(x.text+y.text, y.whole)
	r.host, r.note = cmp.Or(x.host, r.host), x.note+y.note
	return r
}

// keep is the value of a call that keeps the leading text of x (TrimSuffix,
// JoinPath, Parse): its host, not its whole text.
func keep(x val) val {
	if x.kind == textVal {
		x.whole = false
		if x.text == "" && x.host == "" {
			return val{kind: unknownVal}
		}
	}
	return x
}

// cbcHost returns the host of the URL that starts with p, when it is a CBC endpoint.
func (h hosts) cbcHost(p string) string {
	scheme, rest, ok := strings.Cut(strings.ToLower(p), "://")
	if !ok || scheme != "https" && scheme != "http" {
		return ""
	}
	// Where the text stops inside the host ("https://bss.myhuaweicloud.com" + path),
	// the rest is the path: hosts are not built piecemeal. The host ends at
	// the path, the query, the fragment or the port.
	host := rest[:strings.IndexAny(rest+"/", "/?#:")]
	if host != "" && matchHost(h.r, host) {
		return host
	}
	return ""
}

// hosts knows the CBC endpoints; its operations are the lattice's.
type hosts struct{ r *config.Resolved }

// evaluator evaluates values of the package's functions; it owns its memo.
type evaluator struct {
	pkg     *types.Package
	h       hosts
	own     func(*ssa.Function) bool
	summary func(*ssa.Function) (*summary, bool) // of another package's function
	frames  map[string]*frame
	stores  *storeIndex
	depth   int
}

func newEvaluator(pkg *types.Package, r *config.Resolved, funcs []*ssa.Function, own func(*ssa.Function) bool, sum func(*ssa.Function) (*summary, bool)) *evaluator {
	return &evaluator{pkg: pkg, h: hosts{r}, own: own, summary: sum, frames: map[string]*frame{}, stores: newStoreIndex(pkg, funcs)}
}

// memoKey names a value, or the field fld of what it points to.
type memoKey struct {
	v   ssa.Value
	fld *types.Var
}

// frame is a function evaluated with its parameters bound: to themselves
// (what the function does whatever its arguments), or to the values a call
// passes (what it does at that call), and maybe some of its values fixed (a
// reply's status set to a probe, an error taken to be nil). Conditions on
// constant values decide which edges can be taken. A frame owns the memo of
// what its values are.
type frame struct {
	fn        *ssa.Function
	args, env []val // the parameters', the free variables'
	fixed     map[ssa.Value]val
	edges     map[[2]*ssa.BasicBlock]bool // nil until computed
	memo      map[memoKey]val
}

// identity is the frame of fn with its parameters unbound.
func (e *evaluator) identity(fn *ssa.Function) *frame {
	var args, free []val
	if fn != nil { // constants and globals belong to no function
		for i := range fn.Params {
			args = append(args, val{kind: paramVal, param: i})
		}
		for i := range fn.FreeVars {
			free = append(free, val{kind: paramVal, param: freeVarBase - i})
		}
	}
	return e.frameOf(fn, args, free)
}

func (e *evaluator) frameOf(fn *ssa.Function, args, free []val) *frame {
	key := fmt.Sprintf("%p", fn)
	for _, a := range append(slices.Clip(args), free...) {
		key += "|" + a.key()
	}
	f, ok := e.frames[key]
	if !ok {
		f = newFrame(fn, args, free, nil)
		e.frames[key] = f
	}
	return f
}

func newFrame(fn *ssa.Function, args, free []val, fixed map[ssa.Value]val) *frame {
	return &frame{fn: fn, args: args, env: free, fixed: fixed, memo: map[memoKey]val{}}
}

// live reports whether the edge from p to b can be taken in f: an if whose
// condition the frame decides goes one way.
func (e *evaluator) live(f *frame, p, b *ssa.BasicBlock) bool {
	if f.edges == nil {
		f.edges = map[[2]*ssa.BasicBlock]bool{}
		blocksFrom(f.fn.Blocks[0], func(b *ssa.BasicBlock) []*ssa.BasicBlock {
			succs := b.Succs
			if iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && len(succs) == 2 {
				if v, known := e.eval(f, iff.Cond).boolean(); known && v {
					succs = succs[:1]
				} else if known {
					succs = succs[1:]
				}
			}
			for _, s := range succs {
				f.edges[[2]*ssa.BasicBlock{b, s}] = true
			}
			return succs
		})
	}
	return f.edges[[2]*ssa.BasicBlock{p, b}]
}

// reachable reports whether block b of f's function can run.
func (e *evaluator) reachable(f *frame, b *ssa.BasicBlock) bool {
	return b.Index == 0 || slices.ContainsFunc(b.Preds, func(p *ssa.BasicBlock) bool { return e.live(f, p, b) })
}

// value is what v, a value of fn, can be whatever fn's arguments; with a
// chain of calls, from fn down, v is a value of the function at its end,
// when those calls are made: a lead's URL at a call.
func (e *evaluator) value(fn *ssa.Function, v ssa.Value, chain ...ssa.CallInstruction) val {
	f := e.identity(fn)
	for _, call := range chain {
		if f = e.bind(f, call); f == nil {
			return val{}
		}
	}
	return e.eval(f, v)
}

// bind is the frame of the package's function call calls from frame f,
// with its arguments (and, for a closure, its captured variables); nil for
// another function.
func (e *evaluator) bind(f *frame, call ssa.CallInstruction) *frame {
	callee, args := calleeArgs(call)
	if callee == nil || !e.own(callee) {
		return nil
	}
	vals, free := make([]val, len(callee.Params)), make([]val, len(callee.FreeVars))
	for i := range min(len(vals), len(args)) {
		vals[i] = e.eval(f, args[i])
	}
	if mc, ok := call.Common().Value.(*ssa.MakeClosure); ok && len(mc.Bindings) == len(free) {
		for i, b := range mc.Bindings {
			free[i] = e.eval(f, b)
		}
	}
	if f.fixed != nil {
		return newFrame(callee, vals, free, nil) // not kept, as f
	}
	return e.frameOf(callee, vals, free)
}

// maxDepth bounds the nesting of values a URL is followed through; results
// are memoized, so this guards the stack only.
const maxDepth = 64

// memoized computes what key names in f once; a cycle resolves to nothing
// more than the values around it.
func (e *evaluator) memoized(f *frame, key memoKey, compute func() val) val {
	if r, ok := f.memo[key]; ok {
		return r
	}
	if e.depth > maxDepth {
		return val{}
	}
	f.memo[key] = val{kind: noVal}
	e.depth++
	r := compute()
	e.depth--
	f.memo[key] = r
	return r
}

func (e *evaluator) eval(f *frame, v ssa.Value) val {
	if v == nil || e.stores.redirected[v] {
		return val{}
	}
	if r, ok := f.fixed[v]; ok {
		return r
	}
	return e.memoized(f, memoKey{v: v}, func() val { return e.compute(f, v) })
}

func (e *evaluator) compute(f *frame, v ssa.Value) val {
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value == nil {
			return val{kind: noVal} // nil, a zero struct
		}
		if v.Value.Kind() == constant.String {
			return e.h.text(constant.StringVal(v.Value), true)
		}
		return constOf(v.Value)
	case *ssa.Parameter:
		if i := slices.Index(v.Parent().Params, v); i >= 0 && i < len(f.args) {
			return f.args[i]
		}
	case *ssa.FreeVar:
		if i := slices.Index(v.Parent().FreeVars, v); i >= 0 && i < len(f.env) {
			return f.env[i]
		}
	case *ssa.BinOp:
		return e.binOp(f, v)
	case *ssa.UnOp:
		switch v.Op {
		case token.MUL: // an address is what the variable there holds
			return e.eval(f, v.X)
		case token.NOT, token.SUB:
			if x := e.eval(f, v.X); x.kind == constVal {
				return constOf(constant.UnaryOp(v.Op, x.c, 0))
			}
		}
	case *ssa.Slice:
		return e.slice(f, v)
	case *ssa.Phi:
		var vs []val
		for i, edge := range v.Edges {
			if e.live(f, v.Block().Preds[i], v.Block()) {
				vs = append(vs, e.eval(f, edge))
			}
		}
		return e.h.join(vs)
	case *ssa.Call:
		return e.call(f, v, 0)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return e.call(f, call, v.Index)
		}
		if v.Index == 0 { // m[k] or x.(T) with comma-ok
			return e.eval(f, v.Tuple)
		}
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.TypeAssert, *ssa.Convert:
		return e.eval(f, *v.(ssa.Instruction).Operands(nil)[0])
	case *ssa.Lookup:
		return e.mapValue(v.X)
	case *ssa.Field:
		return e.structField(f, v.X, fieldOf(v))
	case *ssa.Alloc:
		return e.pointee(f, v)
	case *ssa.FieldAddr:
		return e.fieldAt(f, v.X, fieldOf(v))
	case *ssa.Global:
		place, _ := e.stores.placeOf(v)
		return e.stored(e.eval, place)
	}
	return val{}
}

// is reports whether v is a T.
func is[T ssa.Value](v ssa.Value) bool {
	_, ok := v.(T)
	return ok
}

// fieldOf returns the field v selects (a Field) or whose address it is (a
// FieldAddr), or nil.
func fieldOf(v ssa.Value) *types.Var {
	var st *types.Struct
	i := 0
	switch v := v.(type) {
	case *ssa.Field:
		st, i = structOf(v.X.Type()), v.Field
	case *ssa.FieldAddr:
		st, i = structOf(v.X.Type()), v.Field
	}
	if st == nil || i >= st.NumFields() {
		return nil
	}
	return st.Field(i)
}

// placeOf returns the place at the address v when the package sees every
// store to it, and whether it is a variable of v's function: a variable
// the function makes, an unexported package variable whose address goes
// nowhere else, an unexported field of the package; nil for any other.
func (x *storeIndex) placeOf(v ssa.Value) (place any, local bool) {
	switch a := v.(type) {
	case *ssa.Alloc:
		return a, true
	case *ssa.Global:
		if a.Pkg != nil && a.Pkg.Pkg == x.pkg && a.Object() != nil && !a.Object().Exported() && !x.escaped(a) {
			return a, false
		}
	case *ssa.FieldAddr:
		if fld := fieldOf(a); fld != nil && !fld.Exported() && fld.Pkg() == x.pkg {
			return fld, false
		}
	}
	return nil, false
}

// read reads with at each value the package stores at place: in f, at a
// place of f's function; with f nil, in the function that stores it, whose
// parameters may be anything.
func (e *evaluator) read(f *frame, place any, at func(*frame, ssa.Value) val) []val {
	var vs []val
	for _, s := range e.stores.at[place] {
		v := val{}
		if f != nil {
			v = at(f, s)
		} else if r := at(e.identity(s.Parent()), s); r.kind != paramVal {
			v = r
		}
		vs = append(vs, v)
	}
	return vs
}

// stored joins what the package stores at places of the package, each
// value read by at where it is stored. Nothing stored: set where the
// analysis does not see, or the zero value.
func (e *evaluator) stored(at func(*frame, ssa.Value) val, places ...any) val {
	var vs []val
	for _, p := range places {
		vs = append(vs, e.read(nil, p, at)...)
	}
	if len(vs) == 0 {
		return val{}
	}
	return e.h.join(vs)
}

// fieldAt is what the field fld of the struct base points to holds. A
// field of a struct the function builds, of whatever package, holds what is
// stored in it there (a url.URL's Host). Beyond that, only the package's
// fields are followed: an unexported field holds what the package stores in
// it; an exported one, which importers may set, is followed only through the
// struct values that hold it, when the package builds them (c.cfg.Endpoint,
// cfg unexported).
func (e *evaluator) fieldAt(f *frame, base ssa.Value, fld *types.Var) val {
	if fld == nil || fld.Pkg() != e.pkg && !is[*ssa.Alloc](base) {
		return val{}
	}
	if !fld.Exported() {
		return e.stored(e.eval, fld)
	}
	return e.memoized(f, memoKey{v: base, fld: fld}, func() val {
		switch b := base.(type) {
		case *ssa.FieldAddr, *ssa.Alloc: // a struct f builds, or one held in a field (c.cfg.Endpoint)
			place, local := e.stores.placeOf(b)
			if place == nil {
				return val{}
			}
			in := f // where the stores are read: in f at its own variable
			if !local {
				in = nil
			}
			return e.h.join(append(e.read(in, fieldIn{place, fld}, e.eval),
				e.read(in, place, func(g *frame, s ssa.Value) val { return e.structField(g, s, fld) })...))
		case *ssa.UnOp: // a pointer loaded from a package variable or field
			if place, local := e.stores.placeOf(b.X); b.Op == token.MUL && place != nil && !local {
				return e.stored(func(g *frame, p ssa.Value) val { return e.fieldAt(g, p, fld) }, place)
			}
		case *ssa.Call:
			return e.returned(f, b, 0, func(g *frame, r ssa.Value) val { return e.fieldAt(g, r, fld) })
		case *ssa.Phi:
			var vs []val
			for _, edge := range b.Edges {
				vs = append(vs, e.fieldAt(f, edge, fld))
			}
			return e.h.join(vs)
		case *ssa.Const: // nil: nothing
			return val{kind: noVal}
		}
		return val{}
	})
}

// structField is what the field fld of the struct value v holds.
func (e *evaluator) structField(f *frame, v ssa.Value, fld *types.Var) val {
	switch v := v.(type) {
	case *ssa.UnOp:
		if _, local := v.X.(*ssa.Alloc); v.Op == token.MUL && local {
			return e.fieldAt(f, v.X, fld)
		}
	case *ssa.Const:
		return val{kind: noVal} // the zero value
	}
	return e.fieldAt(f, nil, fld) // of an unexported field, what the package stores in it
}

// returned joins what the package's function called at call returns as
// result index, each return evaluated by at.
func (e *evaluator) returned(f *frame, call ssa.CallInstruction, index int, at func(*frame, ssa.Value) val) val {
	if g := e.bind(f, call); g != nil {
		if r := e.results(g, index, at); r.kind != noVal {
			return r
		}
	}
	return val{}
}

// results joins what the returns f can reach give as result index, each
// evaluated by at.
func (e *evaluator) results(f *frame, index int, at func(*frame, ssa.Value) val) val {
	var vs []val
	for _, ret := range returnsOf(f.fn) {
		if index < len(ret.Results) && e.reachable(f, ret.Block()) {
			vs = append(vs, at(f, ret.Results[index]))
		}
	}
	return e.h.join(vs)
}

// returnsOf returns the returns of fn.
func returnsOf(fn *ssa.Function) []*ssa.Return {
	var out []*ssa.Return
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			out = append(out, ret)
		}
	}
	return out
}

// mapValue is what a lookup in the map m can find: a map literal whose
// every value is a CBC host gives a CBC host.
func (e *evaluator) mapValue(m ssa.Value) val {
	var places []any
	switch m := m.(type) {
	case *ssa.MakeMap:
		places = []any{mapOf{m}}
	case *ssa.UnOp: // a map held in a package variable or field: the maps stored there, and what is set through it
		g, local := e.stores.placeOf(m.X)
		for _, mm := range e.stores.at[g] {
			if _, made := mm.(*ssa.MakeMap); !made {
				return val{}
			}
			places = append(places, mapOf{mm})
		}
		if g == nil || local || len(places) == 0 {
			return val{}
		}
		places = append(places, mapOf{g})
	}
	return e.stored(e.eval, places...)
}

// pointee is what the variable a points to holds; for a url.URL, its URL.
func (e *evaluator) pointee(f *frame, a *ssa.Alloc) val {
	if _, isStruct := a.Type().(*types.Pointer).Elem().Underlying().(*types.Struct); !isStruct {
		if e.stores.escaped(a) {
			return val{} // &v handed on: set where it is not seen
		}
		return e.h.join(e.read(f, a, e.eval))
	}
	if !check.IsPointerTo(a.Type(), "net/url", "URL") || e.stores.hostSet {
		return val{} // a URL's Host is set through a pointer: any may be
	}
	part := func(name string) val { // what the package stores in this field of the URL
		fld, _, _ := types.LookupFieldOrMethod(a.Type(), true, nil, name)
		return e.h.join([]val{e.h.text("", true), e.fieldAt(f, a, fld.(*types.Var))})
	}
	host, scheme := part("Host"), part("Scheme")
	if !host.known() || host.text == "" {
		return val{}
	}
	if !scheme.known() || scheme.text == "" {
		scheme = e.h.text("https", true)
	}
	r := e.h.text(scheme.text+"://"+host.text, true)
	r.host = e.h.cbcHost(r.text + "/")
	return e.h.concat(r, part("Path"))
}

// call is what result index of call can be.
func (e *evaluator) call(f *frame, call *ssa.Call, index int) val {
	common := call.Common()
	callee, args := calleeArgs(call)
	if common.IsInvoke() && index == 0 && len(common.Args) == 0 && isString(call.Type()) && strings.Contains(strings.ToLower(common.Method.Name()), "url") {
		return keep(e.eval(f, common.Value)) // req.GetUrl(): a request that carries its URL
	}
	if callee == nil {
		return e.eval(f, sentRequest(call.Common()))
	}
	if r, ok := e.predicate(f, callee, args); ok {
		return r
	}
	arg := func(i int) val {
		if i < len(args) {
			return e.eval(f, args[i])
		}
		return val{}
	}
	switch name := callName(callee); name {
	case "fmt.Sprintf":
		return e.sprintf(f, arg(0), variadic(args[1]))
	case "fmt.Sprint":
		return e.joinText(f, variadic(args[0]), e.h.text("", true), false)
	case "strings.Join":
		return e.joinText(f, variadic(args[0]), arg(1), false)
	case "path.Join":
		return e.joinText(f, variadic(args[0]), e.h.text("/", true), true)
	case "strings.TrimSuffix", "strings.TrimRight", "strings.TrimPrefix":
		s, cut := arg(0), arg(1)
		switch {
		case s.known() && cut.known():
			trim := map[string]func(string, string) string{"strings.TrimSuffix": strings.TrimSuffix, "strings.TrimRight": strings.TrimRight, "strings.TrimPrefix": strings.TrimPrefix}[name]
			return e.h.text(trim(s.text, cut.text), true)
		case name == "strings.TrimPrefix":
			return val{}
		}
		return keep(s)
	case "strings.TrimSpace", "net/url.JoinPath", "(*net/url.URL).JoinPath", "(*net/url.URL).Parse", "(*net/url.URL).ResolveReference":
		return keep(arg(0))
	case "(*net/url.URL).String", "net/url.Parse":
		return arg(0)
	case "(*strings.Builder).String":
		return e.builder(f, args[0], call)
	case "strings.HasPrefix":
		if s, p := arg(0), arg(1); s.known() && p.known() {
			return constOf(constant.MakeBool(strings.HasPrefix(s.text, p.text)))
		}
		return val{}
	case "os.Getenv", "os.LookupEnv":
		if n := arg(0); n.known() && index == 0 {
			return val{kind: envVal, env: n.text}
		}
		return val{}
	}
	obj, _ := callee.Object().(*types.Func)
	switch {
	case obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == restyPath && obj.Signature().Recv() != nil:
		return e.resty(f, obj, args)
	case obj != nil && libArg(obj, args) != nil:
		return keep(e.eval(f, libArg(obj, args)))
	case e.own(callee):
		return e.returned(f, call, index, e.eval)
	case obj != nil && obj.Signature().Recv() != nil && index == 0 && len(args) == 1 && isString(call.Type()) && strings.Contains(strings.ToLower(obj.Name()), "url"):
		return keep(arg(0)) // a method of the request that returns its URL
	}
	if s, ok := e.summary(callee); ok {
		for _, l := range s.Leads {
			switch {
			case l.Result == index && l.Host != "":
				return e.h.text("https://"+l.Host+"/", false)
			case l.Result == index && l.Param >= 0:
				return keep(arg(l.Param))
			}
		}
		if js := pairs(s.URLOf, index); len(js) > 0 {
			return keep(arg(js[0]))
		}
	}
	return e.eval(f, sentRequest(call.Common()))
}

// predicate is what a call of a status predicate (see pred) gives when it
// is handed a status or a reply set to a probe: its result for that probe
// (of an error, whether it is nil).
func (e *evaluator) predicate(f *frame, callee *ssa.Function, args []ssa.Value) (val, bool) {
	s, ok := e.summary(callee)
	if !ok {
		return val{}, false
	}
	for _, p := range s.Preds {
		if p.Param >= len(args) {
			continue
		}
		x := e.eval(f, args[p.Param])
		for k := range probes {
			if x.key() == e.h.probeVal(p.Form, k).key() {
				return constOf(constant.MakeBool(p.True&(1<<k) != 0)), true
			}
		}
	}
	return val{}, false
}

// binOp is x op y: text appended; constants combined or compared; an error
// (whether it is nil) compared with nil.
func (e *evaluator) binOp(f *frame, v *ssa.BinOp) val {
	x, y := e.eval(f, v.X), e.eval(f, v.Y)
	if v.Op == token.ADD && isString(v.X.Type()) {
		return e.h.concat(x, y)
	}
	if isNilConst(v.Y) && (v.Op == token.EQL || v.Op == token.NEQ) {
		if isNil, ok := x.boolean(); ok {
			return constOf(constant.MakeBool(isNil == (v.Op == token.EQL)))
		}
		return val{}
	}
	a, b := x.constant(), y.constant()
	if a == nil || b == nil || a.Kind() != b.Kind() && !(isNumeric(a) && isNumeric(b)) {
		return val{}
	}
	switch v.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
		return constOf(constant.MakeBool(constant.Compare(a, v.Op, b)))
	case token.QUO:
		if a.Kind() == constant.Int && b.Kind() == constant.Int && constant.Sign(b) != 0 {
			return constOf(constant.BinaryOp(a, token.QUO_ASSIGN, b))
		}
	case token.SUB, token.MUL, token.REM, token.AND, token.OR, token.XOR:
		if isNumeric(a) && (v.Op != token.REM || constant.Sign(b) != 0) {
			return constOf(constant.BinaryOp(a, v.Op, b))
		}
	case token.ADD:
		return constOf(constant.BinaryOp(a, v.Op, b))
	}
	return val{}
}

func isNilConst(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	return ok && k.IsNil()
}

func isNumeric(x constant.Value) bool { return x.Kind() == constant.Int || x.Kind() == constant.Float }

// slice is s[lo:hi] of a known text.
func (e *evaluator) slice(f *frame, v *ssa.Slice) val {
	x := e.eval(f, v.X)
	// index is the constant integer i, def when i is nil, -1 when not known.
	index := func(i ssa.Value, def int) int {
		if i == nil {
			return def
		}
		n, ok := constant.Int64Val(constant.ToInt(e.eval(f, i).constant()))
		if !ok {
			return -1
		}
		return int(n)
	}
	lo, hi := index(v.Low, 0), index(v.High, len(x.text))
	if !x.known() || v.Max != nil || lo < 0 || hi < lo || hi > len(x.text) {
		return val{}
	}
	return e.h.text(x.text[lo:hi], true)
}

// libArg returns the argument of a call of an HTTP library's function that
// holds the URL, the request or the base URL, or nil.
func libArg(fn *types.Func, args []ssa.Value) ssa.Value {
	lib, ok := libraryCall(fn)
	i := lib.url
	if fn.Signature().Recv() != nil {
		i++
	}
	if !ok || i < 0 || i >= len(args) {
		return nil
	}
	return args[i]
}

// resty is what a method of resty's Client or Request gives: the URL a
// request is sent to, or, for a path, the base URL of its client
// (resty.New().SetBaseURL(bssBase)), followed through the methods that
// return the client or the request.
func (e *evaluator) resty(f *frame, fn *types.Func, args []ssa.Value) val {
	if lib, ok := libraryCall(fn); ok && lib.send {
		u := e.eval(f, libArg(fn, args))
		if u.kind != textVal || strings.HasPrefix(u.text, "http://") || strings.HasPrefix(u.text, "https://") || strings.HasPrefix("https://", u.text) {
			return u // unknown, a parameter, a URL, or too little known to tell
		}
		return keep(e.eval(f, args[0])) // a path on the client's base URL
	}
	res := fn.Signature().Results()
	switch {
	case check.IsPointerTo(fn.Signature().Recv().Type(), restyPath, "Client") && (fn.Name() == "SetBaseURL" || fn.Name() == "SetHostURL") && len(args) == 2:
		return e.eval(f, args[1])
	case res.Len() == 1 && (check.IsPointerTo(res.At(0).Type(), restyPath, "Client") || check.IsPointerTo(res.At(0).Type(), restyPath, "Request")):
		return e.eval(f, args[0]) // R(), SetHeader(…), SetBody(…), …
	}
	return val{}
}

// sprintf formats with %s and %v as far as the text is known.
func (e *evaluator) sprintf(f *frame, format val, args []ssa.Value) val {
	if !format.known() {
		return val{}
	}
	r, fs := e.h.text("", true), format.text
	for i := 0; i < len(fs); i++ {
		switch {
		case fs[i] != '%':
			r = e.h.concat(r, e.h.text(fs[i:i+1], true))
		case strings.HasPrefix(fs[i:], "%%"):
			r = e.h.concat(r, e.h.text("%", true))
			i++
		case (strings.HasPrefix(fs[i:], "%s") || strings.HasPrefix(fs[i:], "%v")) && len(args) > 0:
			r = e.h.concat(r, e.eval(f, args[0]))
			args = args[1:]
			i++
		default:
			return e.h.concat(r, val{})
		}
	}
	return r
}

// joinText is strings.Join(elems, sep), or with clean path.Join(elems...),
// as far as known.
func (e *evaluator) joinText(f *frame, elems []ssa.Value, sep val, clean bool) val {
	if len(elems) == 0 || !sep.known() {
		return val{}
	}
	r := e.eval(f, elems[0])
	texts := []string{r.text}
	for _, el := range elems[1:] {
		v := e.eval(f, el)
		r = e.h.concat(e.h.concat(r, sep), v)
		texts = append(texts, v.text)
	}
	if clean && r.known() {
		return e.h.text(path.Join(texts...), true)
	}
	return r
}

// builder is the text a strings.Builder holds at call of its String method:
// what was written to it before, in order.
func (e *evaluator) builder(f *frame, b ssa.Value, at *ssa.Call) val {
	a, ok := b.(*ssa.Alloc)
	if !ok {
		return val{}
	}
	order := func(in ssa.Instruction) []int { return []int{in.Block().Index, slices.Index(in.Block().Instrs, in)} }
	var writes []ssa.Instruction // before at: WriteString, WriteByte; anything else writes what is not known
	for _, ref := range usefulRefs(a) {
		if call, ok := ref.(*ssa.Call); slices.Compare(order(ref), order(at)) < 0 && (!ok || callName(callee(call)) != "(*strings.Builder).Grow") {
			writes = append(writes, ref)
		}
	}
	slices.SortFunc(writes, func(x, y ssa.Instruction) int { return slices.Compare(order(x), order(y)) })
	r := e.h.text("", true)
	for _, w := range writes {
		call, _ := w.(*ssa.Call)
		var v val
		if call != nil && len(call.Call.Args) == 2 {
			switch arg := e.eval(f, call.Call.Args[1]); callName(callee(call)) {
			case "(*strings.Builder).WriteString":
				v = arg
			case "(*strings.Builder).WriteByte", "(*strings.Builder).WriteRune":
				if c, ok := constant.Int64Val(constant.ToInt(arg.constant())); ok {
					v = e.h.text(string(rune(c)), true)
				}
			}
		}
		r = e.h.concat(r, v)
	}
	return r
}

// variadic returns the values packed into the slice of a variadic call, by index.
func variadic(v ssa.Value) []ssa.Value {
	s, _ := v.(*ssa.Slice)
	if s == nil {
		return nil
	}
	var out []ssa.Value
	for _, r := range usefulRefs(s.X) {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		k, _ := ia.Index.(*ssa.Const)
		for _, r := range usefulRefs(ia) {
			if st, ok := r.(*ssa.Store); ok && k != nil && st.Addr == ia {
				i := int(k.Int64())
				out = append(out, make([]ssa.Value, max(0, i+1-len(out)))...)
				out[i] = st.Val
			}
		}
	}
	return out
}

// storeIndex records the stores the package's functions make to each
// place, so that a value is followed to what is stored where it is read. A
// place is a variable (an Alloc or a package variable, by its address), a
// field (its *types.Var: on whatever struct, or on the structs at one place,
// fieldIn) or the entries of a map (mapOf). A variable whose address
// leaves where the package sees it (handed on, stored, or stored through by
// a closure that captures it) escapes: what it holds is not known.
type storeIndex struct {
	pkg        *types.Package
	at         map[any][]ssa.Value
	escapes    map[ssa.Value]bool        // a variable whose address is handed on
	captured   map[ssa.Value][]ssa.Value // a variable closures capture: their free variables
	redirected map[ssa.Value]bool        // requests and URLs whose target is set after they are built
	hostSet    bool                      // a URL's Host is set through a pointer: any URL may change
}

// fieldIn is the place of a field of the structs at one place: c.cfg.Endpoint
// is fieldIn{cfg, Endpoint}.
type fieldIn struct {
	at  any
	fld *types.Var
}

// mapOf is the place of the entries of a map: a MakeMap, or the package
// variable or the field holding it.
type mapOf struct{ m any }

func newStoreIndex(pkg *types.Package, funcs []*ssa.Function) *storeIndex {
	x := &storeIndex{pkg: pkg, at: map[any][]ssa.Value{}, escapes: map[ssa.Value]bool{}, captured: map[ssa.Value][]ssa.Value{}, redirected: map[ssa.Value]bool{}}
	for _, fn := range funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				x.record(instr)
			}
		}
	}
	return x
}

func (x *storeIndex) record(instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		a, isField := in.Addr.(*ssa.FieldAddr)
		fld := fieldOf(in.Addr)
		switch {
		case !isField:
			x.add(in.Addr, in.Val)
		case fld == nil:
			return
		default:
			x.add(fld, in.Val)
			x.add(fieldIn{placeKey(a.X), fld}, in.Val)
			lit, local := a.X.(*ssa.Alloc)
			if redirects(fld) && !(local && lit.Comment == "complit") {
				// u.Host = host, req.URL = u, req.URL.Host = host change where
				// the URL or request points.
				x.redirected[rootThrough(a.X)] = true
				x.hostSet = x.hostSet || !local && fld.Pkg().Path() == "net/url"
			}
		}
	case *ssa.MapUpdate:
		var m any = in.Map
		if ld, ok := in.Map.(*ssa.UnOp); ok {
			m = placeKey(ld.X) // a map held in a variable or a field
		}
		x.add(mapOf{m}, in.Value)
	}
	for i, op := range instr.Operands(nil) {
		switch v := (*op).(type) {
		case *ssa.Alloc, *ssa.Global, *ssa.FreeVar:
			st, isStore := instr.(*ssa.Store)
			ld, isLoad := instr.(*ssa.UnOp)
			_, isFree := v.(*ssa.FreeVar)
			switch mc, isClosure := instr.(*ssa.MakeClosure); {
			case isLoad && ld.Op == token.MUL || isStore && st.Addr == v && !isFree:
			case isClosure && i > 0:
				x.captured[v] = append(x.captured[v], mc.Fn.(*ssa.Function).FreeVars[i-1])
			default:
				x.escapes[v] = true
			}
		}
	}
}

// placeKey is the place the address v is indexed at: a field, for the
// address of a field (of whatever struct); v itself for any other.
func placeKey(v ssa.Value) any {
	if fld := fieldOf(v); fld != nil {
		return fld
	}
	return v
}

func (x *storeIndex) add(place any, v ssa.Value) { x.at[place] = append(x.at[place], v) }

// escaped reports whether the variable at v escapes, here or in a closure.
func (x *storeIndex) escaped(v ssa.Value) bool {
	return x.escapes[v] || slices.ContainsFunc(x.captured[v], x.escaped)
}

// redirects reports whether setting the field f changes where a URL or a
// request points: url.URL's Host, http.Request's URL and Host.
func redirects(f types.Object) bool {
	return f.Pkg() != nil && slices.Contains([]string{"net/url.Host", netHTTP + ".URL", netHTTP + ".Host"}, f.Pkg().Path()+"."+f.Name())
}

// rootThrough returns the value a chain of field addresses and loads starts
// from: req for req.URL.Host.
func rootThrough(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return v
			}
			v = x.X
		default:
			return v
		}
	}
}

// isBasic reports whether t is a basic type of one of the kinds info holds.
func isBasic(t types.Type, info types.BasicInfo) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&info != 0
}

func isString(t types.Type) bool { return isBasic(t, types.IsString) }

// urlResults records in s the results of fn that carry the URL of a
// parameter: a URL built from it, or a request (a struct whose URL field
// holds it) returned.
func urlResults(e *evaluator, fn *ssa.Function, s *summary) {
	for k := range fn.Signature.Results().Len() {
		u := e.results(e.identity(fn), k, func(f *frame, r ssa.Value) val {
			v := unwrap(r)
			if a, ok := v.(*ssa.Alloc); ok && e.eval(f, v).kind != paramVal {
				return urlField(e, fn, a)
			}
			return e.eval(f, v)
		})
		if u.kind == paramVal && u.param >= 0 {
			s.URLOf = append(s.URLOf, [2]int{k, u.param})
		}
	}
}

// urlField is the URL field of a struct built in fn (&JsonBaseRequest{url: url}).
func urlField(e *evaluator, fn *ssa.Function, a *ssa.Alloc) val {
	st := structOf(a.Type())
	for i := 0; st != nil && i < st.NumFields(); i++ {
		name := strings.ToLower(st.Field(i).Name())
		if !isString(st.Field(i).Type()) || !strings.Contains(name, "url") && !strings.Contains(name, "endpoint") {
			continue
		}
		for _, s := range e.stores.at[fieldIn{a, st.Field(i)}] {
			if u := e.value(fn, s); u.kind == paramVal {
				return u
			}
		}
	}
	return val{}
}

// requestLine returns the method and the URL (or path, for resty's base URL)
// of the request a library call sends, when the text of both is known: for
// Do and RoundTrip, of the request http.NewRequest[WithContext] built.
func requestLine(e *evaluator, call ssa.CallInstruction) (method, url string, ok bool) {
	fn, args := calleeArgs(call)
	obj := funcObj(fn)
	if obj == nil {
		return "", "", false
	}
	lib, _ := libraryCall(obj)
	arg := libArg(obj, args)
	switch name := obj.Name(); {
	case arg == nil || !lib.send && lib.url < 1:
		return "", "", false
	case !lib.send: // NewRequest(method, url, body)
		method, ok = constText(args[lib.url-1])
	case name == "Do" || name == "RoundTrip":
		if x, isX := unwrap(arg).(*ssa.Extract); isX {
			if built, isCall := x.Tuple.(*ssa.Call); isCall {
				return requestLine(e, built)
			}
		}
		return "", "", false
	case name == "Execute":
		method, ok = constText(args[min(1, len(args)-1)])
	case name == "PostForm":
		method, ok = "POST", true
	default:
		method, ok = strings.ToUpper(name), true
	}
	u := e.value(call.Parent(), arg)
	return method, u.text, ok && u.known()
}

func constText(v ssa.Value) (string, bool) {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(k.Value), true
}
