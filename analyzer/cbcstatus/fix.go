package cbcstatus

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"
)

func (c *checker) responseFix(stmt inspector.Cursor, rc responseCall) []analysis.SuggestedFix {
	_ = stmt.Node().(ast.Stmt)
	return nil
}
