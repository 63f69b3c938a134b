package cbccode

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"honnef.co/go/tools/analysis/edit"

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

func run(pass *check.Pass, r *config.Resolved) error {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
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
				checkLiteral(pass, r.Catalog, n, v)
			}
		case *ast.BinaryExpr:
			if !isConcatenation(pass.Pass, n) || isConcatenation(pass.Pass, check.Outer(cur).Parent().Node()) {
				continue
			}
			if v, ok := check.StringValue(pass.Pass, n); ok && mentionsCBC(v) {
				checkExpr(pass, r.Catalog, n, v)
			}
		}
	}
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

// mentionsCBC is the cheap filter: does s contain "cbc" in any case?
func mentionsCBC(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if (s[i]|0x20) == 'c' && (s[i+1]|0x20) == 'b' && (s[i+2]|0x20) == 'c' {
			return true
		}
	}
	return false
}

// checkLiteral reports the problems of a string literal, with fixes that edit it.
func checkLiteral(pass *check.Pass, cat *catalog.Catalog, lit *ast.BasicLit, value string) {
	if code, ok := catalog.Normalize(value); ok {
		var fixes []analysis.SuggestedFix
		msg := malformedOrUnknown(cat, value, code, func(to string) {
			fixes = append(fixes, edit.Fix(fmt.Sprintf("Replace %s with %q", lit.Value, to), edit.ReplaceWithString(lit, requote(lit.Value, to))))
		})
		if msg != "" {
			pass.Report(analysis.Diagnostic{Pos: lit.Pos(), End: lit.End(), Message: msg, SuggestedFixes: fixes})
		}
		return
	}
	seen := map[string]int{}
	for _, span := range catalog.FindCodes(value) {
		if _, known := cat.Lookup(span.Code); known {
			continue
		}
		// Locate the code in the source text of the literal: the nth occurrence of
		// its characters, which are never escaped.
		nth := seen[span.Code]
		seen[span.Code]++
		off := nthIndex(lit.Value, span.Code, nth)
		pos, end := lit.Pos(), lit.End()
		if off >= 0 {
			pos = lit.Pos() + token.Pos(off)
			end = pos + token.Pos(len(span.Code))
		}
		var fixes []analysis.SuggestedFix
		msg := unknown(cat, span.Code, func(to string) {
			if off >= 0 {
				fixes = append(fixes, edit.Fix(fmt.Sprintf("Replace %s with %s", span.Code, to), edit.ReplaceWithString(edit.Range{pos, end}, to)))
			}
		})
		pass.Report(analysis.Diagnostic{Pos: pos, End: end, Message: msg, SuggestedFixes: fixes})
	}
}

// checkExpr reports the problems of a constant concatenation. Its fix would have
// to rewrite several operands, so it has none.
func checkExpr(pass *check.Pass, cat *catalog.Catalog, e *ast.BinaryExpr, value string) {
	var msg string
	if code, ok := catalog.Normalize(value); ok {
		msg = malformedOrUnknown(cat, value, code, func(string) {})
	} else {
		for _, span := range catalog.FindCodes(value) {
			if _, known := cat.Lookup(span.Code); !known {
				msg = unknown(cat, span.Code, func(string) {})
				break
			}
		}
	}
	if msg != "" {
		pass.Report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: msg + " (the value of this constant expression)"})
	}
}

// malformedOrUnknown returns the message for a value that looks like a code as a
// whole ("" when it is a known code written right), calling fix with each value
// the literal could be rewritten to, best first.
func malformedOrUnknown(cat *catalog.Catalog, value, code string, fix func(string)) string {
	if value == code {
		if _, ok := cat.Lookup(code); ok {
			return ""
		}
		return unknown(cat, code, fix)
	}
	if e, ok := cat.Lookup(code); ok {
		fix(code)
		return fmt.Sprintf("malformed CBC error code %q: CBC sends %s (%s), so this never matches; write %q", value, code, e.Brief(), code)
	}
	return fmt.Sprintf("malformed CBC error code %q, and %s", value, strings.TrimPrefix(unknown(cat, code, fix), "unknown CBC error code "))
}

// unknown returns the message for a well-formed code that is not in the catalog.
func unknown(cat *catalog.Catalog, code string, fix func(string)) string {
	near := cat.Nearest(code)
	switch len(near) {
	case 0:
		return fmt.Sprintf("unknown CBC error code %s: no documented code is close; if CBC really returns it, add it to a catalog file (-catalog-file)", code)
	case 1:
		e, _ := cat.Lookup(near[0].Code)
		fix(near[0].Code)
		return fmt.Sprintf("unknown CBC error code %s: did you mean %s (%s)?", code, near[0].Code, e.Brief())
	}
	if len(near) > maxAlternatives {
		var codes []string
		for _, s := range near[:maxAlternatives] {
			codes = append(codes, s.Code)
		}
		return fmt.Sprintf("unknown CBC error code %s: %d documented codes are equally close (%s, …); run cbclint -explain %s and pick the one CBC returns", code, len(near), strings.Join(codes, ", "), code)
	}
	var alts []string
	for _, s := range near {
		e, _ := cat.Lookup(s.Code)
		alts = append(alts, fmt.Sprintf("%s (%s)", s.Code, e.Brief()))
		fix(s.Code)
	}
	return fmt.Sprintf("unknown CBC error code %s: %d documented codes are equally close: %s; pick the one CBC returns", code, len(near), strings.Join(alts, " or "))
}

// maxAlternatives is how many equally close codes a message names with their
// meanings and fixes; beyond it the codes are only listed, without fixes.
const maxAlternatives = 3

// requote writes s in the quoting style of the literal old.
func requote(old, s string) string {
	if strings.HasPrefix(old, "`") && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

func nthIndex(s, sub string, n int) int {
	off := 0
	for ; n >= 0; n-- {
		i := strings.Index(s[off:], sub)
		if i < 0 {
			return -1
		}
		if n == 0 {
			return off + i
		}
		off += i + len(sub)
	}
	return -1
}
