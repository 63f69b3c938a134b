package cbcstatus

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"net/http"
	"regexp"
	"slices"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
)

// The judgment of a reply path by path: on every path from the request to a
// point that declares success (a return of a nil error, or of anything in a
// function without an error result), the reply must be examined or handed
// on on that path. A path that passes the success side of a status decision
// and reaches such a point without either decides success by the status.
//
// A status decision is a value: a branch whose condition, evaluated with the
// reply's status set to each of a few successes and failures, sends a success
// one way and a failure the other. Comparisons, ranges, status/100, switch
// cases, the status text and helper predicates (summarised with the same
// evaluation) are all decisions for the same reason.

// statusForm says what a value of a reply's status is.
type statusForm uint8

const (
	statusCode      statusForm = iota // the code: 200
	statusText                        // the status line: "200 OK"
	statusIsSuccess                   // resty's IsSuccess(): true on 2xx
	statusIsError                     // resty's IsError(): true from 400 on
)

// The statuses a decision is tried with: successes, then failures. No
// failure is one a code asks about on its own (429, 404, 500: a probe of
// throttling or a retry is no decision), and none is 500 or more (retrying
// from 500 on decides nothing about success).
var (
	successProbes = []int{200, 201, 202, 204}
	probes        = append(append([]int{}, successProbes...), 199, 300, 399, 499)
)

// probeVal is the k-th probe as a status of the given form, or as the
// reply that has it.
func (h hosts) probeVal(form statusForm, k int) val {
	code := probes[k]
	switch form {
	case statusReply:
		return val{kind: replyVal, param: k}
	case statusText:
		return h.text(strconv.Itoa(code)+" "+http.StatusText(code), true)
	case statusIsSuccess:
		return constOf(constant.MakeBool(code/100 == 2))
	case statusIsError:
		return constOf(constant.MakeBool(code > 399))
	}
	return constOf(constant.MakeInt64(int64(code)))
}

// decides runs at(k) for every probe k, a boolean when it is known, and
// returns its results as a mask (bit k: true at probe k) and, when they send
// a success one way and a failure the other, which way is success.
func decides(at func(k int) val) (mask uint16, success, ok bool) {
	for k := range probes {
		r, known := at(k).boolean()
		if !known {
			return 0, false, false
		}
		if r {
			mask |= 1 << k
		}
	}
	for s := range successProbes {
		for f := len(successProbes); f < len(probes); f++ {
			if mask>>s&1 != mask>>f&1 {
				return mask, mask>>s&1 == 1, true
			}
		}
	}
	return mask, false, false
}

// statusReply is the form of a predicate's parameter that holds the reply itself.
const statusReply statusForm = 100

// pred says that a function is a status predicate: its boolean result, or
// whether its error result is nil, depends on parameter Param, a status of
// the given form (or the reply), as True says: bit k is its result for
// probe k (true: nil).
type pred struct {
	Param int
	Form  statusForm
	True  uint16
}

// predicates returns the status predicates fn is: a function with one
// boolean result which, run with a parameter set to each probe, separates
// successes from failures.
func (p *pathState) predicates(c *checker, fn *ssa.Function) []pred {
	res := fn.Signature.Results()
	if res.Len() != 1 || !isBool(res.At(0).Type()) && !check.IsNamed(res.At(0).Type(), "", "error") || len(fn.Blocks) == 0 {
		return nil
	}
	var out []pred
	for i, p := range fn.Params {
		var form statusForm
		fl := &flow{} // of a status: the parameter is the status
		switch {
		case isBasic(p.Type(), types.IsInteger):
			form, fl.statusVals = statusCode, map[ssa.Value]statusForm{p: statusCode}
		case isString(p.Type()):
			form, fl.statusVals = statusText, map[ssa.Value]statusForm{p: statusText}
		case isReply(p.Type()) || isClientType(c, p.Type()):
			if fl = c.trace(fn, p); len(fl.statusVals) == 0 {
				continue
			}
			form = statusReply
		default:
			continue
		}
		if mask, _, ok := decides(func(k int) val { return outcome(c.values, probeFrame(c.values, fn, fl, k)) }); ok {
			out = append(out, pred{Param: i, Form: form, True: mask})
		}
	}
	return out
}

// probeFrame is the frame of fn with the status of the reply whose flow is
// fl set to probe k.
func probeFrame(e *evaluator, fn *ssa.Function, fl *flow, k int) *frame {
	fixed := map[ssa.Value]val{}
	for v := range fl.values {
		fixed[v] = e.h.probeVal(statusReply, k)
	}
	for v, form := range fl.statusVals {
		fixed[v] = e.h.probeVal(form, k)
	}
	return newFrame(fn, e.identity(fn).args, nil, fixed)
}

// outcome is what f's function returns as its one result on the paths f
// can take: a boolean, or whether an error is nil.
func outcome(e *evaluator, f *frame) val {
	isErr := check.IsNamed(f.fn.Signature.Results().At(0).Type(), "", "error")
	return e.results(f, 0, func(f *frame, r ssa.Value) val {
		if isErr {
			return constOf(constant.MakeBool(isNilConst(storedResult(r))))
		}
		return e.eval(f, r)
	})
}

func isBool(t types.Type) bool { return isBasic(t, types.IsBoolean) }

// pathJudge judges the paths of one function for one reply.
type pathJudge struct {
	c       *checker
	p       *pathState
	fn      *ssa.Function
	fl      *flow
	from    ssa.Instruction          // the request, or nil for a parameter
	reached map[*ssa.BasicBlock]bool // the blocks a path from the request can run through
	frames  []*frame                 // fn with the reply's status set to each probe
}

// decision is a status decision a path passes on its success side: the
// condition of a branch, or a value returned as the success itself
// (return resp.StatusCode == 200, return checkStatus(resp)).
type decision struct {
	cond     ssa.Value
	returned bool
}

// statusPath returns the first status decision on a path from the request
// at from (nil: the function's entry) to a point that declares success, on
// which the reply is neither examined nor handed on, or to a point where it
// is handed on (how the caller gets it judged); nil when there is none.
func (p *pathState) statusPath(c *checker, fn *ssa.Function, from ssa.Instruction, fl *flow) *decision {
	if len(fn.Blocks) == 0 {
		return nil
	}
	b, at := fn.Blocks[0], 0
	if from != nil {
		b, at = from.Block(), slices.Index(from.Block().Instrs, from)+1
	}
	j := &pathJudge{c: c, p: p, fn: fn, fl: fl, from: from, reached: blocksFrom(b, func(b *ssa.BasicBlock) []*ssa.BasicBlock { return b.Succs })}
	for k := range probes {
		j.frames = append(j.frames, probeFrame(c.values, fn, fl, k))
	}
	seen := map[edge]bool{}
	for work := []edge{{b, nil}}; len(work) > 0; at = 0 { // from the request on, then each block whole
		e := work[len(work)-1]
		work = work[:len(work)-1]
		next, found := j.scan(e.b, at, e.dec)
		if found != nil {
			return found
		}
		for _, n := range next {
			if !seen[n] {
				seen[n] = true
				work = append(work, n)
			}
		}
	}
	return nil
}

type edge struct {
	b   *ssa.BasicBlock
	dec *decision
}

// scan follows a path through b from instruction at, with dec the first
// status decision passed on its success side.
func (j *pathJudge) scan(b *ssa.BasicBlock, at int, dec *decision) ([]edge, *decision) {
	for _, instr := range b.Instrs[at:] {
		switch {
		case j.fl.handOns[instr] && dec != nil:
			return nil, dec // handed on after the decision: judged by it
		case j.fl.events[instr] && !j.fl.handOns[instr] || instr == j.from:
			return nil, nil // examined; or the request again
		}
		switch instr := instr.(type) {
		case *ssa.Return:
			if dec == nil {
				dec = j.returned(instr)
			}
			if dec != nil && j.declaresSuccess(instr) {
				return nil, dec
			}
			return nil, nil
		case *ssa.Panic:
			return nil, nil
		case ssa.CallInstruction:
			if j.p.noReturn(j.c, instr) {
				return nil, nil
			}
		case *ssa.If:
			if side := j.side(instr.Cond); side >= 0 {
				if dec == nil {
					dec = &decision{cond: instr.Cond}
				}
				return []edge{{b.Succs[1-side], dec}}, nil
			}
			return []edge{{b.Succs[0], dec}, {b.Succs[1], dec}}, nil
		case *ssa.Jump:
			return []edge{{b.Succs[0], dec}}, nil
		}
	}
	return nil, nil
}

// returned returns the decision a return makes when what it returns as
// success is itself a status decision: a boolean result, or the error
// result, that is true (nil) on success and false on failure. Of a value
// merged from several (err == nil && resp.StatusCode == 200), any one.
func (j *pathJudge) returned(ret *ssa.Return) *decision {
	res := j.fn.Signature.Results()
	if len(ret.Results) != res.Len() {
		return nil
	}
	for i, v := range ret.Results {
		t := res.At(i).Type()
		if !isBool(t) && !(i == res.Len()-1 && check.IsNamed(t, "", "error")) {
			continue
		}
		v = storedResult(v)
		vs := []ssa.Value{v}
		if phi, ok := v.(*ssa.Phi); ok {
			vs = append(vs, phi.Edges...)
		}
		for _, v := range vs {
			if j.side(v) == 1 {
				return &decision{cond: v, returned: true}
			}
		}
	}
	return nil
}

// side returns 1 when v, a boolean (or whether an error is nil), is true on
// success and false on failure of the reply's status, 0 when the other way
// round, -1 when it decides nothing.
func (j *pathJudge) side(v ssa.Value) int {
	_, success, ok := decides(func(k int) val { return j.c.values.eval(j.frames[k], v) })
	switch {
	case !ok:
		return -1
	case success:
		return 1
	}
	return 0
}

// declaresSuccess reports whether fn declares success at ret: it returns an
// error that may be nil, or true, or anything at all when its last result
// is neither.
func (j *pathJudge) declaresSuccess(ret *ssa.Return) bool {
	res := j.fn.Signature.Results()
	if res.Len() == 0 || len(ret.Results) != res.Len() {
		return true
	}
	last, v := res.At(res.Len()-1).Type(), storedResult(ret.Results[res.Len()-1])
	switch {
	case check.IsNamed(last, "", "error"):
		return j.mayBeNil(v, ret.Block(), 0)
	case isBool(last):
		k, isConst := v.(*ssa.Const)
		return !isConst || k.Value == nil || constant.BoolVal(k.Value)
	}
	return true
}

// mayBeNil reports whether the error v may be nil in block b on a path from
// the request: not when it is made there (fmt.Errorf, errors.New, a value
// converted to error), nor when each value it merges that a path from the
// request brings is not, nor where b cannot run when v is nil (a branch on v
// != nil has been taken): the evaluator, with v fixed to nil, says which
// edges can be taken.
func (j *pathJudge) mayBeNil(v ssa.Value, b *ssa.BasicBlock, depth int) bool {
	switch x := v.(type) {
	case *ssa.Const:
		return x.IsNil()
	case *ssa.MakeInterface:
		return false
	case *ssa.Call:
		if name := callName(callee(x)); name == "fmt.Errorf" || name == "errors.New" {
			return false
		}
	case *ssa.Phi:
		if depth >= 4 {
			break
		}
		nilable := false
		for i, e := range x.Edges {
			p := x.Block().Preds[i]
			nilable = nilable || j.reached[p] && j.mayBeNil(e, p, depth+1)
		}
		if !nilable {
			return false
		}
	}
	// Where a branch on v != nil has been taken, b does not run when v is nil.
	e := j.c.values
	return e.reachable(newFrame(j.fn, e.identity(j.fn).args, nil, map[ssa.Value]val{v: constOf(constant.MakeBool(true))}), b)
}

// storedResult returns the value a function with defers returns through
// its result variable: the last store to it in the block of the return
// (which loads it there).
func storedResult(v ssa.Value) ssa.Value {
	v = unwrap(v)
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || !is[*ssa.Alloc](load.X) {
		return v
	}
	last := v
	for _, instr := range load.Block().Instrs { // the return's, which comes last
		if st, ok := instr.(*ssa.Store); ok && st.Addr == load.X {
			last = unwrap(st.Val)
		}
	}
	return last
}

// pathState is what the path judgment knows of the package: which
// functions never return.
type pathState struct {
	noRet map[*ssa.Function]bool
}

// paths returns the pass's path state, computing it on first use.
func (c *checker) paths() *pathState {
	if c.pathState != nil {
		return c.pathState
	}
	p := &pathState{noRet: map[*ssa.Function]bool{}}
	c.pathState = p
	for changed := true; changed; {
		changed = false
		for _, fn := range c.funcs {
			if !p.noRet[fn] && !p.returns(c, fn) {
				p.noRet[fn] = true
				changed = true
			}
		}
	}
	return p
}

// returns reports whether a Return of fn is reachable from its entry.
func (p *pathState) returns(c *checker, fn *ssa.Function) bool {
	if len(fn.Blocks) == 0 {
		return true
	}
	found := false
	blocksFrom(fn.Blocks[0], func(b *ssa.BasicBlock) []*ssa.BasicBlock {
		for _, instr := range b.Instrs {
			if _, ok := instr.(*ssa.Return); ok {
				found = true
			}
			if call, ok := instr.(ssa.CallInstruction); ok && p.noReturn(c, call) || found {
				return nil
			}
		}
		return b.Succs
	})
	return found
}

// blocksFrom returns the blocks reachable from start, each block b going on
// to next(b).
func blocksFrom(start *ssa.BasicBlock, next func(b *ssa.BasicBlock) []*ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	seen := map[*ssa.BasicBlock]bool{start: true}
	for work := []*ssa.BasicBlock{start}; len(work) > 0; {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		for _, s := range next(b) {
			if !seen[s] {
				seen[s] = true
				work = append(work, s)
			}
		}
	}
	return seen
}

// noReturn reports whether a call never returns: log.Fatal and its kin,
// os.Exit, and the package's functions that reach no return.
func (p *pathState) noReturn(c *checker, call ssa.CallInstruction) bool {
	callee := callee(call) // panic(x) is a Panic instruction, not a call
	if callee == nil {
		return false
	}
	name := callName(callee)
	return p.noRet[origin(callee)] || name == "os.Exit" || name == "runtime.Goexit" || logExits.MatchString(name)
}

// logExits matches log.Fatal, log.Panicf, (*log.Logger).Fatalln, ...
var logExits = regexp.MustCompile(`^(log|\(\*log\.Logger\))\.(Fatal|Panic)`)

// decisionNode returns the syntax of a status decision for messages: the
// comparison, the negation or the call, or the tag of the switch whose case
// it is.
func (c *checker) decisionNode(dec *decision) ast.Node {
	cond := dec.cond
	if b, ok := cond.(*ssa.BinOp); ok && isNilConst(b.Y) {
		cond = b.X // err != nil: the predicate's call
	}
	pos := cond.Pos()
	if !pos.IsValid() {
		return nil
	}
	cur, ok := c.root.FindByPos(pos, pos)
	for ; ok; cur, ok = cur.Parent(), cur.Parent().Node() != nil {
		switch n := cur.Node().(type) {
		case *ast.BinaryExpr:
			if n.OpPos == pos {
				return n
			}
		case *ast.UnaryExpr:
			if n.OpPos == pos {
				return n
			}
		case *ast.CallExpr:
			if n.Lparen == pos {
				return n
			}
		case *ast.CaseClause:
			sw, ok := cur.Parent().Parent().Node().(*ast.SwitchStmt)
			if ok && sw.Tag != nil && slices.ContainsFunc(n.List, func(e ast.Expr) bool { return e.Pos() == pos }) {
				return sw.Tag
			}
			return nil
		case ast.Stmt, ast.Decl:
			return nil
		}
	}
	return nil
}
