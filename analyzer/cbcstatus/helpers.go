package cbcstatus

import (
	"go/ast"
	"go/types"
	"slices"

	"github.com/cbclint/cbclint/internal/check"
	"golang.org/x/tools/go/ast/inspector"
)

// Helpers of the package are evaluated at each call with that call's
// arguments: `self.post(SERVICE_BSS, "orders/…/renew", params)` reaches
// `fmt.Sprintf("https://%s.myhuaweicloud.com/v2/%s", service, resource)`, or
// the `case SERVICE_BSS:` of a switch on service, with service = "bss".

// maxHelpers bounds how many helper calls deep an argument is followed: it
// guards the stack only (summaries carry a finding up any chain of helpers).
const maxHelpers = 64

// env binds the parameters of a helper to the arguments of one call; the
// arguments are evaluated in the caller's env.
type env struct {
	args   map[*types.Var]ast.Expr
	caller *env
	depth  int
}

// arg returns the argument bound to the parameter v and the env to evaluate it in.
func (in *env) arg(v *types.Var) (ast.Expr, *env, bool) {
	if in == nil {
		return nil, nil, false
	}
	a, ok := in.args[v]
	return a, in.caller, ok
}

// bind binds the parameters of the helper fn to the arguments of call, which is
// evaluated in env in. It returns a nil env when no parameter is bound (the
// helper is then what it is without arguments), and false when the chain of
// helpers is too deep to follow.
func (c *checker) bind(fn *types.Func, call *ast.CallExpr, in *env) (*env, bool) {
	depth := 1
	if in != nil {
		depth = in.depth + 1
	}
	if depth > maxHelpers {
		return nil, false
	}
	sig := fn.Signature()
	if len(call.Args) != sig.Params().Len() && !sig.Variadic() {
		return nil, true // f(g()) with several results
	}
	args := map[*types.Var]ast.Expr{}
	for i := range sig.Params().Len() {
		if sig.Variadic() && i == sig.Params().Len()-1 || i >= len(call.Args) {
			break
		}
		args[sig.Params().At(i)] = call.Args[i]
	}
	if len(args) == 0 {
		return nil, true
	}
	return &env{args: args, caller: in, depth: depth}, true
}

// helperOrigin is the origin of what the helper fn of this package returns at
// call: what it returns whatever the arguments, or else with them.
func (c *checker) helperOrigin(fn *types.Func, call *ast.CallExpr, index, depth int, in *env) string {
	host := memo(c.originMemo, memoKey{fn, nil}, func() string {
		rets, ok := c.returns(fn, index, nil)
		if !ok {
			return ""
		}
		return c.commonOrigin(rets, depth)
	})
	if host != "" {
		return host
	}
	callee, ok := c.bind(fn, call, in)
	if !ok || callee == nil {
		return ""
	}
	rets, ok := c.returns(fn, index, callee)
	if !ok {
		return ""
	}
	return memo(c.originMemo, memoKey{fn, callee}, func() string { return c.commonOrigin(rets, depth) })
}

// helperPrefix is helperOrigin for the leading text of a string.
func (c *checker) helperPrefix(fn *types.Func, call *ast.CallExpr, index, depth int, in *env) (string, bool) {
	if p, w, ok := c.foldedPrefix(fn, index, c.foldArgs(fn, call, depth, in)); ok && (w || c.cbcHost(p) != "") {
		return p, w
	}
	r := memo(c.prefixMemo, memoKey{fn, nil}, func() prefixResult {
		rets, ok := c.returns(fn, index, nil)
		if !ok {
			return prefixResult{}
		}
		p, w := c.commonPrefix(rets, depth)
		return prefixResult{p, w}
	})
	if r.whole || c.cbcHost(r.text) != "" {
		return r.text, r.whole
	}
	callee, ok := c.bind(fn, call, in)
	if !ok || callee == nil {
		return r.text, r.whole
	}
	rets, ok := c.returns(fn, index, callee)
	if !ok {
		return r.text, r.whole
	}
	r = memo(c.prefixMemo, memoKey{fn, callee}, func() prefixResult { p, w := c.commonPrefix(rets, depth); return prefixResult{p, w} })
	return r.text, r.whole
}

// returns returns the values the function fn of this package returns as its
// result index, leaving out nil and the cases of a switch that in rules out;
// ok is false for naked returns.
func (c *checker) returns(fn *types.Func, index int, in *env) ([]valueRef, bool) {
	key := retKey{fn, index}
	r, done := c.rets[key]
	if !done {
		r = c.collectReturns(fn, index)
		c.rets[key] = r
	}
	if !r.ok {
		return nil, false
	}
	var out []valueRef
	for _, v := range r.vals {
		if c.live(v.guards, in) {
			v.in = in
			out = append(out, v)
		}
	}
	return out, len(out) > 0
}

type retKey struct {
	fn    *types.Func
	index int
}

type retList struct {
	vals []valueRef
	ok   bool
}

func (c *checker) collectReturns(fn *types.Func, index int) retList {
	fd := c.decls[fn]
	if fd == nil {
		return retList{}
	}
	n := fn.Signature().Results().Len()
	r := retList{ok: true}
	walkGuarded(fd.Body, nil, func(node ast.Node, guards []guard) bool {
		switch ret := node.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt:
			switch {
			case len(ret.Results) == n && index < n:
				if !check.IsNil(c.pass, ret.Results[index]) {
					r.vals = append(r.vals, valueRef{expr: ret.Results[index], guards: guards})
				}
			case len(ret.Results) == 1 && n > 1:
				r.vals = append(r.vals, valueRef{expr: ret.Results[0], index: index, guards: guards})
			default:
				r.ok = false
			}
		}
		return true
	})
	r.ok = r.ok && len(r.vals) > 0
	return r
}

// guard is the case of a switch on a value (switch service { case "bss": … })
// that a statement is in.
type guard struct {
	tag       ast.Expr
	cases     []ast.Expr // the case's values, or for default those of the other cases
	isDefault bool
}

// walkGuarded calls visit for every node under root, with the switch cases
// around it; visit returns whether to look inside the node.
func walkGuarded(root ast.Node, guards []guard, visit func(ast.Node, []guard) bool) {
	ast.Inspect(root, func(n ast.Node) bool {
		sw, ok := n.(*ast.SwitchStmt)
		if !ok || sw.Tag == nil {
			return n == nil || visit(n, guards)
		}
		if !visit(sw, guards) {
			return false
		}
		if sw.Init != nil {
			walkGuarded(sw.Init, guards, visit)
		}
		walkGuarded(sw.Tag, guards, visit)
		for _, s := range sw.Body.List {
			cc := s.(*ast.CaseClause)
			g := guard{tag: sw.Tag, cases: cc.List, isDefault: cc.List == nil}
			if g.isDefault {
				for _, other := range sw.Body.List {
					g.cases = append(g.cases, other.(*ast.CaseClause).List...)
				}
			}
			for _, e := range cc.List {
				walkGuarded(e, guards, visit)
			}
			inner := append(slices.Clip(guards), g)
			for _, st := range cc.Body {
				walkGuarded(st, inner, visit)
			}
		}
		return false
	})
}

// live reports whether a statement in the switch cases guards can run with
// the arguments bound in in: false when a case's values are constants and the
// switch's tag is a parameter bound to another constant.
func (c *checker) live(guards []guard, in *env) bool {
	if in == nil {
		return true
	}
	for _, g := range guards {
		tag, ok := c.constString(g.tag, in)
		if !ok {
			continue
		}
		hit, known := false, true
		for _, e := range g.cases {
			s, ok := c.constString(e, nil)
			if !ok {
				known = false
				break
			}
			hit = hit || s == tag
		}
		if known && hit == g.isDefault {
			return false
		}
	}
	return true
}

// constString returns the constant string e stands for: a constant, or a
// parameter bound to one and never assigned.
func (c *checker) constString(e ast.Expr, in *env) (string, bool) {
	if s, ok := check.StringValue(c.pass, e); ok {
		return s, true
	}
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok || in == nil {
		return "", false
	}
	v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
	if !ok {
		return "", false
	}
	x := c.index()
	a, caller, ok := in.arg(v)
	if !ok || len(x.values[v]) > 0 || x.unknown[v] {
		return "", false
	}
	return c.constString(a, caller)
}

// enclosingFunc returns the innermost function (declaration or literal) around cur.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node()
	}
	return nil
}
