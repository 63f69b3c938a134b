package cli

import (
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
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
