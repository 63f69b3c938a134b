package cbcswitch

import (
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/internal/check"
)

// fixes returns the fix that adds a case for each missing code of a switch
// without changing what the program does today:
//
//   - with a default clause, each new case sits right in front of it and holds
//     only fallthrough, so the code still reaches the default;
//   - without one, each new case is empty, as the switch did nothing for the
//     code before.
//
// If/else chains get none: an empty branch in front of a final else would
// change behaviour, and a fix that does nothing useful is noise.
func fixes(pass *analysis.Pass, d *dispatch, miss []missing) []analysis.SuggestedFix {
	if d.sw == nil {
		return nil
	}
	src := check.ReadFile(pass, pass.Fset.File(d.sw.Switch).Name())
	if src == nil {
		return nil
	}
	tf := pass.Fset.File(d.sw.Switch)
	indent, ok := check.LineIndent(src, tf.Offset(d.sw.Switch))
	if !ok {
		return nil
	}
	// The new cases go where a clause starts a line of its own at the
	// switch's indentation: gofmt's layout, which keeps the output gofmt-clean.
	at := d.sw.Body.Rbrace
	if d.def != nil {
		at = d.def.Case
	}
	if in, ok := check.LineIndent(src, tf.Offset(at)); !ok || in != indent {
		return nil
	}
	var operand string
	if d.operand != nil {
		operand = string(src[tf.Offset(d.operand.Pos()):tf.Offset(d.operand.End())])
	}

	var b strings.Builder
	var codes []string
	for _, m := range miss {
		codes = append(codes, m.code)
		value := strconv.Quote(m.code)
		if operand != "" {
			value = operand + " == " + value
		}
		fmt.Fprintf(&b, "case %s: // TODO(cbcswitch): %s\n%s", value, todo(m), indent)
		if d.def != nil {
			fmt.Fprintf(&b, "\tfallthrough\n%s", indent)
		}
	}
	msg := fmt.Sprintf("Add empty cases for %s", strings.Join(codes, ", "))
	if d.def != nil {
		msg = fmt.Sprintf("Add cases for %s that fall through to default", strings.Join(codes, ", "))
	}
	return []analysis.SuggestedFix{{
		Message:   msg,
		TextEdits: []analysis.TextEdit{{Pos: at, End: at, NewText: []byte(b.String())}},
	}}
}

// todo is the comment on a new case: what the code means and what to do.
func todo(m missing) string {
	if m.twin {
		return fmt.Sprintf("handle like its twin %s (%s)", m.because, m.reason)
	}
	return m.reason
}
