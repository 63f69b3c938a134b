// Suppression: the //cbclint:ignore directive and the skipping of generated
// files, for every check alike. The checks read directives themselves, so
// suppression works under every driver: cbclint, go vet and golangci-lint.
//
//	//cbclint:ignore cbcswitch,cbcstatus the reconciler handles these codes
//
// A directive applies to findings on its own line when it trails code, and to
// the next line when it stands alone. The reason is required. A directive without
// a reason, one naming an unknown check, and one that suppresses nothing are
// reported, so stale directives do not pile up: each check reports those that
// name it, and the first check that runs (Resolved.DirectiveReporter) those
// that name no check or an unknown one (with the check it is likely a
// misspelling of: `unknown check "cbcswich" (did you mean cbcswitch?)`).
//
// A check reports through check.Pass, whose Report asks the filter first.

package check

import (
	"go/ast"
	"go/token"
	"os"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

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

// filter is one check's suppression filter on one package: the directives
// for the check, and the generated files whose findings are dropped.
type filter struct {
	pass      *analysis.Pass
	check     string
	generated map[*token.File]bool
	mine      []*directive          // well-formed directives naming the check
	problems  []analysis.Diagnostic // malformed directives, reported when the check is done
}

// newFilter reads the directives of the package for check. A directive that
// names no known check (or none at all) is reported by one check only,
// Resolved.DirectiveReporter, so that it is reported once; a directive naming
// check without a reason is reported by check.
func newFilter(pass *analysis.Pass, check string, r *config.Resolved) *filter {
	f := &filter{pass: pass, check: check, generated: map[*token.File]bool{}}
	if !r.IncludeGenerated {
		for _, file := range pass.Files {
			if IsGenerated(file) {
				f.generated[pass.Fset.File(file.Pos())] = true
			}
		}
	}
	for _, file := range pass.Files {
		if f.inGenerated(file.Pos()) {
			continue
		}
		for _, d := range parse(pass, file) {
			unknown := slices.IndexFunc(d.checks, func(c string) bool { return !slices.Contains(config.Checks, c) })
			switch {
			case len(d.checks) == 0 || unknown >= 0:
				if r.DirectiveReporter() == check {
					f.problems = append(f.problems, analysis.Diagnostic{Pos: d.pos, Message: malformed(d, unknown)})
				}
			case !slices.Contains(d.checks, check):
			case d.reason == "":
				f.problems = append(f.problems, analysis.Diagnostic{Pos: d.pos, Message: "//cbclint:ignore " + strings.Join(d.checks, ",") + " needs a reason after the check names: say why the finding does not apply; the directive suppresses nothing until it has one"})
			default:
				f.mine = append(f.mine, d)
			}
		}
	}
	return f
}

// malformed says what is wrong with a directive that names no check, or
// names an unknown one (d.checks[unknown]).
func malformed(d *directive, unknown int) string {
	if len(d.checks) == 0 {
		return "malformed //cbclint:ignore directive: name the checks to ignore (" + strings.Join(config.Checks, ", ") + ") and then the reason"
	}
	return "//cbclint:ignore: " + config.UnknownCheck(d.checks[unknown]) + ": the directive suppresses nothing"
}

func (f *filter) inGenerated(pos token.Pos) bool {
	return len(f.generated) > 0 && f.generated[f.pass.Fset.File(pos)]
}

// keep reports whether diag is to be reported: it is in no generated file
// (unless they are included) and no directive for the check covers its line.
func (f *filter) keep(diag analysis.Diagnostic) bool {
	if f.inGenerated(diag.Pos) {
		return false
	}
	p := f.pass.Fset.PositionFor(diag.Pos, false)
	for _, d := range f.mine {
		if d.line == p.Line && d.file == p.Filename {
			d.used = true
			return false
		}
	}
	return true
}

// reportDirectives reports, once the check is done, its malformed directives
// and those that suppressed nothing. They are never suppressed themselves.
func (f *filter) reportDirectives() {
	for _, d := range f.mine {
		if !d.used {
			f.problems = append(f.problems, analysis.Diagnostic{Pos: d.pos, Message: "//cbclint:ignore directive for " + f.check + " suppresses nothing: remove it, or move it onto the reported line or the line above"})
		}
	}
	slices.SortFunc(f.problems, func(a, b analysis.Diagnostic) int { return int(a.Pos - b.Pos) })
	for _, p := range f.problems {
		p.Category = "directive"
		f.pass.Report(p)
	}
}

// IsGenerated reports whether f is a generated file ("// Code generated ... DO
// NOT EDIT."). The files cgo writes for a package's own cgo files are not: they
// carry the user's code, and findings in them point to the user's file.
func IsGenerated(f *ast.File) bool {
	if !ast.IsGenerated(f) {
		return false
	}
	for _, cg := range f.Comments {
		for _, c := range cg.List {
			if strings.HasPrefix(c.Text, "// Code generated by cmd/cgo") {
				return false
			}
		}
		if cg.Pos() > f.Package {
			break
		}
	}
	return true
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
				src = ReadFile(pass, p.Filename)
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

// ReadFile returns the content of the named file of the package, or nil.
func ReadFile(pass *analysis.Pass, name string) []byte {
	read := pass.ReadFile
	if read == nil { // drivers older than the field
		read = os.ReadFile
	}
	b, _ := read(name)
	return b
}
