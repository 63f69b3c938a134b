package cli

import (
	"flag"
	"go/parser"
	"go/token"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/driver"
)

// A flag named in a help text: a dash that starts a word, then the name (a
// lower-case letter, then letters, digits, dots, dashes), up to "=", a space
// or punctuation. "-CBC.x" (a code removed from a list) is no flag.
var namedFlag = regexp.MustCompile("(?:^|[\\s(\\[`'\",/])-{1,2}([a-z][A-Za-z0-9.-]*)")

// goFlags are the flags of the go command that help texts name (go vet's),
// which are not cbclint's.
var goFlags = map[string]bool{"vettool": true}

// Every flag a help text names is one cbclint accepts: help texts are written
// by hand (the checks' doc.go files among them) while flags get renamed.
func TestHelpNamesOnlyRealFlags(t *testing.T) {
	s := &config.Settings{}
	analyzers := analyzer.All(s)
	fs, _ := newFlags(s, analyzers, io.Discard)
	texts := map[string]string{"shortUsage": shortUsage}
	for _, args := range [][]string{{"help"}, {"-version"}} {
		_, out, _ := runInfo(t, args...)
		texts[strings.Join(args, " ")] = out
	}
	for _, a := range analyzers {
		_, out, _ := runInfo(t, "help", a.Name)
		texts["help "+a.Name] = out
	}
	for name, text := range texts {
		if text == "" {
			t.Errorf("%s printed nothing", name)
		}
		for _, m := range namedFlag.FindAllStringSubmatch(text, -1) {
			flag := strings.TrimRight(m[1], ".-")
			if fs.Lookup(flag) == nil && !goFlags[flag] && flag != "h" && flag != "help" {
				t.Errorf("%s names -%s, which is not a flag of cbclint", name, flag)
			}
		}
	}
}

// The check of the test above finds a misnamed flag.
func TestNamedFlag(t *testing.T) {
	text := "unless -cross-package-helpers is set (see -cbcstatus.endpoints). Use `-fix`, go vet's -vettool=x, non-zero, CBC-256, -CBC.x removes"
	var got []string
	for _, m := range namedFlag.FindAllStringSubmatch(text, -1) {
		got = append(got, strings.TrimRight(m[1], ".-"))
	}
	if want := "cross-package-helpers cbcstatus.endpoints fix vettool"; strings.Join(got, " ") != want {
		t.Errorf("flags named: %q, want %q", got, want)
	}
}

// help <check> is for the check's users: what it finds, why it matters, how
// to fix and silence a finding, and its settings, in that order, with each
// of its flags; how the check works is in its doc.go for developers, and help
// does not print it.
func TestHelpCheckSections(t *testing.T) {
	s := &config.Settings{}
	analyzers := analyzer.All(s)
	fs, _ := newFlags(s, analyzers, io.Discard)
	for _, a := range analyzers {
		code, out, errOut := runInfo(t, "help", a.Name)
		if code != driver.ExitClean {
			t.Fatalf("help %s: exit status %d\n%s", a.Name, code, errOut)
		}
		at := 0
		for _, section := range []string{"What it finds:", "Why it matters:", "How to fix:", "How to silence:", "Settings:"} {
			i := strings.Index(out[at:], "\n"+section)
			if i < 0 {
				t.Errorf("help %s has no paragraph %q after the previous one:\n%s", a.Name, section, out)
				continue
			}
			at += i + 1
		}
		if !strings.Contains(out, "//cbclint:ignore "+a.Name+" ") {
			t.Errorf("help %s does not show the directive that silences it:\n%s", a.Name, out)
		}
		fs.VisitAll(func(f *flag.Flag) {
			if strings.HasPrefix(f.Name, a.Name+".") && !strings.Contains(out, "-"+f.Name) {
				t.Errorf("help %s does not list its flag -%s:\n%s", a.Name, f.Name, out)
			}
		})

		b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "analyzer", a.Name, "doc.go"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(token.NewFileSet(), "doc.go", b, parser.ParseComments|parser.PackageClauseOnly)
		if err != nil || f.Doc == nil {
			t.Fatalf("analyzer/%s/doc.go: %v", a.Name, err)
		}
		_, dev, ok := strings.Cut(f.Doc.Text(), "\n# How it works\n")
		if !ok {
			t.Errorf("analyzer/%s/doc.go has no '# How it works' section for its developers", a.Name)
			continue
		}
		first, _, _ := strings.Cut(strings.TrimSpace(dev), "\n")
		if strings.Contains(out, first) || strings.Contains(out, "How it works") {
			t.Errorf("help %s prints the developers' section (%q):\n%s", a.Name, first, out)
		}
	}
}
