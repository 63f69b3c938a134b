package driver

import (
	"fmt"
	"go/token"
	"io"
	"path/filepath"
	"strings"
)

// output is where the standalone command prints, as staticcheck and
// golangci-lint do: findings (and what -fix leaves) on out, so that
// `cbclint ./... | less` shows them; load errors, notes and summaries on err.
// File names are relative to the working directory wd.
type output struct {
	out, err io.Writer
	wd       string // absolute; "" leaves file names as they are
}

func newOutput(dir string, stdout, stderr io.Writer) *output {
	wd, err := filepath.Abs(dir)
	if err != nil {
		wd = ""
	}
	return &output{out: stdout, err: stderr, wd: wd}
}

// rel returns name relative to the working directory when it is inside it
// (or names a file there, relative already); a file elsewhere keeps its
// absolute name.
func (o *output) rel(name string) string {
	if o.wd == "" || name == "" {
		return name
	}
	if !filepath.IsAbs(name) {
		name = filepath.Join(o.wd, name)
	}
	if r, err := filepath.Rel(o.wd, name); err == nil && filepath.IsLocal(r) {
		return r
	}
	return name
}

func (o *output) posn(p token.Position) string {
	p.Filename = o.rel(p.Filename)
	return p.String()
}

// finding prints one finding: its position, its message and, in parentheses,
// the check that made it (the name //cbclint:ignore and -checks take), as
// staticcheck ends a line with (SA1000) and golangci-lint with (linter).
func (o *output) finding(f *finding) {
	fmt.Fprintf(o.out, "%s: %s (%s)\n", o.posn(f.posn), f.diag().Message, f.check())
}

// relText makes the file names in text (a reason -fix gives, which may quote
// the type checker) relative to the working directory, as in the lines
// around it.
func (o *output) relText(text string) string {
	if o.wd == "" {
		return text
	}
	return strings.ReplaceAll(text, o.wd+string(filepath.Separator), "")
}
