package driver

// -fix applies the fix of each finding that has exactly one itself rather than through
// x/tools' driver, to keep its promises: a fix that overlaps another is not
// applied (neither is), a fix in a generated file is not applied, one in cgo's
// rewrite of a file is placed in the user's file or not applied, each finding
// left unfixed is printed with the reason, a file keeps its line endings, and
// no fix is written unless every package it touches, and every package
// analysed that depends on one, still type-checks with it (verify.go).

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"go/format"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/check"
)

// edit replaces the bytes start:end of a file with text.
type edit struct {
	file       string
	start, end int
	text       string
}

// placed is one edit of a fix, placed in the file the user wrote and in the
// file the package was compiled from: the same file, except for cgo's rewrite
// of a file that uses cgo.
type placed struct{ user, compiled edit }

// fixFor is the first fix of one finding, placed, and what became of it.
type fixFor struct {
	f     *finding
	edits []edit // in the user's files, sorted
	cedit []edit // in every variant's compiled files
	why   string // why it is not applied; "" when it is
}

// fixAll applies the fix of each finding that has one and prints the findings that
// remain, each with the reason (on o.out), and a summary (on o.err). It returns
// how many findings remain and false when a file could not be written.
func fixAll(o *output, roots []*packages.Package, found []*finding, write func(string, []byte) error) (remaining int, ok bool) {
	return applyFixes(o, roots, found, "-fix", write, newFileCache())
}

// diffAll is -diff: it prints the changes -fix would write as a unified diff
// on o.out, and writes nothing; the findings -fix would leave, with the
// reasons, and the summary go to o.err. It returns how many findings remain.
func diffAll(o *output, roots []*packages.Package, found []*finding) (remaining int) {
	files := newFileCache()
	content := map[string][]byte{}
	remaining, _ = applyFixes(&output{out: o.err, err: o.err, wd: o.wd}, roots, found, "-diff", func(name string, b []byte) error {
		content[name] = b
		return nil
	}, files)
	for _, name := range sortedKeys(content) {
		old, _ := files.read(name) // read to fix it
		from, to := o.rel(name), o.rel(name)
		if !filepath.IsAbs(from) {
			from, to = "a/"+filepath.ToSlash(from), "b/"+filepath.ToSlash(to)
		}
		writeUnifiedDiff(o.out, from, to, string(old), string(content[name]))
	}
	return remaining
}

// applyFixes is -fix, or -diff (mode) when write only records the files.
func applyFixes(o *output, roots []*packages.Package, found []*finding, mode string, write func(string, []byte) error, files *fileCache) (remaining int, ok bool) {
	var fixes []*fixFor
	notes := map[*finding]string{}
	for _, f := range found {
		if len(f.diag().SuggestedFixes) == 0 {
			notes[f] = fmt.Sprintf("no automatic fix: %s offers one only where the change is certain; change the code as the message says", f.check())
			continue
		}
		if alts := f.diag().SuggestedFixes; len(alts) > 1 {
			// Equally likely fixes (a typo as close to two codes): the first is no
			// better than the others, so choosing is left to the reader.
			var msgs []string
			for _, a := range alts {
				msgs = append(msgs, a.Message)
			}
			notes[f] = fmt.Sprintf("%d fixes are equally likely (%s): apply the right one by hand", len(alts), strings.Join(msgs, "; "))
			continue
		}
		fx, err := planFix(f, files)
		if err != nil {
			notes[f] = err.Error()
			continue
		}
		fixes = append(fixes, fx)
	}
	dropOverlaps(fixes)
	v := newVerifier(roots, files)
	for v.dropUncompilable(fixes) {
		// each round drops fixes that keep a package from compiling, until
		// every package the remaining fixes touch, or that depends on one, does
	}
	content := fixedFiles(fixes, files)
	applied, written := 0, 0
	for _, fx := range fixes {
		if fx.why == "" {
			applied++
		} else {
			notes[fx.f] = fx.why
		}
	}
	ok = true
	for _, name := range sortedKeys(content) {
		if err := write(name, content[name]); err != nil {
			fmt.Fprintf(o.err, "cbclint: %s: %v\n", mode, err)
			ok = false
			for _, fx := range fixes {
				if fx.why == "" && slices.ContainsFunc(fx.edits, func(e edit) bool { return e.file == name }) {
					fx.why = "the file could not be written"
					notes[fx.f] = fx.why
					applied--
				}
			}
			continue
		}
		written++
	}
	fixed := map[*finding]bool{}
	for _, fx := range fixes {
		fixed[fx.f] = fx.why == ""
	}
	for _, f := range found {
		if fixed[f] {
			continue
		}
		remaining++
		o.finding(f)
		fmt.Fprintf(o.out, "\tnot fixed: %s\n", o.relText(notes[f]))
	}
	summary := fmt.Sprintf("cbclint: -fix: fixed %s in %s", plural(applied, "finding"), plural(written, "file"))
	if mode == "-diff" {
		summary = fmt.Sprintf("cbclint: -diff: the diff (on standard output) fixes %s in %s; nothing written", plural(applied, "finding"), plural(written, "file"))
	}
	if remaining > 0 {
		verb := "remain (above): fix them"
		if remaining == 1 {
			verb = "remains (above): fix it"
		}
		summary += fmt.Sprintf("; %s %s by hand", plural(remaining, "finding"), verb)
	}
	fmt.Fprintln(o.err, summary)
	return remaining, ok
}

// planFix places the first fix of f, in every variant of the finding.
func planFix(f *finding, files *fileCache) (*fixFor, error) {
	fx := &fixFor{f: f}
	for i, v := range f.variants {
		if len(v.diag.SuggestedFixes) == 0 {
			return nil, errors.New("its fix differs between the package and its tests")
		}
		edits, err := placeFix(v.act.Package.Fset, v.diag.SuggestedFixes[0], files)
		if err != nil {
			return nil, err
		}
		var user []edit
		for _, e := range edits {
			if e.user.file == e.compiled.file && isGeneratedFile(v.act.Package, e.compiled.file) {
				return nil, errors.New("its fix edits a generated file")
			}
			user = append(user, e.user)
			fx.cedit = append(fx.cedit, e.compiled)
		}
		if i == 0 {
			fx.edits = user
		} else if !slices.Equal(fx.edits, user) {
			return nil, errors.New("its fix differs between the package and its tests")
		}
	}
	return fx, nil
}

// placeFix places the edits of fix, sorted in the user's files; the error says
// why it cannot be applied.
func placeFix(fset *token.FileSet, fix analysis.SuggestedFix, files *fileCache) ([]placed, error) {
	var out []placed
	for _, te := range fix.TextEdits {
		e, err := placeEdit(fset, te, files)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b placed) int {
		return cmp.Or(cmp.Compare(a.user.file, b.user.file), cmp.Compare(a.user.start, b.user.start), cmp.Compare(a.user.end, b.user.end))
	})
	for i := 1; i < len(out); i++ {
		if overlap(out[i-1].user, out[i].user) {
			return nil, errors.New("the edits of its fix overlap")
		}
	}
	return out, nil
}

// placeEdit places one edit. Its position is in the file the package was
// compiled from; a //line directive there (cgo's rewrite of the user's file)
// maps it to the user's file, where the edit is placed only if the text it
// replaces, and the bytes on either side, are the same in both.
func placeEdit(fset *token.FileSet, te analysis.TextEdit, files *fileCache) (placed, error) {
	end := cmp.Or(te.End, te.Pos)
	tf := fset.File(te.Pos)
	if tf == nil || fset.File(end) != tf {
		return placed{}, errors.New("its fix has an edit outside any file")
	}
	cs, ce := tf.Offset(te.Pos), tf.Offset(end)
	compiled, err := files.read(tf.Name())
	if err != nil {
		return placed{}, err
	}
	if len(compiled) != tf.Size() {
		return placed{}, fmt.Errorf("%s changed since it was analysed", tf.Name())
	}
	e := edit{file: tf.Name(), start: cs, end: ce, text: string(te.NewText)}
	ps, pe := fset.Position(te.Pos), fset.Position(end)
	if ps.Filename == tf.Name() && pe.Filename == tf.Name() {
		return placed{e, e}, nil
	}
	cannot := fmt.Errorf("its fix is in cgo's rewrite of %s and cannot be placed in the file itself", ps.Filename)
	if ps.Filename != pe.Filename {
		return placed{}, cannot
	}
	user, err := files.read(ps.Filename)
	if err != nil {
		return placed{}, cannot
	}
	us, ue := offsetOf(user, ps.Line, ps.Column), offsetOf(user, pe.Line, pe.Column)
	if us < 0 || ue < us || !sameAround(user, us, ue, compiled, cs, ce) {
		return placed{}, cannot
	}
	return placed{edit{file: ps.Filename, start: us, end: ue, text: e.text}, e}, nil
}

// offsetOf returns the offset of line:col (1-based, col in bytes) in src, or -1.
func offsetOf(src []byte, line, col int) int {
	off := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(src[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	off += col - 1
	if col < 1 || off > len(src) || bytes.IndexByte(src[off-col+1:off], '\n') >= 0 {
		return -1
	}
	return off
}

// sameAround reports whether a[as:ae] and b[bs:be] are the same text between
// the same bytes: cgo rewrites the calls of C functions around them.
func sameAround(a []byte, as, ae int, b []byte, bs, be int) bool {
	if ae > len(a) || be > len(b) || !bytes.Equal(a[as:ae], b[bs:be]) {
		return false
	}
	before := func(s []byte, i int) int {
		if i == 0 {
			return -1
		}
		return int(s[i-1])
	}
	after := func(s []byte, i int) int {
		if i == len(s) {
			return -1
		}
		return int(s[i])
	}
	return before(a, as) == before(b, bs) && after(a, ae) == after(b, be)
}

// overlap reports whether two edits of one file touch the same text: they
// overlap, or both insert at the same place.
func overlap(a, b edit) bool {
	if a.file != b.file {
		return false
	}
	if a.start == a.end && b.start == b.end {
		return a.start == b.start
	}
	return a.start < b.end && b.start < a.end
}

// dropOverlaps keeps one of identical fixes (two findings may be fixed alike)
// and drops every fix that overlaps a different one: applying either could
// be wrong, and applying both is.
func dropOverlaps(fixes []*fixFor) {
	for i, a := range fixes {
		for _, b := range fixes[i+1:] {
			if slices.Equal(a.edits, b.edits) {
				continue
			}
			for _, ea := range a.edits {
				if slices.ContainsFunc(b.edits, func(eb edit) bool { return overlap(ea, eb) }) {
					a.why = cmp.Or(a.why, fmt.Sprintf("its fix overlaps the fix of %s (%s): apply one of them by hand", b.f.posn, b.f.check()))
					b.why = cmp.Or(b.why, fmt.Sprintf("its fix overlaps the fix of %s (%s): apply one of them by hand", a.f.posn, a.f.check()))
					break
				}
			}
		}
	}
}

// fixedFiles returns the new content of every file the applied fixes edit.
// A file keeps its line endings, and is formatted only if it was gofmt-clean
// (up to CRLF line endings). A file with both line endings is not formatted,
// which would give every line the same ending: only the fixes change it.
func fixedFiles(fixes []*fixFor, files *fileCache) map[string][]byte {
	out := map[string][]byte{}
	for name, edits := range activeEdits(fixes, false) {
		src, _ := files.read(name)
		lines, crlfs := bytes.Count(src, []byte("\n")), bytes.Count(src, []byte("\r\n"))
		crlf, mixed := crlfs > 0 && crlfs == lines, crlfs > 0 && crlfs < lines
		if crlf {
			for i := range edits {
				edits[i].text = toCRLF(edits[i].text)
			}
		}
		b := apply(src, edits)
		if lf := toLF(src); !mixed && isFormatted(lf) {
			if formatted, err := format.Source(toLF(b)); err == nil {
				b = formatted
				if crlf {
					b = []byte(toCRLF(string(b)))
				}
			}
		}
		out[name] = b
	}
	return out
}

// activeEdits groups the edits of the applied fixes by file, each once
// (identical fixes, variants): the edits of the user's files, or, if compiled,
// those of the files the packages were compiled from.
func activeEdits(fixes []*fixFor, compiled bool) map[string][]edit {
	out := map[string][]edit{}
	for _, fx := range fixes {
		if fx.why != "" {
			continue
		}
		all := fx.edits
		if compiled {
			all = fx.cedit
		}
		for _, e := range all {
			if !slices.Contains(out[e.file], e) {
				out[e.file] = append(out[e.file], e)
			}
		}
	}
	return out
}

// apply applies non-overlapping edits to src.
func apply(src []byte, edits []edit) []byte {
	slices.SortStableFunc(edits, func(a, b edit) int { return cmp.Compare(a.start, b.start) })
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		b.Write(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	return b.Bytes()
}

// isGeneratedFile reports whether the named file of p is a generated file other
// than cgo's rewrite of a user's file.
func isGeneratedFile(p *packages.Package, name string) bool {
	for _, f := range p.Syntax {
		if p.Fset.File(f.FileStart).Name() == name {
			return check.IsGenerated(f)
		}
	}
	return false
}

func isFormatted(src []byte) bool {
	b, err := format.Source(src)
	return err == nil && bytes.Equal(b, src)
}

func toLF(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")) }

// toCRLF turns the bare line feeds of s into CRLF.
func toCRLF(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\n", "\r\n")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// writeFile replaces the content of a file, keeping its permissions.
func writeFile(name string, b []byte) error {
	info, err := os.Stat(name)
	if err != nil {
		return err
	}
	return os.WriteFile(name, b, info.Mode().Perm())
}

// fileCache reads each file once, so that every fix sees the same content.
type fileCache struct{ m map[string][]byte }

func newFileCache() *fileCache { return &fileCache{map[string][]byte{}} }

func (c *fileCache) read(name string) ([]byte, error) {
	if b, ok := c.m[name]; ok {
		return b, nil
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	c.m[name] = b
	return b, nil
}
