package cbcstatus

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
)

// The rule: every CBC reply a function obtains — typed (a response of the
// SDK, golangsdk or the response-packages) or raw (the reply of a request
// to a CBC endpoint) — is examined (an error field or the error_code key is
// read from it or from what was decoded out of it) or handed on (returned,
// stored where the caller can reach it, decoded into a parameter, passed to
// code that receives it) before the function treats the call as done. A
// status comparison that decides success, a discarded reply and a reply
// nobody reads break it; a comparison with one failure status (a probe,
// resp.StatusCode == 429) does not. Each reply is judged on its own.

// A reply's judgment in the function that obtains it.

// reply is a CBC reply a function obtains at a call.
type reply struct {
	call   ssa.CallInstruction
	cur    inspector.Cursor // the call in the syntax tree
	values []ssa.Value      // where it is held: a result, or the variable it is decoded into
	thrown bool             // the result is thrown away
	typed  *responseCall    // a response of a CBC client package
	isRaw  bool             // a net/http, resty or retryablehttp reply (not what a helper decoded)
	host   string           // the CBC host, "" when unknown
	note   string           // when the host holds: "when BSS_ENDPOINT is unset"
	param  int              // the parameter holding the URL, when the host is unknown
	src    ssa.Value        // where the host is found, inside the package
	chain  []ssa.CallInstruction
	result int // the result it is held in, or -1
	judged judgment
	helper bool // obtained through a helper (a lead of a callee)
	// obligation: judged inside the callee, where the reply stays
	obligation bool
	decoded    bool // resty decodes its body where the analysis does not follow
}

// judge judges the replies one function obtains, adding to its summary
// what its callers must know, and reporting, when report is set, what it
// does wrong.
type judge struct {
	c      *checker
	fn     *ssa.Function
	s      *summary
	report bool
}

// analyse computes fn's summary and, when report is set, reports what fn
// does wrong with the CBC replies it obtains.
func (c *checker) analyse(fn *ssa.Function, report bool) *summary {
	s := newSummary(len(fn.Params))
	for i, p := range fn.Params {
		if !answerParam(p.Type()) {
			continue
		}
		fl := c.trace(fn, p)
		s.Params[i] = fl.uses()
		for j := range fl.intos {
			if j != i {
				s.Into = append(s.Into, [2]int{i, j})
			}
		}
		if dec := c.paths().statusPath(c, fn, nil, fl); dec != nil && !fl.handedOn() {
			// Some path declares success by the status alone: the helper
			// does not examine what it is handed, whatever other paths do.
			s.Params[i] &^= usesExamines
			s.Decides[i], _, _ = c.judgmentOf(dec, fl)
		}
	}
	s.Preds = c.paths().predicates(c, fn)
	jd := &judge{c: c, fn: fn, s: s, report: report}
	urlResults(c.values, fn, s)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			for _, r := range jd.replies(call) {
				jd.reply(r)
			}
		}
	}
	return s
}

// answerParam reports whether a parameter of type t may be handed a reply,
// its body or what was decoded from it: see carriesBody, but not an empty
// interface (a terraform provider's meta interface{}) nor text: a parameter
// of either kind is not followed (a helper handed the body as text is not
// known to examine it).
func answerParam(t types.Type) bool {
	if it, ok := t.Underlying().(*types.Interface); ok && it.Empty() {
		return false
	}
	return carriesBody(t) && !check.IsNamed(t, "context", "Context")
}

// judgmentOf returns how a status decision (nil: none) judges the reply of
// fl and where: the decision itself, or, for a helper's judgment returned as
// the success (return checkStatus(resp)), the helper's, at its call (helper
// set).
func (c *checker) judgmentOf(dec *decision, fl *flow) (j judgment, at ast.Node, helper bool) {
	if dec == nil {
		return judgment{}, nil, false
	}
	if call, ok := dec.cond.(*ssa.Call); ok && dec.returned {
		if callee, args := calleeArgs(call); callee != nil {
			if s, ok := c.summaryOf(callee); ok {
				for i, a := range args {
					if fl.values[unwrap(a)] && i < len(s.Decides) && s.Decides[i].Kind == statusOnly {
						if cur, ok := c.callAt[call.Call.Pos()]; ok {
							return s.Decides[i], cur.Node(), true
						}
					}
				}
			}
		}
	}
	n := c.decisionNode(dec)
	if n == nil {
		return judgment{}, nil, false
	}
	return judgment{Kind: statusOnly, Inner: c.out.where(n), Text: c.out.text(n)}, n, false
}

// probed reports whether the reply's status is compared with a constant
// (resp.StatusCode == 429, a switch): a probe, not a reply left unread.
func probed(fl *flow) bool {
	for v := range fl.statusVals {
		for _, r := range usefulRefs(v) {
			if b, ok := r.(*ssa.BinOp); ok && (b.Op == token.EQL || b.Op == token.NEQ) && (isConst(b.X) || isConst(b.Y)) {
				return true
			}
		}
	}
	return false
}

func isConst(v ssa.Value) bool {
	_, ok := v.(*ssa.Const)
	return ok
}

// judge judges one reply of fn: it reports what is wrong with it when its
// host is a CBC endpoint, and adds a lead to s when its caller must judge it.
func (j *judge) reply(r reply) {
	c, fn, report := j.c, j.fn, j.report
	if r.obligation {
		j.settle(r, judgment{}, nil, r.judged)
		return
	}
	fl := c.trace(fn, r.values...)
	fl.bodyRead = fl.bodyRead || r.decoded
	for _, v := range r.values {
		switch v := v.(type) {
		case *ssa.Parameter:
			fl.intos[slices.Index(fn.Params, v)] = true // the caller's variable
		case *ssa.Global:
			fl.stored = true
		}
	}
	// A path that declares success by the status alone is found whatever
	// other paths do with the reply; a reply handed on after a status
	// decision is handed on judged by it.
	own, node, viaHelper := c.judgmentOf(c.paths().statusPath(c, fn, r.call, fl), fl)
	onPath := own.Kind == statusOnly && !fl.handedOn()
	if r.typed != nil {
		if !report {
			return
		}
		rc := *r.typed
		switch {
		case r.thrown:
			c.reportDiscarded(r.cur.Node().(*ast.CallExpr), rc, fixer{c.pass}.responseFix(check.Outer(r.cur).Parent(), rc))
		case !onPath && (fl.fine() || fl.handedOn()):
		case own.Kind == statusOnly && !viaHelper:
			c.out.report(node, "%s does not mean success: CBC reports the failures of %s in %s with HTTP 200; check %s (%s)",
				c.out.text(node), rc.name, rc.ef.names(), rc.ef.names(), c.out.codes)
		default:
			c.out.report(r.cur.Node(), "%s of the %s response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check %s (%s)",
				rc.ef.names(), rc.name, rc.ef.names(), c.out.codes)
		}
		return
	}
	if r.thrown {
		j.settle(r, judgment{Kind: discarded}, nil, judgment{})
		return
	}
	if fl.examined && !onPath {
		return
	}
	if fl.handedOn() {
		// Returned or decoded into a parameter: the caller gets it and must
		// judge it, whatever unknown code it was also handed to or stored in.
		j.handOn(r, fl, cmp.Or(own, r.judged))
		return
	}
	if (fl.unknown || fl.stored) && !onPath {
		return
	}
	switch {
	case own.Kind == statusOnly && viaHelper:
		j.settle(r, judgment{}, node, own)
	case own.Kind == statusOnly:
		j.settle(r, own, node, judgment{})
	case r.isRaw && !fl.bodyRead && !probed(fl):
		j.settle(r, judgment{Kind: unread}, nil, judgment{})
	case r.judged.Kind == statusOnly:
		j.settle(r, judgment{}, nil, r.judged)
	}
}

// settle reports a reply fn judges wrongly (own: how; at: the comparison, or
// nil for the call; inner: a callee's judgment, reported at the call) when
// its host is CBC's, or leaves it to the caller as an obligation when the
// host depends on the arguments.
func (j *judge) settle(r reply, own judgment, at ast.Node, inner judgment) {
	c, s, report := j.c, j.s, j.report
	if r.host == "" {
		if r.param == -1 && r.src == nil {
			return
		}
		j := inner
		if j.Kind == judgedNot {
			j = own
		}
		if j.Inner == "" {
			j.Inner = c.out.where(r.cur.Node())
		}
		s.addLead(lead{Result: -1, Into: -1, Param: r.param, Judged: j, src: r.src, chain: r.chain})
		return
	}
	if !report {
		return
	}
	call, host, out := r.cur.Node().(*ast.CallExpr), r.host, c.out
	if r.note != "" {
		host += " (" + r.note + ")"
	}
	switch {
	case own.Kind == statusOnly:
		out.report(at, "%s does not mean success: %s answers errors with HTTP 200 and the error_code in the body (%s); decode the body and check error_code%s",
			out.text(at), host, out.codes, c.operationNote(r))
	case inner.Kind != judgedNot:
		// At the call of a helper: name it and the line in it that a reader can judge.
		if at, ok := at.(*ast.CallExpr); ok {
			call = at // the call of the helper that judges it
		}
		what := "never reads the body of the reply to this request to " + host
		switch inner.Kind {
		case statusOnly:
			what = "decides the success of this request to " + host + " by " + inner.Text + " alone"
		case discarded:
			what = "discards the reply to this request to " + host
		}
		out.report(call, "%s %s (%s): "+cbcAnswers, out.text(call.Fun), what, inner.Inner, out.codes)
	case own.Kind == discarded && r.helper && !r.isRaw:
		out.report(call, "what %s returns from %s is discarded, so its error_code goes unchecked: CBC answers errors with HTTP 200 (%s); keep it and check error_code",
			out.text(call.Fun), host, out.codes)
	case own.Kind == discarded:
		out.report(call, "the %s reply is discarded, so its error_code goes unchecked: "+cbcAnswers+"%s", host, out.codes, c.operationNote(r))
	case own.Kind == unread:
		out.report(call, "the body of this %s reply is never read, so its error_code goes unchecked: "+cbcAnswers+"%s", host, out.codes, c.operationNote(r))
	}
}

// handOn adds the lead of a reply fn hands on through a result or a
// parameter, when its host is CBC's or depends on the arguments.
func (jd *judge) handOn(r reply, fl *flow, j judgment) {
	s := jd.s
	if r.host == "" && r.param == -1 && r.src == nil {
		return
	}
	for k := range fl.results {
		s.addLead(lead{Result: k, Into: -1, Param: r.param, Host: r.host, Note: r.note, Judged: j, src: r.src, chain: r.chain})
	}
	for i := range fl.intos {
		s.addLead(lead{Result: -1, Into: i, Param: r.param, Host: r.host, Note: r.note, Judged: j, src: r.src, chain: r.chain})
	}
}

// replies returns the CBC replies fn obtains at call: a typed response, the
// reply of a request an HTTP library sends, or a reply a callee hands on.
func (j *judge) replies(call ssa.CallInstruction) []reply {
	c := j.c
	cur, ok := c.callAt[call.Common().Pos()]
	if !ok {
		return nil
	}
	ce := cur.Node().(*ast.CallExpr)
	if rc, ok := c.responseCall(ce); ok {
		if c.reportsNoErrors(rc) {
			return nil
		}
		v, thrown := resultValue(call, 0)
		thrown = thrown || thrownAt(cur)
		return []reply{{call: call, cur: cur, values: v, thrown: thrown, typed: &rc, result: 0}}
	}
	callee := callee(call)
	if callee == nil {
		if req := sentRequest(call.Common()); req != nil {
			return []reply{j.rawReply(call, cur, req)}
		}
		return nil
	}
	if obj, ok := origin(callee).Object().(*types.Func); ok {
		if lib, ok := libraryCall(obj); ok {
			if !lib.send {
				return nil
			}
			r := j.rawReply(call, cur, call.Value())
			if isRestyResponse(obj.Signature().Results().At(0).Type()) && c.restyKeepsBody(ce) {
				targets, known := restyTargets(call)
				r.decoded = !known
				if r.thrown && len(targets) > 0 {
					r.thrown, r.values = false, nil
				}
				r.values = append(r.values, targets...)
			}
			return []reply{r}
		}
	}
	s, ok := c.summaryOf(callee)
	if !ok {
		return nil
	}
	return j.leadReplies(call, cur, s)
}

// rawReply is the reply of a request an HTTP library sends at call to the
// URL or request v.
func (j *judge) rawReply(call ssa.CallInstruction, cur inspector.Cursor, v ssa.Value) reply {
	res, thrown := resultValue(call, 0)
	r := reply{call: call, cur: cur, values: res, thrown: thrown || thrownAt(cur), isRaw: true, param: -1}
	j.c.locate(&r, j.fn, v)
	return r
}

// sentRequest returns the request handed to a call of an interface method
// or a function value shaped like (*http.Client).Do, which returns an
// *http.Response; nil for any other call.
func sentRequest(common *ssa.CallCommon) ssa.Value {
	if res := common.Signature().Results(); res.Len() > 0 && isHTTPResponse(res.At(0).Type()) {
		for _, a := range common.Args {
			if isHTTPRequest(a.Type()) {
				return a
			}
		}
	}
	return nil
}

// leadReplies returns the replies a callee with summary s hands the call
// (calleeArgs gives a method value's bound receiver as its first argument).
func (j *judge) leadReplies(call ssa.CallInstruction, cur inspector.Cursor, s *summary) []reply {
	c, fn := j.c, j.fn
	var out []reply
	for _, l := range s.Leads {
		r := reply{call: call, cur: cur, result: l.Result, judged: l.Judged, helper: true, param: -1}
		c.instantiate(&r, fn, call, l)
		switch {
		case l.Result >= 0:
			v, thrown := resultValue(call, l.Result)
			r.values, r.thrown = v, thrown || l.Result == 0 && thrownAt(cur)
			r.isRaw = l.Result < call.Common().Signature().Results().Len() && isReply(call.Common().Signature().Results().At(l.Result).Type())
		case l.Into >= 0:
			_, args := calleeArgs(call)
			if l.Into >= len(args) {
				continue
			}
			if target := unwrap(args[l.Into]); isNilConst(target) {
				r.obligation = true // decoded nowhere: judged where it was
				if r.judged.Kind == judgedNot {
					continue
				}
			} else {
				r.values = []ssa.Value{target}
			}
		default:
			r.obligation = true
		}
		out = append(out, r)
	}
	return out
}

// restyTargets returns where the resty request sent at call decodes its
// answer (SetResult, SetError), and whether the analysis saw how the
// request was built.
func restyTargets(call ssa.CallInstruction) ([]ssa.Value, bool) {
	var out []ssa.Value
	args := call.Common().Args
	for len(args) > 0 {
		c, ok := args[0].(*ssa.Call)
		if !ok {
			return out, false
		}
		callee := c.Call.StaticCallee()
		if callee == nil {
			return out, false
		}
		switch callee.Name() {
		case "SetResult", "SetError":
			if len(c.Call.Args) == 2 {
				out = append(out, unwrap(c.Call.Args[1]))
			}
		case "SetOutput", "SetDoNotParseResponse":
			return out, false
		case "R", "NewRequest":
			return out, true
		}
		args = c.Call.Args
	}
	return out, false
}

// resultValue returns the value of result k of call, if it is taken, and
// whether it is thrown away.
func resultValue(call ssa.CallInstruction, k int) ([]ssa.Value, bool) {
	c, ok := call.(*ssa.Call)
	if !ok {
		return nil, true
	}
	if _, tuple := c.Type().(*types.Tuple); !tuple {
		if k != 0 || len(usefulRefs(c)) == 0 {
			return nil, true
		}
		return []ssa.Value{c}, false
	}
	for _, r := range usefulRefs(c) {
		if e, ok := r.(*ssa.Extract); ok && e.Index == k {
			return []ssa.Value{e}, false
		}
	}
	return nil, true
}

func usefulRefs(v ssa.Value) []ssa.Instruction {
	var out []ssa.Instruction
	if refs := v.Referrers(); refs != nil {
		for _, r := range *refs {
			if _, ok := r.(*ssa.DebugRef); !ok {
				out = append(out, r)
			}
		}
	}
	return out
}

// thrownAt reports whether the first result of the call at cur is thrown
// away: the call is a statement, or its first result is assigned to _.
func thrownAt(cur inspector.Cursor) bool {
	at := check.Outer(cur)
	switch p := at.Parent().Node().(type) {
	case *ast.ExprStmt:
		return true
	case *ast.AssignStmt:
		if len(p.Rhs) == 1 && len(p.Lhs) > 0 {
			id, ok := ast.Unparen(p.Lhs[0]).(*ast.Ident)
			return ok && id.Name == "_"
		}
	case *ast.ValueSpec:
		return len(p.Values) == 1 && len(p.Names) > 0 && p.Names[0].Name == "_"
	}
	return false
}

// locate sets where the request of r, sent in fn, goes: the CBC host its
// URL or request v names (a value of the function at the end of chain), or
// else the parameter or value its callers evaluate.
func (c *checker) locate(r *reply, fn *ssa.Function, v ssa.Value, chain ...ssa.CallInstruction) {
	u := c.values.value(fn, v, chain...)
	r.host, r.note = u.host, u.note
	if r.host == "" {
		r.src, r.chain, r.param = v, chain, paramOf(u)
	}
}

// instantiate sets, for a lead of the callee of call, the host of its
// request at this call; when it still depends on fn's arguments, the
// parameter or the value to evaluate at fn's callers.
func (c *checker) instantiate(r *reply, fn *ssa.Function, call ssa.CallInstruction, l lead) {
	_, args := calleeArgs(call)
	mc, _ := call.Common().Value.(*ssa.MakeClosure)
	switch {
	case l.Host != "":
		r.host, r.note = l.Host, l.Note
	case l.src != nil:
		c.locate(r, fn, l.src, append([]ssa.CallInstruction{call}, l.chain...)...)
	case l.Param >= 0 && l.Param < len(args):
		c.locate(r, fn, args[l.Param])
	case l.Param <= freeVarBase && mc != nil && freeVarBase-l.Param < len(mc.Bindings):
		c.locate(r, fn, mc.Bindings[freeVarBase-l.Param])
	}
}

// paramOf returns the parameter a value is, or -1.
func paramOf(u val) int {
	if u.kind == paramVal {
		return u.param
	}
	return -1
}

// carriesBody reports whether a value of type t may hold a reply's body: a
// response, raw bytes, a map, an interface other than error, or a type that
// carries an error_code.
func carriesBody(t types.Type) bool {
	if check.IsNamed(t, "", "error") {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface, *types.Map:
		return true
	case *types.Slice:
		if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
			return true
		}
	}
	return isReply(t) || carriesErrors(t)
}
