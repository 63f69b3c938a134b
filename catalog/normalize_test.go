package catalog_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

func TestNormalize(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"CBC.5003", "CBC.5003"},
		{"cbc.0250", "CBC.0250"},
		{"CBC3002", "CBC.3002"},
		{"CBC-5003", "CBC.5003"},
		{"CBC_5003", "CBC.5003"},
		{"CBC 5003", "CBC.5003"},
		{"CBC:5003", "CBC.5003"},
		{"CBC.O150", "CBC.0150"},
		{"CBC.0l50", "CBC.0150"},
		{" CBC.5003", "CBC.5003"},
		{"CBC.5003\n", "CBC.5003"},
		{"Cbc.99003651", "CBC.99003651"},
		{"CBC.025", "CBC.025"}, // one digit short of CBC.0250: a mistyped code
		{"CBC.500", "CBC.500"},
		{"cbc.O25", "CBC.025"},
		{"CBC.5003000000", "CBC.5003000000"},
	} {
		if got, ok := catalog.Normalize(tc.in); !ok || got != tc.want {
			t.Errorf("Normalize(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
	for _, in := range []string{
		"aes-256-cbc", "DES-CBC3-SHA", "TLS_RSA_WITH_AES_128_CBC_SHA", "cbc", "CBC", "CBC.",
		"CBC.12", "CBC3", "CBC3DES", "CBC.OOOO", "CBC.5003x", "CBC..5003", "CBC.50030000000",
		"CBCMode", "cbc-mac", "failed with CBC.5003",
		// Three digits make a code only after the dot: cipher modes and key sizes.
		"CBC-256", "CBC_128", "cbc128", "CBC 192", "CBC:256", "CBC.1", "CBC.OO1",
	} {
		if got, ok := catalog.Normalize(in); ok {
			t.Errorf("Normalize(%q) = %q, want no code", in, got)
		}
	}
}

func TestFindCodes(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"failed with CBC.5003: top up", []string{"CBC.5003"}},
		{"CBC.5003 or CBC.99003651.", []string{"CBC.5003", "CBC.99003651"}},
		{"(CBC.0250)", []string{"CBC.0250"}},
		{"X-CBC.5003", []string{"CBC.5003"}},
		{"XCBC.5003", nil},
		{"v1.CBC.5003", nil},
		{"CBC.12 is short", nil},
		{"throttled: CBC.025, retry", []string{"CBC.025"}},
		{"CBC.12345678901 is too long to be a code, CBC.1234567890 is not", []string{"CBC.1234567890"}},
		{"CBC." + strings.Repeat("5", 100000), nil},
		{"cbc.5003 lower case inside text", nil},
		{"DES-CBC3-SHA", nil},
	} {
		var got []string
		for _, s := range catalog.FindCodes(tc.in) {
			if tc.in[s.Start:s.End] != s.Code {
				t.Errorf("FindCodes(%q): span %d-%d is %q, not %q", tc.in, s.Start, s.End, tc.in[s.Start:s.End], s.Code)
			}
			got = append(got, s.Code)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("FindCodes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNearest(t *testing.T) {
	cat := catalog.Default()
	codes := func(ss []catalog.Suggestion) []string {
		var out []string
		for _, s := range ss {
			out = append(out, s.Code)
		}
		return out
	}
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"CBC.99003615", []string{"CBC.99003651"}}, // swapped digits
		{"CBC.99000808", []string{"CBC.99000088"}}, // swapped digits, not a wrong one
		{"CBC.0520", []string{"CBC.0250", "CBC.5020"}},
		{"CBC.5030", []string{"CBC.5003"}},
		{"CBC.12345678", nil},
		{"CBC.025", []string{"CBC.0250", "CBC.5025"}}, // one digit short: a digit added at either end
	} {
		if got := codes(cat.Nearest(tc.in)); !slices.Equal(got, tc.want) {
			t.Errorf("Nearest(%s) = %v, want %v", tc.in, got, tc.want)
		}
	}
	// A wrong digit ties with every other code one digit away.
	near := cat.Nearest("CBC.5009")
	if len(near) < 2 || !slices.Contains(codes(near), "CBC.5003") {
		t.Errorf("Nearest(CBC.5009) = %v, want several equally close codes including CBC.5003", codes(near))
	}
	for _, s := range near {
		if s.Cost != near[0].Cost {
			t.Errorf("Nearest(CBC.5009) mixes costs: %v", near)
		}
	}
	if got := codes(cat.Nearest("CBC.5003")); slices.Contains(got, "CBC.5003") {
		t.Errorf("Nearest(CBC.5003) = %v: it offers the code itself", got)
	}
}

func TestIsCanonical(t *testing.T) {
	for s, want := range map[string]bool{
		"CBC.5003": true, "CBC.99003651": true, "CBC.025": true, "CBC.1234567890": true,
		"CBC.12": false, "CBC.": false, "CBC.12345678901": false, "cbc.5003": false, "CBC.50O3": false,
	} {
		if got := catalog.IsCanonical(s); got != want {
			t.Errorf("IsCanonical(%q) = %v, want %v", s, got, want)
		}
	}
}
