package catalog_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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

// BenchmarkReadFile reads catalog files of growing size: every known code's
// topics change once, the other entries add new codes. Loading is linear when
// ns/entry stays flat from 1k to 16k entries.
func BenchmarkReadFile(b *testing.B) {
	base := catalog.Default()
	known := base.Codes()
	for _, n := range []int{1000, 4000, 16000} {
		var buf bytes.Buffer
		buf.WriteString("[\n")
		for i := range n {
			if i > 0 {
				buf.WriteString(",\n")
			}
			if i%2 == 1 && i/2 < len(known) {
				fmt.Fprintf(&buf, `  {"code": %q, "topics": ["query"]}`, known[i/2])
			} else {
				fmt.Fprintf(&buf, `  {"code": "CBC.9%07d", "status": 400, "message": "Quota %d exhausted.", "topics": ["payment"]}`, i, i)
			}
		}
		buf.WriteString("\n]\n")
		path := filepath.Join(b.TempDir(), "codes.json")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			for range b.N {
				if _, err := catalog.ReadFile(base, path); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/entry")
		})
		// The floor: reading the file and decoding its JSON, nothing else.
		b.Run(fmt.Sprintf("floor/entries=%d", n), func(b *testing.B) {
			for range b.N {
				data, err := os.ReadFile(path)
				var entries []catalog.Entry
				if err == nil {
					err = json.Unmarshal(data, &entries)
				}
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/entry")
		})
	}
}
