package cbcstatus_test

import (
	"bytes"
	"encoding/json"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// sdkClientDir is a module that requires the real SDK, v0.1.207, from the Go module proxy.
func sdkClientDir() string { return filepath.Join(e2etest.Root(), "testdata", "sdkclient") }

// downloadSDK fetches the module's dependencies (through GOPROXY) and returns the SDK's directory.
func downloadSDK(t *testing.T) string {
	return downloadModule(t, sdkClientDir(), "github.com/huaweicloud/huaweicloud-sdk-go-v3", "v0.1.207")
}

// downloadModule fetches the dependencies of the module in dir (through
// GOPROXY), checks that it uses module path at version, the one the stubs
// mirror, and returns that module's directory.
func downloadModule(t *testing.T, dir, path, version string) string {
	t.Helper()
	dl := exec.Command("go", "mod", "download")
	dl.Dir = dir
	if out, err := dl.CombinedOutput(); err != nil {
		t.Fatalf("go mod download in %s: %v\n%s", dir, err, out)
	}
	list := exec.Command("go", "list", "-m", "-json", path)
	list.Dir = dir
	out, err := list.Output()
	if err != nil {
		t.Fatalf("go list -m %s: %v", path, err)
	}
	var m struct{ Version, Dir string }
	if err := json.Unmarshal(out, &m); err != nil || m.Dir == "" {
		t.Fatalf("go list -m: no directory for %s (%v): %s", path, err, out)
	}
	if m.Version != version {
		t.Fatalf("%s uses %s %s; the stubs mirror %s", dir, path, m.Version, version)
	}
	return m.Dir
}

// TestE2ESDK runs the built cbclint on a partner client written against the real
// SDK and asserts the exact findings: the real types must produce what the stubs do.
func TestE2ESDK(t *testing.T) {
	e2etest.Require(t)
	downloadSDK(t)
	bin := e2etest.Binary(t)

	got := moduleFindings(t, sdkClientDir(), 3, bin, "-checks=cbcstatus", "./...")
	want := []string{
		"partner/customers.go:15:12: the FreezeSubCustomers response is discarded, but CBC reports failures in its ErrorDetails with HTTP 200 and a nil error: check ErrorDetails (CODES)",
		"partner/customers.go:22:23: resp.HttpStatusCode == 200 does not mean success: CBC reports the failures of CreatePartnerCoupons in ErrorDetails with HTTP 200; check ErrorDetails (CODES)",
		"partner/customers.go:45:5: resp.HttpStatusCode >= 300 does not mean success: CBC reports the failures of SetResourcesRenewConfig in ErrorCode with HTTP 200; check ErrorCode (CODES)",
		"partner/renew.go:24:12: the RenewalResources response is discarded, but CBC reports failures in its FailResourceInfos with HTTP 200 and a nil error: check FailResourceInfos (CODES)",
		"partner/renew.go:34:15: FailResourceInfos of the RenewalResources response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check FailResourceInfos (CODES)",
		"partner/renew.go:51:5: resp.HttpStatusCode != http.StatusOK does not mean success: CBC reports the failures of RenewalResources in FailResourceInfos with HTTP 200; check FailResourceInfos (CODES)",
		"partner/renew.go:75:12: the CancelResourcesSubscription response is discarded, but CBC reports failures in its FailResourceInfos with HTTP 200 and a nil error: check FailResourceInfos (CODES)",
		"partner/renew.go:87:15: ErrorDetails of the UpdatePeriodToOnDemand response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check ErrorDetails (CODES)",
		"partner/rest.go:55:5: resp.StatusCode != http.StatusOK does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200 and the error_code in the body (CODES); decode the body and check error_code",
		"partner/shapes.go:50:12: the RenewalResources response is discarded, but CBC reports failures in its FailResourceInfos with HTTP 200 and a nil error: check FailResourceInfos (CODES)",
		"partner/shapes.go:56:12: the RenewalResources response is discarded, but CBC reports failures in its FailResourceInfos with HTTP 200 and a nil error: check FailResourceInfos (CODES)",
		"partner/shapes.go:64:15: FailResourceInfos of the CancelResourcesSubscription response is never checked, but CBC reports failures there with HTTP 200 and a nil error: check FailResourceInfos (CODES)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings on testdata/sdkclient:\n got %s\nwant %s", strings.Join(got, "\n     "), strings.Join(want, "\n     "))
	}

	// Under go vet (which analyses every dependency for facts), the findings
	// are the same.
	vet := moduleFindings(t, sdkClientDir(), 1, "go", "vet", "-vettool="+bin, "-checks=cbcstatus", "./...")
	if !slices.Equal(vet, want) {
		t.Errorf("go vet:\n got %s\nwant %s", strings.Join(vet, "\n     "), strings.Join(want, "\n     "))
	}
}

// TestE2ESDKFix applies cbcstatus's fixes to a copy of testdata/sdkclient with
// the real SDK: the fixed module builds, and exactly the fixed findings are gone.
func TestE2ESDKFix(t *testing.T) {
	e2etest.Require(t)
	downloadSDK(t)
	bin := e2etest.Binary(t)
	dir := t.TempDir()
	if err := os.CopyFS(dir, os.DirFS(sdkClientDir())); err != nil {
		t.Fatal(err)
	}
	before := moduleFindings(t, dir, 3, bin, "-checks=cbcstatus", "./...")
	fixed := []string{ // the discarded responses whose err is checked or returned next
		"partner/customers.go:15:12: the FreezeSubCustomers response is discarded",
		"partner/renew.go:75:12: the CancelResourcesSubscription response is discarded",
		"partner/shapes.go:50:12: the RenewalResources response is discarded",
		"partner/shapes.go:56:12: the RenewalResources response is discarded",
	}
	var want []string
	for _, f := range before {
		if !slices.ContainsFunc(fixed, func(p string) bool { return strings.HasPrefix(f, p) }) {
			want = append(want, f)
		}
	}
	if len(want) != len(before)-len(fixed) {
		t.Fatalf("the findings to fix are not all there before -fix:\n%s", strings.Join(before, "\n"))
	}
	e2etest.Run(t, dir, nil, bin, "-fix", "-checks=cbcstatus", "./...") // exit status 3: findings were reported (and fixed)
	if r := e2etest.Run(t, dir, nil, "go", "build", "./..."); r.Code != 0 {
		t.Fatalf("the fixed module does not build:\n%s", r.Out)
	}
	// The lines below a fix moved; compare the messages, which name no line of their own.
	after := moduleFindings(t, dir, 3, bin, "-checks=cbcstatus", "./...")
	if !slices.Equal(messages(after), messages(want)) {
		t.Errorf("after -fix:\n got %s\nwant %s", strings.Join(after, "\n     "), strings.Join(want, "\n     "))
	}
}

// messages drops the positions of findings, keeping their files.
func messages(findings []string) []string {
	pos := regexp.MustCompile(`:\d+:\d+: `)
	var out []string
	for _, f := range findings {
		out = append(out, pos.ReplaceAllString(f, ": "))
	}
	return out
}

// moduleFindings runs a command in dir (a module of testdata or a copy),
// expects exit status code, and returns its findings sorted, relative to dir,
// with the count of HTTP-200 codes in messages replaced by CODES.
func moduleFindings(t *testing.T, dir string, code int, name string, args ...string) []string {
	t.Helper()
	r := e2etest.Run(t, dir, nil, name, args...)
	if r.Code != code {
		t.Fatalf("%s %s: exit status %d, want %d\n%s", name, strings.Join(args, " "), r.Code, code, r.Out)
	}
	codes := regexp.MustCompile(`\(CBC\.5020 Partial failure and \d+ other error codes come with HTTP 200\)`)
	var got []string
	for _, f := range e2etest.Findings(r.Out, dir) {
		got = append(got, codes.ReplaceAllString(f, "(CODES)"))
	}
	return got
}

// TestE2EStubsMatchSDK compares the stub types under testdata/src with the real
// SDK's: every struct field (name, type, tag) and every client method signature.
func TestE2EStubsMatchSDK(t *testing.T) {
	e2etest.Require(t)
	sdk := downloadSDK(t)
	stubs := filepath.Join("testdata", "src", "github.com", "huaweicloud", "huaweicloud-sdk-go-v3")
	for _, dir := range []string{"services/bss/v2/model", "services/bssintl/v2/model", "services/bss/v2", "services/bssintl/v2", "core/sdkerr"} {
		compareStubs(t, "the SDK's "+dir, filepath.Join(stubs, dir), filepath.Join(sdk, dir), false)
	}
}

// compareStubs reports every declaration of the stubs in dir that the real
// package in realDir lacks or declares differently; with methodsOnly, only
// methods and fields (names with a dot) are compared.
func compareStubs(t *testing.T, what, dir, realDir string, methodsOnly bool) {
	t.Helper()
	real := declarations(t, realDir)
	for name, stub := range declarations(t, dir) {
		if methodsOnly && !strings.Contains(name, ".") {
			continue
		}
		if r, ok := real[name]; !ok {
			t.Errorf("%s: %s is not there", what, name)
		} else if r != stub {
			t.Errorf("%s: %s differs:\n stub %s\n real %s", what, name, stub, r)
		}
	}
}

// TestE2EStubsMatchGolangsdk compares the golangsdk stubs under testdata/src
// with a copy of github.com/chnsz/golangsdk, which the module proxy does not
// serve: set CBCLINT_GOLANGSDK to its directory (terraform-provider-huaweicloud
// vendors it: vendor/github.com/chnsz/golangsdk).
func TestE2EStubsMatchGolangsdk(t *testing.T) {
	e2etest.Require(t)
	sdk := os.Getenv("CBCLINT_GOLANGSDK")
	if sdk == "" {
		t.Skip("set CBCLINT_GOLANGSDK to a copy of github.com/chnsz/golangsdk")
	}
	stubs := filepath.Join("testdata", "src", "github.com", "chnsz", "golangsdk")
	for _, dir := range []string{"openstack/bss/v2/orders", "openstack/bss/v2/resources"} {
		compareStubs(t, "golangsdk's "+dir, filepath.Join(stubs, dir), filepath.Join(sdk, dir), false)
	}
}

// declarations renders the struct types, and the functions and methods with
// results, of the package in dir, by name, as comparable one-line strings.
func declarations(t *testing.T, dir string) map[string]string {
	t.Helper()
	fset := token.NewFileSet()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".go") || strings.HasSuffix(e.Name(), "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, filepath.Join(dir, e.Name()), nil, parser.SkipObjectResolution)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range f.Decls {
			switch d := d.(type) {
			case *ast.GenDecl:
				for _, s := range d.Specs {
					if ts, ok := s.(*ast.TypeSpec); ok {
						if st, ok := ts.Type.(*ast.StructType); ok {
							out[ts.Name.Name] = render(fset, st.Fields)
						}
					}
				}
			case *ast.FuncDecl:
				if d.Recv == nil && d.Type.Results != nil && d.Name.IsExported() {
					out[d.Name.Name] = render(fset, d.Type.Params) + " " + render(fset, d.Type.Results)
				}
				if d.Recv != nil && d.Type.Results != nil && len(d.Recv.List) == 1 {
					recv := render(fset, &ast.FieldList{List: []*ast.Field{{Type: d.Recv.List[0].Type}}})
					out[recv+"."+d.Name.Name] = render(fset, d.Type.Params) + " " + render(fset, d.Type.Results)
				}
			}
		}
	}
	return out
}

func render(fset *token.FileSet, fields *ast.FieldList) string {
	var parts []string
	for _, f := range fields.List {
		var b bytes.Buffer
		for i, n := range f.Names {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString(n.Name)
		}
		b.WriteString(" " + types.ExprString(f.Type))
		if f.Tag != nil {
			b.WriteString(" " + f.Tag.Value)
		}
		parts = append(parts, b.String())
	}
	return "(" + strings.Join(parts, "; ") + ")"
}

// httpClientDir is a module that requires the real go-resty/resty v2.17.2 and
// hashicorp/go-retryablehttp v0.7.8 from the Go module proxy.
func httpClientDir() string { return filepath.Join(e2etest.Root(), "testdata", "httpclient") }

// TestE2EHTTPLibraries runs the built cbclint on a partner client written with
// the real resty and retryablehttp and asserts the exact findings, standalone
// and under go vet.
func TestE2EHTTPLibraries(t *testing.T) {
	e2etest.Require(t)
	downloadModule(t, httpClientDir(), "github.com/go-resty/resty/v2", "v2.17.2")
	downloadModule(t, httpClientDir(), "github.com/hashicorp/go-retryablehttp", "v0.7.8")
	bin := e2etest.Binary(t)
	want := []string{
		"partner/resty.go:28:6: resp.IsSuccess() does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200 and the error_code in the body (CODES); decode the body and check error_code; POST /v2/orders/subscriptions/resources/renew is RenewalResources, whose reply lists failed resources in fail_resource_infos",
		"partner/resty.go:35:12: the bss.myhuaweicloud.com reply is discarded, so its error_code goes unchecked: CBC answers errors with HTTP 200 and the error_code in the body (CODES); decode the body and check error_code; POST /v2/partners/sub-customers/freeze is FreezeSubCustomers, whose reply lists failed items in error_details",
		"partner/resty.go:74:5: resp.StatusCode() >= 300 does not mean success: bss-intl.myhuaweicloud.com answers errors with HTTP 200 and the error_code in the body (CODES); decode the body and check error_code; POST /v2/orders/subscriptions/resources/unsubscribe is CancelResourcesSubscription, whose reply lists failed resources in fail_resource_infos",
		"partner/retry.go:26:5: resp.StatusCode >= 300 does not mean success: bss.myhuaweicloud.com answers errors with HTTP 200 and the error_code in the body (CODES); decode the body and check error_code; POST /v2/orders/subscriptions/resources/unsubscribe is CancelResourcesSubscription, whose reply lists failed resources in fail_resource_infos",
		"partner/retry.go:33:15: the body of this bss.myhuaweicloud.com reply is never read, so its error_code goes unchecked: CBC answers errors with HTTP 200 and the error_code in the body (CODES); decode the body and check error_code",
	}
	for _, run := range []struct {
		code int
		args []string
	}{
		{3, []string{bin, "-checks=cbcstatus", "./..."}},
		{1, []string{"go", "vet", "-vettool=" + bin, "-checks=cbcstatus", "./..."}},
	} {
		if got := moduleFindings(t, httpClientDir(), run.code, run.args[0], run.args[1:]...); !slices.Equal(got, want) {
			t.Errorf("%s on testdata/httpclient:\n got %s\nwant %s", strings.Join(run.args, " "), strings.Join(got, "\n     "), strings.Join(want, "\n     "))
		}
	}
}

// TestE2EStubsMatchHTTPLibraries compares the methods of the resty and
// retryablehttp stubs under testdata/src with the real modules'.
func TestE2EStubsMatchHTTPLibraries(t *testing.T) {
	e2etest.Require(t)
	for _, m := range []struct{ path, version, stub string }{
		{"github.com/go-resty/resty/v2", "v2.17.2", "github.com/go-resty/resty/v2"},
		{"github.com/hashicorp/go-retryablehttp", "v0.7.8", "github.com/hashicorp/go-retryablehttp"},
	} {
		// The stubs' structs declare only the fields cbcstatus reads: compare methods.
		compareStubs(t, m.path, filepath.Join("testdata", "src", m.stub), downloadModule(t, httpClientDir(), m.path, m.version), true)
	}
}
