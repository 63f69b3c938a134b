package cbccode

import (
	_ "embed"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

//go:embed doc.go
var doc string

// Name is the check's name in flags, directives and output.
const Name = "cbccode"

// Analyzer runs the check with default settings.
var Analyzer = New(&config.Settings{})

// New returns the check configured by s; its flags fill s.
func New(s *config.Settings) *analysis.Analyzer {
	return check.New(s, check.Spec{Name: Name, DocGo: doc, Run: run})
}

// checker holds what the checks of one package share.
type checker struct {
	pass   *check.Pass
	cat    *catalog.Catalog
	ins    *inspector.Inspector
	groups groups // built when the first fix is considered
}

func run(pass *check.Pass, r *config.Resolved) error {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{pass: pass, cat: r.Catalog, ins: ins}
	for cur := range ins.Root().Preorder((*ast.BasicLit)(nil), (*ast.BinaryExpr)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			if n.Kind != token.STRING || !mentionsCBC(n.Value) {
				continue
			}
			switch parent := cur.Parent().Node().(type) {
			case *ast.ImportSpec:
				continue
			case *ast.Field:
				if parent.Tag == n {
					continue
				}
			}
			if isConcatenation(pass.Pass, check.Outer(cur).Parent().Node()) {
				continue // checked as a whole, with the expression it is part of
			}
			if v, ok := check.StringValue(pass.Pass, n); ok {
				c.checkLiteral(n, v)
			}
		case *ast.BinaryExpr:
			if !isConcatenation(pass.Pass, n) || isConcatenation(pass.Pass, check.Outer(cur).Parent().Node()) {
				continue
			}
			if v, ok := check.StringValue(pass.Pass, n); ok && mentionsCBC(v) {
				c.checkExpr(n, v)
			}
		}
	}
	c.checkOwners()
	return nil
}

// isConcatenation reports whether n is a constant string built with +.
func isConcatenation(pass *analysis.Pass, n ast.Node) bool {
	b, ok := n.(*ast.BinaryExpr)
	if !ok || b.Op != token.ADD {
		return false
	}
	_, ok = check.StringValue(pass, b)
	return ok
}

// mentionsCBC is the cheap filter: does s contain "cbc" or "apig" (the API
// gateway's codes) in any case?
func mentionsCBC(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if (s[i]|0x20) == 'c' && (s[i+1]|0x20) == 'b' && (s[i+2]|0x20) == 'c' {
			return true
		}
		if i+4 <= len(s) && (s[i]|0x20) == 'a' && (s[i+1]|0x20) == 'p' && (s[i+2]|0x20) == 'i' && (s[i+3]|0x20) == 'g' {
			return true
		}
	}
	return false
}
