package catalog_test

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/cbclint/cbclint/catalog"
)

func TestExtendAddsAndChanges(t *testing.T) {
	file := `[
  {"code": "CBC.99009999", "status": 400, "message": "Quota exhausted.", "description": "Our quota is used up.", "topics": ["payment"]},
  {"code": "CBC.99009998", "status": 200, "message": "Queued."},
  {"code": "CBC.99009997", "status": 400, "message": "Busy.", "sources": [{"page": "Pay orders", "status": 400}, {"page": "Renew", "status": 200}]},
  {"code": "CBC.0250", "critical": null},
  {"code": "CBC.5003", "critical": {"reason": "top up first", "when": ["payment"]}, "twins": ["CBC.99009999"]},
  {"code": "CBC.5020", "topics": ["query"]}
]`
	base := catalog.Default()
	cat, err := catalog.Extend(base, "codes.json", []byte(file))
	if err != nil {
		t.Fatal(err)
	}
	e, ok := cat.Lookup("CBC.99009999")
	if !ok || e.Source != "codes.json" || e.Message != "Quota exhausted." || e.HTTP200 || e.Topics[0] != "payment" {
		t.Errorf("new code: %+v", e)
	}
	if e, _ := cat.Lookup("CBC.99009998"); !e.HTTP200 {
		t.Error("a new code with status 200 defaults to http200")
	}
	if e, _ := cat.Lookup("CBC.99009997"); !e.HTTP200 {
		t.Error("a new code one of whose sources gives status 200 defaults to http200, as a shipped one does")
	}
	if e, _ := cat.Lookup("CBC.0250"); e.Critical != nil || e.Message != "Connection request control triggered." || e.Status != 429 {
		t.Errorf("CBC.0250: critical must be removed and nothing else changed: %+v", e)
	}
	if e, _ := cat.Lookup("CBC.5003"); e.Critical == nil || e.Critical.Reason != "top up first" || e.Message != "Insufficient balance." {
		t.Errorf("CBC.5003: %+v", e)
	}
	// The base is untouched.
	if e, _ := base.Lookup("CBC.0250"); e.Critical == nil {
		t.Error("Extend changed the shipped catalog")
	}
	if e, _ := base.Lookup("CBC.5020"); e.Topics[0] == "query" {
		t.Error("Extend wrote into the shipped catalog's topics")
	}
	if _, ok := base.Lookup("CBC.99009999"); ok {
		t.Error("Extend added to the shipped catalog")
	}
}

func TestExtendErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"not an array", `{"code": "CBC.1"}`, "codes.json:1:2: a catalog file is a JSON array"},
		{"syntax", "[\n  {\"code\": \"CBC.99009999\",}\n]", "codes.json:2:"},
		{"truncated", "[\n  {\"code\": \"CBC.99009999\"", "codes.json:2:"},
		{"unknown field", "[\n  {\"code\": \"CBC.99009999\",\n   \"mesage\": \"x\"}\n]", `codes.json:3:4: entry for CBC.99009999: unknown field "mesage"`},
		{"bad code", "[\n  {\"code\": \"cbc.9999\"}\n]", `codes.json:2:4: entry needs "code"`},
		{"missing code", "[\n  {\"status\": 400}\n]", `codes.json:2:3: entry needs "code"`},
		{"wrong type", "[\n  {\"code\": \"CBC.99009999\", \"status\": \"400\"}\n]", `codes.json:2:`},
		// A value that is wrong in itself is pointed at where the entry names it.
		{"bad status", "[\n  {\"code\": \"CBC.99009999\",\n   \"status\": 42}\n]", "codes.json:3:4: entry for CBC.99009999: status 42 is not an HTTP status"},
		{"bad status after sources", "[\n  {\"code\": \"CBC.99009999\", \"sources\": [{\"page\": \"p\", \"status\": 400}],\n   \"status\": 42}\n]", "codes.json:3:4: entry for CBC.99009999: status 42 is not an HTTP status"},
		{"unknown topic", "[\n  {\"code\": \"CBC.99009999\",\n   \"topics\": [\"paymnt\"]}\n]", `codes.json:3:4: entry for CBC.99009999: unknown topic "paymnt"`},
		{"unknown action", "[\n  {\"code\": \"CBC.99009999\", \"status\": 400,\n   \"action\": \"retry\", \"advice\": \"Retry.\"}\n]", `codes.json:3:4: entry for CBC.99009999: unknown action "retry" (actions: success, retry-later`},
		{"unknown product", "[\n  {\"code\": \"CBC.99009999\",\n   \"product\": \"KooGallery\"}\n]", `codes.json:3:4: entry for CBC.99009999: unknown product "KooGallery" (products: CBC, KooGallery merchant API, API gateway)`},
		{"unknown source product", "[\n  {\"code\": \"CBC.99009999\",\n   \"sources\": [{\"page\": \"p\", \"status\": 400, \"product\": \"BSS\"}]}\n]", `codes.json:3:4: entry for CBC.99009999: sources: unknown product "BSS"`},
		{"critical without reason", "[\n  {\"code\": \"CBC.5003\",\n   \"critical\": {}}\n]", `codes.json:3:4: entry for CBC.5003: "critical" needs a "reason"`},
		{"unknown twin", "[\n  {\"code\": \"CBC.5003\", \"twins\": [\"CBC.99009999\"]}\n]", "codes.json:2:3: entry for CBC.5003: twin CBC.99009999 is not in the catalog"},
		{"trailing data", "[]\n[]", "codes.json:2:"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.Extend(catalog.Default(), "codes.json", []byte(tc.file))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestReadFileRoundTripsTheCatalog(t *testing.T) {
	// What `cbclint -catalog` prints is a valid catalog file that changes nothing.
	b, err := catalog.Default().JSON()
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "all.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	cat, err := catalog.ReadFile(catalog.Default(), path)
	if err != nil {
		t.Fatal(err)
	}
	again, err := cat.JSON()
	if err != nil {
		t.Fatal(err)
	}
	if string(again) != string(b) {
		t.Error("reading the whole catalog as a catalog file changed it")
	}
	if _, err := catalog.ReadFile(catalog.Default(), filepath.Join(t.TempDir(), "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file: %v", err)
	}
}

func TestExtendRejectsDuplicates(t *testing.T) {
	for _, tc := range []struct{ name, file, want string }{
		{"new code twice", "[\n  {\"code\": \"CBC.99009999\", \"message\": \"Quota exhausted.\"},\n  {\"code\": \"CBC.5003\", \"topics\": [\"payment\"]},\n  {\"code\": \"CBC.99009999\", \"status\": 400}\n]",
			"codes.json:4:3: duplicate entry for CBC.99009999: line 2 has one already; merge the two into one entry"},
		{"known code twice", "[\n  {\"code\": \"CBC.0250\", \"critical\": null},\n  {\"code\": \"CBC.0250\", \"topics\": [\"query\"]}\n]",
			"codes.json:3:3: duplicate entry for CBC.0250: line 2 has one already; merge the two into one entry"},
		{"code with two meanings, three times", "[\n  {\"code\": \"CBC.0150\"},\n  {\"code\": \"CBC.0150\"},\n  {\"code\": \"CBC.0150\"}\n]",
			"codes.json:4:3: duplicate entry for CBC.0150: the catalog has 2 entries for it (one per meaning), which the file's entries change in order (lines 2, 3); this one is one too many"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := catalog.Extend(catalog.Default(), "codes.json", []byte(tc.file))
			if err == nil || err.Error() != tc.want {
				t.Errorf("error %v\nwant %s", err, tc.want)
			}
		})
	}
	// Each meaning of CBC.0150 may be changed once: that is no duplicate.
	cat, err := catalog.Extend(catalog.Default(), "codes.json", []byte(`[{"code": "CBC.0150", "topics": ["query"]}, {"code": "CBC.0150", "topics": ["payment"]}]`))
	if err != nil {
		t.Fatal(err)
	}
	if all := cat.All("CBC.0150"); len(all) != 2 || all[0].Topics[0] != "query" || all[1].Topics[0] != "payment" {
		t.Errorf("CBC.0150 after changing both meanings: %+v", all)
	}
}

func TestExtendAcceptsByteOrderMark(t *testing.T) {
	const bom = "\ufeff"
	cat, err := catalog.Extend(catalog.Default(), "codes.json", []byte(bom+`[{"code": "CBC.99009999", "message": "Quota exhausted."}]`))
	if err != nil {
		t.Fatal(err)
	}
	if e, ok := cat.Lookup("CBC.99009999"); !ok || e.Message != "Quota exhausted." {
		t.Errorf("CBC.99009999: %+v", e)
	}
	// Columns on the first line count characters after the mark, as editors do.
	_, err = catalog.Extend(catalog.Default(), "codes.json", []byte(bom+`[{"code": "CBC.99009999", "mesage": "x"}]`))
	if err == nil || !strings.HasPrefix(err.Error(), `codes.json:1:27: entry for CBC.99009999: unknown field "mesage"`) {
		t.Errorf("error %v", err)
	}
}

// TestExtendIsLinear: reading a catalog file costs the same per entry at 1,000
// and 16,000 entries. Each size is timed against a floor in the same rounds,
// decoding the same file with encoding/json, so a busy machine slows both
// alike. Linear, the two ratios stay within 2.5 of each other (measured 1.3-1.7);
// the quadratic Extend this replaced measured 4.7 (5.1 at 1,000, 24 at 16,000).
func TestExtendIsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test; skipped with -short")
	}
	file := func(n int) []byte {
		var b strings.Builder
		b.WriteString("[\n")
		for i := range n {
			if i > 0 {
				b.WriteString(",\n")
			}
			fmt.Fprintf(&b, `{"code": "CBC.9%07d", "status": 400, "message": "Quota exhausted."}`, i)
		}
		b.WriteString("\n]\n")
		return []byte(b.String())
	}
	// cost is Extend's time over the floor's, each the best of rounds.
	cost := func(data []byte, rounds int) float64 {
		ext, floor := time.Duration(math.MaxInt64), time.Duration(math.MaxInt64)
		for range rounds {
			runtime.GC()
			start := time.Now()
			var v []map[string]any
			if err := json.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			floor = min(floor, time.Since(start))
			runtime.GC()
			start = time.Now()
			if _, err := catalog.Extend(catalog.Default(), "codes.json", data); err != nil {
				t.Fatal(err)
			}
			ext = min(ext, time.Since(start))
		}
		return float64(ext) / float64(floor)
	}
	small, large := cost(file(1000), 15), cost(file(16000), 5)
	t.Logf("Extend ÷ json.Unmarshal: %.2f at 1000 entries, %.2f at 16000", small, large)
	if large > 2.5*small {
		t.Errorf("Extend costs %.2f times a JSON decode at 16000 entries, %.2f at 1000: it grows faster than the file", large, small)
	}
}
