// Package checktest runs a check over the packages of a test's testdata and
// compares what it reports with the // want comments in their files, as
// x/tools' analysistest does, but loads them as go vet and golangci-lint
// present them (see load.go): every package from source with its facts,
// except the standard library, which comes from the compiler's export data
// in the build cache. analysistest
// type-checks the whole standard library from source for every Run, which
// cost seconds of CPU a Run and most of the time of the checks' tests.
//
// The expectations are analysistest's: `// want "re"` (several on a line,
// "re" or `re`, `// want +N "re"` for N lines below) matches a finding on its
// line; `// want name:"re"` a fact of the object declared there, and
// `// want package:"re"` on line 1 of a package's first file a fact of the
// package. A finding or fact without an expectation, or an expectation
// nothing matched, fails the test. RunWithSuggestedFixes also compares each
// file's fixes, applied, with file.go.golden (analysistest's two forms: the
// whole fixed file, or a txtar archive with a section per fix message).
package checktest

import (
	"bytes"
	"cmp"
	"fmt"
	"go/ast"
	"go/format"
	"go/token"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"text/scanner"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
	"golang.org/x/tools/txtar"
)

// Testing is what Run needs of a test: *testing.T, or a recorder of errors.
type Testing interface {
	Errorf(format string, args ...any)
}

// helper marks the caller of Run as a helper when t is a testing.TB.
func helper(t Testing) {
	if h, ok := t.(interface{ Helper() }); ok {
		h.Helper()
	}
}

// Run loads the packages patterns name in the GOPATH tree gopath (with their
// tests), runs a on them, and checks its findings and facts on each package
// named against the // want comments of its files. It returns the root
// actions (one per package named, and its test variants).
func Run(t Testing, gopath string, a *analysis.Analyzer, patterns ...string) []*checker.Action {
	helper(t)
	graph, err := Analyze(gopath, a, patterns...)
	if err != nil {
		t.Errorf("%v", err)
		return nil
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			t.Errorf("error analyzing %s: %v", act, act.Err)
			continue
		}
		check(t, gopath, act)
	}
	return graph.Roots
}

// RunWithSuggestedFixes is Run, and compares the fixes of the findings,
// applied, with the .golden file beside each file they edit.
func RunWithSuggestedFixes(t Testing, gopath string, a *analysis.Analyzer, patterns ...string) []*checker.Action {
	helper(t)
	roots := Run(t, gopath, a, patterns...)
	for _, act := range roots {
		checkFixes(t, act)
	}
	return roots
}

// Analyze loads the packages patterns name in gopath, as cbclint -test does
// for a, and runs a on them. It fails on packages that cannot be loaded; a
// package with type errors is analysed if a runs despite errors.
func Analyze(gopath string, a *analysis.Analyzer, patterns ...string) (*checker.Graph, error) {
	pkgs, err := Load(gopath, true, patterns...)
	if err != nil {
		return nil, err
	}
	if !a.RunDespiteErrors {
		var errs []string
		packages.Visit(pkgs, nil, func(p *packages.Package) {
			for _, e := range p.Errors {
				errs = append(errs, fmt.Sprintf("%s: %v", p.ID, e))
			}
		})
		if len(errs) > 0 {
			return nil, fmt.Errorf("loading %s:\n\t%s", patterns, strings.Join(errs, "\n\t"))
		}
	}
	return checker.Analyze([]*analysis.Analyzer{a}, pkgs, &checker.Options{SanityCheck: true})
}

// envMu serialises the changes of the environment: the go command that
// go/packages and the driver run reads the process's.
var envMu sync.Mutex

// InGOPATH runs f with the environment of the go command set for the GOPATH
// tree gopath (GOPATHEnv), and restores the environment after. Calls are
// serialised, so that tests running in parallel each see their own tree;
// what f runs must not wait for another test.
func InGOPATH(gopath string, f func()) { withEnv(GOPATHEnv(gopath), f) }

// GOPATHEnv is the environment of the go command for the GOPATH tree gopath:
// GOPATH mode, no workspace, no toolchain switch, and cbclint's fact cache off.
func GOPATHEnv(gopath string) map[string]string {
	return map[string]string{
		"GOPATH":        gopath,
		"GO111MODULE":   "off",
		"GOWORK":        "off",
		"GOFLAGS":       "",
		"GOTOOLCHAIN":   "local",
		"CBCLINT_CACHE": "off",
	}
}

// moduleEnv is the environment of the go command in a module of testdata,
// which requires nothing: module mode, offline.
func moduleEnv() map[string]string {
	return map[string]string{
		"GO111MODULE":   "on",
		"GOPROXY":       "off",
		"GOWORK":        "off",
		"GOFLAGS":       "",
		"GOTOOLCHAIN":   "local",
		"CBCLINT_CACHE": "off",
	}
}

func withEnv(vars map[string]string, f func()) {
	envMu.Lock()
	defer envMu.Unlock()
	for k, v := range vars {
		old, had := os.LookupEnv(k)
		os.Setenv(k, v)
		if had {
			defer os.Setenv(k, old)
		} else {
			defer os.Unsetenv(k)
		}
	}
	f()
}

// An expectation is one pattern of a // want comment.
type expectation struct {
	kind string // "diagnostic" or "fact"
	name string // the object a fact is about, or "package"
	rx   *regexp.Regexp
}

type key struct {
	file string
	line int
}

// check compares the findings and facts of act with the // want comments of
// its package's files.
func check(t Testing, gopath string, act *checker.Action) {
	helper(t)
	fset := act.Package.Fset
	want := map[key][]expectation{}
	for _, f := range act.Package.Syntax {
		for _, cg := range f.Comments {
			for _, c := range cg.List {
				text := strings.TrimPrefix(c.Text, "//")
				if text == c.Text {
					text = strings.TrimSuffix(strings.TrimPrefix(text, "/*"), "*/")
				}
				// A comment "//...// want..." is read from "want" on.
				if i := strings.Index(text, "// want"); i >= 0 {
					text = text[i+len("// "):]
				}
				rest, ok := strings.CutPrefix(strings.TrimSpace(text), "want")
				if !ok {
					continue
				}
				posn := fset.Position(c.Pos())
				file := sanitize(gopath, posn.Filename)
				delta, expects, err := parseExpectations(rest)
				if err != nil {
					t.Errorf("%s:%d: in 'want' comment: %v", file, posn.Line, err)
					continue
				}
				k := key{file, posn.Line + delta}
				want[k] = append(want[k], expects...)
			}
		}
	}

	match := func(posn token.Position, kind, name, message string) {
		helper(t)
		posn.Filename = sanitize(gopath, posn.Filename)
		k := key{posn.Filename, posn.Line}
		var unmatched []string
		for i, exp := range want[k] {
			if exp.kind != kind || exp.name != name {
				continue
			}
			if exp.rx.MatchString(message) {
				want[k] = slices.Delete(want[k], i, i+1)
				return
			}
			unmatched = append(unmatched, fmt.Sprintf("%#q", exp.rx))
		}
		if unmatched == nil {
			t.Errorf("%v: unexpected %s: %v", posn, kind, message)
		} else {
			t.Errorf("%v: %s %q does not match pattern %s", posn, kind, message, strings.Join(unmatched, " or "))
		}
	}

	for _, d := range act.Diagnostics {
		match(fset.Position(d.Pos), "diagnostic", "", d.Message)
	}
	for _, pf := range act.AllPackageFacts() {
		if pf.Package == act.Package.Types && len(act.Package.Syntax) > 0 {
			posn := fset.Position(act.Package.Syntax[0].Pos())
			posn.Line, posn.Column = 1, 1
			match(posn, "fact", "package", fmt.Sprint(pf.Fact))
		}
	}
	objFacts := act.AllObjectFacts()
	sort.SliceStable(objFacts, func(i, j int) bool { return objFacts[i].Object.Pos() < objFacts[j].Object.Pos() })
	for _, of := range objFacts {
		if obj := of.Object; obj.Pkg() == act.Package.Types {
			match(fset.Position(obj.Pos()), "fact", obj.Name(), fmt.Sprint(of.Fact))
		}
	}

	var surplus []string
	for k, expects := range want {
		for _, exp := range expects {
			surplus = append(surplus, fmt.Sprintf("%s:%d: no %s was reported matching %#q", k.file, k.line, exp.kind, exp.rx))
		}
	}
	slices.Sort(surplus)
	for _, s := range surplus {
		t.Errorf("%s", s)
	}
}

// parseExpectations parses what follows "want" in a comment: a line offset
// (+N), patterns of findings ("re" or `re`) and of facts (name:"re").
func parseExpectations(text string) (lineDelta int, expects []expectation, err error) {
	var scanErr string
	sc := new(scanner.Scanner).Init(strings.NewReader(text))
	sc.Error = func(_ *scanner.Scanner, msg string) { scanErr = msg }
	sc.Mode = scanner.ScanIdents | scanner.ScanStrings | scanner.ScanRawStrings | scanner.ScanInts
	pattern := func(tok rune) (*regexp.Regexp, error) {
		if tok != scanner.String && tok != scanner.RawString {
			return nil, fmt.Errorf("got %s, want regular expression", scanner.TokenString(tok))
		}
		s, _ := strconv.Unquote(sc.TokenText())
		return regexp.Compile(s)
	}
	for {
		switch tok := sc.Scan(); tok {
		case '+':
			if tok = sc.Scan(); tok != scanner.Int {
				return 0, nil, fmt.Errorf("got +%s, want +Int", scanner.TokenString(tok))
			}
			lineDelta, _ = strconv.Atoi(sc.TokenText())
		case scanner.String, scanner.RawString:
			rx, err := pattern(tok)
			if err != nil {
				return 0, nil, err
			}
			expects = append(expects, expectation{"diagnostic", "", rx})
		case scanner.Ident:
			name := sc.TokenText()
			if tok = sc.Scan(); tok != ':' {
				return 0, nil, fmt.Errorf("got %s after %s, want ':'", scanner.TokenString(tok), name)
			}
			rx, err := pattern(sc.Scan())
			if err != nil {
				return 0, nil, err
			}
			expects = append(expects, expectation{"fact", name, rx})
		case scanner.EOF:
			if scanErr != "" {
				return 0, nil, fmt.Errorf("%s", scanErr)
			}
			return lineDelta, expects, nil
		default:
			return 0, nil, fmt.Errorf("unexpected %s", scanner.TokenString(tok))
		}
	}
}

// sanitize names a file of the tree gopath relative to its src directory.
func sanitize(gopath, filename string) string {
	prefix := gopath + string(os.PathSeparator) + "src" + string(os.PathSeparator)
	return filepath.ToSlash(strings.TrimPrefix(filename, prefix))
}

// A textEdit replaces the bytes start:end of a file with text.
type textEdit struct {
	start, end int
	text       string
}

// checkFixes applies the fixes of act's findings, file by file, and compares
// the result with the file's .golden file. Fixes that edit a generated file
// are left out, as analysistest leaves them.
func checkFixes(t Testing, act *checker.Action) {
	helper(t)
	fset := act.Package.Fset
	generated := map[*token.File]bool{}
	for _, f := range act.Package.Syntax {
		generated[fset.File(f.Pos())] = ast.IsGenerated(f)
	}
	// message -> fixes -> file -> edits
	byMessage := map[string][]map[string][]textEdit{}
	files := map[string]bool{}
	for _, d := range act.Diagnostics {
	fixes:
		for _, fix := range d.SuggestedFixes {
			for _, e := range fix.TextEdits {
				if generated[fset.File(e.Pos)] {
					continue fixes
				}
			}
			edits := map[string][]textEdit{}
			for _, e := range fix.TextEdits {
				tf := fset.File(e.Pos)
				end := e.End
				if !end.IsValid() {
					end = e.Pos
				}
				files[tf.Name()] = true
				edits[tf.Name()] = append(edits[tf.Name()], textEdit{tf.Offset(e.Pos), tf.Offset(end), string(e.NewText)})
			}
			byMessage[fix.Message] = append(byMessage[fix.Message], edits)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(files)) {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Errorf("error reading %s: %v", name, err)
			continue
		}
		ar, err := txtar.ParseFile(name + ".golden")
		if err != nil {
			t.Errorf("error reading %s.golden: %v", name, err)
			continue
		}
		merge := func(message string, acc, edits []textEdit) []textEdit {
			helper(t)
			merged, ok := mergeEdits(acc, edits)
			if !ok {
				t.Errorf("in file %s, conflict applying fix %q", name, message)
				return acc
			}
			return merged
		}
		compare := func(what string, edits []textEdit, want []byte) {
			helper(t)
			if err := compareFixed(name, src, edits, want); err != nil {
				t.Errorf("%s: %v", what, err)
			}
		}
		if len(ar.Files) > 0 {
			if len(ar.Comment) > 0 {
				t.Errorf("%s.golden has a leading comment and sections: use one form", name)
				continue
			}
			for _, section := range ar.Files {
				var acc []textEdit
				for _, fix := range byMessage[section.Name] {
					acc = merge(section.Name, acc, fix[name])
				}
				compare(fmt.Sprintf("all fixes of message %q", section.Name), acc, section.Data)
			}
			continue
		}
		var acc []textEdit
		for _, message := range slices.Sorted(maps.Keys(byMessage)) {
			for _, fix := range byMessage[message] {
				acc = merge(message, acc, fix[name])
			}
		}
		compare("all fixes", acc, ar.Comment)
	}
}

// mergeEdits merges two sets of edits of one file: an edit in both is made
// once; edits that overlap otherwise conflict.
func mergeEdits(x, y []textEdit) ([]textEdit, bool) {
	all := slices.Concat(x, y)
	slices.SortStableFunc(all, func(a, b textEdit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end), strings.Compare(a.text, b.text))
	})
	all = slices.Compact(all)
	for i := 1; i < len(all); i++ {
		p, e := all[i-1], all[i]
		// Overlapping, or two insertions of different texts at one offset,
		// whose order is not defined.
		if e.start < p.end || p.start == p.end && e.start == e.end && p.start == e.start {
			return x, false
		}
	}
	return all, true
}

// compareFixed applies edits to src and compares the result with want, both
// formatted.
func compareFixed(name string, src []byte, edits []textEdit, want []byte) error {
	if len(edits) == 0 {
		return fmt.Errorf("%s: no edits", name)
	}
	var b bytes.Buffer
	last := 0
	for _, e := range edits {
		if e.start < last || e.end > len(src) {
			return fmt.Errorf("%s: edits out of order or out of range", name)
		}
		b.Write(src[last:e.start])
		b.WriteString(e.text)
		last = e.end
	}
	b.Write(src[last:])
	fixed, err := format.Source(b.Bytes())
	if err != nil {
		return fmt.Errorf("%s: formatting the fixed file: %v\n%s", name, err, b.Bytes())
	}
	if want, err = format.Source(want); err != nil {
		return fmt.Errorf("%s.golden: formatting: %v", name, err)
	}
	if !bytes.Equal(bytes.TrimSpace(fixed), bytes.TrimSpace(want)) {
		return fmt.Errorf("%s: the fixed file differs from %s.golden:\n%s", name, filepath.Base(name), lineDiff(string(fixed), string(want)))
	}
	return nil
}

// lineDiff shows the lines of got and want that differ, after their common
// beginning and end.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	i := 0
	for i < len(g) && i < len(w) && g[i] == w[i] {
		i++
	}
	j := 0
	for j < len(g)-i && j < len(w)-i && g[len(g)-1-j] == w[len(w)-1-j] {
		j++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "from line %d:\n", i+1)
	for _, l := range g[i : len(g)-j] {
		fmt.Fprintf(&b, "-got  %s\n", l)
	}
	for _, l := range w[i : len(w)-j] {
		fmt.Fprintf(&b, "+want %s\n", l)
	}
	return b.String()
}
