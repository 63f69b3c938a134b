package cbcstatus

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"
)

// httpState is what the checks of requests know about the package, built by
// the first checkHTTP.
type httpState struct {
	root       inspector.Cursor
	http       *httpIndex // built on first use
	originMemo map[memoKey]string
	prefixMemo map[memoKey]prefixResult
	rets       map[retKey]retList
	cursors    map[*types.Func]inspector.Cursor
	own        map[*types.Func][]finding // findings of each function on its own, no arguments bound
	sends      map[*types.Func]string    // the CBC host each function sends to on its own
	decides    map[*types.Func]bool      // whether a function may send a request or read a status
	busy       map[*types.Func]bool      // helpers being evaluated, against recursion
	sinkParams map[*types.Func]map[*types.Var]bool
}

// findingKind says what a function does wrong with a CBC reply.
type findingKind int

const (
	statusOnly findingKind = iota // success decided by the status
	unread                        // the body is never read
	discarded                     // the response, or what a helper returns from it, is thrown away
)

// finding is a wrong use of a CBC reply, at a comparison or a call; inner is,
// for a finding at the call of a helper, where in the helper it happens.
type finding struct {
	kind   findingKind
	at     ast.Node
	host   string
	inner  ast.Node
	helper *types.Func // the helper called at at, for findings inside it or on what it returns
}

// checkHTTP reports, in the function at fd, what it does wrong with the
// replies of requests to CBC endpoints, when it never examines an error_code.
func (c *checker) checkHTTP(fd inspector.Cursor) {
	if c.httpState == nil {
		c.httpState = &httpState{
			root:       c.pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root(),
			originMemo: map[memoKey]string{},
			prefixMemo: map[memoKey]prefixResult{},
			rets:       map[retKey]retList{},
			cursors:    map[*types.Func]inspector.Cursor{},
			own:        map[*types.Func][]finding{},
			sends:      map[*types.Func]string{},
			decides:    map[*types.Func]bool{},
			busy:       map[*types.Func]bool{},
			sinkParams: map[*types.Func]map[*types.Var]bool{},
		}
	}
	fn := c.pass.TypesInfo.Defs[fd.Node().(*ast.FuncDecl).Name].(*types.Func)
	for _, f := range c.findings(fn, fd, nil) {
		c.reportFinding(f)
	}
}

// findings returns what the function fn at fd, with the arguments bound in
// in, does wrong with CBC replies.
func (c *checker) findings(fn *types.Func, fd inspector.Cursor, in *env) []finding {
	if c.examines[fn] || c.busy[fn] {
		return nil
	}
	if in == nil {
		if fs, ok := c.own[fn]; ok {
			return fs
		}
	}
	c.busy[fn] = true
	defer delete(c.busy, fn)

	var out []finding
	usesOf := func(v *types.Var) []inspector.Cursor { return c.usesOf(fd, v) }
	done := map[*types.Var]bool{} // one finding per response
	for cur := range fd.Preorder((*ast.SelectorExpr)(nil)) {
		resp, cmp := c.statusDecision(cur)
		if cmp == nil {
			continue
		}
		if c.handsBodyOn(fn) {
			break // the caller gets the answer and judges it
		}
		if lit, ok := enclosingFunc(cur).(*ast.FuncLit); ok {
			if sig, ok := c.pass.TypesInfo.TypeOf(lit).(*types.Signature); ok && returnsBody(sig) {
				continue
			}
		}
		host := c.origin(resp, 0, 0, in)
		if host == "" {
			continue
		}
		if id, ok := ast.Unparen(resp).(*ast.Ident); ok {
			v, _ := c.pass.TypesInfo.Uses[id].(*types.Var)
			if done[v] || c.escapes(usesOf(v)) {
				continue
			}
			done[v] = true
		}
		out = append(out, finding{kind: statusOnly, at: cmp, host: host})
	}
	for cur := range fd.Preorder((*ast.CallExpr)(nil)) {
		callee := typeutil.StaticCallee(c.pass.TypesInfo, cur.Node().(*ast.CallExpr))
		if callee == nil {
			continue
		}
		if f, ok := c.replyFinding(cur, callee, in, done, usesOf); ok {
			out = append(out, f)
		}
		if callee.Pkg() == c.pass.Pkg && callee != fn && c.decls[callee] != nil {
			for _, f := range c.helperFindings(callee, cur, in) {
				if f.kind == statusOnly && c.answerGoesOn(cur, callee, usesOf) {
					continue // judged where the answer goes
				}
				out = append(out, f)
			}
		}
	}
	if in == nil {
		c.own[fn] = out
	}
	return out
}

// replyFinding reports a CBC reply that the call at cur returns and that is
// thrown away, or whose body is never read: a response of net/http, resty or
// retryablehttp, or a helper's response or what it returns from one (decoded
// JSON, a map, bytes).
func (c *checker) replyFinding(cur inspector.Cursor, callee *types.Func, in *env, done map[*types.Var]bool, usesOf func(*types.Var) []inspector.Cursor) (finding, bool) {
	call := cur.Node().(*ast.CallExpr)
	res := callee.Signature().Results()
	if res.Len() == 0 {
		return finding{}, false
	}
	t := res.At(0).Type()
	lib, isLib := libraryCall(callee)
	helper := callee.Pkg() == c.pass.Pkg && c.decls[callee] != nil
	if !isLib && !helper || isLib && !lib.send || helper && c.examines[callee] {
		return finding{}, false
	}
	thrown, v, ok := c.resultOf(cur)
	if !ok {
		return finding{}, false
	}
	if isReply(t) {
		if !thrown && (done[v] || c.readsBody(usesOf(v), enclosingFunc(cur))) {
			return finding{}, false
		}
		if isLib && isRestyResponse(t) && c.restyKeepsBody(call) {
			return finding{}, false
		}
		host := c.origin(call, 0, 0, in)
		if host == "" {
			return finding{}, false
		}
		if v != nil {
			done[v] = true
		}
		f := finding{kind: unread, at: call, host: host}
		if thrown {
			f.kind = discarded
		}
		if helper {
			f.helper = callee
		}
		return f, true
	}
	if !helper || !thrown || !carriesBody(t) {
		return finding{}, false
	}
	b, ok := c.bind(callee, call, in)
	if !ok {
		return finding{}, false
	}
	host := c.sendsTo(callee, b)
	return finding{kind: discarded, at: call, host: host, helper: callee}, host != ""
}

// answerGoesOn reports whether the answer that the helper called at cur
// decodes leaves the calling function, to be judged by whoever gets it: the
// function returns the body or a type carrying error_code, or an argument of
// the call is where the answer goes (&out, out of a type carrying error_code,
// or any out the helper decodes into) and that is returned, stored, sent, or
// not a local variable.
func (c *checker) answerGoesOn(cur inspector.Cursor, helper *types.Func, usesOf func(*types.Var) []inspector.Cursor) bool {
	fn := enclosingFunc(cur)
	switch fn := fn.(type) {
	case *ast.FuncDecl:
		if c.handsBodyOn(c.pass.TypesInfo.Defs[fn.Name].(*types.Func)) {
			return true
		}
	case *ast.FuncLit:
		if sig, ok := c.pass.TypesInfo.TypeOf(fn).(*types.Signature); ok && returnsBody(sig) {
			return true
		}
	}
	params := helper.Signature().Params()
	for i, a := range cur.Node().(*ast.CallExpr).Args {
		sink := i < params.Len() && c.sinks(helper)[params.At(i)]
		a = ast.Unparen(a)
		addr := false
		if u, ok := a.(*ast.UnaryExpr); ok && u.Op == token.AND {
			a, addr = ast.Unparen(u.X), true
		}
		id, ok := a.(*ast.Ident)
		if !ok {
			continue
		}
		v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
		if !ok || !addr && !sink && !carriesErrors(v.Type()) {
			continue
		}
		if !localTo(v, fn) || c.escapes(usesOf(v)) {
			return true
		}
	}
	return false
}

// decoders are the functions that decode an answer into one of their
// arguments, by full name, with that argument's index.
var decoders = map[string]int{
	"encoding/json.Unmarshal":                1,
	"(*encoding/json.Decoder).Decode":        0,
	"encoding/xml.Unmarshal":                 1,
	"(*encoding/xml.Decoder).Decode":         0,
	"(*" + restyPath + ".Request).SetResult": 0,
	"(*" + restyPath + ".Request).SetError":  0,
}

// sinks returns the parameters of the helper fn that it decodes an answer
// into: handed to a decoder, or to a sink of another helper of the package.
func (c *checker) sinks(fn *types.Func) map[*types.Var]bool {
	if s, ok := c.sinkParams[fn]; ok {
		return s
	}
	out := map[*types.Var]bool{}
	c.sinkParams[fn] = out // cycles: none yet
	ast.Inspect(c.decls[fn].Body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		callee := typeutil.StaticCallee(c.pass.TypesInfo, call)
		if callee == nil {
			return true
		}
		for i, a := range call.Args {
			id, ok := ast.Unparen(a).(*ast.Ident)
			if !ok {
				continue
			}
			p, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
			if !ok || p.Pos() < c.decls[fn].Type.Pos() || p.Pos() >= c.decls[fn].Type.End() {
				continue // not a parameter of fn
			}
			if at, ok := decoders[callee.FullName()]; ok && at == i {
				out[p] = true
			} else if callee.Pkg() == c.pass.Pkg && c.decls[callee] != nil && i < callee.Signature().Params().Len() && c.sinks(callee)[callee.Signature().Params().At(i)] {
				out[p] = true
			}
		}
		return true
	})
	return out
}

// resultOf says where the first result of the call at cur goes: thrown away
// (the call is a statement, or it is assigned to _), or into the local
// variable v of the innermost function; ok is false for anywhere else.
func (c *checker) resultOf(cur inspector.Cursor) (thrown bool, v *types.Var, ok bool) {
	at := check.Outer(cur)
	var lhs ast.Expr
	switch p := at.Parent().Node().(type) {
	case *ast.ExprStmt:
		return true, nil, true
	case *ast.AssignStmt:
		if len(p.Rhs) != 1 || p.Tok != token.DEFINE && p.Tok != token.ASSIGN {
			return false, nil, false
		}
		lhs = p.Lhs[0]
	case *ast.ValueSpec:
		if len(p.Values) != 1 {
			return false, nil, false
		}
		lhs = p.Names[0]
	default:
		return false, nil, false
	}
	id, ok := ast.Unparen(lhs).(*ast.Ident)
	if !ok {
		return false, nil, false
	}
	if id.Name == "_" {
		return true, nil, true
	}
	v, ok = c.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || !localTo(v, enclosingFunc(cur)) {
		return false, nil, false // a parameter, a named result, a variable of an enclosing function or the package
	}
	return false, v, true
}

// The end of every message: why, and what to do.
const (
	cbcAnswers = "CBC answers errors with HTTP 200 and the error_code in the body (%s); decode the body and check error_code"
)

func (c *checker) reportFinding(f finding) {
	if f.inner != nil {
		// At the call of a helper: name it and the line in it that a reader can judge.
		pos := c.pass.Fset.Position(f.inner.Pos())
		where := fmt.Sprintf("%s:%d", filepath.Base(pos.Filename), pos.Line)
		what := fmt.Sprintf("never reads the body of the reply to this request to %s", f.host)
		switch f.kind {
		case statusOnly:
			what = fmt.Sprintf("decides the success of this request to %s by %s alone", f.host, c.text(f.inner))
		case discarded:
			what = fmt.Sprintf("discards the reply to this request to %s", f.host)
		}
		c.report(f.at, "%s %s (%s): "+cbcAnswers, c.text(f.at.(*ast.CallExpr).Fun), what, where, c.codes)
		return
	}
	switch f.kind {
	case statusOnly:
		c.report(f.at, "%s does not mean success: %s answers errors with HTTP 200 and the error_code in the body (%s); decode the body and check error_code",
			c.text(f.at), f.host, c.codes)
	case unread:
		c.report(f.at, "the body of this %s reply is never read, so its error_code goes unchecked: "+cbcAnswers, f.host, c.codes)
	case discarded:
		if f.helper != nil && !isReply(f.helper.Signature().Results().At(0).Type()) {
			c.report(f.at, "what %s returns from %s is discarded, so its error_code goes unchecked: CBC answers errors with HTTP 200 (%s); keep it and check error_code",
				c.text(f.at.(*ast.CallExpr).Fun), f.host, c.codes)
			return
		}
		c.report(f.at, "the %s reply is discarded, so its error_code goes unchecked: "+cbcAnswers, f.host, c.codes)
	}
}
