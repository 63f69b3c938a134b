package check_test

import (
	"go/ast"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/checktest"
)

// operationReporter reports what OperationOf says of every read of a field
// named ErrorCode.
var operationReporter = &analysis.Analyzer{
	Name:     "operationof",
	Doc:      "reports check.OperationOf for each ErrorCode read",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
		for cur := range ins.Root().Preorder((*ast.SelectorExpr)(nil)) {
			sel := cur.Node().(*ast.SelectorExpr)
			if sel.Sel.Name != "ErrorCode" {
				continue
			}
			// The read as the code uses it: through a local variable too.
			expr := ast.Expr(sel)
			if call, ok := cur.Parent().Node().(*ast.CallExpr); ok && len(call.Args) == 1 {
				expr = call.Args[0]
			}
			if op, item, ok := check.OperationOf(pass, expr); ok {
				what := "reply"
				if item {
					what = "item"
				}
				pass.Reportf(sel.Pos(), "%s %s", op, what)
			}
		}
		// A code read through a variable: log.Print(*code).
		for cur := range ins.Root().Preorder((*ast.StarExpr)(nil)) {
			star := cur.Node().(*ast.StarExpr)
			if id, ok := star.X.(*ast.Ident); ok && id.Name == "code" {
				if op, item, ok := check.OperationOf(pass, star); ok && item {
					pass.Reportf(star.Pos(), "%s item", op)
				}
			}
		}
		// A code converted into a variable: log.Print(text).
		for cur := range ins.Root().Preorder((*ast.CallExpr)(nil)) {
			for _, arg := range cur.Node().(*ast.CallExpr).Args {
				if id, ok := arg.(*ast.Ident); ok && id.Name == "text" {
					if op, item, ok := check.OperationOf(pass, id); ok && item {
						pass.Reportf(id.Pos(), "%s item", op)
					}
				}
			}
		}
		return nil, nil
	},
}

func TestOperationOf(t *testing.T) {
	checktest.Run(t, analysistest.TestData(), operationReporter, "operations")
}
