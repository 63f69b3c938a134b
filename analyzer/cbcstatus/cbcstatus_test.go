package cbcstatus_test

import (
	"fmt"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/fixtest"
)

// Each checktest.Run lists its packages with go list -export and type-checks
// the testdata packages from source (the standard library comes from export
// data), a few tenths of a second; each settings value gets one Run over all
// of its packages, and each package of testdata/src tests one idea (said
// beside its name).
//
// The SDK packages under testdata/src are stubs of huaweicloud-sdk-go-v3
// v0.1.207, the golangsdk ones of chnsz/golangsdk, the resty and retryablehttp
// ones of go-resty/resty v2.17.2 and hashicorp/go-retryablehttp v0.7.8 (type
// shapes copied); the e2e tests check the same code shapes against the real
// modules.

// defaultPackages are linted with default settings.
var defaultPackages = []string{
	"sdkcalls",       // SDK calls: renewals, unsubscriptions, coupons, freezes, each once wrong and once right
	"sdkshapes",      // SDK responses through an interface, a generic retry helper, function values and closures
	"golangsdkcalls", // chnsz/golangsdk responses, behind Extract and from plain functions
	"inhousedefault", // without response-packages, an in-house client's types are not responses
	"directives",     // //cbclint:ignore silences a finding, with a reason
	"nethttp",        // a net/http client: paying, renewing, unsubscribing, success by status alone
	"urlshapes",      // CBC URLs as url.URL literals, in nested config structs, every net/http send; replies unread or thrown away
	"redirect",       // requests sent elsewhere after they are built: no URL literal of the package is followed
	"helpers",        // helpers of the same package, evaluated at each call with the call's arguments
	"restyclient",    // a go-resty/resty v2 client
	"retryclient",    // a hashicorp/go-retryablehttp client
	// A helper of another package that is handed the response, or anything
	// that may hold its body, gets the benefit of the doubt (cbcerr is only a
	// dependency here, so its fact expectations are not checked).
	"example.com/partner/billing",
}

// multicloud is a multi-cloud manager's driver whose requests go through
// example.com/x/httputils, a library of another package: its summary says it
// returns the reply of a request to the URL it is given, so the thrown-away
// CBC reply is found.
const multicloud = "multicloud"

// fixPackages keep the expected result of their fixes in golden files
// (sdkfix: discarded SDK responses where a mechanical fix exists); the fixes
// of the other packages are only applied, to see that they do not conflict.
var fixPackages = []string{"sdkfix"}

// Summaries are facts of every package, by default: go vet and golangci-lint
// cache them, and the standalone driver loads from source only the packages
// that can send a CBC request or examine an answer (internal/demand). Every Run checks
// the facts of the packages it names as expectations (// want Name:"fact").
func TestDefaultSettings(t *testing.T) {
	t.Parallel()
	if len(cbcstatus.Analyzer.FactTypes) == 0 {
		t.Fatal("summaries must be facts by default")
	}
	pkgs := append(append(defaultPackages, multicloud), fixPackages...)
	rec := &recorder{}
	checktest.RunWithSuggestedFixes(rec, analysistest.TestData(), cbcstatus.Analyzer, pkgs...)
	for _, e := range rec.errors {
		switch {
		case strings.Contains(e, ".golden: open ") && !slices.ContainsFunc(fixPackages, func(p string) bool { return inPackage(e, p) }):
			// a package without golden files
		default:
			t.Error(e)
		}
	}
}

// inPackage says whether checktest's error e is about a file of testdata
// package pkg: it names the file relative to testdata/src, or in full.
func inPackage(e, pkg string) bool {
	e = filepath.ToSlash(e)
	return strings.HasPrefix(e, pkg+"/") || strings.Contains(e, "/src/"+pkg+"/")
}

// recorder collects what checktest reports instead of failing.
type recorder struct{ errors []string }

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

// check fails t with what was recorded.
func (r *recorder) check(t *testing.T) {
	t.Helper()
	for _, e := range r.errors {
		t.Error(e)
	}
}

// Facts cross the package boundary: a helper in another package that
// examines error_code counts as handling, one that does not is no excuse
// (usecbcerr, through example.com/partner/cbcerr), and an HTTP library of
// another package is known to hand the reply back, so a CBC reply thrown
// away through it is found (multicloud, through example.com/x/httputils).
func TestFacts(t *testing.T) {
	t.Parallel()
	checktest.Run(t, analysistest.TestData(), cbcstatus.Analyzer,
		"example.com/partner/cbcerr", "usecbcerr",
		"example.com/x/httputils", multicloud)
}

// The settings that name CBC's endpoints and in-house response packages:
//   - endpoints: CBC through a partner's own gateway, *.bss.example.com and billing.example.net;
//   - inhouse: the types of example.com/ledger/... are responses (inhousedefault is the same code without the setting);
//   - sdknofix: discarded SDK responses where no mechanical fix exists.
//
// No fix is offered where none is safe: not in sdknofix, nor for in-house
// responses, which may be nil with a nil error.
func TestSettings(t *testing.T) {
	t.Parallel()
	s := &config.Settings{
		Endpoints:        []string{"*.bss.example.com", "billing.example.net"},
		ResponsePackages: []string{"example.com/ledger/..."},
	}
	rec := &recorder{}
	for _, r := range checktest.Run(rec, analysistest.TestData(), cbcstatus.New(s), "endpoints", "inhouse", "sdknofix") {
		if r.Package.PkgPath != "endpoints" {
			noFixes(t, r.Package.Fset, r.Diagnostics)
		}
	}
	rec.check(t)
}

// The flag fills the setting (inhouse does not import net/http: a cheap Run).
func TestResponsePackagesFlag(t *testing.T) {
	t.Parallel()
	a := cbcstatus.New(&config.Settings{})
	if err := a.Flags.Set("response-packages", "example.com/ledger/..."); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{}
	checktest.Run(rec, analysistest.TestData(), a, "inhouse")
	rec.check(t)
	if err := a.Flags.Set("response-packages", "https://example.com/ledger"); err == nil {
		t.Error("a URL is not an import-path pattern, but the flag took it")
	}
}

func noFixes(t *testing.T, fset *token.FileSet, diags []analysis.Diagnostic) {
	t.Helper()
	for _, d := range diags {
		if len(d.SuggestedFixes) > 0 {
			t.Errorf("%s: %s: fix %q offered where none is safe", fset.Position(d.Pos), d.Message, d.SuggestedFixes[0].Message)
		}
	}
}

// The fixed files pass go vet and cbcstatus finds nothing left in them but
// the findings that had no fix.
func TestResponseFixCompilesAndClears(t *testing.T) {
	t.Parallel()
	fixtest.Verify(t, cbcstatus.Analyzer, analysistest.TestData(), "sdkfix", "sdknofix")
}

// A package of the module under analysis is never taken for the standard
// library, even when the module path has no dot (module billing).
func TestDotlessModule(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(analysistest.TestData(), "dotless")
	rec := &recorder{}
	checktest.Run(rec, dir, cbcstatus.Analyzer, "billing/...")
	rec.check(t)
}
