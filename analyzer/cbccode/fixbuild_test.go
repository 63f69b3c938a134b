package cbccode_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbccode"
	"github.com/cbclint/cbclint/internal/fixtest"
)

// TestFixedFilesCompile applies the fixes to the packages of the fix tests,
// as cbclint -fix does: the result must compile, and linting it again must
// report exactly the findings that had no fix, or several (ambiguous).
func TestFixedFilesCompile(t *testing.T) {
	t.Parallel()
	fixtest.Verify(t, cbccode.Analyzer, analysistest.TestData(), fixes...)
}

// TestHugeLiteralsGiveShortMessages lints string literals of megabytes: a
// message and a fix's title quote at most a few dozen characters of them.
func TestHugeLiteralsGiveShortMessages(t *testing.T) {
	t.Parallel()
	gopath := t.TempDir()
	dir := filepath.Join(gopath, "src", "huge")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	src := "package huge\n\n" +
		"const digits = \"CBC." + strings.Repeat("5", 5_000_000) + "\"\n" +
		"const padded = \" cbc.5003" + strings.Repeat(" ", 1_000_000) + "\"\n" +
		"const prose = \"failed with CBC.5030: " + strings.Repeat("x", 1_000_000) + "\"\n"
	if err := os.WriteFile(filepath.Join(dir, "huge.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, diags := fixtest.Lint(t, cbccode.Analyzer, gopath, "huge")
	var msgs []string
	for _, d := range diags {
		msgs = append(msgs, d.Message)
		for _, f := range d.SuggestedFixes {
			msgs = append(msgs, f.Message)
		}
	}
	for _, m := range msgs {
		if len(m) > 300 {
			t.Errorf("a message of %d bytes: %.100s…", len(m), m)
		}
	}
	if len(diags) != 2 || !strings.HasPrefix(diags[0].Message, `malformed CBC error code " cbc.5003      `) || !strings.HasPrefix(diags[1].Message, "unknown CBC error code CBC.5030: did you mean CBC.5003") {
		t.Errorf("want the padded code and the code in prose reported, the 5 million digits left alone (no code has that many); got %d findings:\n%.300s", len(diags), strings.Join(msgs, "\n"))
	}
}
