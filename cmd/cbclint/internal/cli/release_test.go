package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A release is the tag v + VERSION (docs/development.md: Releases). VERSION is
// MAJOR.MINOR.PATCH, and every example in the README and docs/ that names a
// release names that one: pre-commit's rev, .custom-gcl.yml's plugin version,
// @vX.Y.Z. Until that tag exists, the examples use a commit (rev: <commit>) or
// a checkout (path:), and say which tag replaces it.
func TestReleaseTag(t *testing.T) {
	b, err := os.ReadFile("../../../../VERSION")
	if err != nil {
		t.Fatal(err)
	}
	v := string(b)
	if !regexp.MustCompile(`^\d+\.\d+\.\d+\n$`).MatchString(v) {
		t.Fatalf("VERSION is %q, want MAJOR.MINOR.PATCH and a newline", v)
	}
	tag := "v" + strings.TrimSpace(v)
	files, _ := filepath.Glob("../../../../docs/*.md")
	files = append(files, "../../../../README.md")
	named := 0
	for _, file := range files {
		doc, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, re := range []*regexp.Regexp{
			regexp.MustCompile("(?:^|[\\s`])rev: ([^\\s`]+)"),                         // pre-commit
			regexp.MustCompile("(?m)(?:^    |`)version: ([^\\s`]+)"),                  // .custom-gcl.yml's plugin
			regexp.MustCompile(`github\.com/cbclint/cbclint\S*@(v[^\s` + "`" + `]+)`), // go install, go run
		} {
			for _, m := range re.FindAllStringSubmatch(string(doc), -1) {
				if m[1] == "<commit>" {
					continue
				}
				named++
				if m[1] != tag {
					t.Errorf("%s: %q names %s; VERSION says %s", file, strings.TrimSpace(m[0]), m[1], tag)
				}
			}
		}
	}
	if named < 2 {
		t.Errorf("README and docs/ name the release tag %d times, want at least pre-commit's rev and .custom-gcl.yml's version", named)
	}
}
