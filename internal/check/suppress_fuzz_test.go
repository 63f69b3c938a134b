package check

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseDirective feeds arbitrary comment text to the directive parser: it
// must never panic, must recognise exactly the comments that start with the
// directive followed by white space or nothing, and what it returns must be
// what a reader of the comment sees: check names without commas or white space,
// a reason without surrounding white space.
func FuzzParseDirective(f *testing.F) {
	for _, seed := range []string{
		"//cbclint:ignore cbcswitch the reconciler retries throttled calls for every code",
		"//cbclint:ignore cbcswitch,cbcstatus the reconciler handles these codes",
		"//cbclint:ignore cbccode // fixture for the support team",
		"//cbclint:ignore",
		"//cbclint:ignore ",
		"//cbclint:ignore\tcbccode\treason",
		"//cbclint:ignorecbccode reason",
		"//cbclint:ignore ,,cbccode,, reason",
		"//cbclint:ignore cbccode",
		"// cbclint:ignore cbccode reason",
		"/* cbclint:ignore cbccode reason */",
		"//nolint:cbccode",
		"//cbclint:ignore cbccode \u00a0reason\u3000with wide spaces",
		"//cbclint:ignore \xff\xfe reason",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checks, reason, ok := parseDirective(text)
		rest, isPrefixed := strings.CutPrefix(text, prefix)
		want := isPrefixed && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
		if ok != want {
			t.Fatalf("parseDirective(%q): ok = %v, want %v", text, ok, want)
		}
		if !ok {
			if checks != nil || reason != "" {
				t.Fatalf("parseDirective(%q) is not a directive but returned checks %q, reason %q", text, checks, reason)
			}
			return
		}
		for _, c := range checks {
			if c == "" || strings.ContainsRune(c, ',') || strings.ContainsFunc(c, isSpace) {
				t.Fatalf("parseDirective(%q): bad check name %q in %q", text, c, checks)
			}
			if !strings.Contains(rest, c) {
				t.Fatalf("parseDirective(%q): check %q is not in the text", text, c)
			}
		}
		if reason != strings.TrimSpace(reason) {
			t.Fatalf("parseDirective(%q): reason %q has white space around it", text, reason)
		}
		if len(checks) == 0 && reason != "" && !strings.HasPrefix(strings.TrimSpace(rest), ",") {
			t.Fatalf("parseDirective(%q): a reason %q without checks", text, reason)
		}
		if utf8.ValidString(text) && !utf8.ValidString(reason) {
			t.Fatalf("parseDirective(%q): reason %q is not valid UTF-8", text, reason)
		}
		// Parsing is a function of the text: the same input gives the same result.
		checks2, reason2, _ := parseDirective(text)
		if !slices.Equal(checks, checks2) || reason != reason2 {
			t.Fatalf("parseDirective(%q) is not deterministic", text)
		}
	})
}

// TestParseDirective pins the forms the README documents.
func TestParseDirective(t *testing.T) {
	for _, tc := range []struct {
		text   string
		checks []string
		reason string
		ok     bool
	}{
		{"//cbclint:ignore cbcswitch the reconciler retries throttled calls", []string{"cbcswitch"}, "the reconciler retries throttled calls", true},
		{"//cbclint:ignore cbcswitch,cbcstatus  two   checks", []string{"cbcswitch", "cbcstatus"}, "two checks", true},
		{"//cbclint:ignore cbccode // nolint style", []string{"cbccode"}, "nolint style", true},
		{"//cbclint:ignore cbccode", []string{"cbccode"}, "", true},
		{"//cbclint:ignore", nil, "", true},
		{"//cbclint:ignored cbccode reason", nil, "", false},
		{"// cbclint:ignore cbccode reason", nil, "", false},
	} {
		checks, reason, ok := parseDirective(tc.text)
		if !slices.Equal(checks, tc.checks) || reason != tc.reason || ok != tc.ok {
			t.Errorf("parseDirective(%q) = %q, %q, %v; want %q, %q, %v", tc.text, checks, reason, ok, tc.checks, tc.reason, tc.ok)
		}
	}
}

func isSpace(r rune) bool { return strings.TrimSpace(string(r)) == "" }
