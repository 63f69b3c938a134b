package cbcswitch

import (
	"go/ast"
	"go/token"
	"go/types"
	"iter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
)

// A dispatch is a switch, if/else chain or map literal that reacts to CBC
// error codes.
type dispatch struct {
	what       string    // how the finding names it: "switch", "if/else chain", "map dispatch"
	pos, end   token.Pos // what the finding underlines: the switch or if keyword, the map's type
	handled    map[string]bool
	order      []string // the handled codes in source order
	hasDefault bool     // a default clause, a final else; always for a map (the lookup's miss)
	fn         ast.Node // the function declaration it is in, nil outside one

	// For fixes.
	sw      *ast.SwitchStmt
	def     *ast.CaseClause // the default clause, if any
	operand ast.Expr        // the operand a tagless switch or an if chain compares
	chain   []*ast.IfStmt   // the if statements of a chain, top first
	els     *ast.BlockStmt  // the chain's final else, if any
}

func newDispatch(what string, pos, end token.Pos) *dispatch {
	return &dispatch{what: what, pos: pos, end: end, handled: map[string]bool{}}
}

func (d *dispatch) add(code string) {
	if !d.handled[code] {
		d.handled[code] = true
		d.order = append(d.order, code)
	}
}

// isDispatch reports whether d handles at least one CBC error code: a switch on
// the success code alone is a success check, not a dispatch on errors.
func (d *dispatch) isDispatch(success string) bool {
	for code := range d.handled {
		if code != success {
			return true
		}
	}
	return false
}

// dispatches yields the dispatches on CBC codes in the package.
func dispatches(pass *analysis.Pass, ins *inspector.Inspector, cat *catalog.Catalog) iter.Seq[*dispatch] {
	success := cat.Success()
	return func(yield func(*dispatch) bool) {
		for cur := range ins.Root().Preorder((*ast.SwitchStmt)(nil), (*ast.IfStmt)(nil), (*ast.CompositeLit)(nil)) {
			var d *dispatch
			switch n := cur.Node().(type) {
			case *ast.SwitchStmt:
				if n.Tag != nil {
					d = expressionSwitch(pass, n)
				} else {
					d = taglessSwitch(pass, n)
				}
			case *ast.IfStmt:
				if cur.ParentEdgeKind() == edge.IfStmt_Else {
					continue // seen as part of the chain that starts above it
				}
				d = ifChain(pass, n)
			case *ast.CompositeLit:
				d = table(pass, n)
			}
			if d == nil || !d.isDispatch(success) {
				continue
			}
			d.fn = check.Innermost(cur, (*ast.FuncDecl)(nil))
			if !yield(d) {
				return
			}
		}
	}
}

// expressionSwitch reads `switch tag { case "CBC.5003": ... }`.
func expressionSwitch(pass *analysis.Pass, sw *ast.SwitchStmt) *dispatch {
	d := newDispatch("switch", sw.Switch, sw.Switch+token.Pos(len("switch")))
	d.sw = sw
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		if cc.List == nil {
			d.hasDefault, d.def = true, cc
			continue
		}
		for _, e := range cc.List {
			if !isConstant(pass, e) {
				return nil // a value known only at run time may be any code
			}
			if code, ok := codeOf(pass, e); ok {
				d.add(code)
			}
		}
	}
	return d
}

// taglessSwitch reads `switch { case code == "CBC.5003": ... }`: every case must
// compare one operand with constants, or be a nil check.
func taglessSwitch(pass *analysis.Pass, sw *ast.SwitchStmt) *dispatch {
	d := newDispatch("switch", sw.Switch, sw.Switch+token.Pos(len("switch")))
	d.sw = sw
	var conds []ast.Expr
	for _, s := range sw.Body.List {
		cc := s.(*ast.CaseClause)
		if cc.List == nil {
			d.hasDefault, d.def = true, cc
		}
		conds = append(conds, cc.List...)
	}
	op, arms, ok := readArms(pass, conds, d)
	if !ok || arms == 0 {
		return nil
	}
	d.operand = op
	return d
}

// ifChain reads `if code == "CBC.5003" { ... } else if code == "CBC.3106" { ... }`.
// Two or more branches must compare one operand with CBC codes: a single if
// with `a == x || a == y` is a predicate (isRetryable), not a dispatch.
func ifChain(pass *analysis.Pass, top *ast.IfStmt) *dispatch {
	d := newDispatch("if/else chain", top.If, top.If+token.Pos(len("if")))
	var conds []ast.Expr
	for s := top; s != nil; {
		conds = append(conds, s.Cond)
		d.chain = append(d.chain, s)
		switch e := s.Else.(type) {
		case *ast.IfStmt:
			s = e
		case *ast.BlockStmt:
			d.hasDefault, d.els = true, e
			s = nil
		default:
			s = nil
		}
	}
	op, arms, ok := readArms(pass, conds, d)
	if !ok || arms < 2 {
		return nil
	}
	d.operand = op
	return d
}

// readArms reads the conditions of a tagless switch or if chain into d. Each
// must compare the same operand with constants (joined by ||), or be a nil
// check; anything else (isThrottled(se), resp.StatusCode == 429) may handle any
// code, and the dispatch is left alone. It returns the operand and the number
// of conditions that compare it with CBC codes.
func readArms(pass *analysis.Pass, conds []ast.Expr, d *dispatch) (operand ast.Expr, arms int, ok bool) {
	for _, c := range conds {
		op, codes, isCmp := comparison(pass, c)
		switch {
		case isCmp && (operand == nil || sameOperand(operand, op)):
			if len(codes) > 0 {
				if operand == nil {
					operand = op
				}
				arms++
			} else if operand == nil {
				// compares something with non-CBC constants before any code:
				// only the same operand may be compared later.
				operand = op
			}
			for _, code := range codes {
				d.add(code)
			}
		case isNilCheck(pass, c):
		default:
			return nil, 0, false
		}
	}
	return operand, arms, operand != nil
}

// comparison reads `x == "CBC.5003"` or `x == A || x == B`, constants on either
// side, and returns x and the CBC codes among the constants.
func comparison(pass *analysis.Pass, e ast.Expr) (operand ast.Expr, codes []string, ok bool) {
	e = ast.Unparen(e)
	b, isBin := e.(*ast.BinaryExpr)
	if !isBin {
		return nil, nil, false
	}
	switch b.Op {
	case token.LOR:
		lop, lcodes, lok := comparison(pass, b.X)
		rop, rcodes, rok := comparison(pass, b.Y)
		if !lok || !rok || !sameOperand(lop, rop) {
			return nil, nil, false
		}
		return lop, append(lcodes, rcodes...), true
	case token.EQL:
		x, y := b.X, b.Y
		if isConstant(pass, x) {
			x, y = y, x
		}
		if isConstant(pass, x) || !isConstant(pass, y) {
			return nil, nil, false
		}
		if code, ok := codeOf(pass, y); ok {
			codes = append(codes, code)
		}
		return ast.Unparen(x), codes, true
	}
	return nil, nil, false
}

func isConstant(pass *analysis.Pass, e ast.Expr) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.Value != nil
}

func isNilCheck(pass *analysis.Pass, e ast.Expr) bool {
	b, ok := ast.Unparen(e).(*ast.BinaryExpr)
	if !ok || b.Op != token.EQL && b.Op != token.NEQ {
		return false
	}
	return pass.TypesInfo.Types[b.X].IsNil() || pass.TypesInfo.Types[b.Y].IsNil()
}

// sameOperand reports whether a and b are the same expression, written alike.
func sameOperand(a, b ast.Expr) bool {
	return types.ExprString(ast.Unparen(a)) == types.ExprString(ast.Unparen(b))
}

// codeOf returns the CBC code the constant e stands for. A malformed spelling
// ("cbc.0250") counts as the code it means: cbccode reports the spelling, and
// reporting the code as missing too would say the same thing twice.
func codeOf(pass *analysis.Pass, e ast.Expr) (string, bool) {
	v, ok := check.StringValue(pass, e)
	if !ok {
		return "", false
	}
	return catalog.Normalize(v)
}
