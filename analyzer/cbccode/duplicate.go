package cbccode

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
)

// A group is a set of constants that must stay distinct: the case values of an
// expression switch, the keys of a map literal (Go requires it: "duplicate
// case", "duplicate key in map literal"), the values one expression is
// compared with in a chain of || or of && (go vet requires it: "redundant or").
type group struct {
	what, where, dead string // "case", "switch", "case"; "key", "map literal", "entry"
	elems             []ast.Expr
	shown             []ast.Expr      // what a message quotes for each element, if not the element
	origins           []*ast.BasicLit // the literal each element's value is written in, if any
}

// groups indexes the groups of a package by the literals their elements are
// written in: the element itself, or the declaration of the constant it names.
type groups map[*ast.BasicLit][]membership

type membership struct {
	g *group
	i int
}

func indexGroups(pass *analysis.Pass, ins *inspector.Inspector) groups {
	consts := map[*types.Const]ast.Expr{}
	for cur := range ins.Root().Preorder((*ast.ValueSpec)(nil)) {
		spec := cur.Node().(*ast.ValueSpec)
		for i, name := range spec.Names {
			if obj, ok := pass.TypesInfo.Defs[name].(*types.Const); ok && i < len(spec.Values) {
				consts[obj] = spec.Values[i]
			}
		}
	}
	var origin func(e ast.Expr) *ast.BasicLit
	origin = func(e ast.Expr) *ast.BasicLit {
		switch e := ast.Unparen(e).(type) {
		case *ast.BasicLit:
			return e
		case *ast.Ident:
			if c, ok := pass.TypesInfo.Uses[e].(*types.Const); ok && consts[c] != nil {
				return origin(consts[c])
			}
		case *ast.SelectorExpr:
			return origin(e.Sel)
		case *ast.CallExpr: // a conversion: Code("CBC.5003")
			if len(e.Args) == 1 && pass.TypesInfo.Types[e.Fun].IsType() {
				return origin(e.Args[0])
			}
		}
		return nil
	}

	index := groups{}
	add := func(g *group) {
		for i, e := range g.elems {
			o := origin(e)
			g.origins = append(g.origins, o)
			if o != nil {
				index[o] = append(index[o], membership{g, i})
			}
		}
	}
	for cur := range ins.Root().Preorder((*ast.SwitchStmt)(nil), (*ast.CompositeLit)(nil), (*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.SwitchStmt:
			if n.Tag == nil {
				continue // cases are conditions, which may repeat
			}
			g := &group{what: "case", where: "switch", dead: "case"}
			for _, s := range n.Body.List {
				g.elems = append(g.elems, s.(*ast.CaseClause).List...)
			}
			add(g)
		case *ast.CompositeLit:
			if _, ok := pass.TypesInfo.TypeOf(n).Underlying().(*types.Map); !ok {
				continue
			}
			g := &group{what: "key", where: "map literal", dead: "entry"}
			for _, elt := range n.Elts {
				if kv, ok := elt.(*ast.KeyValueExpr); ok {
					g.elems = append(g.elems, kv.Key)
				}
			}
			add(g)
		case *ast.BinaryExpr:
			if n.Op != token.LOR && n.Op != token.LAND || inChain(cur, n.Op) {
				continue
			}
			for _, g := range comparisons(n, origin) {
				add(g)
			}
		}
	}
	return index
}

// inChain reports whether the parent of cur, brackets aside, is an op expression.
func inChain(cur inspector.Cursor, op token.Token) bool {
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	p, ok := parent.Node().(*ast.BinaryExpr)
	return ok && p.Op == op
}

// comparisons returns the groups of a chain of || or of &&: the values written
// in its operands that compare one expression, the same way, with a value.
func comparisons(chain *ast.BinaryExpr, origin func(ast.Expr) *ast.BasicLit) []*group {
	var operands []ast.Expr
	var flatten func(e ast.Expr)
	flatten = func(e ast.Expr) {
		if b, ok := ast.Unparen(e).(*ast.BinaryExpr); ok && b.Op == chain.Op {
			flatten(b.X)
			flatten(b.Y)
			return
		}
		operands = append(operands, e)
	}
	flatten(chain)
	byKey := map[string]*group{}
	var groups []*group
	for _, o := range operands {
		cmp, ok := ast.Unparen(o).(*ast.BinaryExpr)
		if !ok || cmp.Op != token.EQL && cmp.Op != token.NEQ {
			continue
		}
		value, key := cmp.Y, types.ExprString(cmp.X)+" "+cmp.Op.String()+" _"
		if origin(value) == nil {
			value, key = cmp.X, "_ "+cmp.Op.String()+" "+types.ExprString(cmp.Y)
		}
		g := byKey[key]
		if g == nil {
			g = &group{what: "comparison", where: "condition", dead: "comparison"}
			byKey[key] = g
			groups = append(groups, g)
		}
		g.elems = append(g.elems, value)
		g.shown = append(g.shown, cmp)
	}
	return groups
}

// A clash says why a literal must not become a value.
type clash struct {
	value  string
	reason string // "this switch already has the case "CBC.5003" (line 12)"
	equal  bool   // the other element has the value now, not after a fix
	dead   string // what the literal is in its group: "case" or "entry"
}

// advice says what to do when no fix is offered because of the clash.
func (c clash) advice() string {
	if c.equal {
		return fmt.Sprintf("%s, so this %s is dead: delete it", c.reason, c.dead)
	}
	return fmt.Sprintf("%s: keep one of the two, written %q", c.reason, catalog.Excerpt(c.value))
}

// collision reports whether lit must not become value: another element of a
// group it belongs to has that value, or would get it from a fix of its own.
func (c *checker) collision(lit *ast.BasicLit, value string) (clash, bool) {
	if c.groups == nil {
		c.groups = indexGroups(c.pass.Pass, c.ins)
	}
	for _, m := range c.groups[lit] {
		for j, e := range m.g.elems {
			if j == m.i || m.g.origins[j] == lit {
				continue
			}
			other, ok := check.StringValue(c.pass.Pass, e)
			if !ok {
				continue
			}
			shown := e
			if m.g.shown != nil {
				shown = m.g.shown[j]
			}
			at := fmt.Sprintf("the %s %s (line %d)", m.g.what, catalog.Excerpt(types.ExprString(shown)), c.pass.Fset.Position(e.Pos()).Line)
			if other == value {
				return clash{value, fmt.Sprintf("this %s already has %s", m.g.where, at), true, m.g.dead}, true
			}
			for _, p := range problems(c.cat, other) {
				if p.fix != "" && p.rewritten(other, p.fix) == value {
					return clash{value, fmt.Sprintf("%s stands for %q too", at, catalog.Excerpt(value)), false, m.g.dead}, true
				}
			}
		}
	}
	return clash{}, false
}
