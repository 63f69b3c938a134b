package cbcstatus

import (
	"go/ast"
	"go/types"

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

// usesOf returns the places where v, a variable declared in the function at
// fd, is used. The uses of a function's variables are collected once, on the
// first question about it: helpers are judged again at each call.
func (c *checker) usesOf(fd inspector.Cursor, v *types.Var) []inspector.Cursor {
	if !c.scanned[fd.Node()] {
		c.scanned[fd.Node()] = true
		n := fd.Node()
		for cur := range fd.Preorder((*ast.Ident)(nil)) {
			if u, ok := c.pass.TypesInfo.Uses[cur.Node().(*ast.Ident)].(*types.Var); ok && !u.IsField() && u.Pos() >= n.Pos() && u.Pos() < n.End() {
				c.uses[u] = append(c.uses[u], cur)
			}
		}
	}
	return c.uses[v]
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
