// Package suppress implements the //cbclint:ignore directive and the skipping of
// generated files, for every check alike. The checks read directives themselves,
// so suppression works under every driver: cbclint, go vet and golangci-lint.
//
//	//cbclint:ignore cbcswitch,cbcstatus the reconciler handles these codes
//
// A directive applies to findings on its own line when it trails code, and to
// the next line when it stands alone. The reason is required. A directive without
// a reason, one naming an unknown check, and one that suppresses nothing are
// reported, so stale directives do not pile up.
package suppress

import (
	"go/ast"
	"go/token"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"honnef.co/go/tools/analysis/facts/generated"

	"github.com/cbclint/cbclint/internal/config"
)

const prefix = "//cbclint:ignore"

type directive struct {
	pos    token.Pos
	file   string
	line   int // the line whose findings it suppresses
	checks []string
	reason string
	used   bool
}

// Install routes pass.Report through the suppression filter for check and
// returns a function to call when the check is done: it reports the directives
// for check that are malformed or suppressed nothing. Findings in generated files
// are dropped unless the settings include them. Checks list generated.Analyzer in
// Requires.
func Install(pass *analysis.Pass, check string, r *config.Resolved) (done func()) {
	gen := pass.ResultOf[generated.Analyzer].(map[string]generated.Generator)
	isGenerated := func(pos token.Pos) bool {
		_, ok := gen[pass.Fset.PositionFor(pos, false).Filename]
		return ok && !r.IncludeGenerated
	}
	var mine []*directive
	var problems []analysis.Diagnostic
	for _, f := range pass.Files {
		if isGenerated(f.Pos()) {
			continue
		}
		for _, d := range parse(pass, f) {
			known := true
			for _, c := range d.checks {
				if !slices.Contains(config.Checks, c) {
					known = false
				}
			}
			switch {
			case !known || len(d.checks) == 0:
				// reported once, by the first check that runs
				if len(r.Checks) > 0 && r.Checks[0] == check {
					problems = append(problems, analysis.Diagnostic{Pos: d.pos, Message: "malformed //cbclint:ignore directive: name the checks to ignore (" + strings.Join(config.Checks, ", ") + ") and then the reason"})
				}
			case !slices.Contains(d.checks, check):
			case d.reason == "":
				problems = append(problems, analysis.Diagnostic{Pos: d.pos, Message: "//cbclint:ignore " + strings.Join(d.checks, ",") + " needs a reason after the check names: say why the finding does not apply; the directive suppresses nothing until it has one"})
			default:
				mine = append(mine, d)
			}
		}
	}
	report := pass.Report
	pass.Report = func(diag analysis.Diagnostic) {
		if isGenerated(diag.Pos) {
			return
		}
		p := pass.Fset.PositionFor(diag.Pos, false)
		for _, d := range mine {
			if d.line == p.Line && d.file == p.Filename {
				d.used = true
				return
			}
		}
		report(diag)
	}
	return func() {
		pass.Report = report
		for _, d := range mine {
			if !d.used {
				problems = append(problems, analysis.Diagnostic{Pos: d.pos, Message: "//cbclint:ignore directive for " + check + " suppresses nothing: remove it, or move it onto the reported line or the line above"})
			}
		}
		slices.SortFunc(problems, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
		for _, p := range problems {
			p.Category = "directive"
			report(p)
		}
	}
}

// parse finds the directives in f.
func parse(pass *analysis.Pass, f *ast.File) []*directive {
	var out []*directive
	var src []byte // read only for files with directives
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			checks, reason, ok := parseDirective(c.Text)
			if !ok {
				continue
			}
			p := pass.Fset.PositionFor(c.Slash, false)
			d := &directive{pos: c.Slash, file: p.Filename, line: p.Line, checks: checks, reason: reason}
			if src == nil {
				src = readFile(pass, p.Filename)
			}
			if standsAlone(src, p.Offset) {
				d.line++
			}
			out = append(out, d)
		}
	}
	return out
}

// parseDirective reads the text of one comment ("//cbclint:ignore a,b reason").
// ok reports whether it is a directive at all; checks are the non-empty names
// of its first field, split at commas, and reason the rest, with white space
// collapsed.
func parseDirective(text string) (checks []string, reason string, ok bool) {
	rest, ok := strings.CutPrefix(text, prefix)
	if !ok || rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return nil, "", false
	}
	fields := strings.Fields(rest)
	if len(fields) > 0 {
		for _, name := range strings.Split(fields[0], ",") {
			if name != "" {
				checks = append(checks, name)
			}
		}
		// "//cbclint:ignore check // reason" is accepted too, as with //nolint.
		reason = strings.TrimSpace(strings.TrimPrefix(strings.Join(fields[1:], " "), "//"))
	}
	return checks, reason, true
}

// standsAlone reports whether only white space precedes offset on its line.
func standsAlone(src []byte, offset int) bool {
	if offset > len(src) {
		return true
	}
	for i := offset - 1; i >= 0 && src[i] != '\n'; i-- {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}

func readFile(pass *analysis.Pass, name string) []byte {
	read := pass.ReadFile
	if read == nil { // drivers older than the field
		read = os.ReadFile
	}
	b, _ := read(name)
	return b
}
