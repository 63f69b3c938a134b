package catalog_test

import (
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// The operations cbccode runs per string literal. Lookup and Normalize run for
// every literal that mentions "cbc"; Nearest only for codes not in the catalog,
// which on real code is rare (make bench: zero on the SDK corpus).

func BenchmarkLookup(b *testing.B) {
	cat := catalog.Default()
	codes := cat.Codes()
	b.Run("known", func(b *testing.B) {
		for i := range b.N {
			if _, ok := cat.Lookup(codes[i%len(codes)]); !ok {
				b.Fatal("known code not found")
			}
		}
	})
	b.Run("unknown", func(b *testing.B) {
		for range b.N {
			if _, ok := cat.Lookup("CBC.99003615"); ok {
				b.Fatal("unknown code found")
			}
		}
	})
}

func BenchmarkNormalize(b *testing.B) {
	for _, tc := range []struct{ name, s string }{
		{"canonical", "CBC.99003651"},
		{"malformed", " cbc-O25O "},
		{"cipher", "DES-CBC3-SHA"},
		{"prose", "failed with CBC.5003: top up the account"},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				catalog.Normalize(tc.s)
			}
		})
	}
}

func BenchmarkFindCodes(b *testing.B) {
	s := "renewal failed with CBC.5020 (partial failure); retry after CBC.0250 clears, never on CBC.99000088"
	for range b.N {
		if len(catalog.FindCodes(s)) != 3 {
			b.Fatal("want 3 codes")
		}
	}
}

// BenchmarkNearest scans the whole catalog with a bounded edit distance; the
// length bound and the early exit keep it to microseconds per unknown code.
func BenchmarkNearest(b *testing.B) {
	cat := catalog.Default()
	for _, tc := range []struct{ name, code string }{
		{"swap", "CBC.99003615"},  // CBC.99003651 with two digits swapped
		{"short", "CBC.5030"},     // four digits: many near neighbours
		{"far", "CBC.1234567890"}, // nothing is close
	} {
		b.Run(tc.name, func(b *testing.B) {
			for range b.N {
				cat.Nearest(tc.code)
			}
		})
	}
}

func BenchmarkDefault(b *testing.B) {
	// Default parses the embedded catalog once per process; later calls are free.
	for range b.N {
		catalog.Default()
	}
}
