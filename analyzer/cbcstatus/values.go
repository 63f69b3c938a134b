package cbcstatus

import (
	"fmt"
	"go/constant"
	"go/token"
	"go/types"
	"path"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

// What a string can be, on the SSA form: the URL a request is sent to, the
// text of a host, the base URL of a resty client. One evaluator answers it
// for every value (a string, a url.URL, a request, a reply: the URL it went
// to), through the package's own functions with the arguments of each call
// and through other packages' summaries.

// valKind is where a value stands in the lattice.
type valKind uint8

const (
	unknownVal valKind = iota // anything
	noVal                     // nothing: nil, a zero value, a cycle not yet closed
	textVal                   // text: known in full (whole) or a known prefix
	paramVal                  // a parameter of the function, maybe with text appended
	envVal                    // the value of an environment variable
)

// val is what a value can be.
type val struct {
	kind  valKind
	text  string // textVal: the leading text known
	whole bool   // textVal: text is the whole value
	host  string // the CBC host of every value it can be, "" when one is not CBC's
	param int    // paramVal: the parameter (freeVarBase-i: free variable i)
	env   string // envVal: the variable's name
	note  string // when the host holds: "when BSS_ENDPOINT is unset"
}

// A closure's URL may come from a variable it captures: its parameter
// number is then freeVarBase minus the free variable's index.
const freeVarBase = -2

func (e *evaluator) text(s string, whole bool) val {
	return val{kind: textVal, text: s, whole: whole, host: e.cbcHost(s)}
}

// isEmpty reports whether v is the empty string, which goes nowhere: `u :=
// ""` before a switch that sets u is no other host.
func (v val) isEmpty() bool { return v.kind == textVal && v.whole && v.text == "" }

func (v val) key() string {
	return fmt.Sprintf("%d%q%t%d%q", v.kind, v.text, v.whole, v.param, v.env)
}

// join is what a value that is one of vs can be.
func (e *evaluator) join(vs []val) val {
	var live, envs []val
	empty := false
	for _, v := range vs {
		switch {
		case v.kind == noVal:
		case v.isEmpty():
			empty = true
		case v.kind == envVal:
			envs = append(envs, v)
		default:
			live = append(live, v)
		}
	}
	if len(live) == 0 {
		switch {
		case len(envs) > 0 && !empty:
			for _, v := range envs[1:] {
				if v.env != envs[0].env {
					return val{}
				}
			}
			return envs[0]
		case empty || len(envs) > 0:
			return e.text("", true)
		}
		return val{kind: noVal}
	}
	r := live[0]
	for _, v := range live[1:] {
		if v.kind != r.kind || r.kind != textVal && v.key() != r.key() {
			return val{}
		}
		if r.kind != textVal {
			continue
		}
		if v.text != r.text || !v.whole {
			r.whole = false
		}
		n := 0
		for n < len(r.text) && n < len(v.text) && r.text[n] == v.text[n] {
			n++
		}
		r.text = r.text[:n]
		if v.host == "" {
			r.host = ""
		}
		if r.note == "" {
			r.note = v.note
		}
	}
	if r.kind != textVal {
		if len(envs) > 0 {
			return val{}
		}
		return r
	}
	if len(envs) > 0 {
		// The default the code falls back to when the variable is empty.
		r.whole = false
		if r.host != "" && r.note == "" {
			r.note = "when " + envs[0].env + " is unset"
		}
	}
	if r.text == "" && !r.whole && r.host == "" {
		return val{}
	}
	return r
}

// concat is x + y.
func (e *evaluator) concat(x, y val) val {
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
	}
	if y.kind != textVal {
		if x.host == "" {
			return val{}
		}
		return val{kind: textVal, text: x.text, host: x.host, note: x.note}
	}
	r := e.text(x.text+y.text, y.whole)
	if x.host != "" {
		r.host = x.host
	}
	r.note = x.note + y.note
	return r
}

// keep is the value of a call that keeps the leading text of x (TrimSuffix,
// JoinPath, Parse): its host, not its whole text.
func keep(x val) val {
	if x.kind == textVal {
		x.whole = false
		if x.text == "" && x.host == "" {
			return val{}
		}
	}
	return x
}

// cbcHost returns the host of the URL that starts with p, when it is a CBC endpoint.
func (e *evaluator) cbcHost(p string) string {
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
	if host != "" && matchHost(e.r, host) {
		return host
	}
	return ""
}

// evaluator evaluates values of the package's functions.
type evaluator struct {
	pkg     *types.Package
	r       *config.Resolved
	funcs   []*ssa.Function
	own     func(*ssa.Function) bool
	summary func(*ssa.Function) (*summary, bool) // of another package's function
	memo    map[memoKey]val
	frames  map[string]*frame
	stores  *storeIndex
	depth   int
}

func newEvaluator(pkg *types.Package, r *config.Resolved, funcs []*ssa.Function, own func(*ssa.Function) bool, sum func(*ssa.Function) (*summary, bool)) *evaluator {
	return &evaluator{pkg: pkg, r: r, funcs: funcs, own: own, summary: sum, memo: map[memoKey]val{}, frames: map[string]*frame{}}
}

type memoKey struct {
	v     ssa.Value
	frame *frame
	what  string // "" the value; a field's or map's reading
}

// frame is a function evaluated with its parameters bound: to themselves
// (what the function does whatever its arguments), or to the values a call
// passes (what it does at that call). Conditions on constant arguments decide
// which blocks run.
type frame struct {
	fn    *ssa.Function
	args  []val
	free  []val
	edges map[[2]*ssa.BasicBlock]bool // nil: every edge
}

// identity is the frame of fn with its parameters unbound.
func (e *evaluator) identity(fn *ssa.Function) *frame {
	if fn == nil {
		return &frame{} // constants and globals belong to no function
	}
	args := make([]val, len(fn.Params))
	for i := range args {
		args[i] = val{kind: paramVal, param: i}
	}
	free := make([]val, len(fn.FreeVars))
	for i := range free {
		free[i] = val{kind: paramVal, param: freeVarBase - i}
	}
	return e.frameOf(fn, args, free)
}

func (e *evaluator) frameOf(fn *ssa.Function, args, free []val) *frame {
	var b strings.Builder
	fmt.Fprintf(&b, "%p|", fn)
	for _, a := range append(append([]val(nil), args...), free...) {
		b.WriteString(a.key())
		b.WriteByte('|')
	}
	if f, ok := e.frames[b.String()]; ok {
		return f
	}
	f := &frame{fn: fn, args: args, free: free}
	e.frames[b.String()] = f
	f.edges = e.reach(f)
	return f
}

// reach returns the edges of f that can be taken: an if whose condition
// the arguments decide goes one way.
func (e *evaluator) reach(f *frame) map[[2]*ssa.BasicBlock]bool {
	if len(f.fn.Blocks) == 0 {
		return nil
	}
	edges := map[[2]*ssa.BasicBlock]bool{}
	live := map[*ssa.BasicBlock]bool{f.fn.Blocks[0]: true}
	work := []*ssa.BasicBlock{f.fn.Blocks[0]}
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		succs := b.Succs
		if iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && len(succs) == 2 {
			if v, known := e.truth(f, iff.Cond); known {
				if v {
					succs = succs[:1]
				} else {
					succs = succs[1:]
				}
			}
		}
		for _, s := range succs {
			edges[[2]*ssa.BasicBlock{b, s}] = true
			if !live[s] {
				live[s] = true
				work = append(work, s)
			}
		}
	}
	return edges
}

// truth evaluates a condition that compares known text.
func (e *evaluator) truth(f *frame, v ssa.Value) (bool, bool) {
	switch v := v.(type) {
	case *ssa.BinOp:
		if v.Op != token.EQL && v.Op != token.NEQ || !isString(v.X.Type()) {
			return false, false
		}
		x, y := e.eval(f, v.X), e.eval(f, v.Y)
		if x.kind != textVal || y.kind != textVal || !x.whole || !y.whole {
			return false, false
		}
		return (x.text == y.text) == (v.Op == token.EQL), true
	case *ssa.UnOp:
		if v.Op == token.NOT {
			b, known := e.truth(f, v.X)
			return !b, known
		}
	}
	return false, false
}

func (f *frame) live(from, to *ssa.BasicBlock) bool {
	return f.edges == nil || f.edges[[2]*ssa.BasicBlock{from, to}]
}

// maxDepth bounds the nesting of values a URL is followed through; results
// are memoized, so this guards the stack only.
const maxDepth = 64

// value is what v, a value of fn, can be whatever fn's arguments.
func (e *evaluator) value(fn *ssa.Function, v ssa.Value) val {
	return e.eval(e.identity(fn), v)
}

// at is what v, a value of the function at the end of chain, can be when
// the calls of chain, from fn down, are made: a lead's URL at a call.
func (e *evaluator) at(fn *ssa.Function, chain []ssa.CallInstruction, v ssa.Value) val {
	f := e.identity(fn)
	for _, call := range chain {
		callee, args := calleeArgs(call)
		if callee == nil || !e.own(callee) {
			return val{}
		}
		f = e.bind(f, callee, args, call)
	}
	return e.eval(f, v)
}

// bind is the frame of callee called with args (and, for a closure, the
// bindings of its free variables) from frame f.
func (e *evaluator) bind(f *frame, callee *ssa.Function, args []ssa.Value, call ssa.CallInstruction) *frame {
	vals := make([]val, len(callee.Params))
	for i := range vals {
		if i < len(args) {
			vals[i] = e.eval(f, args[i])
		}
	}
	free := make([]val, len(callee.FreeVars))
	if mc, ok := call.Common().Value.(*ssa.MakeClosure); ok && len(mc.Bindings) == len(free) {
		for i, b := range mc.Bindings {
			free[i] = e.eval(f, b)
		}
	}
	return e.frameOf(callee, vals, free)
}

func (e *evaluator) eval(f *frame, v ssa.Value) val {
	if v == nil {
		return val{}
	}
	key := memoKey{v: v, frame: f}
	if r, ok := e.memo[key]; ok {
		return r
	}
	if e.depth > maxDepth {
		return val{}
	}
	e.memo[key] = val{kind: noVal} // a cycle: nothing more than the other edges
	e.depth++
	r := e.compute(f, v)
	e.depth--
	e.memo[key] = r
	return r
}

func (e *evaluator) compute(f *frame, v ssa.Value) val {
	if e.index().redirected[v] {
		return val{}
	}
	switch v := v.(type) {
	case *ssa.Const:
		switch {
		case v.Value != nil && v.Value.Kind() == constant.String:
			return e.text(constant.StringVal(v.Value), true)
		case v.Value == nil:
			return val{kind: noVal} // nil, a zero struct
		}
	case *ssa.Parameter:
		if f.fn == nil {
			return val{}
		}
		if i := paramIndex(f.fn, v); i >= 0 && i < len(f.args) {
			return f.args[i]
		}
	case *ssa.FreeVar:
		if f.fn == nil {
			return val{}
		}
		for i, fv := range f.fn.FreeVars {
			if fv == v && i < len(f.free) {
				return f.free[i]
			}
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return e.concat(e.eval(f, v.X), e.eval(f, v.Y))
		}
	case *ssa.Phi:
		var vs []val
		for i, edge := range v.Edges {
			if i < len(v.Block().Preds) && f.live(v.Block().Preds[i], v.Block()) {
				vs = append(vs, e.eval(f, edge))
			}
		}
		return e.join(vs)
	case *ssa.Call:
		return e.call(f, v, 0)
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Call:
			return e.call(f, t, v.Index)
		case *ssa.Lookup:
			if v.Index == 0 {
				return e.mapValue(f, t.X)
			}
		case *ssa.TypeAssert:
			return e.eval(f, t.X)
		}
	case *ssa.ChangeType:
		return e.eval(f, v.X)
	case *ssa.MakeInterface:
		return e.eval(f, v.X)
	case *ssa.ChangeInterface:
		return e.eval(f, v.X)
	case *ssa.TypeAssert:
		return e.eval(f, v.X)
	case *ssa.Convert:
		return e.eval(f, v.X)
	case *ssa.Lookup:
		return e.mapValue(f, v.X)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			return e.load(f, v.X)
		}
	case *ssa.Field:
		return e.structField(f, v.X, fieldOf(v.X.Type(), v.Field))
	case *ssa.Alloc:
		return e.pointee(f, v)
	}
	return val{}
}

func fieldOf(t types.Type, i int) *types.Var {
	st := structOf(t)
	if st == nil || i >= st.NumFields() {
		return nil
	}
	return st.Field(i)
}

// load is what the variable at addr holds.
func (e *evaluator) load(f *frame, addr ssa.Value) val {
	switch a := addr.(type) {
	case *ssa.Alloc:
		if structOf(a.Type()) != nil {
			return e.pointee(f, a)
		}
		return e.stored(f, e.index().stores[a])
	case *ssa.Global:
		if a.Pkg == nil || a.Pkg.Pkg != e.pkg || a.Object() == nil || a.Object().Exported() || e.index().escapes[a] {
			return val{}
		}
		return e.storedAnywhere(e.index().stores[a])
	case *ssa.FieldAddr:
		return e.fieldAt(f, a.X, fieldOf(a.X.Type(), a.Field))
	}
	return val{}
}

// stored joins the values stored by the instructions of one function.
func (e *evaluator) stored(f *frame, vals []ssa.Value) val {
	var vs []val
	for _, s := range vals {
		vs = append(vs, e.eval(f, s))
	}
	return e.join(vs)
}

// storedAnywhere joins values stored by any function of the package: a
// parameter of that function may be anything.
func (e *evaluator) storedAnywhere(vals []ssa.Value) val {
	if len(vals) == 0 {
		return val{} // never set here: set where the analysis does not see, or the zero value
	}
	var vs []val
	for _, s := range vals {
		v := e.value(s.Parent(), s)
		if v.kind == paramVal {
			v = val{}
		}
		vs = append(vs, v)
	}
	return e.join(vs)
}

// fieldAt is what the field fld of the struct base points to holds. An
// unexported field holds what the package stores in it; an exported one,
// which importers may set, is followed only through the struct values that
// hold it, when the package builds them.
func (e *evaluator) fieldAt(f *frame, base ssa.Value, fld *types.Var) val {
	if fld == nil || fld.Pkg() != e.pkg {
		return val{}
	}
	x := e.index()
	if !fld.Exported() {
		return e.storedAnywhere(x.fieldStores[fld])
	}
	switch b := base.(type) {
	case *ssa.FieldAddr: // a struct held in a field: c.cfg.Endpoint
		holder := fieldOf(b.X.Type(), b.Field)
		if holder == nil || holder.Exported() || holder.Pkg() != e.pkg {
			return val{}
		}
		var vs []val
		for i, s := range x.fieldStores[fld] {
			if in, ok := x.fieldAddrs[fld][i].X.(*ssa.FieldAddr); ok && fieldOf(in.X.Type(), in.Field) == holder {
				vs = append(vs, e.storedAnywhere([]ssa.Value{s}))
			}
		}
		for _, s := range x.fieldStores[holder] {
			vs = append(vs, e.structField(e.identity(s.Parent()), s, fld))
		}
		return e.join(vs)
	case *ssa.Alloc:
		var vs []val
		for i, s := range x.fieldStores[fld] {
			if x.fieldAddrs[fld][i].X == b {
				vs = append(vs, e.eval(f, s))
			}
		}
		for _, s := range x.stores[b] {
			vs = append(vs, e.structField(f, s, fld))
		}
		return e.join(vs)
	case *ssa.UnOp: // a pointer loaded from a variable or a field
		if b.Op != token.MUL {
			return val{}
		}
		var ptrs []ssa.Value
		switch a := b.X.(type) {
		case *ssa.FieldAddr:
			holder := fieldOf(a.X.Type(), a.Field)
			if holder == nil || holder.Exported() || holder.Pkg() != e.pkg {
				return val{}
			}
			ptrs = x.fieldStores[holder]
		case *ssa.Global:
			if a.Object() == nil || a.Object().Exported() || x.escapes[a] {
				return val{}
			}
			ptrs = x.stores[a]
		default:
			return val{}
		}
		var vs []val
		for _, p := range ptrs {
			vs = append(vs, e.fieldAt(e.identity(p.Parent()), p, fld))
		}
		return e.join(vs)
	case *ssa.Call:
		return e.returned(f, b, 0, func(g *frame, r ssa.Value) val { return e.fieldAt(g, r, fld) })
	case *ssa.Phi:
		var vs []val
		for _, edge := range b.Edges {
			vs = append(vs, e.fieldAt(f, edge, fld))
		}
		return e.join(vs)
	}
	return val{}
}

// structField is what the field fld of the struct value v holds.
func (e *evaluator) structField(f *frame, v ssa.Value, fld *types.Var) val {
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op == token.MUL {
			if fld != nil && !fld.Exported() {
				return e.fieldAt(f, v.X, fld)
			}
			if _, ok := v.X.(*ssa.Alloc); ok {
				return e.fieldAt(f, v.X, fld)
			}
		}
	case *ssa.Const:
		return val{kind: noVal} // the zero value
	}
	if fld != nil && !fld.Exported() && fld.Pkg() == e.pkg {
		return e.fieldAt(f, nil, fld)
	}
	return val{}
}

// returned joins what the package's function called at call returns as
// result index, each return evaluated by at.
func (e *evaluator) returned(f *frame, call ssa.CallInstruction, index int, at func(*frame, ssa.Value) val) val {
	callee, args := calleeArgs(call)
	if callee == nil || !e.own(callee) || len(callee.Blocks) == 0 {
		return val{}
	}
	g := e.bind(f, callee, args, call)
	var vs []val
	for _, b := range callee.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || index >= len(ret.Results) || !e.reachable(g, b) {
			continue
		}
		if k, ok := ret.Results[index].(*ssa.Const); ok && k.IsNil() && !isString(k.Type()) {
			continue
		}
		vs = append(vs, at(g, ret.Results[index]))
	}
	return e.join(vs)
}

// reachable reports whether block b of f's function can run.
func (e *evaluator) reachable(f *frame, b *ssa.BasicBlock) bool {
	if f.edges == nil || b.Index == 0 {
		return true
	}
	for _, p := range b.Preds {
		if f.edges[[2]*ssa.BasicBlock{p, b}] {
			return true
		}
	}
	return false
}

// mapValue is what a lookup in the map m can find: a map literal whose
// every value is a CBC host gives a CBC host.
func (e *evaluator) mapValue(f *frame, m ssa.Value) val {
	x := e.index()
	var vals []ssa.Value
	switch m := m.(type) {
	case *ssa.MakeMap:
		vals = x.mapUpdates[m]
	case *ssa.UnOp:
		g, ok := m.X.(*ssa.Global)
		if m.Op != token.MUL || !ok || g.Object() == nil || g.Object().Exported() || x.escapes[g] {
			return val{}
		}
		for _, s := range x.stores[g] {
			mm, ok := s.(*ssa.MakeMap)
			if !ok {
				return val{}
			}
			vals = append(vals, x.mapUpdates[mm]...)
		}
		vals = append(vals, x.mapUpdates[g]...)
	default:
		return val{}
	}
	if len(vals) == 0 {
		return val{}
	}
	return e.storedAnywhere(vals)
}

// pointee is what the variable a points to holds, for a url.URL: its URL.
func (e *evaluator) pointee(f *frame, a *ssa.Alloc) val {
	if !check.IsPointerTo(a.Type(), "net/url", "URL") {
		if structOf(a.Type()) == nil {
			return e.stored(f, e.index().stores[a])
		}
		return val{}
	}
	x := e.index()
	if x.hostSet {
		return val{} // some URL's Host is set through a pointer: any may be
	}
	allocs := []*ssa.Alloc{a}
	for _, s := range x.stores[a] { // u := url.URL{…}: built aside, then copied
		ld, ok := s.(*ssa.UnOp)
		if !ok {
			return val{}
		}
		lit, ok := ld.X.(*ssa.Alloc)
		if !ok {
			return val{}
		}
		allocs = append(allocs, lit)
	}
	part := func(name string) val {
		var vs []val
		for _, a := range allocs {
			for _, s := range x.urlParts[a][name] {
				vs = append(vs, e.eval(f, s))
			}
		}
		if len(vs) == 0 {
			return e.text("", true)
		}
		return e.join(vs)
	}
	host := part("Host")
	if host.kind != textVal || !host.whole || host.text == "" {
		return val{}
	}
	scheme := part("Scheme")
	if scheme.kind != textVal || !scheme.whole || scheme.text == "" {
		scheme = e.text("https", true)
	}
	r := e.text(scheme.text+"://"+host.text, true)
	r.host = e.cbcHost(r.text + "/")
	return e.concat(r, part("Path"))
}

// call is what result index of call can be.
func (e *evaluator) call(f *frame, call *ssa.Call, index int) val {
	common := call.Common()
	args := common.Args
	if common.IsInvoke() {
		// req.GetUrl(): a request that carries its URL.
		if index == 0 && len(args) == 0 && isString(common.Signature().Results().At(0).Type()) && strings.Contains(strings.ToLower(common.Method.Name()), "url") {
			return keep(e.eval(f, common.Value))
		}
		return e.sentBy(f, call)
	}
	callee, args := calleeArgs(call)
	if callee == nil {
		return e.sentBy(f, call)
	}
	arg := func(i int) val {
		if i < len(args) {
			return e.eval(f, args[i])
		}
		return val{}
	}
	name := callName(callee)
	switch name {
	case "fmt.Sprintf":
		if len(args) == 2 {
			return e.sprintf(f, arg(0), variadic(args[1]))
		}
		return val{}
	case "fmt.Sprint":
		r := e.text("", true)
		for _, a := range variadic(args[0]) {
			r = e.concat(r, e.eval(f, a))
		}
		return r
	case "strings.Join":
		return e.joinText(f, variadic(args[0]), arg(1), false)
	case "path.Join":
		return e.joinText(f, variadic(args[0]), e.text("/", true), true)
	case "strings.TrimSuffix", "strings.TrimPrefix", "strings.TrimRight":
		s, cut := arg(0), arg(1)
		if s.kind == textVal && s.whole && cut.kind == textVal && cut.whole {
			switch name {
			case "strings.TrimSuffix":
				return e.text(strings.TrimSuffix(s.text, cut.text), true)
			case "strings.TrimPrefix":
				return e.text(strings.TrimPrefix(s.text, cut.text), true)
			}
			return e.text(strings.TrimRight(s.text, cut.text), true)
		}
		if name == "strings.TrimPrefix" {
			return val{}
		}
		return keep(s)
	case "strings.TrimSpace", "net/url.JoinPath", "(*net/url.URL).JoinPath", "(*net/url.URL).Parse", "(*net/url.URL).ResolveReference":
		return keep(arg(0))
	case "(*net/url.URL).String", "net/url.Parse":
		return arg(0)
	case "(*strings.Builder).String":
		return e.builder(f, args[0], call)
	case "os.Getenv", "os.LookupEnv":
		if n := arg(0); n.kind == textVal && n.whole && index == 0 {
			return val{kind: envVal, env: n.text}
		}
		return val{}
	}
	obj, _ := callee.Object().(*types.Func)
	if obj != nil && obj.Pkg() != nil && obj.Pkg().Path() == restyPath && obj.Signature().Recv() != nil {
		return e.resty(f, obj, args)
	}
	if obj != nil {
		if lib, ok := libraryCall(obj); ok {
			i := lib.url
			if obj.Signature().Recv() != nil {
				i++
			}
			return keep(arg(i))
		}
	}
	if e.own(callee) {
		if len(callee.Blocks) == 0 {
			return val{}
		}
		if r := e.returned(f, call, index, e.eval); r.kind != noVal {
			return r
		}
		return val{}
	}
	if obj != nil && obj.Signature().Recv() != nil && index == 0 && len(args) == 1 && isString(call.Type()) && strings.Contains(strings.ToLower(obj.Name()), "url") {
		return keep(arg(0)) // a method of the request that returns its URL
	}
	if s, ok := e.summary(callee); ok {
		for _, l := range s.leads {
			if l.Result != index {
				continue
			}
			if l.Host != "" {
				return e.text("https://"+l.Host+"/", false)
			}
			if l.Param >= 0 {
				return keep(arg(l.Param))
			}
		}
		if j, ok := s.urlOf[index]; ok {
			return keep(arg(j))
		}
	}
	return e.sentBy(f, call)
}

// sentBy is, for a function of another package or a function value shaped
// like (*http.Client).Do (handed a request, it returns a reply), the URL of
// the request.
func (e *evaluator) sentBy(f *frame, call *ssa.Call) val {
	res := call.Common().Signature().Results()
	if res.Len() == 0 || !isHTTPResponse(res.At(0).Type()) {
		return val{}
	}
	for _, a := range call.Common().Args {
		if isHTTPRequest(a.Type()) {
			return e.eval(f, a)
		}
	}
	return val{}
}

// resty is what a method of resty's Client or Request gives: the URL a
// request is sent to, or, for a path, the base URL of its client
// (resty.New().SetBaseURL(bssBase)), followed through the methods that
// return the client or the request.
func (e *evaluator) resty(f *frame, fn *types.Func, args []ssa.Value) val {
	if len(args) == 0 {
		return val{}
	}
	if lib, ok := libraryCall(fn); ok && lib.send {
		if lib.url+1 >= len(args) {
			return val{}
		}
		u := e.eval(f, args[lib.url+1])
		switch {
		case u.kind != textVal, strings.HasPrefix("https://", u.text), strings.HasPrefix("http://", u.text):
			return u // unknown, a parameter, or too little known to tell
		case strings.HasPrefix(u.text, "https://"), strings.HasPrefix(u.text, "http://"):
			return u
		}
		return keep(e.eval(f, args[0])) // a path on the client's base URL
	}
	recv := fn.Signature().Recv().Type()
	switch res := fn.Signature().Results(); {
	case check.IsPointerTo(recv, restyPath, "Client") && (fn.Name() == "SetBaseURL" || fn.Name() == "SetHostURL"):
		if len(args) == 2 {
			return e.eval(f, args[1])
		}
	case res.Len() == 1 && (check.IsPointerTo(res.At(0).Type(), restyPath, "Client") || check.IsPointerTo(res.At(0).Type(), restyPath, "Request")):
		return e.eval(f, args[0]) // R(), SetHeader(…), SetBody(…), …
	}
	return val{}
}

// sprintf formats with %s and %v as far as the text is known.
func (e *evaluator) sprintf(f *frame, format val, args []ssa.Value) val {
	if format.kind != textVal || !format.whole {
		return val{}
	}
	r := e.text("", true)
	next := 0
	fs := format.text
	for i := 0; i < len(fs); i++ {
		if fs[i] != '%' {
			r = e.concat(r, e.text(fs[i:i+1], true))
			continue
		}
		if i+1 < len(fs) && fs[i+1] == '%' {
			r = e.concat(r, e.text("%", true))
			i++
			continue
		}
		if i+1 >= len(fs) || fs[i+1] != 's' && fs[i+1] != 'v' || next >= len(args) {
			return e.concat(r, val{})
		}
		r = e.concat(r, e.eval(f, args[next]))
		next++
		i++
	}
	return r
}

// joinText is strings.Join(elems, sep), path.Join(elems...) as far as known.
func (e *evaluator) joinText(f *frame, elems []ssa.Value, sep val, clean bool) val {
	if len(elems) == 0 || sep.kind != textVal || !sep.whole {
		return val{}
	}
	r := e.eval(f, elems[0])
	var texts []string
	for i, el := range elems {
		v := e.eval(f, el)
		if i > 0 {
			r = e.concat(e.concat(r, sep), v)
		}
		if v.kind == textVal && v.whole {
			texts = append(texts, v.text)
		}
	}
	if clean && r.whole && len(texts) == len(elems) {
		return e.text(path.Join(texts...), true)
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
	type write struct {
		block, index int
		v            val
	}
	var writes []write
	for _, ref := range usefulRefs(a) {
		call, ok := ref.(*ssa.Call)
		if !ok || call == at {
			continue
		}
		callee, args := calleeArgs(call)
		if callee == nil || len(args) < 2 {
			continue
		}
		var v val
		switch callName(callee) {
		case "(*strings.Builder).WriteString":
			v = e.eval(f, args[1])
		case "(*strings.Builder).WriteByte", "(*strings.Builder).WriteRune":
			v = val{}
			if k, ok := args[1].(*ssa.Const); ok && k.Value != nil {
				if c, ok := constant.Int64Val(k.Value); ok {
					v = e.text(string(rune(c)), true)
				}
			}
		case "(*strings.Builder).Grow":
			continue
		default:
			v = val{}
		}
		writes = append(writes, write{call.Block().Index, instrIndex(call), v})
	}
	sort.Slice(writes, func(i, j int) bool {
		if writes[i].block != writes[j].block {
			return writes[i].block < writes[j].block
		}
		return writes[i].index < writes[j].index
	})
	r := e.text("", true)
	for _, w := range writes {
		if w.block > at.Block().Index || w.block == at.Block().Index && w.index > instrIndex(at) {
			break
		}
		r = e.concat(r, w.v)
	}
	return r
}

func instrIndex(instr ssa.Instruction) int {
	for i, in := range instr.Block().Instrs {
		if in == instr {
			return i
		}
	}
	return -1
}

// variadic returns the values packed into the slice of a variadic call, by index.
func variadic(v ssa.Value) []ssa.Value {
	s, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, r := range usefulRefs(a) {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		k, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		i := int(k.Int64())
		for _, r := range usefulRefs(ia) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				for len(out) <= i {
					out = append(out, nil)
				}
				out[i] = st.Val
			}
		}
	}
	return out
}

// storeIndex records the stores of the package's functions, so that a
// variable, a field or a map is followed to the values it is given.
type storeIndex struct {
	stores      map[ssa.Value][]ssa.Value // to a variable (Alloc, Global), by address
	fieldStores map[*types.Var][]ssa.Value
	fieldAddrs  map[*types.Var][]*ssa.FieldAddr // parallel to fieldStores
	urlParts    map[*ssa.Alloc]map[string][]ssa.Value
	mapUpdates  map[ssa.Value][]ssa.Value // by map (MakeMap) or the global holding it
	escapes     map[*ssa.Global]bool      // its address goes where stores are not seen
	redirected  map[ssa.Value]bool        // requests and URLs whose target is set after they are built
	hostSet     bool                      // a URL's Host is set through a pointer: any URL may change
}

func (e *evaluator) index() *storeIndex {
	if e.stores != nil {
		return e.stores
	}
	x := &storeIndex{
		stores:      map[ssa.Value][]ssa.Value{},
		fieldStores: map[*types.Var][]ssa.Value{},
		fieldAddrs:  map[*types.Var][]*ssa.FieldAddr{},
		urlParts:    map[*ssa.Alloc]map[string][]ssa.Value{},
		mapUpdates:  map[ssa.Value][]ssa.Value{},
		escapes:     map[*ssa.Global]bool{},
		redirected:  map[ssa.Value]bool{},
	}
	e.stores = x
	for _, fn := range e.funcs {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				e.record(x, instr)
			}
		}
	}
	return x
}

func (e *evaluator) record(x *storeIndex, instr ssa.Instruction) {
	switch in := instr.(type) {
	case *ssa.Store:
		switch a := in.Addr.(type) {
		case *ssa.Alloc, *ssa.Global:
			x.stores[a] = append(x.stores[a], in.Val)
		case *ssa.FieldAddr:
			fld := fieldOf(a.X.Type(), a.Field)
			if fld == nil {
				return
			}
			x.fieldStores[fld] = append(x.fieldStores[fld], in.Val)
			x.fieldAddrs[fld] = append(x.fieldAddrs[fld], a)
			if lit, ok := a.X.(*ssa.Alloc); redirects(fld) && !(ok && lit.Comment == "complit") {
				root := rootThrough(a.X)
				x.redirected[root] = true
				if _, local := a.X.(*ssa.Alloc); !local && fld.Pkg().Path() == "net/url" {
					x.hostSet = true
				}
			}
			if u, ok := a.X.(*ssa.Alloc); ok && check.IsPointerTo(u.Type(), "net/url", "URL") {
				if x.urlParts[u] == nil {
					x.urlParts[u] = map[string][]ssa.Value{}
				}
				x.urlParts[u][fld.Name()] = append(x.urlParts[u][fld.Name()], in.Val)
			}
		}
	case *ssa.MapUpdate:
		switch m := in.Map.(type) {
		case *ssa.MakeMap:
			x.mapUpdates[m] = append(x.mapUpdates[m], in.Value)
		case *ssa.UnOp:
			if g, ok := m.X.(*ssa.Global); ok {
				x.mapUpdates[g] = append(x.mapUpdates[g], in.Value)
			}
		}
	}
	for _, op := range instr.Operands(nil) {
		if g, ok := (*op).(*ssa.Global); ok {
			switch in := instr.(type) {
			case *ssa.UnOp:
			case *ssa.Store:
				if in.Addr != g {
					x.escapes[g] = true
				}
			default:
				x.escapes[g] = true // &g handed on: set where it is not seen
			}
		}
	}
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

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}

// urlResults records in s the results of fn that carry the URL of a
// parameter: a URL built from it, or a request (a struct whose URL field
// holds it) returned.
func (e *evaluator) urlResults(fn *ssa.Function, s *summary) {
	res := fn.Signature.Results()
	for k := range res.Len() {
		t := res.At(k).Type()
		if _, iface := t.Underlying().(*types.Interface); !isString(t) && structOf(t) == nil && !iface {
			continue
		}
		var vs []val
		for _, b := range fn.Blocks {
			ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !ok || k >= len(ret.Results) {
				continue
			}
			v := unwrap(ret.Results[k])
			if c, ok := v.(*ssa.Const); ok && c.IsNil() {
				continue
			}
			u := e.value(fn, v)
			if a, ok := v.(*ssa.Alloc); ok && u.kind != paramVal {
				u = e.urlField(fn, a)
			}
			vs = append(vs, u)
		}
		if u := e.join(vs); u.kind == paramVal && u.param >= 0 {
			s.urlOf[k] = u.param
		}
	}
}

// urlField is the URL field of a struct built in fn (&JsonBaseRequest{url: url}).
func (e *evaluator) urlField(fn *ssa.Function, a *ssa.Alloc) val {
	st := structOf(a.Type())
	for _, r := range usefulRefs(a) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || st == nil || fa.Field >= st.NumFields() || !isString(st.Field(fa.Field).Type()) {
			continue
		}
		name := strings.ToLower(st.Field(fa.Field).Name())
		if !strings.Contains(name, "url") && !strings.Contains(name, "endpoint") {
			continue
		}
		for _, r := range usefulRefs(fa) {
			if store, ok := r.(*ssa.Store); ok && store.Addr == fa {
				if u := e.value(fn, store.Val); u.kind == paramVal {
					return u
				}
			}
		}
	}
	return val{}
}

// requestLine returns the method and the URL (or path, for resty's base URL)
// of the request a library call sends, when the text of both is known.
func (e *evaluator) requestLine(call ssa.CallInstruction) (method, url string, ok bool) {
	fn, args := calleeArgs(call)
	obj, _ := origin0(fn).(*types.Func)
	if obj == nil {
		return "", "", false
	}
	lib, ok := libraryCall(obj)
	if !ok || !lib.send || lib.url < 0 || lib.url+1 >= len(args) {
		return "", "", false
	}
	arg := args[lib.url+1] // after the receiver: every send of the table but http.Get and its kin is a method
	if obj.Signature().Recv() == nil {
		arg = args[lib.url]
	}
	switch obj.Name() {
	case "Do", "RoundTrip":
		return e.builtRequest(call.Parent(), arg)
	case "Execute":
		method, ok = constText(args[1])
	case "PostForm":
		method, ok = "POST", true
	default:
		method, ok = strings.ToUpper(obj.Name()), true
	}
	u := e.value(call.Parent(), arg)
	return method, u.text, ok && u.kind == textVal && u.whole
}

// builtRequest returns the method and URL of the request v, built by
// http.NewRequest[WithContext] with both known.
func (e *evaluator) builtRequest(fn *ssa.Function, v ssa.Value) (method, url string, ok bool) {
	x, ok := unwrap(v).(*ssa.Extract)
	if !ok {
		return "", "", false
	}
	call, ok := x.Tuple.(*ssa.Call)
	if !ok {
		return "", "", false
	}
	callee, args := calleeArgs(call)
	obj, _ := origin0(callee).(*types.Func)
	if obj == nil {
		return "", "", false
	}
	lib, ok := libraryCall(obj)
	if !ok || lib.send || lib.url < 1 || lib.url >= len(args) {
		return "", "", false
	}
	if method, ok = constText(args[lib.url-1]); !ok {
		return "", "", false
	}
	u := e.value(fn, args[lib.url])
	return method, u.text, u.kind == textVal && u.whole
}

func origin0(fn *ssa.Function) types.Object {
	if fn == nil {
		return nil
	}
	return origin(fn).Object()
}

func constText(v ssa.Value) (string, bool) {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(k.Value), true
}
