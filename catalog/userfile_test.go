package catalog_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

func TestExtendAddsAndChanges(t *testing.T) {
	file := `[
  {"code": "CBC.99009999", "status": 400, "message": "Quota exhausted.", "description": "Our quota is used up.", "topics": ["payment"]},
  {"code": "CBC.99009998", "status": 200, "message": "Queued."},
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
		{"bad status", "[\n  {\"code\": \"CBC.99009999\", \"status\": 42}\n]", "status 42 is not an HTTP status"},
		{"unknown topic", "[\n  {\"code\": \"CBC.99009999\", \"topics\": [\"paymnt\"]}\n]", `unknown topic "paymnt"`},
		{"unknown action", "[\n  {\"code\": \"CBC.99009999\", \"action\": \"retry\"}\n]", `unknown action "retry" (actions: success, retry-later`},
		{"critical without reason", "[\n  {\"code\": \"CBC.5003\", \"critical\": {}}\n]", `"critical" needs a "reason"`},
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
