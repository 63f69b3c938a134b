package cbccode

import (
	"go/ast"
	"go/token"
	"strings"

	"github.com/cbclint/cbclint/internal/check"
)

// checkOwners reports codes compared with a known operation's reply that
// only other operations return: the operation's page has a complete table
// that lacks the code, not every operation can return it, and another
// operation's page lists it. The comparison can never match. No fix: which
// code was meant (or whether the reply was) is not certain.
func (c *checker) checkOwners() {
	for cur := range c.ins.Root().Preorder((*ast.SwitchStmt)(nil), (*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.SwitchStmt:
			if n.Tag == nil {
				continue
			}
			for _, s := range n.Body.List {
				for _, v := range s.(*ast.CaseClause).List {
					c.checkOwner(n.Tag, v)
				}
			}
		case *ast.BinaryExpr:
			if n.Op != token.EQL && n.Op != token.NEQ {
				continue
			}
			c.checkOwner(n.X, n.Y)
			c.checkOwner(n.Y, n.X)
		}
	}
}

// checkOwner reports value when it is a code that the operation whose reply
// subject reads never returns.
func (c *checker) checkOwner(subject, value ast.Expr) {
	code, ok := check.StringValue(c.pass.Pass, value)
	if !ok {
		return
	}
	if _, known := c.cat.Lookup(code); !known {
		return // malformed or unknown: reported as such
	}
	op, item, ok := check.OperationOf(c.pass.Pass, subject)
	if !ok {
		return
	}
	owners := c.cat.OwnedElsewhere(op, code)
	if len(owners) == 0 {
		return
	}
	e, _ := c.cat.Lookup(code)
	what := "reply"
	if item {
		what = "failed items"
	}
	c.pass.Reportf(value.Pos(), "%s (%s) never comes from %s: its page's complete table lacks it, and %s's page lists it, so this comparison with %s's %s never matches",
		code, e.Brief(), op, strings.Join(owners, " and "), op, what)
}
