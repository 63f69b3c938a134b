package cbcstatus

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"
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
	status   []inspector.Cursor // where its status is read
	helpers  []helperJudgment   // handed to helpers that judge it by status alone
}

type helperJudgment struct {
	call *ast.CallExpr
	j    judgment
}

func (f *flow) handedOn() bool { return len(f.results) > 0 || len(f.intos) > 0 }
func (f *flow) fine() bool     { return f.examined || f.unknown || f.stored }

// tracer follows the values derived from a reply through one function.
type tracer struct {
	c    *checker
	fn   *ssa.Function
	fl   *flow
	seen map[ssa.Value]bool // value → seen as a part
	work []traced
}

// traced is a value derived from a reply; a part is a field or element of a
// decoded answer (out.Total), which carries the answer on only if its type
// can hold an error_code.
type traced struct {
	v    ssa.Value
	part bool
}

// trace follows the seeds, values that hold a reply, through fn.
func (c *checker) trace(fn *ssa.Function, seeds ...ssa.Value) *flow {
	t := &tracer{c: c, fn: fn, fl: &flow{results: map[int]bool{}, intos: map[int]bool{}}, seen: map[ssa.Value]bool{}}
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

func (t *tracer) add(v ssa.Value, part bool) {
	if v == nil || !mayPass(v.Type()) {
		return
	}
	if wasPart, ok := t.seen[v]; ok && (!wasPart || part) {
		return
	}
	t.seen[v] = part
	t.work = append(t.work, traced{v, part})
}

// carries reports whether handing on the traced value hands on the answer.
func (w traced) carries() bool { return !w.part || carriesErrors(w.v.Type()) }

func (t *tracer) visit(w traced) {
	refs := w.v.Referrers()
	if refs == nil {
		return
	}
	for _, instr := range *refs {
		switch instr := instr.(type) {
		case *ssa.Return:
			if w.carries() {
				for i, r := range instr.Results {
					if r == w.v {
						t.fl.results[i] = true
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
					t.fl.stored = true
				}
			}
		case *ssa.Send:
			if instr.X == w.v && w.carries() {
				t.fl.stored = true
			}
		case *ssa.MakeClosure:
			t.fl.stored = true // captured: the closure is judged on its own
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
					t.fl.examined = true
				}
				t.add(instr, true)
			}
		case ssa.CallInstruction:
			t.call(instr, w)
		}
	}
}

// storeTo follows a store of the traced value: into a local variable (or a
// field or element of one) it goes on; anywhere else the caller can reach it.
func (t *tracer) storeTo(addr ssa.Value, w traced) {
	if _, traced := t.seen[rootOf(addr)]; traced {
		return // into the reply itself (resp.Body = gzipBody)
	}
	switch root := rootOf(addr).(type) {
	case *ssa.Alloc:
		t.add(root, w.part)
	case *ssa.Parameter:
		if w.carries() {
			if i := paramIndex(t.fn, root); i >= 0 && addr == root {
				t.fl.intos[i] = true
			} else {
				t.fl.stored = true
			}
		}
	default:
		if w.carries() {
			t.fl.stored = true
		}
	}
}

// decodeInto follows an answer decoded into target (&out, out).
func (t *tracer) decodeInto(target ssa.Value) {
	target = unwrap(target)
	switch root := rootOf(target).(type) {
	case *ssa.Alloc:
		t.add(root, false)
	case *ssa.Parameter:
		if i := paramIndex(t.fn, root); i >= 0 && target == root {
			t.fl.intos[i] = true
		} else {
			t.fl.stored = true
		}
	case *ssa.Const:
		// nil: nowhere
	default:
		t.fl.stored = true
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
		t.fl.examined = true
		return
	}
	v := instr.(ssa.Value)
	if f.Pkg() != nil && f.Pkg().Path() == netHTTP && f.Name() != "Body" {
		if f.Name() == "StatusCode" {
			t.statusAt(instr.Pos())
		}
		return // headers, the status line, the request
	}
	if f.Pkg() != nil && f.Pkg().Path() == netHTTP {
		t.add(v, false) // the body
		return
	}
	if f.Name() == statusField && isClientType(t.c, xt) {
		t.statusAt(instr.Pos())
		return
	}
	t.add(v, true)
}

func (t *tracer) statusAt(pos token.Pos) {
	if cur, ok := t.c.selAt[pos]; ok {
		t.fl.status = append(t.fl.status, cur)
	}
}

// call classifies handing a traced value to a call.
func (t *tracer) call(instr ssa.CallInstruction, w traced) {
	common := instr.Common()
	if common.Value == w.v && !common.IsInvoke() {
		return // calling it
	}
	args := common.Args
	for _, a := range args {
		if isErrorCodeConst(a) {
			t.fl.examined = true
			return
		}
	}
	result, _ := instr.(*ssa.Call)
	passOn := func() { // the result may hold what the call was handed
		if result != nil && mayPass(result.Type()) {
			t.add(result, w.part)
		}
	}
	if common.IsInvoke() {
		m := common.Method
		if m.Pkg() == nil || isStandard(t.c, m.Pkg()) || IsModelled(m.Pkg().Path()) {
			switch {
			case m.Name() == "Read" && common.Value == w.v && len(args) == 1:
				t.add(args[0], false)
			case m.Name() == "Close":
			default:
				if common.Value == w.v {
					passOn()
				}
			}
			if common.Value == w.v {
				t.fl.bodyRead = t.fl.bodyRead || m.Name() != "Close"
			}
			return
		}
		t.fl.unknown = true
		passOn()
		return
	}
	callee := common.StaticCallee()
	if callee == nil {
		if _, ok := common.Value.(*ssa.Builtin); ok {
			return // len, cap, append...
		}
		t.fl.unknown = true // a function value
		passOn()
		return
	}
	if t.model(instr, callee, w) {
		return
	}
	t.fl.bodyRead = true
	if obj, ok := origin(callee).Object().(*types.Func); ok {
		if _, ok := libraryCall(obj); ok {
			return // builds or sends a request: its result is no answer
		}
	}
	s, ok := t.c.summaryOf(callee)
	if !ok {
		if origin(callee).Blocks == nil && origin(callee).Pkg != nil && origin(callee).Pkg.Pkg == t.c.pass.Pkg {
			passOn() // a function of the package that cannot meet a reply (build.go)
			return
		}
		if obj, _ := origin(callee).Object().(*types.Func); obj != nil && obj.Pkg() != nil && !isBlind(t.c, obj.Pkg()) {
			return // a function of a package the analysis saw: no summary, nothing done with it
		}
		passOn() // pass-through: the standard library, a package that cannot see CBC
		return
	}
	for i, a := range args {
		if a != w.v || i >= len(s.params) {
			continue
		}
		u := s.params[i]
		if u&usesExamines != 0 {
			t.fl.examined = true
		}
		if u&usesUnknown != 0 {
			t.fl.unknown = true
		}
		if u&usesStores != 0 {
			t.fl.stored = true
		}
		if u&usesReturns != 0 && result != nil {
			t.add(result, w.part)
		}
		for _, j := range s.into[i] {
			if j < len(args) {
				t.decodeInto(args[j])
			}
		}
		if s.decides[i].Kind == statusOnly {
			if cur, ok := t.c.callAt[common.Pos()]; ok {
				t.fl.helpers = append(t.fl.helpers, helperJudgment{cur.Node().(*ast.CallExpr), s.decides[i]})
			}
		}
	}
}

// model handles the library functions whose effect on an answer is known:
// reading, decoding, resty's accessors. It reports whether callee is one.
func (t *tracer) model(instr ssa.CallInstruction, callee *ssa.Function, w traced) bool {
	common := instr.Common()
	args := common.Args
	result, _ := instr.(*ssa.Call)
	name := callName(callee)
	if at, ok := decoders[name]; ok {
		// The receiver is the first argument of a method.
		if at+1 < len(args) && args[0] == w.v && name[0] == '(' {
			t.decodeInto(args[at+1])
		} else if at < len(args) && args[0] == w.v {
			t.decodeInto(args[at])
		}
		return true
	}
	switch name {
	case "(*" + restyPath + ".Response).StatusCode", "(*" + restyPath + ".Response).IsSuccess", "(*" + restyPath + ".Response).IsError":
		if cur, ok := t.c.callAt[common.Pos()]; ok {
			if sel, ok := ast.Unparen(cur.Node().(*ast.CallExpr).Fun).(*ast.SelectorExpr); ok {
				t.statusAt(sel.Sel.Pos())
			}
		}
		return true
	}
	if fn, ok := origin(callee).Object().(*types.Func); ok && fn.Signature().Recv() != nil && isRestyResponse(fn.Signature().Recv().Type()) {
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

// decoders are the functions that decode an answer into one of their
// arguments, by full name, with that argument's index (not counting a receiver).
var decoders = map[string]int{
	"encoding/json.Unmarshal":         1,
	"(*encoding/json.Decoder).Decode": 0,
	"encoding/xml.Unmarshal":          1,
	"(*encoding/xml.Decoder).Decode":  0,
}

// rootOf returns the variable an address is a field or element of.
func rootOf(addr ssa.Value) ssa.Value {
	for {
		switch a := addr.(type) {
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		default:
			return addr
		}
	}
}

// unwrap strips conversions to interfaces and between types.
func unwrap(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

func paramIndex(fn *ssa.Function, v ssa.Value) int {
	for i, p := range fn.Params {
		if p == v {
			return i
		}
	}
	return -1
}

func isErrorCodeConst(v ssa.Value) bool {
	k, ok := unwrap(v).(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.String && constant.StringVal(k.Value) == errorCodeKey
}

// mayPass reports whether a pass-through function's result of type t may
// hold what it was handed: anything but numbers, booleans and errors.
func mayPass(t types.Type) bool {
	if tuple, ok := t.(*types.Tuple); ok {
		for v := range tuple.Variables() {
			if mayPass(v.Type()) {
				return true
			}
		}
		return false
	}
	if check.IsNamed(t, "", "error") {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return !ok || b.Info()&(types.IsNumeric|types.IsBoolean) == 0
}
