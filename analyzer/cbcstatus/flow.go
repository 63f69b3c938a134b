package cbcstatus

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/demand"
)

// The classifier of a reply's referrers: one walk over the SSA values
// derived from a reply (its body, what is read or decoded from it) says
// whether it is examined, handed on, or judged by its status, for typed and
// raw replies alike.

// flow is what becomes of one reply, its body and what is decoded from it,
// in the function that holds it.
type flow struct {
	// does says whether an error field or the error_code key is read, it is
	// handed to code no summary describes, returned (results say where), or
	// stored where the caller can reach it (sent, captured): for a
	// parameter, what its function does with it.
	does     paramUse
	results  map[int]bool
	intos    map[int]bool // parameters it is decoded into
	bodyRead bool

	// Where the reply is examined or handed on: a path that passes one of
	// these instructions has done its duty (see paths.go); handOns are
	// where it is handed to the caller.
	events, handOns map[ssa.Instruction]bool
	// statusVals are the SSA values of its status: the code, the status
	// text, or resty's IsSuccess()/IsError().
	statusVals map[ssa.Value]statusForm
	// values are the values derived from the reply (not text made of it).
	values map[ssa.Value]bool
}

func (f *flow) handedOn() bool { return len(f.results) > 0 || len(f.intos) > 0 }

// tracer follows the values derived from a reply through one function.
type tracer struct {
	c    *checker
	fn   *ssa.Function
	fl   *flow
	seen map[ssa.Value]derived // value → how it was seen
	work []traced
}

// derived says how a value is derived from a reply: the reply itself, its
// body or what was decoded from it (whole); a field or element of a decoded
// answer (out.Total), which carries the answer on only if its type can hold
// an error_code (part); or the reply turned into text (String(), a fmt verb,
// json.Marshal), which hands nothing on: returning, storing or logging it
// leaves the reply unexamined. A value derived in two ways is followed as
// the more: whole, then part, then text.
type derived uint8

const (
	asText derived = iota
	asPart
	asWhole
)

type traced struct {
	v  ssa.Value
	as derived
}

// trace follows the seeds, values that hold a reply, through fn.
func (c *checker) trace(fn *ssa.Function, seeds ...ssa.Value) *flow { return c.follow(fn, seeds, nil) }

// follow follows through fn a reply held by the values held and decoded
// into the variables into: a parameter is the caller's variable, a package
// variable one the caller can reach.
func (c *checker) follow(fn *ssa.Function, held, into []ssa.Value) *flow {
	t := &tracer{c: c, fn: fn, fl: &flow{results: map[int]bool{}, intos: map[int]bool{}, events: map[ssa.Instruction]bool{}, handOns: map[ssa.Instruction]bool{},
		statusVals: map[ssa.Value]statusForm{}, values: map[ssa.Value]bool{}}, seen: map[ssa.Value]derived{}}
	for _, v := range held {
		t.push(v, asWhole)
	}
	for _, v := range into {
		t.push(v, asWhole)
		switch v := v.(type) {
		case *ssa.Parameter:
			t.fl.intos[slices.Index(fn.Params, v)] = true
		case *ssa.Global:
			t.fl.does |= usesStores
		}
	}
	for len(t.work) > 0 {
		w := t.work[len(t.work)-1]
		t.work = t.work[:len(t.work)-1]
		t.visit(w)
	}
	return t.fl
}

// push follows v, derived as given, unless it is followed as much already.
func (t *tracer) push(v ssa.Value, as derived) {
	if v == nil || !mayPass(v.Type()) {
		return
	}
	if old, ok := t.seen[v]; ok && old >= as {
		return
	}
	t.seen[v] = as
	if as != asText {
		t.fl.values[v] = true
	}
	t.work = append(t.work, traced{v, as})
}

// carries reports whether handing on the traced value hands on the answer.
func (w traced) carries() bool { return w.as == asWhole || w.as == asPart && carriesErrors(w.v.Type()) }

// mark records that the reply is examined or handed on at instr, and what
// becomes of it there (examined, stored, unknown).
func (t *tracer) mark(instr ssa.Instruction, what paramUse) {
	t.fl.events[instr] = true
	t.fl.does |= what
}

// handOn records that the reply is handed to the caller at instr, through
// result or parameter i.
func (t *tracer) handOn(instr ssa.Instruction, through map[int]bool, i int) {
	t.fl.events[instr], t.fl.handOns[instr], through[i] = true, true, true
}

// visit classifies the uses of a traced value. Text goes on only as text:
// into local variables and conversions, examined when the error_code key is
// looked up in it, decoded when it is decoded.
func (t *tracer) visit(w traced) {
	for _, instr := range usefulRefs(w.v) {
		switch instr := instr.(type) {
		case *ssa.Return:
			for i, r := range instr.Results {
				if r == w.v && w.carries() {
					t.handOn(instr, t.fl.results, i)
					t.fl.does |= usesReturns
				}
			}
		case *ssa.Store:
			if instr.Val == w.v {
				t.storeTo(instr, instr.Addr, w)
			}
		case *ssa.MapUpdate:
			if instr.Value == w.v || instr.Key == w.v {
				if _, local := instr.Map.(*ssa.MakeMap); local {
					t.push(instr.Map, w.as)
				} else if w.carries() {
					t.mark(instr, usesStores)
				}
			}
		case *ssa.Send:
			if instr.X == w.v && w.carries() {
				t.mark(instr, usesStores)
			}
		case *ssa.MakeClosure:
			if w.as != asText {
				t.mark(instr, usesStores) // captured: the closure is judged on its own
			}
		case *ssa.FieldAddr:
			t.field(w, instr, instr.X.Type(), instr.Field)
		case *ssa.Field:
			t.field(w, instr, instr.X.Type(), instr.Field)
		case *ssa.UnOp:
			if instr.Op == token.MUL || instr.Op == token.ARROW {
				t.push(instr, w.as)
			}
		case *ssa.ChangeType, *ssa.Convert, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.SliceToArrayPointer,
			*ssa.Slice, *ssa.TypeAssert, *ssa.Extract, *ssa.Phi, *ssa.MultiConvert:
			t.push(instr.(ssa.Value), w.as)
		case *ssa.IndexAddr, *ssa.Index, *ssa.Next, *ssa.Range:
			t.push(instr.(ssa.Value), min(w.as, asPart))
		case *ssa.Lookup:
			if instr.X == w.v {
				if isErrorCodeConst(instr.Index) {
					t.mark(instr, usesExamines)
				}
				t.push(instr, min(w.as, asPart))
			}
		case ssa.CallInstruction:
			t.call(instr, w)
		}
	}
}

// renders reports whether obj turns its argument into text: a String
// method, a fmt function that formats, json or xml Marshal.
func renders(obj *types.Func) bool {
	if obj == nil {
		return false
	}
	if sig := obj.Signature(); sig.Recv() != nil {
		return obj.Name() == "String" && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isString(sig.Results().At(0).Type())
	}
	return slices.Contains([]string{"fmt.Sprint", "fmt.Sprintf", "fmt.Sprintln", "fmt.Appendf", "fmt.Append", "fmt.Appendln",
		"encoding/json.Marshal", "encoding/json.MarshalIndent", "encoding/xml.Marshal", "encoding/xml.MarshalIndent"}, funcName(obj))
}

// storeTo follows a store (or a decoding) of the traced value at instr: into
// a local variable (or a field or element of one) it goes on; anywhere else
// the caller can reach it.
func (t *tracer) storeTo(instr ssa.Instruction, addr ssa.Value, w traced) {
	root := rootOf(addr)
	if _, traced := t.seen[root]; traced {
		return // into the reply itself (resp.Body = gzipBody)
	}
	p, isParam := root.(*ssa.Parameter)
	switch root.(type) {
	case *ssa.Alloc:
		t.push(root, w.as)
	case *ssa.Const: // decoded into nil: nowhere
	default:
		if isParam && addr == root && w.carries() {
			t.handOn(instr, t.fl.intos, slices.Index(t.fn.Params, p)) // into the caller's variable
		} else if w.carries() {
			t.mark(instr, usesStores)
		}
	}
}

// field classifies reading a field of a traced value.
func (t *tracer) field(w traced, instr ssa.Instruction, xt types.Type, index int) {
	st := structOf(xt)
	if st == nil || index >= st.NumFields() {
		return
	}
	f, v := st.Field(index), instr.(ssa.Value)
	ofHTTP := f.Pkg() != nil && f.Pkg().Path() == netHTTP // of net/http's Response
	switch {
	case isErrorField(f, jsonName(st.Tag(index))):
		t.mark(instr, usesExamines)
	case ofHTTP && f.Name() == "StatusCode", !ofHTTP && f.Name() == statusField && isClientType(t.c, xt):
		t.statusValue(v, statusCode)
	case ofHTTP && f.Name() == "Status":
		t.statusValue(v, statusText)
	case ofHTTP && f.Name() == "Body":
		t.push(v, asWhole)
	case !ofHTTP: // a part; net/http's headers, status line and request tell nothing
		t.push(v, min(w.as, asPart))
	}
}

// statusValue records v, a field or the address of one, and what is loaded
// from it as the status.
func (t *tracer) statusValue(v ssa.Value, form statusForm) {
	t.fl.statusVals[v] = form
	for _, r := range usefulRefs(v) {
		if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
			t.fl.statusVals[load] = form
		}
	}
}

// call classifies handing a traced value to a call.
func (t *tracer) call(instr ssa.CallInstruction, w traced) {
	common := instr.Common()
	if common.Value == w.v && !common.IsInvoke() {
		return // calling it
	}
	args := common.Args
	if slices.ContainsFunc(args, isErrorCodeConst) {
		t.mark(instr, usesExamines)
		return
	}
	if t.decode(instr, w) || w.as == asText {
		return
	}
	var result ssa.Value // what the call returns, which may hold what it was handed
	if c, ok := instr.(*ssa.Call); ok {
		result = c
	}
	if m := common.Method; common.IsInvoke() {
		switch {
		case m.Pkg() != nil && !isStandard(t.c, m.Pkg()) && !demand.IsModelled(m.Pkg().Path()):
			t.mark(instr, usesUnknown)
			t.push(result, w.as)
		case common.Value != w.v || m.Name() == "Close":
		case m.Name() == "Read" && len(args) == 1:
			t.fl.bodyRead = true
			t.push(args[0], asWhole)
		default:
			t.fl.bodyRead = true
			t.push(result, w.as)
		}
		return
	}
	callee, cargs := calleeArgs(instr) // a method value's bound receiver first
	if callee == nil {
		if _, ok := common.Value.(*ssa.Builtin); !ok { // len, cap, append... do nothing with it
			t.mark(instr, usesUnknown) // a function value
			t.push(result, w.as)
		}
		return
	}
	obj := funcObj(callee)
	switch {
	case obj != nil && obj.Signature().Recv() != nil && isRestyResponse(obj.Signature().Recv().Type()):
		if form, ok := restyStatus[obj.Name()]; ok && result != nil {
			t.fl.statusVals[result] = form
		} else if !restyHeadMethods[obj.Name()] {
			t.push(result, asWhole) // Body(), String(), Result(), RawResponse...
		}
		return
	case renders(obj):
		t.push(result, asText)
		return
	}
	t.fl.bodyRead = true
	if _, ok := libraryCalls[callName(callee)]; ok {
		return // builds or sends a request: its result is no answer
	}
	s, ok := t.c.summaryOf(callee)
	if !ok {
		// A function of a package the analysis saw has no summary: it does
		// nothing with it. One of the package that cannot meet a reply
		// (demand.Bodies), the standard library and packages that cannot see CBC
		// pass it through.
		o := origin(callee)
		if obj == nil || obj.Pkg() == nil || isBlind(t.c, obj.Pkg()) || o.Blocks == nil && o.Pkg != nil && o.Pkg.Pkg == t.c.pass.Pkg {
			t.push(result, w.as)
		}
		return
	}
	for i, a := range cargs {
		if a != w.v || i >= len(s.Params) {
			continue
		}
		if u := s.Params[i] &^ usesReturns; u != 0 {
			t.mark(instr, u)
		}
		if s.Params[i]&usesReturns != 0 {
			t.push(result, w.as)
		}
		for _, k := range pairs(s.Into, i) {
			if k < len(cargs) {
				t.storeTo(instr, unwrap(cargs[k]), traced{as: asWhole})
			}
		}
	}
}

// restyStatus are resty's accessors of the status, by method name.
var restyStatus = map[string]statusForm{
	"StatusCode": statusCode,
	"Status":     statusText,
	"IsSuccess":  statusIsSuccess,
	"IsError":    statusIsError,
}

// decode follows the answer w decoded by a call of a decoder (json or xml
// Unmarshal, a Decoder's Decode: into their second argument, a receiver
// first), and reports whether the call is one.
func (t *tracer) decode(call ssa.CallInstruction, w traced) bool {
	switch callName(callee(call)) {
	case "encoding/json.Unmarshal", "(*encoding/json.Decoder).Decode", "encoding/xml.Unmarshal", "(*encoding/xml.Decoder).Decode":
		if args := call.Common().Args; len(args) > 1 && args[0] == w.v {
			t.storeTo(call, unwrap(args[1]), traced{as: asWhole}) // decoded into &out, out
		}
		return true
	}
	return false
}

// rootOf returns the variable an address is a field or element of.
func rootOf(addr ssa.Value) ssa.Value {
	for {
		switch addr.(type) {
		case *ssa.FieldAddr, *ssa.IndexAddr:
			addr = *addr.(ssa.Instruction).Operands(nil)[0]
		default:
			return addr
		}
	}
}

// unwrap strips conversions to interfaces and between types.
func unwrap(v ssa.Value) ssa.Value {
	for {
		switch v.(type) {
		case *ssa.MakeInterface, *ssa.ChangeType, *ssa.ChangeInterface:
			v = *v.(ssa.Instruction).Operands(nil)[0]
		default:
			return v
		}
	}
}

func isErrorCodeConst(v ssa.Value) bool {
	s, ok := constText(unwrap(v))
	return ok && s == check.ErrorCodeKey
}

// mayPass reports whether a pass-through function's result of type t may
// hold what it was handed: anything but numbers, booleans and errors.
func mayPass(t types.Type) bool {
	if tuple, ok := t.(*types.Tuple); ok {
		return slices.ContainsFunc(slices.Collect(tuple.Variables()), func(v *types.Var) bool { return mayPass(v.Type()) })
	}
	if check.IsNamed(t, "", "error") {
		return false
	}
	return !isBasic(t, types.IsNumeric|types.IsBoolean)
}
