package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/mod/semver"

	"github.com/cbclint/cbclint/internal/driver"
)

// sarifSchema is the SARIF 2.1.0 schema (OASIS, sarif-spec's
// sarif-2.1/schema/sarif-schema-2.1.0.json), compiled once, with formats
// (uri) asserted.
func sarifSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	if err := c.AddResource(url, doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile(url)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// validSARIF fails t unless log is valid against the SARIF 2.1.0 schema and
// has what GitHub code scanning requires beyond it (the SARIF Multitool's
// GitHub rules, GH1001-GH2012): a driver version, and on every rule a
// fullDescription and help; a result with a rule and a location with a line.
func validSARIF(t *testing.T, out string) {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if err := sarifSchema(t).Validate(inst); err != nil {
		t.Errorf("not valid SARIF 2.1.0: %v\n%s", err, out)
	}
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Name, Version, SemanticVersion string
					Rules                          []struct {
						ID                                string
						ShortDescription, FullDescription struct{ Text string }
						Help                              struct{ Text, Markdown string }
						HelpURI                           string
						DefaultConfiguration              struct{ Level string }
					}
				}
			}
			Results []struct {
				RuleID    string
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string }
						Region           struct{ StartLine int }
					}
				}
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("%v: %d runs", err, len(log.Runs))
	}
	d := log.Runs[0].Tool.Driver
	if d.Name != "cbclint" || d.Version == "" || !semver.IsValid("v"+d.SemanticVersion) {
		t.Errorf("driver %q, version %q, semanticVersion %q: want cbclint, a version and a SemVer", d.Name, d.Version, d.SemanticVersion)
	}
	if len(d.Rules) != 3 {
		t.Errorf("%d rules, want one for each check", len(d.Rules))
	}
	for _, r := range d.Rules {
		if r.ShortDescription.Text == "" || r.FullDescription.Text == "" || r.FullDescription.Text == r.ShortDescription.Text || r.Help.Text == "" || r.Help.Markdown == "" {
			t.Errorf("rule %s: shortDescription %q, fullDescription %q, help %d and %d bytes: GitHub wants each (GH2012)", r.ID, r.ShortDescription.Text, r.FullDescription.Text, len(r.Help.Text), len(r.Help.Markdown))
		}
		for _, want := range []string{"//cbclint:ignore " + r.ID, driver.ReadmeURL(r.ID)} {
			if !strings.Contains(r.Help.Text, want) || !strings.Contains(r.Help.Markdown, want) {
				t.Errorf("rule %s: help lacks %q", r.ID, want)
			}
		}
		if r.HelpURI != driver.ReadmeURL(r.ID) || r.DefaultConfiguration.Level != "warning" {
			t.Errorf("rule %s: helpUri %q, level %q", r.ID, r.HelpURI, r.DefaultConfiguration.Level)
		}
	}
	for _, res := range log.Runs[0].Results {
		if res.RuleID == "" || len(res.Locations) == 0 || res.Locations[0].PhysicalLocation.ArtifactLocation.URI == "" || res.Locations[0].PhysicalLocation.Region.StartLine < 1 {
			t.Errorf("result %+v: GitHub wants a rule and a location with a line", res)
		}
	}
}

// The SARIF of findings with fixes, of no findings, and of a package that
// does not compile is valid and has what GitHub requires.
func TestSARIFSchema(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"pay/pay.go":   payOrder,
		"pay/codes.go": "package pay\n\n// 限流 is CBC's throttling code, mistyped.\nvar 限流 = \"cbc.0250\"\n",
		"ok/ok.go":     "package ok\n\nconst Throttled = \"CBC.0250\"\n",
		"bad/bad.go":   "package bad\n\nvar x int = \"s\"\n",
	})
	for _, c := range []struct {
		pattern string
		code    int
	}{{"./pay", 3}, {"./ok", 0}, {"./bad", 1}} {
		code, out, _ := runIn(t, dir, "-format=sarif", c.pattern)
		if code != c.code {
			t.Errorf("%s: exit %d, want %d", c.pattern, code, c.code)
		}
		validSARIF(t, out)
	}
	// The schema is not lenient: an empty rule id, or a result without a message, is not SARIF.
	_, out, _ := runIn(t, dir, "-format=sarif", "./pay")
	for _, broken := range []string{strings.Replace(out, `"id": "cbccode"`, `"id": 5`, 1), strings.Replace(out, `"message": {`, `"messages": {`, 1)} {
		inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(broken))
		if sarifSchema(t).Validate(inst) == nil {
			t.Errorf("the schema takes a broken log:\n%s", broken)
		}
	}
}

// The README has the section each rule's helpUri points at: a heading whose
// GitHub anchor is the one readmeAnchors (internal/driver) names, or an explicit anchor.
func TestREADMEAnchors(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	anchors := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^#{1,6} (.+)$`).FindAllStringSubmatch(string(b), -1) {
		anchors[githubAnchor(m[1])] = true
	}
	for _, m := range regexp.MustCompile(`<a (?:id|name)="([^"]+)"`).FindAllStringSubmatch(string(b), -1) {
		anchors[m[1]] = true
	}
	for _, check := range []string{"cbccode", "cbcswitch", "cbcstatus"} {
		if _, a, _ := strings.Cut(driver.ReadmeURL(check), "#"); !anchors[a] {
			t.Errorf("README.md has no section #%s for %s: change readmeAnchors (internal/driver/sarif.go) to its heading's anchor", a, check)
		}
	}
}

// githubAnchor is the anchor GitHub gives a Markdown heading: lower case,
// punctuation but - and _ dropped, spaces as -.
func githubAnchor(heading string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(heading)) {
		switch {
		case r == ' ':
			b.WriteRune('-')
		case r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r > 127:
			b.WriteRune(r)
		}
	}
	return b.String()
}
