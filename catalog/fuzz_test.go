package catalog

import (
	"slices"
	"strings"
	"testing"
)

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"CBC.5003", "cbc.0250", "CBC3002", "CBC-5003", "CBC.O150", " CBC.5003", "DES-CBC3-SHA", "aes-256-cbc", "CBC.", "CBC.99003615", "ＣＢＣ.5003", "CBC.\u00a05003", "CBC.025", "CBC-256", "cbc.O25"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		code, ok := Normalize(s)
		again, ok2 := Normalize(s)
		if code != again || ok != ok2 {
			t.Fatalf("Normalize(%q) is not stable", s)
		}
		if !ok {
			return
		}
		if !IsCanonical(code) {
			t.Fatalf("Normalize(%q) = %q, not canonical", s, code)
		}
		if back, ok := Normalize(code); !ok || back != code {
			t.Fatalf("Normalize(%q) = %q, but Normalize(%q) = %q, %v", s, code, code, back, ok)
		}
		// One rule: a CBC code written right is found inside text as well.
		// FindCodes finds CBC's codes only, as it says: a gateway code
		// (Normalize accepts APIGW. and APIG. too) is not looked for in text.
		if spans := FindCodes(code); IsGateway(code) && len(spans) != 0 || !IsGateway(code) && (len(spans) != 1 || spans[0].Code != code) {
			t.Fatalf("Normalize(%q) = %q, but FindCodes(%q) = %v", s, code, code, spans)
		}
		for _, span := range FindCodes(s) {
			if s[span.Start:span.End] != span.Code || !IsCanonical(span.Code) {
				t.Fatalf("FindCodes(%q): bad span %+v", s, span)
			}
		}
	})
}

func FuzzNearest(f *testing.F) {
	for _, s := range []string{"CBC.99003615", "CBC.5009", "CBC.0520", "CBC.12345678", "CBC.1", "CBC.999999999999"} {
		f.Add(s)
	}
	cat := Default()
	f.Fuzz(func(t *testing.T, s string) {
		code, ok := Normalize(s)
		if !ok {
			return
		}
		got := cat.Nearest(code)
		if again := cat.Nearest(code); !slices.Equal(got, again) {
			t.Fatalf("Nearest(%s) is not stable", code)
		}
		// Compare with a brute-force ranking: full distances, no early exit,
		// among the codes of the same source (CBC's or the API gateway's:
		// APIG.0308 is never a mistyped CBC.0380).
		prefix, digits, _ := Split(code)
		best := maxCost + 1
		var want []Suggestion
		for _, known := range cat.Codes() {
			kp, kd, _ := Split(known)
			if known == code || kp != prefix {
				continue
			}
			d := distance(digits, kd, 1<<30)
			if d < best {
				best, want = d, nil
			}
			if d == best {
				want = append(want, Suggestion{known, d})
			}
		}
		if best > maxCost {
			want = nil
		}
		if !slices.Equal(got, want) {
			t.Fatalf("Nearest(%s) = %v, brute force says %v", code, got, want)
		}
	})
}

func FuzzExtend(f *testing.F) {
	f.Add(`[{"code": "CBC.99009999", "status": 400, "message": "x", "topics": ["payment"]}]`)
	f.Add(`[{"code": "CBC.0250", "critical": null}, {"code": "CBC.5003", "twins": ["CBC.0250"]}]`)
	f.Add("[\n{\"code\": \"CBC.5003\", \"critical\": {\"reason\": \"r\", \"when\": [\"payment\"]}}]")
	f.Add(`{"code": 1}`)
	f.Add(`[{"code": "CBC.0150"}, {"code": "CBC.0150"}, {"code": "CBC.0150"}]`)
	f.Add(`[{"code": "CBC.99009999"}, {"code": "CBC.99009999"}]`)
	f.Add("\ufeff[{\"code\": \"CBC.025\", \"status\": 429}]")
	base := Default()
	f.Fuzz(func(t *testing.T, data string) {
		cat, err := Extend(base, "f.json", []byte(data))
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.json:") {
				t.Fatalf("error does not name the file and line: %v", err)
			}
			return
		}
		if len(cat.Entries()) < len(base.Entries()) {
			t.Fatal("Extend lost entries")
		}
		for _, code := range cat.Codes() {
			if n, inBase := len(cat.All(code)), len(base.All(code)); n > max(1, inBase) {
				t.Fatalf("%s has %d entries, the base catalog %d: a duplicate was accepted", code, n, inBase)
			}
		}
	})
}
