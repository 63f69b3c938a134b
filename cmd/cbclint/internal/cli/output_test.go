package cli

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// payOrder decides success by HTTP status alone: a cbcstatus finding that has no fix.
const payOrder = `package pay

import (
	"net/http"
	"strings"
)

func PayOrder(hc *http.Client) error {
	resp, err := hc.Post("https://bss.myhuaweicloud.com/v3/orders/customer-orders/pay", "application/json", strings.NewReader("{}"))
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return err
	}
	return nil
}
`

// Each finding is one line on stdout, relative to the working directory and
// ending in the check that made it; stderr stays empty.
func TestFindingLine(t *testing.T) {
	dir := writeModule(t, map[string]string{"pay/pay.go": throttled})
	code, out, errOut := runIn(t, dir, "./...")
	want := regexp.MustCompile(`^pay/pay.go:4:19: malformed CBC error code "cbc.0250": .* \(cbccode\)\n$`)
	if code != 3 || !want.MatchString(out) || errOut != "" {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant stdout to match %s and no stderr", code, out, errOut, want)
	}
}

// -fix prints what it leaves on stdout, each with why it is not fixed (also a
// finding that has no fix at all), and its summary on stderr.
func TestFixOutput(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{"pay/pay.go": payOrder, "pay/codes.go": throttled})
	code, out, errOut := runIn(t, dir, "-fix", "./...")
	want := regexp.MustCompile(`^pay/pay.go:14:5: resp.StatusCode != http.StatusOK does not mean success: .* \(cbcstatus\)\n` +
		"\tnot fixed: no automatic fix: .*\n$")
	if code != 3 || !want.MatchString(out) ||
		errOut != "cbclint: -fix: fixed 1 finding in 1 file; 1 finding remains (above): fix it by hand\n" {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
}

// A load error is printed once, relative to the working directory: the first
// error of a file and how many more it has, not go list's copy of the
// compiler's output, nor the parser's cascade, nor each type error twice.
func TestLoadErrors(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"pay/pay.go": throttled + "\nfunc f() {\n\tx := [\n}\n\nfunc g() { y := 1 }\n",
		"typ/typ.go": throttled + "\nvar x int = \"s\"\nvar y int = \"t\"\n",
		"ok/ok.go":   strings.Replace(throttled, "package pay", "package ok", 1),
	})
	code, out, errOut := runIn(t, dir, "./...")
	wantErr := "pay/pay.go:8:1: expected operand, found '}' (and 4 more errors in this file)\n" +
		"typ/typ.go:6:13: cannot use \"s\" (untyped string constant) as int value in variable declaration (and 1 more error in this file)\n" +
		"cbclint: example.com/m/pay: not analysed because of the errors above\n" +
		"cbclint: example.com/m/typ: not analysed because of the errors above\n"
	if code != 1 || errOut != wantErr || !strings.HasPrefix(out, "ok/ok.go:4:19: malformed") || strings.Count(out, "\n") != 1 {
		t.Errorf("exit %d\nstdout:\n%s\nstderr:\n%s\nwant stderr:\n%s", code, out, errOut, wantErr)
	}
}

// Patterns that match no package are a usage error (2), like no patterns; a
// pattern that matches nothing beside one that matches is a load error (1).
func TestNoPackages(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{"pay/pay.go": throttled})
	empty := writeModule(t, map[string]string{})
	for _, c := range []struct {
		dir  string
		args []string
		want int
		err  string
	}{
		{dir, []string{"./nothing/..."}, 2, "cbclint: ./nothing/... matched no packages: no directory ./nothing\n"},
		{dir, []string{"./nothing"}, 2, "cbclint: ./nothing matched no packages: no directory ./nothing\n"},
		{dir, []string{"-json", "./nothing", "example.com/m/none"}, 2, "cbclint: ./nothing example.com/m/none matched no packages: no directory ./nothing; no required module provides package example.com/m/none\n"},
		{empty, []string{"./..."}, 2, "cbclint: ./... matched no packages\n"},
		{dir, []string{"./pay", "./nothing"}, 1, ""},
	} {
		code, _, errOut := runIn(t, c.dir, c.args...)
		if code != c.want || c.err != "" && !strings.HasPrefix(errOut, c.err) || strings.Contains(errOut, "not analysed") {
			t.Errorf("cbclint %v: exit %d, want %d\nstderr:\n%s", c.args, code, c.want, errOut)
		}
	}
}

func TestFormatFlag(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{"pay/pay.go": throttled})
	_, asJSON, _ := runIn(t, dir, "-json", "./...")
	code, formatJSON, _ := runIn(t, dir, "-format=json", "./...")
	if code != 3 || asJSON != formatJSON || !strings.HasPrefix(formatJSON, "{") {
		t.Errorf("-format=json: exit %d, output differs from -json's:\n%s\n%s", code, formatJSON, asJSON)
	}
	for _, args := range [][]string{{"-format=xml", "./..."}, {"-json", "-format=sarif", "./..."}, {"-fix", "-format=sarif", "./..."}} {
		if code, _, errOut := runIn(t, dir, args...); code != 2 || !strings.HasPrefix(errOut, "cbclint: ") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("cbclint %v: exit %d, want 2 and one line:\n%s", args, code, errOut)
		}
	}
}

// A SARIF location as a reader of the log decodes it.
type (
	sarifPhysicalLocation struct {
		ArtifactLocation sarifArtifactLocation `json:"artifactLocation"`
		Region           sarifRegion           `json:"region"`
	}
	sarifArtifactLocation struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId"`
	}
	sarifRegion struct {
		StartLine   int `json:"startLine"`
		StartColumn int `json:"startColumn"`
		EndLine     int `json:"endLine"`
		EndColumn   int `json:"endColumn"`
	}
)

// -format=sarif: a SARIF 2.1.0 log with the fields the schema requires, a rule
// per check with its URL, and for each finding its region (1-based, columns
// in UTF-16 code units) and fix in the file relative to the working directory.
func TestSARIF(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"pay/pay.go":   payOrder,
		"pay/codes.go": "package pay\n\n// 限流 is CBC's throttling code, mistyped.\nvar 限流 = \"cbc.0250\"\n",
	})
	code, out, errOut := runIn(t, dir, "-format=sarif", "./...")
	var log map[string]any
	if err := json.Unmarshal([]byte(out), &log); err != nil || code != 3 || errOut != "" {
		t.Fatalf("exit %d, %v:\n%s\n%s", code, err, out, errOut)
	}
	requireSARIF(t, log)
	var got struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct{ ID, HelpURI string }
				}
			}
			OriginalURIBaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results            []struct {
				RuleID    string
				Message   struct{ Text string }
				Locations []struct{ PhysicalLocation sarifPhysicalLocation }
				Fixes     json.RawMessage
			}
		}
	}
	json.Unmarshal([]byte(out), &got)
	run := got.Runs[0]
	var rules []string
	for _, r := range run.Tool.Driver.Rules {
		rules = append(rules, r.ID+" "+r.HelpURI)
	}
	if want := "cbccode https://github.com/cbclint/cbclint/blob/main/README.md#cbccode-codes-cbc-never-sends"; len(rules) != 3 || rules[0] != want {
		t.Errorf("rules %q, want the three checks, the first %q", rules, want)
	}
	if root := run.OriginalURIBaseIDs["%SRCROOT%"].URI; root != "file://"+dir+"/" {
		t.Errorf("%%SRCROOT%% is %q, want the working directory %s", root, dir)
	}
	if len(run.Results) != 2 {
		t.Fatalf("%d results, want 2:\n%s", len(run.Results), out)
	}
	codes, status := run.Results[0], run.Results[1]
	loc := codes.Locations[0].PhysicalLocation
	// var 限流 = "cbc.0250": the literal starts at byte 14, UTF-16 unit 10.
	if codes.RuleID != "cbccode" || loc.ArtifactLocation != (sarifArtifactLocation{"pay/codes.go", "%SRCROOT%"}) ||
		loc.Region != (sarifRegion{4, 10, 4, 20}) || !strings.Contains(codes.Message.Text, "CBC.0250 (Connection request control triggered)") {
		t.Errorf("cbccode result: %s %+v %q", codes.RuleID, loc, codes.Message.Text)
	}
	wantFix := `[{"description":{"text":"Replace \"cbc.0250\" with \"CBC.0250\""},"artifactChanges":[{"artifactLocation":{"uri":"pay/codes.go","uriBaseId":"%SRCROOT%"},` +
		`"replacements":[{"deletedRegion":{"startLine":4,"startColumn":10,"endLine":4,"endColumn":20},"insertedContent":{"text":"\"CBC.0250\""}}]}]}]`
	var b bytes.Buffer
	if err := json.Compact(&b, codes.Fixes); err != nil || b.String() != wantFix {
		t.Errorf("fixes (%v):\n%s\nwant\n%s", err, b.String(), wantFix)
	}
	if status.RuleID != "cbcstatus" || status.Locations[0].PhysicalLocation.Region.StartLine != 14 || len(status.Fixes) != 0 {
		t.Errorf("cbcstatus result: %+v", status)
	}
}

// sarifRequired is what the SARIF 2.1.0 schema (sarif-schema-2.1.0.json)
// requires of each object cbclint writes, by where the object is.
var sarifRequired = map[string][]string{
	"":                       {"version", "runs"},
	"runs":                   {"tool"},
	"runs.tool":              {"driver"},
	"runs.tool.driver":       {"name"},
	"runs.tool.driver.rules": {"id"},
	"runs.tool.driver.rules.shortDescription":         {"text"},
	"runs.invocations":                                {"executionSuccessful"},
	"runs.results":                                    {"message"},
	"runs.results.message":                            {"text"}, // text or id
	"runs.results.fixes":                              {"artifactChanges"},
	"runs.results.fixes.description":                  {"text"},
	"runs.results.fixes.artifactChanges":              {"artifactLocation", "replacements"},
	"runs.results.fixes.artifactChanges.replacements": {"deletedRegion"},
}

// requireSARIF checks the log against the schema's required properties, its
// version, and the minimum of 1 for lines and columns of regions.
func requireSARIF(t *testing.T, log map[string]any) {
	t.Helper()
	if log["version"] != "2.1.0" {
		t.Errorf("version %v, want 2.1.0", log["version"])
	}
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch v := v.(type) {
		case []any:
			if len(v) == 0 && (path == "runs" || strings.HasSuffix(path, "artifactChanges") || strings.HasSuffix(path, "replacements")) {
				t.Errorf("%s: empty, the schema wants at least one", path)
			}
			for _, e := range v {
				walk(path, e)
			}
		case map[string]any:
			for _, k := range sarifRequired[path] {
				if _, ok := v[k]; !ok {
					t.Errorf("%s: lacks required %q", path, k)
				}
			}
			if strings.HasSuffix(path, "region") || strings.HasSuffix(path, "Region") {
				for _, k := range []string{"startLine", "startColumn", "endLine", "endColumn"} {
					if n, ok := v[k].(float64); ok && n < 1 {
						t.Errorf("%s.%s = %v, want 1 or more", path, k, n)
					}
				}
			}
			for k, e := range v {
				walk(strings.TrimPrefix(path+"."+k, "."), e)
			}
		}
	}
	walk("", log)
}
