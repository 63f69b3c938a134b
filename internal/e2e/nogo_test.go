package e2e

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/e2etest"
)

// nogoPackages are the packages docs/nogo.md's nogo rule names in its deps.
func nogoPackages(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(e2etest.Root(), "docs", "nogo.md"))
	if err != nil {
		t.Fatal(err)
	}
	var pkgs []string
	for _, m := range regexp.MustCompile(`"@com_github_cbclint_cbclint//(analyzer/\w+)",`).FindAllStringSubmatch(string(b), -1) {
		pkgs = append(pkgs, "github.com/cbclint/cbclint/"+m[1])
	}
	return pkgs
}

// Bazel's nogo takes each package's Analyzer and runs it through the
// unitchecker protocol, as go vet -vettool does. A vet tool of exactly the
// Analyzer values docs/nogo.md names finds what cbclint finds: one finding of
// each check, and none where a directive silences one.
func TestE2ENogoAnalyzers(t *testing.T) {
	e2etest.Require(t)
	pkgs := nogoPackages(t)
	var names []string
	for _, p := range pkgs {
		names = append(names, filepath.Base(p))
	}
	if !slices.Equal(names, config.Checks) {
		t.Fatalf("docs/nogo.md names %v; cbclint runs %v", names, config.Checks)
	}

	// The vet tool: unitchecker.Main over the packages' Analyzer values, in a
	// module of its own that takes cbclint from this checkout.
	tool := t.TempDir()
	root := e2etest.Root()
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	var imports, values []string
	for _, p := range pkgs {
		imports = append(imports, "\t\""+p+"\"")
		values = append(values, filepath.Base(p)+".Analyzer")
	}
	writeFile(t, filepath.Join(tool, "go.sum"), string(sum))
	writeFile(t, filepath.Join(tool, "go.mod"), "module example.com/nogovet\n\ngo 1.26\n\nrequire github.com/cbclint/cbclint v0.0.0\n\nreplace github.com/cbclint/cbclint => "+root+"\n")
	writeFile(t, filepath.Join(tool, "main.go"), "// Command nogovet runs cbclint's checks as nogo would.\npackage main\n\nimport (\n\t\"golang.org/x/tools/go/analysis/unitchecker\"\n\n"+
		strings.Join(imports, "\n")+"\n)\n\nfunc main() { unitchecker.Main("+strings.Join(values, ", ")+") }\n")
	bin := filepath.Join(tool, "nogovet")
	if r := run(t, tool, nil, "go", "build", "-mod=mod", "-o", bin, "."); r.Code != 0 {
		t.Fatalf("building the vet tool:\n%s", r.Out)
	}

	dir := writeModule(t, billing)
	vet := run(t, dir, nil, "go", "vet", "-vettool="+bin, "./...")
	alone := run(t, dir, nil, e2etest.Binary(t), "./...")
	got, want := findings(vet.Out, dir), findings(alone.Out, dir)
	if vet.Code != 1 || len(got) == 0 || !slices.Equal(got, want) {
		t.Errorf("go vet with the nogo analyzers: exit status %d, findings\n%s\ncbclint's:\n%s\n(output: %s)", vet.Code, strings.Join(got, "\n"), strings.Join(want, "\n"), vet.Out)
	}
	const front = "the nogo analyzers"
	wantFinding(t, front, got, "malformed", `malformed CBC error code "cbc.0250"`)
	wantFinding(t, front, got, "switch", "switch on CBC code misses")
	wantFinding(t, front, got, "status", "")
	wantNone(t, front, got, "ignore")
}
