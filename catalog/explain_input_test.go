package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// -explain takes for a code exactly what cbccode takes for one (Normalize), and
// names the nearest codes cbccode offers (Nearest).
func TestExplainClassifiesLikeTheCheck(t *testing.T) {
	cat := catalog.Default()
	for _, tc := range []struct {
		in   string
		want []string // lines the answer holds
	}{
		{"CBC.025", []string{"CBC.025 is not in the catalog.", "Nearest known codes:", "  CBC.0250  Connection request control triggered."}},
		{"cbc.025", []string{`"cbc.025" is written CBC.025`, "CBC.025 is not in the catalog.", "  CBC.0250  Connection request control triggered."}},
		{"CBC.12", []string{`"CBC.12" is not a CBC error code: a code is CBC. and 3 to 10 digits (the catalog's have 4 or 8), e.g. CBC.5003`}},
		{"aes-256-cbc", []string{`"aes-256-cbc" is not a CBC error code: a code is CBC. and 3 to 10 digits (the catalog's have 4 or 8), e.g. CBC.5003`}},
		{"CBC.12345678901", []string{`"CBC.12345678901" is not a CBC error code`}},
	} {
		text, ok := cat.Explain(tc.in)
		if ok {
			t.Errorf("Explain(%q) says the code is known", tc.in)
		}
		lines := strings.Split(text, "\n")
		for _, w := range tc.want {
			if !slices.ContainsFunc(lines, func(l string) bool { return strings.HasPrefix(l, w) }) {
				t.Errorf("Explain(%q) lacks the line %q:\n%s", tc.in, w, text)
			}
		}
		_, isCode := catalog.Normalize(tc.in)
		if says := !strings.Contains(text, "is not a CBC error code"); says != isCode {
			t.Errorf("Explain(%q) takes it for a code: %v; Normalize: %v", tc.in, says, isCode)
		}
	}
	// Every code Nearest offers for a short code is listed, and nothing else.
	text, _ := cat.Explain("CBC.500")
	var listed []string
	for _, l := range strings.Split(text, "\n") {
		if strings.HasPrefix(l, "  CBC.") {
			listed = append(listed, strings.Fields(l)[0])
		}
	}
	var near []string
	for _, s := range cat.Nearest("CBC.500") {
		near = append(near, s.Code)
	}
	if len(near) == 0 || !slices.Equal(listed, near) {
		t.Errorf("Explain(CBC.500) lists %v, Nearest offers %v", listed, near)
	}
}

func TestExplainCutsHugeInput(t *testing.T) {
	cat := catalog.Default()
	for _, in := range []string{
		"CBC." + strings.Repeat("5", 5_000_000),
		" cbc.5003" + strings.Repeat(" ", 1_000_000) + "\t",
		strings.Repeat("x", 1_000_000),
	} {
		text, _ := cat.Explain(in)
		for _, l := range strings.Split(text, "\n") {
			if len(l) > 200 {
				t.Errorf("Explain(%.20q…) prints a line of %d bytes: %.80s…", in, len(l), l)
			}
		}
	}
}
