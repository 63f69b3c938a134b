package cbcstatus

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

// enclosingFunc returns the innermost function (declaration or literal) around cur.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for f := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return f.Node()
	}
	return nil
}

// funcType returns the type of a function declaration or literal.
func funcType(n ast.Node) *ast.FuncType {
	switch n := n.(type) {
	case *ast.FuncDecl:
		return n.Type
	case *ast.FuncLit:
		return n.Type
	}
	return nil
}

// localUses maps the local variables used in the function at fd to the places they are used.
func localUses(pass *analysis.Pass, fd inspector.Cursor) map[*types.Var][]inspector.Cursor {
	uses := map[*types.Var][]inspector.Cursor{}
	for cur := range fd.Preorder((*ast.Ident)(nil)) {
		if v, ok := pass.TypesInfo.Uses[cur.Node().(*ast.Ident)].(*types.Var); ok && !v.IsField() {
			uses[v] = append(uses[v], cur)
		}
	}
	return uses
}

// localTo reports whether v is a local variable of the function fn (a
// declaration or literal), not a parameter or result of it, nor a variable of
// an enclosing function or the package.
func localTo(v *types.Var, fn ast.Node) bool {
	if fn == nil || v.Pos() < fn.Pos() || v.Pos() >= fn.End() {
		return false
	}
	ft := funcType(fn)
	return ft == nil || v.Pos() < ft.Pos() || v.Pos() >= ft.End()
}
