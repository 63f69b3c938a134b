package cbcstatus

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"maps"
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

// reply is a CBC reply a function obtains at a call. Its lead says where
// its request goes (Host and Note; or, when the host is unknown, Param, or
// src at the end of chain) and how a callee judged it (Judged); its
// caller's lead when it is handed on.
type reply struct {
	lead
	call    ssa.CallInstruction
	cur     inspector.Cursor // the call in the syntax tree
	values  []ssa.Value      // where it is held: a result of the call
	into    []ssa.Value      // the variables it is decoded into
	thrown  bool             // the result is thrown away
	typed   *responseCall    // a response of a CBC client package
	isRaw   bool             // a net/http, resty or retryablehttp reply (not what a helper decoded)
	helper  bool             // obtained through a helper (a lead of a callee)
	decoded bool             // resty decodes its body where the analysis does not follow
}

// judge judges the replies one function obtains, adding to its summary
// what its callers must know, and reporting what it does wrong.
type judge struct {
	c  *checker
	fn *ssa.Function
	s  *summary
}

// analyse computes fn's summary and reports what fn does wrong with the
// CBC replies it obtains.
func (c *checker) analyse(fn *ssa.Function) *summary {
	s := newSummary(len(fn.Params))
	for i, p := range fn.Params {
		if !answerParam(p.Type()) {
			continue
		}
		fl := c.trace(fn, p)
		s.Params[i] = fl.does
		for _, j := range slices.Sorted(maps.Keys(fl.intos)) {
			s.Into = append(s.Into, [2]int{i, j}) // never i itself: it is traced
		}
		if dec := c.paths().statusPath(c, fn, nil, fl); dec != nil && !fl.handedOn() {
			// Some path declares success by the status alone: the helper
			// does not examine what it is handed, whatever other paths do.
			s.Params[i] &^= usesExamines
			own, inner, _ := c.judgmentOf(dec, fl)
			s.Decides[i] = cmp.Or(own, inner)
		}
	}
	s.Preds = c.paths().predicates(c, fn)
	jd := &judge{c: c, fn: fn, s: s}
	urlResults(c.values, fn, s)
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if call, ok := instr.(ssa.CallInstruction); ok {
				for _, r := range jd.replies(call) {
					jd.reply(r)
				}
			}
		}
	}
	return s
}

// answerParam reports whether a parameter of type t may be handed a reply,
// its body or what was decoded from it: a response, raw bytes, a map, an
// interface other than error, or a type that carries an error_code; but not
// an empty interface (a terraform provider's meta interface{}) nor text: a
// parameter of either kind is not followed (a helper handed the body as
// text is not known to examine it).
func answerParam(t types.Type) bool {
	if check.IsNamed(t, "", "error") || check.IsNamed(t, "context", "Context") {
		return false
	}
	switch u := t.Underlying().(type) {
	case *types.Interface:
		return !u.Empty()
	case *types.Map:
		return true
	case *types.Slice:
		return types.Identical(u.Elem().Underlying(), types.Typ[types.Byte]) || carriesErrors(t)
	}
	return isReply(t) || carriesErrors(t)
}

// judgmentOf returns how a status decision (nil: none) judges the reply of
// fl and where: the decision itself (own), or, for a helper's judgment
// returned as the success (return checkStatus(resp)), the helper's (inner),
// at its call.
func (c *checker) judgmentOf(dec *decision, fl *flow) (own, inner judgment, at ast.Node) {
	if dec == nil {
		return
	}
	if call, ok := dec.cond.(*ssa.Call); ok && dec.returned && callee(call) != nil {
		s, _ := c.summaryOf(callee(call))
		_, args := calleeArgs(call)
		for i, a := range args {
			if cur, found := c.callAt[call.Call.Pos()]; found && s != nil && i < len(s.Decides) && s.Decides[i].Kind == statusOnly && fl.values[unwrap(a)] {
				return judgment{}, s.Decides[i], cur.Node()
			}
		}
	}
	if at = c.decisionNode(dec); at == nil {
		return
	}
	return judgment{Kind: statusOnly, Inner: c.out.where(at), Text: c.out.text(at)}, judgment{}, at
}

// probed reports whether the reply's status is compared with a constant
// (resp.StatusCode == 429, a switch): a probe, not a reply left unread.
func probed(fl *flow) bool {
	for v := range fl.statusVals {
		for _, r := range usefulRefs(v) {
			if b, ok := r.(*ssa.BinOp); ok && (b.Op == token.EQL || b.Op == token.NEQ) && (is[*ssa.Const](b.X) || is[*ssa.Const](b.Y)) {
				return true
			}
		}
	}
	return false
}

// reply judges one reply of fn: it reports what is wrong with it when it is
// a response of a CBC client package or its host is a CBC endpoint, and
// adds a lead to s when its caller must judge it.
func (j *judge) reply(r reply) {
	fl := j.c.follow(j.fn, r.values, r.into)
	// A path that declares success by the status alone is found whatever
	// other paths do with the reply; a reply handed on after a status
	// decision is handed on judged by it.
	own, inner, at := j.c.judgmentOf(j.c.paths().statusPath(j.c, j.fn, r.call, fl), fl)
	onPath := cmp.Or(own, inner).Kind == statusOnly && !fl.handedOn()
	switch {
	case r.thrown:
		j.settle(r, judgment{Kind: discarded}, nil, judgment{})
	case fl.handedOn() && (r.typed != nil || fl.does&usesExamines != 0):
		// Examined, or a response handed on in its own type.
	case fl.handedOn():
		// Returned or decoded into a parameter: the caller gets it and must
		// judge it, whatever unknown code it was also handed to or stored
		// in.
		l := r.lead
		l.Judged = cmp.Or(own, inner, r.Judged)
		for k := range fl.results {
			l.Result, l.Into = k, -1
			j.s.addLead(l)
		}
		for i := range fl.intos {
			l.Result, l.Into = -1, i
			j.s.addLead(l)
		}
	case fl.does != 0 && !onPath:
	case onPath:
		j.settle(r, own, at, inner)
	case r.typed != nil || r.isRaw && !fl.bodyRead && !r.decoded && !probed(fl):
		j.settle(r, judgment{Kind: unread}, nil, judgment{})
	case r.Judged.Kind == statusOnly:
		j.settle(r, judgment{}, nil, r.Judged)
	}
}

// settle reports a reply fn judges wrongly (own: how; at: the comparison, or
// nil for the call; inner: a callee's judgment, reported at the call) when
// it is a response or its host is CBC's, or leaves it to the caller as an
// obligation when the host depends on the arguments.
func (j *judge) settle(r reply, own judgment, at ast.Node, inner judgment) {
	out := j.c.out
	if rc := r.typed; rc != nil {
		switch own.Kind {
		case discarded:
			out.reportFix(r.cur.Node(), responseFix(j.c.pass, check.Outer(r.cur).Parent(), *rc), "the %s response is discarded, but CBC reports failures in its %s with HTTP 200 and a nil error: check %s (%s)",
				rc.name, rc.ef.names(), rc.ef.names(), out.codes)
		case statusOnly:
			out.report(at, "%s does not mean success: CBC reports the failures of %s in %s with HTTP 200; check %s (%s)",
				out.text(at), rc.name, rc.ef.names(), rc.ef.names(), out.codes)
		default:
			out.report(r.cur.Node(), "%s of the %s response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check %s (%s)",
				rc.ef.names(), rc.name, rc.ef.names(), out.codes)
		}
		return
	}
	if r.Host == "" {
		l := r.lead
		l.Result, l.Into, l.Judged = -1, -1, inner
		if l.Judged.Kind == judgedNot {
			l.Judged = own
		}
		l.Judged.Inner = cmp.Or(l.Judged.Inner, out.where(r.cur.Node()))
		j.s.addLead(l)
		return
	}
	call, host := r.cur.Node().(*ast.CallExpr), r.Host
	if r.Note != "" {
		host += " (" + r.Note + ")"
	}
	switch {
	case own.Kind == statusOnly:
		out.report(at, "%s does not mean success: %s answers errors with HTTP 200 and the error_code in the body (%s); decode the body and check error_code%s",
			out.text(at), host, out.codes, j.c.operationNote(r))
	case inner.Kind != judgedNot:
		// At the call of a helper: name it and the line in it that a reader can judge.
		if at, ok := at.(*ast.CallExpr); ok {
			call = at // the call of the helper that judges it
		}
		what := map[findingKind]string{
			statusOnly: "decides the success of this request to " + host + " by " + inner.Text + " alone",
			unread:     "never reads the body of the reply to this request to " + host,
			discarded:  "discards the reply to this request to " + host,
		}[inner.Kind]
		out.report(call, "%s %s (%s): "+cbcAnswers, out.text(call.Fun), what, inner.Inner, out.codes)
	case own.Kind == discarded && r.helper && !r.isRaw:
		out.report(call, "what %s returns from %s is discarded, so its error_code goes unchecked: CBC answers errors with HTTP 200 (%s); keep it and check error_code",
			out.text(call.Fun), host, out.codes)
	case own.Kind == discarded:
		out.report(call, "the %s reply is discarded, so its error_code goes unchecked: "+cbcAnswers+"%s", host, out.codes, j.c.operationNote(r))
	case own.Kind == unread:
		out.report(call, "the body of this %s reply is never read, so its error_code goes unchecked: "+cbcAnswers+"%s", host, out.codes, j.c.operationNote(r))
	}
}

// replies returns the CBC replies fn obtains at call: a typed response, the
// reply of a request an HTTP library sends, or a reply a callee hands on.
func (j *judge) replies(call ssa.CallInstruction) []reply {
	cur, ok := j.c.callAt[call.Common().Pos()]
	if !ok {
		return nil
	}
	rc, typed := j.c.responseCall(cur.Node().(*ast.CallExpr))
	callee, req := callee(call), sentRequest(call.Common())
	lib, isLib := libraryCalls[callName(callee)]
	switch {
	case typed && j.c.reportsNoErrors(rc):
		return nil
	case typed:
		r := replyAt(call, cur, 0)
		r.typed = &rc
		return []reply{r}
	case callee == nil && req != nil:
		return []reply{j.rawReply(call, cur, req)}
	case callee == nil || isLib && !lib.send:
		return nil
	case isLib:
		r := j.rawReply(call, cur, call.Value())
		if isRestyResponse(call.Common().Signature().Results().At(0).Type()) {
			r.into, r.decoded = restyTargets(call)
			if r.thrown && len(r.into) > 0 {
				r.thrown, r.values = false, nil
			}
		}
		return []reply{r}
	}
	if s, ok := j.c.summaryOf(callee); ok {
		return j.leadReplies(call, cur, s)
	}
	return nil
}

// rawReply is the reply of a request an HTTP library sends at call to the
// URL or request v.
func (j *judge) rawReply(call ssa.CallInstruction, cur inspector.Cursor, v ssa.Value) reply {
	r := replyAt(call, cur, 0)
	r.isRaw = true
	j.c.locate(&r, j.fn, v)
	return r
}

// replyAt is the reply result k of the call at cur holds.
func replyAt(call ssa.CallInstruction, cur inspector.Cursor, k int) reply {
	r := reply{lead: lead{Param: -1}, call: call, cur: cur, values: resultValue(call, k)}
	r.thrown = len(r.values) == 0 || k == 0 && thrownAt(cur)
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
// (calleeArgs gives a method value's bound receiver as its first argument),
// and settles those the callee judged and kept.
func (j *judge) leadReplies(call ssa.CallInstruction, cur inspector.Cursor, s *summary) []reply {
	_, args := calleeArgs(call)
	mc, _ := call.Common().Value.(*ssa.MakeClosure)
	var out []reply
	for _, l := range s.Leads {
		r := reply{lead: lead{Param: -1, Judged: l.Judged}, call: call, cur: cur, helper: true}
		// The host of its request at this call; when it still depends on
		// fn's arguments, the parameter or the value to evaluate at fn's
		// callers.
		switch {
		case l.Host != "":
			r.Host, r.Note = l.Host, l.Note
		case l.src != nil:
			j.c.locate(&r, j.fn, l.src, append([]ssa.CallInstruction{call}, l.chain...)...)
		case l.Param >= 0 && l.Param < len(args):
			j.c.locate(&r, j.fn, args[l.Param])
		case l.Param <= freeVarBase && mc != nil && freeVarBase-l.Param < len(mc.Bindings):
			j.c.locate(&r, j.fn, mc.Bindings[freeVarBase-l.Param])
		}
		switch {
		case l.Result >= 0:
			r.values = resultValue(call, l.Result)
			r.thrown = len(r.values) == 0 || l.Result == 0 && thrownAt(cur)
			results := call.Common().Signature().Results()
			r.isRaw = l.Result < results.Len() && isReply(results.At(l.Result).Type())
		case l.Into >= len(args):
			continue
		case l.Into >= 0 && !isNilConst(unwrap(args[l.Into])):
			r.into = []ssa.Value{unwrap(args[l.Into])}
		case l.Into >= 0 && r.Judged.Kind == judgedNot:
			continue // decoded nowhere and judged nowhere
		default: // judged in the callee, where the reply stays, or decoded nowhere: judged where it was
			j.settle(r, judgment{}, nil, r.Judged)
			continue
		}
		out = append(out, r)
	}
	return out
}

// restyTargets returns where the resty request sent at call decodes its
// answer (SetResult, SetError), and whether it decodes it where the
// analysis does not follow (SetOutput, or a request built out of sight: by
// a function, through an interface). A request made by R() (or NewRequest)
// with neither SetResult nor SetOutput keeps its body in the reply, where
// it is followed: nil, false.
func restyTargets(call ssa.CallInstruction) (into []ssa.Value, unseen bool) {
	keeps := false // the body is decoded elsewhere
	for args := call.Common().Args; len(args) > 0; {
		c, ok := args[0].(*ssa.Call)
		if !ok {
			return into, true
		}
		fn := c.Call.StaticCallee()
		if m := c.Call.Method; m != nil && !keeps && (m.Name() == "R" || m.Name() == "NewRequest") {
			return nil, false // a client's R() through an interface
		} else if fn == nil {
			return into, true
		}
		switch fn.Name() {
		case "SetResult", "SetError":
			if len(c.Call.Args) == 2 {
				into = append(into, unwrap(c.Call.Args[1]))
			}
			keeps = keeps || fn.Name() == "SetResult"
		case "SetOutput", "SetDoNotParseResponse":
			return into, true
		case "R", "NewRequest":
			if !keeps {
				return nil, false
			}
			return into, false
		}
		keeps = keeps || fn.Signature.Recv() == nil // made by a function
		args = c.Call.Args
	}
	return into, true
}

// resultValue returns the value of result k of call, if it is taken; none
// when it is thrown away.
func resultValue(call ssa.CallInstruction, k int) []ssa.Value {
	c, ok := call.(*ssa.Call)
	if !ok {
		return nil
	}
	for _, r := range usefulRefs(c) {
		if e, ok := r.(*ssa.Extract); ok && e.Index == k {
			return []ssa.Value{e}
		}
	}
	if _, tuple := c.Type().(*types.Tuple); !tuple && k == 0 && len(usefulRefs(c)) > 0 {
		return []ssa.Value{c}
	}
	return nil
}

// thrownAt reports whether the first result of the call at cur is assigned
// to _, which SSA still extracts from a call's results (resultValue finds a
// call used as a statement thrown away: nothing uses its results).
func thrownAt(cur inspector.Cursor) bool {
	switch p := check.Outer(cur).Parent().Node().(type) {
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

// usefulRefs returns the instructions that use v (the package is built
// without debug references).
func usefulRefs(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

// locate sets where the request of r, sent in fn, goes: the CBC host its
// URL or request v names (a value of the function at the end of chain), or
// else the parameter or value its callers evaluate.
func (c *checker) locate(r *reply, fn *ssa.Function, v ssa.Value, chain ...ssa.CallInstruction) {
	u := c.values.value(fn, v, chain...)
	r.Host, r.Note = u.host, u.note
	if r.Host == "" {
		r.src, r.chain, r.Param = v, chain, paramOf(u)
	}
}

// paramOf returns the parameter a value is, or -1.
func paramOf(u val) int {
	if u.kind == paramVal {
		return u.param
	}
	return -1
}
