package cbcstatus_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/config"
)

// The SDK packages under testdata/src are stubs of huaweicloud-sdk-go-v3
// v0.1.207 (type declarations copied); TestE2ESDK checks the same code shapes
// against the real SDK.

func TestSDKCalls(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "sdkcalls")
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "nethttp")
}

// With cross-package-helpers, a helper in another package that examines
// error_code counts as handling, and one that does not is no excuse: the fact
// crosses the package boundary.
func TestHelperFactAcrossPackages(t *testing.T) {
	a := cbcstatus.New(&config.Settings{CrossPackageHelpers: true})
	if len(a.FactTypes) == 0 {
		t.Fatal("cross-package-helpers must declare the fact type")
	}
	analysistest.Run(t, analysistest.TestData(), a, "example.com/partner/cbcerr", "usecbcerr")
}

// By default no facts are declared (drivers then analyse no dependency from
// source), and a helper of another package that is handed the response gets
// the benefit of the doubt.
func TestHelpersWithoutFacts(t *testing.T) {
	if len(cbcstatus.Analyzer.FactTypes) != 0 {
		t.Fatal("facts must be opt-in: they make every driver analyse all dependencies from source")
	}
	// cbcerr is only a dependency here, so its fact expectations are not checked.
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "example.com/partner/billing")
}

// The flag declares the fact type after the analyzer is built, before a driver runs it.
func TestCrossPackageHelpersFlag(t *testing.T) {
	a := cbcstatus.New(&config.Settings{})
	if err := a.Flags.Set("cross-package-helpers", "true"); err != nil {
		t.Fatal(err)
	}
	if len(a.FactTypes) == 0 {
		t.Fatal("-cbcstatus.cross-package-helpers did not declare the fact type")
	}
}

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "directives")
}

func TestEndpointsSetting(t *testing.T) {
	s := &config.Settings{Endpoints: []string{"*.bss.example.com", "billing.example.net"}}
	analysistest.Run(t, analysistest.TestData(), cbcstatus.New(s), "endpoints")
}

// Responses from an interface, a generic helper, function values and closures.
func TestResponseShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "sdkshapes")
}

// chnsz/golangsdk's responses, behind Extract and from plain functions.
func TestGolangsdkCalls(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "golangsdkcalls")
}

// The types of the packages named in response-packages are responses too;
// without the setting, an in-house client's types are not.
func TestResponsePackagesSetting(t *testing.T) {
	s := &config.Settings{ResponsePackages: []string{"example.com/ledger/..."}}
	analysistest.Run(t, analysistest.TestData(), cbcstatus.New(s), "inhouse")
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "inhousedefault")
}

// The flag fills the setting.
func TestResponsePackagesFlag(t *testing.T) {
	a := cbcstatus.New(&config.Settings{})
	if err := a.Flags.Set("response-packages", "example.com/ledger/..."); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, analysistest.TestData(), a, "inhouse")
	if err := a.Flags.Set("response-packages", "https://example.com/ledger"); err == nil {
		t.Error("a URL is not an import-path pattern, but the flag took it")
	}
}

// The fix for a discarded response, in golden files.
func TestResponseFix(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), cbcstatus.Analyzer, "sdkfix")
}

// Where no safe fix exists, none is offered; nor for in-house responses, which
// may be nil with a nil error.
func TestResponseNoFix(t *testing.T) {
	s := &config.Settings{ResponsePackages: []string{"example.com/ledger/..."}}
	for _, r := range analysistest.Run(t, analysistest.TestData(), cbcstatus.New(s), "sdknofix", "inhouse") {
		for _, d := range r.Diagnostics {
			if len(d.SuggestedFixes) > 0 {
				t.Errorf("%s: %s: fix %q offered where none is safe", r.Pass.Fset.Position(d.Pos), d.Message, d.SuggestedFixes[0].Message)
			}
		}
	}
}

// The fixed files compile and cbcstatus finds nothing left in them: the golden
// files, without their // want comments, replace the originals in a copy of
// testdata, which the go command builds and the analyzer checks again.
func TestResponseFixCompilesAndClears(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(analysistest.TestData())); err != nil {
		t.Fatal(err)
	}
	pkg := filepath.Join(dir, "src", "sdkfix")
	goldens, err := filepath.Glob(filepath.Join(pkg, "*.go.golden"))
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files in %s (%v)", pkg, err)
	}
	want := regexp.MustCompile(`\s*// want .*`)
	for _, g := range goldens {
		src, err := os.ReadFile(g)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(strings.TrimSuffix(g, ".golden"), want.ReplaceAll(src, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(g)
	}
	build := exec.Command("go", "build", "./src/sdkfix")
	build.Dir = dir
	build.Env = append(os.Environ(), "GOPATH="+dir, "GO111MODULE=off", "GOFLAGS=")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("the fixed package does not build: %v\n%s", err, out)
	}
	for _, r := range analysistest.Run(t, dir, cbcstatus.Analyzer, "sdkfix") {
		if len(r.Pass.TypeErrors) > 0 {
			t.Errorf("type errors after the fix: %v", r.Pass.TypeErrors)
		}
	}
}
