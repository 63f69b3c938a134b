package driver

import (
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/difftest"
)

// A fix's diff: the changed lines and three lines around them, as diff -u
// prints them, in one hunk when the changes are six lines apart or less.
func TestUnifiedDiff(t *testing.T) {
	old := "package pay\n\nimport (\n\tbss \"x/bss\"\n)\n\nfunc Renew() error {\n\t_, err := c.RenewalResources(req)\n\treturn err\n}\n"
	new := strings.Replace(strings.Replace(old, "import (\n", "import (\n\t\"fmt\"\n\n", 1), "\t_, err", "\tresp, err", 1)
	var b strings.Builder
	writeUnifiedDiff(&b, "a/pay.go", "b/pay.go", old, new)
	want := `--- a/pay.go
+++ b/pay.go
@@ -1,10 +1,12 @@
 package pay
 
 import (
+	"fmt"
+
 	bss "x/bss"
 )
 
 func Renew() error {
-	_, err := c.RenewalResources(req)
+	resp, err := c.RenewalResources(req)
 	return err
 }
`
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
	b.Reset()
	writeUnifiedDiff(&b, "a", "b", old, old)
	if b.Len() != 0 {
		t.Errorf("a diff of equal files: %q", b.String())
	}
}

// Changes far apart get a hunk each; a missing final newline is marked.
func TestUnifiedDiffHunks(t *testing.T) {
	var lines []string
	for i := 1; i <= 20; i++ {
		lines = append(lines, fmt.Sprintf("line %d\n", i))
	}
	old := strings.Join(lines, "")
	new := strings.Replace(strings.Replace(old, "line 2\n", "line two\n", 1), "line 20\n", "line 20", 1)
	var b strings.Builder
	writeUnifiedDiff(&b, "a/f", "b/f", old, new)
	want := "--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+line two\n line 3\n line 4\n line 5\n" +
		"@@ -17,4 +17,4 @@\n line 17\n line 18\n line 19\n-line 20\n+line 20\n\\ No newline at end of file\n"
	if b.String() != want {
		t.Errorf("got:\n%s\nwant:\n%s", b.String(), want)
	}
}

// Applying the diff of two random files to the first gives the second, and
// the diff is no longer than needed: as many lines out and in as the files
// differ by at least.
func TestUnifiedDiffApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	random := func() string {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteString(string(rune('a' + r.IntN(4))))
			b.WriteString("\n")
		}
		if r.IntN(4) == 0 {
			b.WriteString("z")
		}
		return b.String()
	}
	for i := range 2000 {
		old, new := random(), random()
		var b strings.Builder
		writeUnifiedDiff(&b, "a", "b", old, new)
		got, err := difftest.Apply(old, b.String())
		if err != nil || got != new {
			t.Fatalf("case %d: %v\nold %q\nnew %q\ndiff:\n%s\napplied: %q", i, err, old, new, b.String(), got)
		}
		edits := 0
		for _, op := range diffLines(splitLines(old), splitLines(new)) {
			if op.kind != ' ' {
				edits++
			}
		}
		if lcs := lcsLen(splitLines(old), splitLines(new)); edits != len(splitLines(old))+len(splitLines(new))-2*lcs {
			t.Fatalf("case %d: %d edits, the shortest has %d", i, edits, len(splitLines(old))+len(splitLines(new))-2*lcs)
		}
	}
}

// patch(1) reads the diff as diff -u's.
func TestUnifiedDiffPatch(t *testing.T) {
	if _, err := exec.LookPath("patch"); err != nil {
		t.Skip("no patch")
	}
	dir := t.TempDir()
	old := "package pay\n\nconst (\n\tA = 1\n\tB = 2\n)\n\nvar x = 3\n\nvar y = 4\n\nvar z = 5\n"
	new := strings.Replace(strings.Replace(old, "A = 1", "A = 10", 1), "var z = 5\n", "var z = 5", 1)
	if err := os.WriteFile(filepath.Join(dir, "pay.go"), []byte(old), 0o644); err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	writeUnifiedDiff(&b, "a/pay.go", "b/pay.go", old, new)
	cmd := exec.Command("patch", "-p1")
	cmd.Dir, cmd.Stdin = dir, strings.NewReader(b.String())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("patch: %v\n%s\n%s", err, out, b.String())
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "pay.go")); string(got) != new {
		t.Errorf("patched:\n%q\nwant\n%q", got, new)
	}
}

func lcsLen(a, b []string) int {
	prev := make([]int, len(b)+1)
	for i := range a {
		cur := make([]int, len(b)+1)
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(prev[j+1], cur[j])
			}
		}
		prev = cur
	}
	return prev[len(b)]
}
