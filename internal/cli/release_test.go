package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// A release is the tag v + VERSION (README: Releases). VERSION is
// MAJOR.MINOR.PATCH, and every example in the README that names a release
// names that one: pre-commit's rev, .custom-gcl.yml's plugin version, @vX.Y.Z.
func TestReleaseTag(t *testing.T) {
	b, err := os.ReadFile("../../VERSION")
	if err != nil {
		t.Fatal(err)
	}
	v := string(b)
	if !regexp.MustCompile(`^\d+\.\d+\.\d+\n$`).MatchString(v) {
		t.Fatalf("VERSION is %q, want MAJOR.MINOR.PATCH and a newline", v)
	}
	tag := "v" + strings.TrimSpace(v)
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, re := range []*regexp.Regexp{
		regexp.MustCompile(`(?m)^\s+rev: (\S+)`),                                  // pre-commit
		regexp.MustCompile(`(?m)^    version: (\S+)`),                             // .custom-gcl.yml's plugin
		regexp.MustCompile(`github\.com/cbclint/cbclint\S*@(v[^\s` + "`" + `]+)`), // go install, go run
	} {
		for _, m := range re.FindAllStringSubmatch(string(readme), -1) {
			named++
			if m[1] != tag {
				t.Errorf("README: %q names %s; VERSION says %s", strings.TrimSpace(m[0]), m[1], tag)
			}
		}
	}
	if named < 2 {
		t.Errorf("README names the release tag %d times, want at least pre-commit's rev and .custom-gcl.yml's version", named)
	}
}
