package catalog_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cbclint/cbclint/catalog"
)

func TestExcerpt(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"CBC.5003", "CBC.5003"},
		{strings.Repeat("x", 40), strings.Repeat("x", 40)},
		{strings.Repeat("x", 41), strings.Repeat("x", 39) + "…"},
		{"CBC." + strings.Repeat("5", 5_000_000), "CBC." + strings.Repeat("5", 35) + "…"},
		{strings.Repeat("余额", 30), strings.Repeat("余额", 19) + "余…"}, // cut between characters, never inside one
	} {
		got := catalog.Excerpt(tc.in)
		if got != tc.want || !utf8.ValidString(got) || utf8.RuneCountInString(got) > 40 {
			t.Errorf("Excerpt(%.50q…) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
