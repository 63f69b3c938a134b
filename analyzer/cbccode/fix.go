package cbccode

import (
	"fmt"
	"go/ast"
	"go/token"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/edit"

	"github.com/cbclint/cbclint/catalog"
)

// checkLiteral reports the problems of a string literal, each with the fix that
// edits it when the code meant is certain (policy.go). A fix that would make the
// literal equal to another case of its switch, key of its map literal or value
// compared with in its chain of || or && is not offered (the file would no
// longer compile, or pass go vet), and no other fix replaces it; the message
// says what to do instead.
func (c *checker) checkLiteral(lit *ast.BasicLit, value string) {
	for _, p := range problems(c.cat, value) {
		pos, end := lit.Pos(), lit.End()
		editable := true
		if !p.whole {
			// The code's characters in the source; a code written with escapes
			// gets the whole literal as its range and no fix.
			s, e, ok := sourceSpan(lit.Value, p.start, p.end)
			if ok {
				pos, end = lit.Pos()+token.Pos(s), lit.Pos()+token.Pos(e)
			}
			editable = ok
		}
		var fixes []analysis.SuggestedFix
		msg := p.text()
		if to := p.fix; to != "" && editable {
			if cl, ok := c.collision(lit, p.rewritten(value, to)); ok {
				// No other code instead: the fix was offered because to is
				// certain, and no other code is.
				msg = p.msg + "; " + cl.advice()
			} else if p.whole {
				fixes = append(fixes, edit.Fix(fmt.Sprintf("Replace %s with %q", catalog.Excerpt(lit.Value), to), edit.ReplaceWithString(lit, requote(lit.Value, to))))
			} else {
				fixes = append(fixes, edit.Fix(fmt.Sprintf("Replace %s with %s", value[p.start:p.end], to), edit.ReplaceWithString(edit.Range{pos, end}, to)))
			}
		}
		c.pass.Report(analysis.Diagnostic{Pos: pos, End: end, Message: msg, SuggestedFixes: fixes})
	}
}

// checkExpr reports the first problem of a constant concatenation. Its fix would
// have to rewrite several operands, so it has none.
func (c *checker) checkExpr(e *ast.BinaryExpr, value string) {
	if ps := problems(c.cat, value); len(ps) > 0 {
		c.pass.Report(analysis.Diagnostic{Pos: e.Pos(), End: e.End(), Message: ps[0].text() + " (the value of this constant expression)"})
	}
}

// requote writes s in the quoting style of the literal old.
func requote(old, s string) string {
	if strings.HasPrefix(old, "`") && !strings.Contains(s, "`") {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// sourceSpan returns where the bytes start to end of a string literal's value
// stand in its source text lit, quotes included, and false when they are not
// written there as they read (an escape or a carriage return among them).
func sourceSpan(lit string, start, end int) (int, int, bool) {
	if len(lit) < 2 {
		return 0, 0, false
	}
	raw := lit[0] == '`'
	body := lit[1 : len(lit)-1]
	from := -1
	for i, v := 0, 0; ; {
		if v == end && from >= 0 {
			return 1 + from, 1 + i, true
		}
		if i >= len(body) || v > end {
			return 0, 0, false
		}
		c := body[i]
		if raw && c == '\r' { // raw strings drop carriage returns
			if from >= 0 {
				return 0, 0, false
			}
			i++
			continue
		}
		if v == start {
			from = i
		}
		if raw || c != '\\' {
			i++
			v++
			continue
		}
		if from >= 0 {
			return 0, 0, false
		}
		r, multibyte, tail, err := strconv.UnquoteChar(body[i:], '"')
		if err != nil {
			return 0, 0, false
		}
		i = len(body) - len(tail)
		if multibyte {
			v += utf8.RuneLen(r)
		} else {
			v++
		}
	}
}
