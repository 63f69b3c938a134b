package catalog

import (
	"fmt"
	"slices"
	"strings"
)

// Digits confusable with letters that people (and OCR, and copy-paste from PDFs) mix up.
var confusable = map[rune]byte{'O': '0', 'o': '0', 'I': '1', 'l': '1', '|': '1'}

// Separators people put between "CBC" and the digits instead of the dot.
const separators = ".-_ :,"

// How many digits a code has. The catalog's codes have 4 or 8; a value with one
// digit fewer than the shortest ("CBC.025" for CBC.0250) or two more than the
// longest is still a mistyped code, so checks report it and -explain names the
// nearest codes. Fewer or more digits make something else: "CBC.12", a long
// number. Normalize, IsCanonical and FindCodes all keep to these bounds, so
// everything that asks whether a string is a code gets the same answer.
const (
	minDigits = 3
	maxDigits = 10
)

// Prefixes of the codes the catalog holds: CBC's own, and the API gateway's in
// front of it (APIGW, and APIG as Huawei's FAQ writes it). Longest first, so
// that "APIGW" is not read as "APIG" and a W.
var prefixes = []string{"APIGW", "APIG", "CBC"}

// cutPrefix returns the prefix of prefixes that s starts with, in any case,
// and the rest of s.
func cutPrefix(s string) (prefix, rest string, ok bool) {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return p, s[len(p):], true
		}
	}
	return "", s, false
}

// Split returns a canonical code's prefix and digits: "CBC" and "5003",
// "APIGW" and "0308".
func Split(code string) (prefix, digits string, ok bool) {
	if !IsCanonical(code) {
		return "", "", false
	}
	prefix, digits, _ = strings.Cut(code, ".")
	return prefix, digits, true
}

// IsGateway reports whether code (canonical form) is the API gateway's, not CBC's.
func IsGateway(code string) bool {
	p, _, ok := Split(code)
	return ok && p != "CBC"
}

// Normalize reports whether s, as a whole, looks like a CBC error code (or one
// of the API gateway's, "APIGW.0308"), and if so returns it in canonical form:
// the prefix in capitals, a dot, the digits. s may be canonical already; it is
// malformed when the result differs from s.
//
// It accepts a prefix of any case, a missing or wrong separator, surrounding
// white space, and the letters O and l for the digits 0 and 1. It rejects
// everything else, so cipher names such as "DES-CBC3-SHA" or "aes-256-cbc" are
// not codes. Three digits make a code only after a dot ("CBC.025"): "CBC-256"
// or "cbc128" name a cipher mode and key size more often than a code.
func Normalize(s string) (string, bool) {
	prefix, t, ok := cutPrefix(strings.TrimSpace(s))
	if !ok {
		return "", false
	}
	dot := t != "" && t[0] == '.'
	if t != "" && strings.IndexByte(separators, t[0]) >= 0 {
		t = t[1:]
	}
	if len(t) < minDigits || len(t) > maxDigits || len(t) == minDigits && !dot {
		return "", false
	}
	var b strings.Builder
	b.Grow(len(prefix) + 1 + len(t))
	b.WriteString(prefix)
	b.WriteByte('.')
	digits := 0
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			digits++
			b.WriteRune(r)
		case confusable[r] != 0:
			b.WriteByte(confusable[r])
		default:
			return "", false
		}
	}
	if digits < 2 {
		return "", false
	}
	return b.String(), true
}

// IsCanonical reports whether s is a code written right: "CBC." (or the
// gateway's "APIGW." or "APIG.") followed by 3 to 10 digits.
func IsCanonical(s string) bool {
	prefix, digits, ok := strings.Cut(s, ".")
	if !ok || !slices.Contains(prefixes, prefix) || !plausibleLength(len(digits)) {
		return false
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	return true
}

// Span is where a well-formed code stands inside a longer string.
type Span struct {
	Code       string
	Start, End int // byte offsets in the string
}

// FindCodes returns the well-formed codes ("CBC." and 3 to 10 digits) inside s
// that stand as words of their own: not preceded by a letter, digit, dot or
// underscore, and not followed by a digit.
func FindCodes(s string) []Span {
	var out []Span
	for i := 0; ; {
		j := strings.Index(s[i:], "CBC.")
		if j < 0 {
			return out
		}
		start := i + j
		end := start + 4
		for end < len(s) && s[end] >= '0' && s[end] <= '9' {
			end++
		}
		i = start + 4
		if !plausibleLength(end-start-4) || (start > 0 && isWordByte(s[start-1])) {
			continue
		}
		out = append(out, Span{Code: s[start:end], Start: start, End: end})
		i = end
	}
}

// plausibleLength reports whether a code may have n digits.
func plausibleLength(n int) bool { return n >= minDigits && n <= maxDigits }

func isWordByte(c byte) bool {
	return c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// digitCounts says how many digits the catalog's CBC codes have: "4 or 8".
func (c *Catalog) digitCounts() string {
	var counts []int
	for _, code := range c.codes {
		if p, d, _ := Split(code); p == "CBC" && !slices.Contains(counts, len(d)) {
			counts = append(counts, len(d))
		}
	}
	slices.Sort(counts)
	var b strings.Builder
	for i, n := range counts {
		switch {
		case i == 0:
		case i == len(counts)-1:
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		fmt.Fprint(&b, n)
	}
	return b.String()
}
