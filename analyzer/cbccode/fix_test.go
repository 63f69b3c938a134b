package cbccode

import "testing"

func TestSourceSpan(t *testing.T) {
	for _, tc := range []struct {
		lit        string // a string literal as written
		start, end int    // bytes of its value
		want       string // the source text there; "" when there is none
	}{
		{`"CBC.5030"`, 0, 8, "CBC.5030"},
		{`"failed: CBC.5030"`, 8, 16, "CBC.5030"},
		{`"XCBC.5030 or CBC.5030"`, 13, 21, "CBC.5030"},
		{`"\tcode \"CBC.5030\""`, 7, 15, "CBC.5030"},      // escapes before the code
		{`"余额不足 CBC.5030"`, 13, 21, "CBC.5030"},           // multibyte characters before it
		{`"\u4f59\u989d CBC.5030"`, 7, 15, "CBC.5030"},    // escaped multibyte characters
		{"`CBC.5030\r\nor CBC.5030`", 12, 20, "CBC.5030"}, // a raw string drops carriage returns
		{`"\x43BC.5030"`, 0, 8, ""},                       // the code itself is escaped
		{"`CBC.50\r30`", 0, 8, ""},
		{`"CBC.5030"`, 0, 9, ""}, // past the end
	} {
		s, e, ok := sourceSpan(tc.lit, tc.start, tc.end)
		got := ""
		if ok {
			got = tc.lit[s:e]
		}
		if got != tc.want {
			t.Errorf("sourceSpan(%s, %d, %d) = %q, want %q", tc.lit, tc.start, tc.end, got, tc.want)
		}
	}
}
