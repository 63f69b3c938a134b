package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/driver"
)

// A block of output the documentation quotes: the fenced block after a line
// <!-- output: cbclint ARGS -->, optionally with (in DIR) (a directory of the
// repository to run in) and (part) (the block is a run of consecutive lines of
// the output, not all of it). A line "..." in the block stands for any lines.
type quoted struct {
	file, marker string
	args         []string
	dir          string
	part         bool
	lines        []string
}

// updateDocs rewrites the quoted outputs that are whole (no (part), no "..."
// line) with what the command prints: go test ./cmd/cbclint/internal/cli
// -run TestDocsQuoteRealOutput -update-docs.
var updateDocs = flag.Bool("update-docs", false, "rewrite the whole outputs the README and docs/ quote")

var outputMarker = regexp.MustCompile("(?m)^<!-- output: cbclint ?(.*?) -->\n```[a-z]*\n((?s:.*?))```")

// docFiles are the user documentation: the README and docs/.
func docFiles(t *testing.T) []string {
	t.Helper()
	files, err := filepath.Glob("../../../../docs/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no docs/*.md: %v", err)
	}
	return append([]string{"../../../../README.md"}, files...)
}

func quotedOutputs(t *testing.T) []quoted {
	t.Helper()
	var qs []quoted
	for _, file := range docFiles(t) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range outputMarker.FindAllStringSubmatch(string(b), -1) {
			q := quoted{file: file, marker: m[0][:strings.Index(m[0], "\n")], dir: "."}
			args := m[1]
			if i := strings.Index(args, "(in "); i >= 0 {
				dir, rest, _ := strings.Cut(args[i+len("(in "):], ")")
				q.dir, args = filepath.Join("..", "..", "..", "..", dir), args[:i]+rest
			}
			if strings.Contains(args, "(part)") {
				q.part, args = true, strings.Replace(args, "(part)", "", 1)
			}
			q.args = strings.Fields(args)
			q.lines = strings.Split(strings.TrimSuffix(m[2], "\n"), "\n")
			qs = append(qs, q)
		}
	}
	return qs
}

// The first line of -version names the build and the Go that made it, which
// differ from one machine to another; the catalog's line is compared as it is.
var buildLine = regexp.MustCompile(`(?m)^cbclint \S+, built with \S+$`)

func normalise(s string) string {
	return buildLine.ReplaceAllString(s, "cbclint VERSION, built with GO")
}

// matches reports whether want (with "..." lines standing for any lines)
// matches got from its first line, and to its last unless part.
func matches(want, got []string, part bool) bool {
	if len(want) == 0 {
		return part || len(got) == 0
	}
	if want[0] == "..." {
		for i := 0; i <= len(got); i++ {
			if matches(want[1:], got[i:], part) {
				return true
			}
		}
		return false
	}
	return len(got) > 0 && want[0] == got[0] && matches(want[1:], got[1:], part)
}

// Every output the README and docs/ quote is what the command prints: the
// example's findings, -version's catalog size, the command list. Numbers are
// not typed by hand.
func TestDocsQuoteRealOutput(t *testing.T) {
	t.Parallel()
	qs := quotedOutputs(t)
	if len(qs) < 3 {
		t.Fatalf("%d quoted outputs in the README and docs/, want at least the example, -version and help", len(qs))
	}
	seen := map[string]bool{}
	for _, q := range qs {
		seen[strings.Join(q.args, " ")] = true
		_, out, errOut := runIn(t, q.dir, q.args...)
		got := strings.Split(strings.TrimSuffix(normalise(out), "\n"), "\n")
		want := strings.Split(normalise(strings.Join(q.lines, "\n")), "\n")
		ok := matches(want, got, false)
		for i := 0; q.part && !ok && i < len(got); i++ {
			ok = matches(want, got[i:], true)
		}
		if !ok && *updateDocs && !q.part && !slices.Contains(q.lines, "...") {
			rewriteQuote(t, q, out)
			continue
		}
		if !ok {
			t.Errorf("%s: %s quotes\n%s\nbut cbclint %s prints\n%s%s", q.file, q.marker, strings.Join(q.lines, "\n"), strings.Join(q.args, " "), out, errOut)
		}
	}
	for _, must := range []string{"./...", "-version"} {
		if !seen[must] {
			t.Errorf("the README and docs/ quote no output of cbclint %s", must)
		}
	}
}

// rewriteQuote replaces q's block in its file by out.
func rewriteQuote(t *testing.T, q quoted, out string) {
	t.Helper()
	b, err := os.ReadFile(q.file)
	if err != nil {
		t.Fatal(err)
	}
	old := q.marker + "\n```"
	i := strings.Index(string(b), old)
	if i < 0 {
		t.Fatalf("%s: %s not found", q.file, q.marker)
	}
	start := strings.Index(string(b[i+len(old):]), "\n") + i + len(old) + 1
	end := strings.Index(string(b[start:]), "```") + start
	s := string(b[:start]) + out + string(b[end:])
	if err := os.WriteFile(q.file, []byte(s), 0o666); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %s rewritten", q.file, q.marker)
}

// The check of the test above fails on a wrong quote.
func TestMatches(t *testing.T) {
	got := []string{"a", "b", "c", "d"}
	for _, tc := range []struct {
		want []string
		part bool
		ok   bool
	}{
		{[]string{"a", "b", "c", "d"}, false, true},
		{[]string{"a", "...", "d"}, false, true},
		{[]string{"a", "..."}, false, true},
		{[]string{"a", "b"}, false, false},
		{[]string{"a", "b"}, true, true},
		{[]string{"a", "c"}, true, false},
		{[]string{"a", "x", "c", "d"}, false, false},
	} {
		if got := matches(tc.want, got, tc.part); got != tc.ok {
			t.Errorf("matches(%q, part %v) = %v, want %v", tc.want, tc.part, got, tc.ok)
		}
	}
}

// Lines of findings quoted anywhere in the documentation from the bundled
// example (billing/...) are lines cbclint prints on it, and every "N other
// error codes come with HTTP 200" states the catalog's N.
func TestDocsQuoteExampleFindings(t *testing.T) {
	t.Parallel()
	_, out, _ := runIn(t, filepath.Join("..", "..", "..", "..", "testdata", "example"), "./...")
	printed := map[string]bool{}
	for _, l := range strings.Split(out, "\n") {
		printed[l] = true
		if check, ok := strings.CutSuffix(l, ")"); ok {
			if i := strings.LastIndex(check, " ("); i >= 0 {
				printed[l[:i]] = true // quoted without the check's name
			}
		}
	}
	others := regexp.MustCompile(`and (\d+) other error codes come with HTTP 200`)
	n := others.FindStringSubmatch(out)
	if n == nil {
		t.Fatalf("the example's output has no %q:\n%s", others, out)
	}
	finding := regexp.MustCompile(`(?m)^billing/\S+\.go:\d+:\d+: .*$`)
	for _, file := range docFiles(t) {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range finding.FindAllString(string(b), -1) {
			if !printed[l] {
				t.Errorf("%s quotes a finding of the example that cbclint does not print:\n%s", file, l)
			}
		}
		for _, m := range others.FindAllStringSubmatch(string(b), -1) {
			if m[1] != n[1] {
				t.Errorf("%s says %q; the catalog has %s others", file, m[0], n[1])
			}
		}
	}
}

// The README is written for users: no issue numbers, no test expectations.
func TestReadmeSpeaksToUsers(t *testing.T) {
	b, err := os.ReadFile("../../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(b), "\n") {
		lower := strings.ToLower(line)
		for _, bad := range []string{"issue", "// want"} {
			if strings.Contains(lower, bad) {
				t.Errorf("README.md:%d: %q is for developers: %s", i+1, bad, line)
			}
		}
	}
}

// The README's first code block is the Quick start: exactly the two commands
// a new user runs, the example and the tests (make example builds its own
// binary; neither needs anything but Go).
func TestReadmeQuickStart(t *testing.T) {
	b, err := os.ReadFile("../../../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "```")
	if !ok {
		t.Fatal("README.md has no code block")
	}
	_, rest, _ = strings.Cut(rest, "\n") // the info string
	block, _, _ := strings.Cut(rest, "```")
	if want := "make example\nmake test\n"; block != want {
		t.Errorf("README.md's first code block is\n%s\nwant the Quick start's two commands:\n%s", block, want)
	}
}

// The counts docs/catalog.md gives of CBC's operations are those -operations
// prints.
func TestDocsCountOperations(t *testing.T) {
	code, out, errOut := runInfo(t, "-operations")
	var ops []struct {
		Service     string   `json:"service"`
		ErrorFields []string `json:"error_fields"`
	}
	if err := json.Unmarshal([]byte(out), &ops); code != driver.ExitClean || err != nil {
		t.Fatalf("-operations: exit status %d, %v\n%s", code, err, errOut)
	}
	all, withErrors := map[string]int{}, map[string]int{}
	for _, op := range ops {
		all[op.Service]++
		if len(op.ErrorFields) > 0 {
			withErrors[op.Service]++
		}
	}
	b, err := os.ReadFile("../../../../docs/catalog.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := strings.Join(strings.Fields(string(b)), " ")
	for _, want := range []string{
		fmt.Sprintf("the %d operations of the Huawei SDK's `services/bss/v2` (%d) and `services/bssintl/v2` (%d)", len(ops), all["bss"], all["bssintl"]),
		fmt.Sprintf("%d operations have them (%d of `bss`, %d of `bssintl`)", withErrors["bss"]+withErrors["bssintl"], withErrors["bss"], withErrors["bssintl"]),
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("docs/catalog.md does not say %q", want)
		}
	}
}
