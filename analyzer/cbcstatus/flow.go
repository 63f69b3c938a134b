package cbcstatus

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
)

// The classifier of a reply's referrers: one walk over the SSA values
// derived from a reply (its body, what is read or decoded from it) says
// whether it is examined, handed on, or judged by its status, for typed and
// raw replies alike.

// flow is what becomes of one reply, its body and what is decoded from it,
// in the function that holds it.
type flow struct {
	examined bool // an error field or the error_code key is read
	unknown  bool // handed to code no summary describes
	stored   bool // stored where the caller can reach it, sent, captured
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

// uses is what a function does with a parameter whose flow is f.
func (f *flow) uses() (u paramUse) {
	for bit, on := range map[paramUse]bool{usesExamines: f.examined, usesUnknown: f.unknown, usesReturns: len(f.results) > 0, usesStores: f.stored} {
		if on {
			u |= bit
		}
	}
	return u
}

func (f *flow) fine() bool { return f.examined || f.unknown || f.stored }

// tracer follows the values derived from a reply through one function.
type tracer struct {
	c    *checker
	fn   *ssa.Function
	fl   *flow
	seen map[ssa.Value]traced // value → how it was seen
	work []traced
	at   ssa.Instruction // the instruction being classified
}

// traced is a value derived from a reply; a part is a field or element of a
// decoded answer (out.Total), which carries the answer on only if its type
// can hold an error_code; text is the reply turned into text (String(), a
// fmt verb, json.Marshal), which hands nothing on: returning, storing or
// logging it leaves the reply unexamined.
type traced struct {
	v    ssa.Value
	part bool
	text bool
}

// trace follows the seeds, values that hold a reply, through fn.
func (c *checker) trace(fn *ssa.Function, seeds ...ssa.Value) *flow {
	t := &tracer{c: c, fn: fn, fl: &flow{results: map[int]bool{}, intos: map[int]bool{}, events: map[ssa.Instruction]bool{}, handOns: map[ssa.Instruction]bool{},
		statusVals: map[ssa.Value]statusForm{}, values: map[ssa.Value]bool{}}, seen: map[ssa.Value]traced{}}
	for _, s := range seeds {
		t.add(s, false)
	}
	for len(t.work) > 0 {
		w := t.work[len(t.work)-1]
		t.work = t.work[:len(t.work)-1]
		t.visit(w)
	}
	return t.fl
}

func (t *tracer) add(v ssa.Value, part bool) { t.push(traced{v: v, part: part}) }

// addText follows text made from a reply.
func (t *tracer) addText(v ssa.Value) { t.push(traced{v: v, text: true}) }

// push follows w unless it was followed as well already: a whole value is
// more than a part, a part more than text.
func (t *tracer) push(w traced) {
	if w.v == nil || !mayPass(w.v.Type()) {
		return
	}
	rank := func(w traced) int {
		switch {
		case w.text:
			return 0
		case w.part:
			return 1
		}
		return 2
	}
	if old, ok := t.seen[w.v]; ok && rank(old) >= rank(w) {
		return
	}
	t.seen[w.v] = w
	if !w.text {
		t.fl.values[w.v] = true
	}
	t.work = append(t.work, w)
}

// carries reports whether handing on the traced value hands on the answer.
func (w traced) carries() bool { return !w.text && (!w.part || carriesErrors(w.v.Type())) }

// mark records that the reply is examined or handed on at instr, and what
// becomes of it there (examined, stored, unknown, handed to the caller).
func (t *tracer) mark(instr ssa.Instruction, what *bool) {
	t.fl.events[instr] = true
	if what != nil {
		*what = true
	}
}

func (t *tracer) visit(w traced) {
	refs := w.v.Referrers()
	if refs == nil {
		return
	}
	if w.text {
		t.visitText(w, *refs)
		return
	}
	for _, instr := range *refs {
		t.at = instr
		switch instr := instr.(type) {
		case *ssa.Return:
			if w.carries() {
				for i, r := range instr.Results {
					if r == w.v {
						t.fl.results[i], t.fl.handOns[instr] = true, true
						t.mark(instr, nil)
					}
				}
			}
		case *ssa.Store:
			if instr.Val == w.v {
				t.storeTo(instr.Addr, w)
			}
		case *ssa.MapUpdate:
			if instr.Value == w.v || instr.Key == w.v {
				if _, local := instr.Map.(*ssa.MakeMap); local {
					t.add(instr.Map, w.part)
				} else if w.carries() {
					t.mark(instr, &t.fl.stored)
				}
			}
		case *ssa.Send:
			if instr.X == w.v && w.carries() {
				t.mark(instr, &t.fl.stored)
			}
		case *ssa.MakeClosure:
			t.mark(instr, &t.fl.stored) // captured: the closure is judged on its own
		case *ssa.FieldAddr:
			t.field(w, instr, instr.X.Type(), instr.Field)
		case *ssa.Field:
			t.field(w, instr, instr.X.Type(), instr.Field)
		case *ssa.UnOp:
			if instr.Op == token.MUL || instr.Op == token.ARROW {
				t.add(instr, w.part)
			}
		case *ssa.ChangeType, *ssa.Convert, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.SliceToArrayPointer,
			*ssa.Slice, *ssa.TypeAssert, *ssa.Extract, *ssa.Phi, *ssa.MultiConvert:
			t.add(instr.(ssa.Value), w.part)
		case *ssa.IndexAddr, *ssa.Index, *ssa.Next, *ssa.Range:
			t.add(instr.(ssa.Value), true)
		case *ssa.Lookup:
			if instr.X == w.v {
				if isErrorCodeConst(instr.Index) {
					t.mark(instr, &t.fl.examined)
				}
				t.add(instr, true)
			}
		case ssa.CallInstruction:
			t.call(instr, w)
		}
	}
}

// visitText follows text made from a reply: it is examined when the
// error_code key is looked up in it, and decoded when it is decoded; returned,
// stored, logged or handed to any other code it hands nothing on.
func (t *tracer) visitText(w traced, refs []ssa.Instruction) {
	for _, instr := range refs {
		t.at = instr
		switch instr := instr.(type) {
		case *ssa.ChangeType, *ssa.Convert, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.Slice, *ssa.Phi, *ssa.Extract:
			t.addText(instr.(ssa.Value))
		case *ssa.Store:
			if instr.Val == w.v {
				if root, ok := rootOf(instr.Addr).(*ssa.Alloc); ok {
					t.addText(root) // the arguments of a variadic call
				}
			}
		case *ssa.UnOp:
			if instr.Op == token.MUL {
				t.addText(instr)
			}
		case ssa.CallInstruction:
			if slices.ContainsFunc(instr.Common().Args, isErrorCodeConst) {
				t.mark(instr, &t.fl.examined)
				return
			}
			t.decode(instr, w)
		}
	}
}

// renders reports whether callee turns its argument into text: a String
// method, a fmt function that formats, json or xml Marshal.
func renders(callee *ssa.Function) bool {
	obj := funcObj(callee)
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	sig := obj.Signature()
	if sig.Recv() != nil {
		return obj.Name() == "String" && sig.Params().Len() == 0 && sig.Results().Len() == 1 && isString(sig.Results().At(0).Type())
	}
	switch obj.Pkg().Path() + "." + obj.Name() {
	case "fmt.Sprint", "fmt.Sprintf", "fmt.Sprintln", "fmt.Appendf", "fmt.Append", "fmt.Appendln",
		"encoding/json.Marshal", "encoding/json.MarshalIndent", "encoding/xml.Marshal", "encoding/xml.MarshalIndent":
		return true
	}
	return false
}

// storeTo follows a store (or a decoding) of the traced value: into a local
// variable (or a field or element of one) it goes on; anywhere else the
// caller can reach it.
func (t *tracer) storeTo(addr ssa.Value, w traced) {
	if _, traced := t.seen[rootOf(addr)]; traced {
		return // into the reply itself (resp.Body = gzipBody)
	}
	switch root := rootOf(addr).(type) {
	case *ssa.Alloc:
		t.add(root, w.part)
	case *ssa.Const: // decoded into nil: nowhere
	case *ssa.Parameter:
		if w.carries() {
			if i := slices.Index(t.fn.Params, root); i >= 0 && addr == root {
				t.fl.intos[i], t.fl.handOns[t.at] = true, true
				t.mark(t.at, nil)
			} else {
				t.mark(t.at, &t.fl.stored)
			}
		}
	default:
		if w.carries() {
			t.mark(t.at, &t.fl.stored)
		}
	}
}

// field classifies reading a field of a traced value.
func (t *tracer) field(w traced, instr ssa.Instruction, xt types.Type, index int) {
	st := structOf(xt)
	if st == nil || index >= st.NumFields() {
		return
	}
	f := st.Field(index)
	if isErrorField(f, jsonName(st.Tag(index))) {
		t.mark(instr, &t.fl.examined)
		return
	}
	v := instr.(ssa.Value)
	if f.Pkg() != nil && f.Pkg().Path() == netHTTP {
		switch f.Name() {
		case "StatusCode":
			t.statusValue(v, statusCode)
		case "Status":
			t.statusValue(v, statusText)
		case "Body":
			t.add(v, false)
		}
		return // headers, the status line, the request
	}
	if f.Name() == statusField && isClientType(t.c, xt) {
		t.statusValue(v, statusCode)
		return
	}
	t.add(v, true)
}

// statusValue records v, a field or the address of one, as the status.
func (t *tracer) statusValue(v ssa.Value, form statusForm) {
	if _, ok := v.(*ssa.FieldAddr); !ok {
		t.fl.statusVals[v] = form
		return
	}
	if refs := v.Referrers(); refs != nil {
		for _, r := range *refs {
			if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
				t.fl.statusVals[load] = form
			}
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
		t.mark(instr, &t.fl.examined)
		return
	}
	result, _ := instr.(*ssa.Call)
	passOn := func() { // the result may hold what the call was handed
		if result != nil && mayPass(result.Type()) {
			t.add(result, w.part)
		}
	}
	if m := common.Method; common.IsInvoke() {
		switch {
		case m.Pkg() != nil && !isStandard(t.c, m.Pkg()) && !IsModelled(m.Pkg().Path()):
			t.mark(instr, &t.fl.unknown)
			passOn()
		case common.Value != w.v || m.Name() == "Close":
		case m.Name() == "Read" && len(args) == 1:
			t.fl.bodyRead = true
			t.add(args[0], false)
		default:
			t.fl.bodyRead = true
			passOn()
		}
		return
	}
	callee, cargs := calleeArgs(instr) // a method value's bound receiver first
	if callee == nil {
		if _, ok := common.Value.(*ssa.Builtin); ok {
			return // len, cap, append...
		}
		t.mark(instr, &t.fl.unknown) // a function value
		passOn()
		return
	}
	if t.model(instr, callee, w) {
		return
	}
	if renders(callee) {
		if result != nil {
			t.addText(result)
		}
		return
	}
	t.fl.bodyRead = true
	if obj := funcObj(callee); obj != nil {
		if _, ok := libraryCall(obj); ok {
			return // builds or sends a request: its result is no answer
		}
	}
	s, ok := t.c.summaryOf(callee)
	if !ok {
		// A function of a package the analysis saw has no summary: it does
		// nothing with it. One of the package that cannot meet a reply
		// (build.go), the standard library and packages that cannot see CBC
		// pass it through.
		o, obj := origin(callee), funcObj(callee)
		if obj == nil || obj.Pkg() == nil || isBlind(t.c, obj.Pkg()) || o.Blocks == nil && o.Pkg != nil && o.Pkg.Pkg == t.c.pass.Pkg {
			passOn()
		}
		return
	}
	for i, a := range cargs {
		if a != w.v || i >= len(s.Params) {
			continue
		}
		u := s.Params[i]
		for bit, what := range map[paramUse]*bool{usesExamines: &t.fl.examined, usesUnknown: &t.fl.unknown, usesStores: &t.fl.stored} {
			if u&bit != 0 {
				t.mark(instr, what)
			}
		}
		if u&usesReturns != 0 && result != nil {
			t.add(result, w.part)
		}
		for _, k := range pairs(s.Into, i) {
			if k < len(cargs) {
				t.storeTo(unwrap(cargs[k]), traced{})
			}
		}
	}
}

// model handles the library functions whose effect on an answer is known:
// reading, decoding, resty's accessors. It reports whether callee is one.
func (t *tracer) model(instr ssa.CallInstruction, callee *ssa.Function, w traced) bool {
	result, _ := instr.(*ssa.Call)
	name := callName(callee)
	if t.decode(instr, w) {
		return true
	}
	if form, ok := restyStatus[name]; ok {
		if result != nil {
			t.fl.statusVals[result] = form
		}
		return true
	}
	if fn := funcObj(callee); fn != nil && fn.Signature().Recv() != nil && isRestyResponse(fn.Signature().Recv().Type()) {
		if restyHeadMethods[fn.Name()] {
			return true
		}
		if result != nil {
			t.add(result, false) // Body(), String(), Result(), RawResponse...
		}
		return true
	}
	return false
}

// restyStatus are resty's accessors of the status, by full name.
var restyStatus = map[string]statusForm{
	"(*" + restyPath + ".Response).StatusCode": statusCode,
	"(*" + restyPath + ".Response).Status":     statusText,
	"(*" + restyPath + ".Response).IsSuccess":  statusIsSuccess,
	"(*" + restyPath + ".Response).IsError":    statusIsError,
}

// decoders are the functions that decode an answer into one of their
// arguments, by full name, with that argument's index (a receiver first).
var decoders = map[string]int{
	"encoding/json.Unmarshal":         1,
	"(*encoding/json.Decoder).Decode": 1,
	"encoding/xml.Unmarshal":          1,
	"(*encoding/xml.Decoder).Decode":  1,
}

// decode follows the answer w decoded by a call of a decoder, and reports
// whether the call is one.
func (t *tracer) decode(call ssa.CallInstruction, w traced) bool {
	at, ok := decoders[callName(callee(call))]
	if args := call.Common().Args; ok && at < len(args) && args[0] == w.v {
		t.storeTo(unwrap(args[at]), traced{}) // decoded into &out, out
	}
	return ok
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
	return ok && s == errorCodeKey
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
	b, ok := t.Underlying().(*types.Basic)
	return !ok || b.Info()&(types.IsNumeric|types.IsBoolean) == 0
}
