package cbcstatus

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
	"honnef.co/go/tools/analysis/edit"

	"github.com/cbclint/cbclint/internal/check"
)

// freshNames are the names the fix may give the response, in order of preference.
var freshNames = []string{"resp", "cbcResp", "cbcResponse"}

// responseFix returns the fix for a discarded SDK or golangsdk response,
// `_, err := call` or `_, err = call`, in a function whose last result is an
// error: it binds the response to a fresh name and, for each error field,
// returns an error built from it when CBC reported a failure, with zero values
// for the other results. The check goes after the `if err != nil { … return … }`
// that follows the call, or, when the call is followed by a return, in front of
// it (guarded by err == nil). A response from an interface method, a function
// value or a generic helper may come from a fake that returns nil, nil: the
// check then also requires it to be non-nil. Any other shape gets no fix: where
// the check would go, and what the function should do then, is not mechanical.
func responseFix(pass *analysis.Pass, stmt inspector.Cursor, rc responseCall) []analysis.SuggestedFix {
	as, ok := stmt.Node().(*ast.AssignStmt)
	// Not in an if, switch or for clause; not an in-house client's, which may return nil, nil.
	_, inBlock := stmt.Parent().Node().(*ast.BlockStmt)
	if !ok || !inBlock || len(as.Lhs) != 2 || !isSDKPackage(check.NamedOf(rc.typ).Obj().Pkg().Path()) {
		return nil
	}
	errID, _ := as.Lhs[1].(*ast.Ident) // nil, which names no object, if not a name
	errVar, ok := pass.TypesInfo.ObjectOf(errID).(*types.Var)
	scope := pass.Pkg.Scope().Innermost(as.Pos())
	if !ok || !check.IsNamed(errVar.Type(), "", "error") || scope == nil || as.Tok == token.ASSIGN && errVar.Parent() != scope {
		return nil // with =, := would declare a new err and leave the outer one unset
	}
	i := slices.IndexFunc(freshNames, func(n string) bool {
		_, obj := scope.LookupParent(n, as.Pos())
		return obj == nil && scope.Lookup(n) == nil
	})
	if i < 0 {
		return nil
	}
	name := freshNames[i]

	// The check goes on the line after the err check, or in front of the
	// return (then guarded by err == nil).
	var prev ast.Node = as
	guard := ""
	next, ok := stmt.NextSibling()
	if !ok {
		return nil
	}
	switch n := next.Node().(type) {
	case *ast.IfStmt:
		if !isErrCheck(pass, n, errVar) {
			return nil
		}
		prev = n
	case *ast.ReturnStmt:
		guard = errID.Name + " == nil && "
	default:
		return nil
	}

	file := check.Innermost(stmt, (*ast.File)(nil)).(*ast.File)
	imports, fmtName, addFmt, ok := fileImports(pass, file, as.Pos())
	if !ok {
		return nil
	}
	results, ok := zeroResults(pass, check.Innermost(stmt, (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)), imports)
	if !ok {
		return nil
	}
	l, ok := check.ReadLayout(pass, as.Pos())
	if !ok {
		return nil
	}
	at, ok := nextLine(l.Src, l.File.Offset(prev.End()))
	if !ok {
		return nil
	}

	if _, ptr := types.Unalias(rc.typ).(*types.Pointer); ptr && !rc.direct {
		guard += name + " != nil && " // a fake behind an interface may return nil, nil
	}
	var checks []string
	for _, f := range rc.ef.named {
		cond, errExpr, ok := failureCheck(name, f, rc, fmtName)
		if !ok {
			return nil
		}
		checks = append(checks, fmt.Sprintf("if %s%s {\n%s\treturn %s%s\n%s}", guard, cond, l.Indent, results, errExpr, l.Indent))
	}
	edits := []analysis.TextEdit{edit.ReplaceWithString(as.Lhs[0], name)}
	if as.Tok == token.ASSIGN {
		edits = append(edits, edit.ReplaceWithString(edit.Range{as.TokPos, as.TokPos + token.Pos(len("="))}, ":="))
	}
	edits = append(edits, insertAt(l.File.Pos(at), l.Indent+strings.Join(checks, "\n"+l.Indent)+"\n"))
	if addFmt {
		edits = append(edits, importFmt(file))
	}
	msg := fmt.Sprintf("Return an error when CBC reports a failure in the %s response's %s", rc.name, rc.ef.names())
	return []analysis.SuggestedFix{edit.Fix(msg, edits...)}
}

// nextLine returns the offset of the line after the one offset is on, when
// nothing but white space or a line comment follows offset on its line.
func nextLine(src []byte, offset int) (int, bool) {
	line, _, found := bytes.Cut(src[offset:], []byte("\n"))
	rest := bytes.TrimSpace(line)
	return offset + len(line) + 1, found && (len(rest) == 0 || bytes.HasPrefix(rest, []byte("//")))
}

// isErrCheck reports whether n is `if err != nil { … return … }` without init or else.
func isErrCheck(pass *analysis.Pass, n *ast.IfStmt, errVar *types.Var) bool {
	cmp, ok := ast.Unparen(n.Cond).(*ast.BinaryExpr)
	if !ok || cmp.Op != token.NEQ || !check.IsNil(pass, cmp.Y) || n.Init != nil || n.Else != nil || len(n.Body.List) == 0 {
		return false
	}
	_, returns := n.Body.List[len(n.Body.List)-1].(*ast.ReturnStmt)
	id, _ := ast.Unparen(cmp.X).(*ast.Ident) // nil, which uses no object, if not a name
	return returns && pass.TypesInfo.Uses[id] == errVar
}

// failureCheck returns the condition under which the error field f of the
// response named resp holds a failure, and the error to return then.
func failureCheck(resp string, f *types.Var, rc responseCall, fmtName string) (cond, errExpr string, ok bool) {
	v, nonNil := resp+"."+f.Name(), "" // nonNil guards a pointer field, v reads what it points to
	op := strings.ReplaceAll(rc.name, "%", "%%")
	errorf := func(format string, args ...string) string {
		return fmtName + ".Errorf(" + strconv.Quote(format) + ", " + strings.Join(args, ", ") + ")"
	}
	t := f.Type().Underlying()
	if p, isPtr := t.(*types.Pointer); isPtr {
		t, nonNil, v = p.Elem().Underlying(), v+" != nil && ", "*"+v
	}
	_, isSlice := t.(*types.Slice)
	switch m := rc.ef.message; {
	case isString(t) && nonNil == "" && m != nil && isString(m.Type()):
		return v + ` != ""`, errorf(op+": CBC error %s: %s", v, resp+"."+m.Name()), true
	case isString(t):
		return nonNil + v + ` != ""`, errorf(op+": CBC error %s", v), true
	case isSlice:
		return nonNil + "len(" + v + ") > 0", errorf(op+": CBC reported %d failures: %v", "len("+v+")", v), true
	}
	return "", "", false
}

// fileImports returns how file names the packages it imports, the name under
// which it can call fmt.Errorf at pos, and whether fmt must be imported for
// it; ok is false when that name means something else at pos.
func fileImports(pass *analysis.Pass, file *ast.File, pos token.Pos) (names map[*types.Package]string, fmtName string, addFmt, ok bool) {
	names = map[*types.Package]string{pass.Pkg: ""} // the package's own types go unqualified
	fmtName = "fmt"
	var fmtPkg types.Object // the file's import of fmt, if any
	for _, spec := range file.Imports {
		if pn := pass.TypesInfo.PkgNameOf(spec); pn != nil && pn.Name() != "_" && pn.Name() != "." {
			names[pn.Imported()] = pn.Name()
			if pn.Imported().Path() == "fmt" {
				fmtName, fmtPkg = pn.Name(), pn
			}
		}
	}
	_, obj := pass.Pkg.Scope().Innermost(pos).LookupParent(fmtName, pos)
	return names, fmtName, fmtPkg == nil, obj == fmtPkg
}

// zeroResults returns the zero values of the results of the function fn
// before its last, which must be an error, each followed by ", ", naming
// types by the file's imports.
func zeroResults(pass *analysis.Pass, fn ast.Node, imports map[*types.Package]string) (string, bool) {
	missing := false // a type of a package the file does not import
	q := func(p *types.Package) string {
		n, ok := imports[p]
		missing = missing || !ok
		return n
	}
	sig, _ := check.FuncOf(pass, fn)
	if sig == nil || sig.Results().Len() == 0 || !check.IsNamed(sig.Results().At(sig.Results().Len()-1).Type(), "", "error") {
		return "", false
	}
	var b strings.Builder
	for i := range sig.Results().Len() - 1 {
		z, ok := zeroValue(sig.Results().At(i).Type(), q)
		if !ok {
			return "", false
		}
		b.WriteString(z + ", ")
	}
	return b.String(), !missing
}

// zeroValue writes the zero value of t as gopls' fillreturns does.
func zeroValue(t types.Type, q types.Qualifier) (string, bool) {
	if _, ok := types.Unalias(t).(*types.TypeParam); ok {
		return "*new(" + types.TypeString(t, q) + ")", true
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return "false", true
		case u.Info()&types.IsNumeric != 0:
			return "0", true
		case u.Info()&types.IsString != 0:
			return `""`, true
		case u.Kind() != types.UnsafePointer:
			return "", false // invalid
		}
	case *types.Struct, *types.Array:
		return types.TypeString(t, q) + "{}", true
	}
	return "nil", true // a pointer, slice, map, channel, function, interface or unsafe.Pointer
}

// importFmt adds "fmt" to the imports of file, among the standard library's.
func importFmt(file *ast.File) analysis.TextEdit {
	gd, ok := file.Decls[0].(*ast.GenDecl) // imports come first; the file declares at least the function fixed
	switch {
	case !ok || gd.Tok != token.IMPORT:
		return insertAt(file.Name.End(), "\n\nimport \"fmt\"")
	case !gd.Lparen.IsValid():
		return insertAt(gd.End(), "\nimport \"fmt\"")
	}
	var lastStd *ast.ImportSpec
	for _, s := range gd.Specs {
		spec := s.(*ast.ImportSpec)
		path, _ := strconv.Unquote(spec.Path.Value)
		if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
			break // the standard library comes first
		}
		if path > "fmt" {
			return insertAt(spec.Pos(), "\"fmt\"\n\t")
		}
		lastStd = spec
	}
	if lastStd != nil {
		return insertAt(lastStd.End(), "\n\t\"fmt\"")
	}
	return insertAt(gd.Lparen+1, "\n\t\"fmt\"\n")
}

// insertAt returns the edit that inserts text at pos.
func insertAt(pos token.Pos, text string) analysis.TextEdit {
	return analysis.TextEdit{Pos: pos, End: pos, NewText: []byte(text)}
}
