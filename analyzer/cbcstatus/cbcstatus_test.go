package cbcstatus_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/fixtest"
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

func TestURLShapes(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "urlshapes", "redirect")
}

// The helpers under testdata/src/helpers are evaluated at each call with the
// call's arguments.
func TestHelpers(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "helpers")
}

// The resty and retryablehttp packages under testdata/src are stubs of
// go-resty/resty v2.17.2 and hashicorp/go-retryablehttp v0.7.8 (shapes only);
// TestE2EHTTPLibraries checks the same code against the real modules.
func TestResty(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "restyclient")
}

func TestRetryableHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "retryclient")
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

// An HTTP library of another package (httputils.JSONRequest, as in multi-cloud
// managers): with cross-package-helpers it is known not to examine error_code,
// so a CBC reply thrown away through the package's helpers is found.
func TestLibraryOfAnotherPackageWithFacts(t *testing.T) {
	a := cbcstatus.New(&config.Settings{CrossPackageHelpers: true})
	analysistest.Run(t, analysistest.TestData(), a, "example.com/x/httputils", "multicloud")
}

// By default the same library gets the benefit of the doubt: the expected
// finding of multicloud is the only thing missing, and nothing else is reported.
func TestLibraryOfAnotherPackageWithoutFacts(t *testing.T) {
	rec := &recorder{}
	analysistest.Run(rec, analysistest.TestData(), cbcstatus.Analyzer, "multicloud")
	if len(rec.errors) != 1 || !strings.Contains(rec.errors[0], "no diagnostic was reported matching") {
		t.Errorf("without facts, multicloud must be silent; analysistest said:\n%s", strings.Join(rec.errors, "\n"))
	}
}

// recorder collects what analysistest reports instead of failing.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
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

// The fixed files pass go vet and cbcstatus finds nothing left in them but
// the findings that had no fix.
func TestResponseFixCompilesAndClears(t *testing.T) {
	fixtest.Verify(t, cbcstatus.Analyzer, analysistest.TestData(), "sdkfix", "sdknofix")
}

// A package of the module under analysis is never taken for the standard
// library, even when the module path has no dot (module billing).
func TestDotlessModule(t *testing.T) {
	dir := filepath.Join(analysistest.TestData(), "dotless")
	analysistest.Run(t, dir, cbcstatus.Analyzer, "billing/...")
}
