package cbcswitch

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/edit"

	"github.com/cbclint/cbclint/internal/check"
)

// fixes returns the fix that adds a branch for each missing code without
// changing what the program does today, or none where no such fix exists.
// Maps get none: a table entry must say what to do, and only the author knows.
func fixes(pass *analysis.Pass, d *dispatch, miss []missing) []analysis.SuggestedFix {
	var fix *analysis.SuggestedFix
	switch {
	case d.sw != nil:
		fix = switchFix(pass, d, miss)
	case d.chain != nil:
		fix = chainFix(pass, d, miss)
	}
	if fix == nil {
		return nil
	}
	return []analysis.SuggestedFix{*fix}
}

// switchFix adds a case for each missing code:
//
//   - with a default clause, each new case sits right in front of it and holds
//     only fallthrough, so the code still reaches the default;
//   - without one, each new case is empty, as the switch did nothing for the
//     code before.
//
// A tagless switch's new cases compare its operand once more, so they are
// added only where that reads a variable again and every other case is tried
// first (the default is last or absent).
func switchFix(pass *analysis.Pass, d *dispatch, miss []missing) *analysis.SuggestedFix {
	l, ok := check.ReadLayout(pass, d.sw.Switch)
	if !ok {
		return nil
	}
	// The new cases go where a clause starts a line of its own at the
	// switch's indentation: gofmt's layout, which keeps the output gofmt-clean.
	at := d.sw.Body.Rbrace
	if d.def != nil {
		at = d.def.Case
	}
	if !l.StartsLine(at) {
		return nil
	}
	var operand string
	compared := d.sw.Tag
	if d.operand != nil {
		compared = d.operand
		last := d.sw.Body.List[len(d.sw.Body.List)-1]
		if !rereadable(pass, d.operand) || d.def != nil && d.def != last {
			return nil
		}
		operand = l.Text(d.operand)
	}

	var b strings.Builder
	for _, m := range miss {
		value := codeText(pass, m.code, pass.TypesInfo.TypeOf(compared), at)
		if operand != "" {
			value = operand + " == " + value
		}
		fmt.Fprintf(&b, "case %s: // TODO(cbcswitch): %s\n%s", value, todo(m), l.Indent)
		if d.def != nil {
			fmt.Fprintf(&b, "\tfallthrough\n%s", l.Indent)
		}
	}
	msg := fmt.Sprintf("Add empty cases for %s", codeList(miss))
	if d.def != nil {
		msg = fmt.Sprintf("Add cases for %s that fall through to default", codeList(miss))
	}
	fix := edit.Fix(msg, edit.ReplaceWithString(edit.Range{at, at}, b.String()))
	return &fix
}

// chainFix adds a branch for each missing code at the end of an if/else chain,
// comparing the chain's operand once more:
//
//   - without a final else, each new branch is empty, as the chain did nothing
//     for the code before;
//   - with a final else of one statement on one line (return err), each new
//     branch, in front of the else, holds a copy of that statement: the code
//     still gets what the else does. A longer else gets no fix: there is no
//     fallthrough for if, and copying a block into every new branch is worse
//     than the finding.
//
// The operand must be one that reading again does nothing but read (a
// variable, a field, a pointer's target), and no else-if may have an init
// statement, which could change or shadow it.
func chainFix(pass *analysis.Pass, d *dispatch, miss []missing) *analysis.SuggestedFix {
	if !rereadable(pass, d.operand) {
		return nil
	}
	for _, s := range d.chain[1:] {
		if s.Init != nil {
			return nil
		}
	}
	l, ok := check.ReadLayout(pass, d.chain[0].If)
	last := d.chain[len(d.chain)-1]
	if !ok || !l.StartsLine(last.Body.Rbrace) {
		return nil
	}
	var body string
	if d.els != nil {
		switch len(d.els.List) {
		case 0:
		case 1:
			s := d.els.List[0]
			if !l.OneLine(s) || hasLabel(s) {
				return nil
			}
			body = l.Indent + "\t" + l.Text(s) + "\n"
		default:
			return nil
		}
	}

	operand := l.Text(d.operand)
	at := last.Body.Rbrace + 1
	var b strings.Builder
	for _, m := range miss {
		value := codeText(pass, m.code, pass.TypesInfo.TypeOf(d.operand), at)
		fmt.Fprintf(&b, " else if %s == %s { // TODO(cbcswitch): %s\n%s%s}", operand, value, todo(m), body, l.Indent)
	}
	msg := fmt.Sprintf("Add empty branches for %s", codeList(miss))
	if d.els != nil {
		msg = fmt.Sprintf("Add branches for %s that do what the final else does", codeList(miss))
	}
	fix := edit.Fix(msg, edit.ReplaceWithString(edit.Range{at, at}, b.String()))
	return &fix
}

// todo is the comment on a new case: what the code means and what to do.
func todo(m missing) string {
	if m.alike {
		return fmt.Sprintf("%s: handle like %s", m.reason, m.because)
	}
	if m.twin {
		return fmt.Sprintf("handle like its twin %s (%s)", m.because, m.reason)
	}
	return m.reason
}

func codeList(miss []missing) string {
	var codes []string
	for _, m := range miss {
		codes = append(codes, m.code)
	}
	return strings.Join(codes, ", ")
}

// rereadable reports whether evaluating e once more only reads what the
// dispatch read already: a variable, a field of one, or what a pointer points
// to. A call may do anything, and return something else the second time.
func rereadable(pass *analysis.Pass, e ast.Expr) bool {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		_, ok := pass.TypesInfo.Uses[e].(*types.Var)
		return ok
	case *ast.SelectorExpr:
		if sel, ok := pass.TypesInfo.Selections[e]; ok {
			return sel.Kind() == types.FieldVal && rereadable(pass, e.X)
		}
		_, ok := pass.TypesInfo.Uses[e.Sel].(*types.Var) // a package's variable
		return ok
	case *ast.StarExpr:
		return rereadable(pass, e.X)
	}
	return false
}

// hasLabel reports whether s declares a label or jumps to one with goto,
// either of which a copy of s could break.
func hasLabel(s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // its labels are its own
		case *ast.LabeledStmt:
			found = true
		case *ast.BranchStmt:
			found = found || n.Tok == token.GOTO
		}
		return !found
	})
	return found
}
