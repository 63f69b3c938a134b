package cbcswitch

import (
	"go/ast"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// table reads a dispatch table: a map literal keyed by CBC codes whose values
// say what to do: errors, or functions that do more than compute a plain value.
//
//	var onPayError = map[string]func(ctx context.Context, orderID string) error{
//		"CBC.5003": topUp,
//		...
//	}
//
// Maps to anything else are data (messages, sets of codes, back-off times),
// not reactions, and are left alone. Every key must be a constant, as every
// case value of a switch must: a key known only at run time may be any code.
// A lookup that misses falls back to other code, so a table has a default.
// A map in a test file lists test cases (a code and the error the test
// expects), not reactions.
func table(pass *analysis.Pass, lit *ast.CompositeLit) *dispatch {
	if strings.HasSuffix(pass.Fset.File(lit.Pos()).Name(), "_test.go") {
		return nil
	}
	tv, ok := pass.TypesInfo.Types[lit]
	if !ok {
		return nil
	}
	m, ok := tv.Type.Underlying().(*types.Map)
	if !ok || !isReaction(m.Elem()) || len(lit.Elts) == 0 {
		return nil
	}
	// The finding underlines the map's type, or the brace of a literal whose
	// type is elided (a table inside a table of tables).
	pos, end := lit.Lbrace, lit.Lbrace+1
	if lit.Type != nil {
		pos, end = lit.Type.Pos(), lit.Type.End()
	}
	d := newDispatch("map dispatch", pos, end)
	d.hasDefault = true
	for _, e := range lit.Elts {
		kv, ok := e.(*ast.KeyValueExpr)
		if !ok || !isConstant(pass, kv.Key) {
			return nil
		}
		if code, ok := codeOf(pass, kv.Key); ok {
			d.add(code)
		}
	}
	return d
}

var errorType = types.Universe.Lookup("error").Type().Underlying().(*types.Interface)

// isReaction reports whether a table's values are what a program does about
// a code: errors, or functions (also of a named func type) other than those
// that only compute a plain value (a back-off time, a message, whether to
// retry), which are data like a map to that value. A function that returns
// a struct, a pointer or a slice (a terraform *retry.RetryError, diag.Diagnostics)
// tells its caller how to go on, and is a reaction.
func isReaction(t types.Type) bool {
	if sig, ok := t.Underlying().(*types.Signature); ok {
		res := sig.Results()
		for i := range res.Len() {
			if _, basic := res.At(i).Type().Underlying().(*types.Basic); !basic {
				return true
			}
		}
		return res.Len() == 0
	}
	return types.Implements(t, errorType)
}
