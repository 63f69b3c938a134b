package catalog_test

import (
	"bytes"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/catalog/internal/build"
)

// TestShippedIsGenerated proves catalog.json is exactly what `go generate ./catalog` makes.
func TestShippedIsGenerated(t *testing.T) {
	src, err := build.ReadSources(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := build.Build(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("catalog/catalog.json is stale or edited by hand: run go generate ./catalog")
	}
}

type pageRow struct {
	status            int
	code, msg, detail string
}

// pageRows reads the official page's table independently of the generator: each
// row is "status", "CBC.n", then the message and description cells.
func pageRows(t *testing.T) []pageRow {
	t.Helper()
	text, err := os.ReadFile("testdata/cbc-error-codes.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, table, _ := strings.Cut(string(text), "\nDescription\n")
	start := regexp.MustCompile(`(?m)^([1-5]\d\d)\s*\n\s*\n(CBC\.\d+)\s*$`)
	idx := start.FindAllStringSubmatchIndex(table, -1)
	var rows []pageRow
	for i, m := range idx {
		end := len(table)
		if i+1 < len(idx) {
			end = idx[i+1][0]
		}
		var cells []string
		for _, l := range strings.Split(table[m[1]:end], "\n") {
			if l = strings.TrimSpace(l); l != "" {
				cells = append(cells, l)
			}
		}
		status, _ := strconv.Atoi(table[m[2]:m[3]])
		half := len(cells) / 2
		rows = append(rows, pageRow{status, table[m[4]:m[5]], strings.Join(cells[:half], " "), strings.Join(cells[half:], " ")})
	}
	return rows
}

func TestEveryPageRowIsInTheCatalog(t *testing.T) {
	rows := pageRows(t)
	distinct := map[string]bool{}
	http200 := 0
	for _, r := range rows {
		distinct[r.code] = true
		if r.status == 200 {
			http200++
		}
	}
	if len(rows) != 204 || len(distinct) != 203 || http200 != 33 {
		t.Fatalf("page has %d rows, %d distinct codes, %d with HTTP 200; want 204, 203, 33", len(rows), len(distinct), http200)
	}
	cat := catalog.Default()
	for _, r := range rows {
		found := false
		for _, e := range cat.All(r.code) {
			if e.Status == r.status && e.Message == r.msg && e.Description == r.detail && e.Source == catalog.SourceGlobal {
				found = true
				if r.status == 200 && !e.HTTP200 {
					t.Errorf("%s comes with HTTP 200 but http200 is false", r.code)
				}
			}
		}
		if !found {
			t.Errorf("row %d %s %q / %q is not in the catalog exactly", r.status, r.code, r.msg, r.detail)
		}
	}
	if got := cat.All("CBC.0150"); len(got) != 2 || got[0].Message == got[1].Message {
		t.Errorf("CBC.0150 must keep both meanings, got %d entries", len(got))
	}
}

func TestEveryExtraCodeIsInTheCatalog(t *testing.T) {
	text, err := os.ReadFile("testdata/cbc-extra-codes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string][]string{} // code -> URLs of its rows
	for _, l := range strings.Split(strings.TrimSpace(string(text)), "\n")[1:] {
		f := strings.Split(l, "\t")
		pages[f[0]] = append(pages[f[0]], f[5])
	}
	if len(pages) != 55 {
		t.Fatalf("extra codes: %d distinct, want 55", len(pages))
	}
	cat := catalog.Default()
	for code, urls := range pages {
		e, ok := cat.Lookup(code)
		switch {
		case !ok:
			t.Errorf("%s missing", code)
		case e.Source != catalog.SourceAPIPages || len(e.Sources) < len(urls):
			t.Errorf("%s: source %q with %d sources, want %q with %d or more", code, e.Source, len(e.Sources), catalog.SourceAPIPages, len(urls))
		case e.Message == "" || e.Description == "":
			t.Errorf("%s: empty message or description", code)
		default:
			for i, u := range urls {
				if e.Sources[i].URL != u {
					t.Errorf("%s: source %d is %q, want %q", code, i, e.Sources[i].URL, u)
				}
			}
		}
	}
	// The per-API pages that give a 200 make the code an HTTP-200 error.
	for _, code := range []string{"CBC.30000053", "CBC.50000034", "CBC.99000013", "CBC.99000012"} {
		if e, _ := cat.Lookup(code); !e.HTTP200 {
			t.Errorf("%s: http200 is false, but a per-API page lists it with 200", code)
		}
	}
	// A page in Chinese only: the message is what the API sends, the description its translation.
	if e, _ := cat.Lookup("CBC.99007004"); e.Message != "发起的业务操作存在不满足的业务检查项。" ||
		e.Description != "The requested operation fails one or more business check items." {
		t.Errorf("CBC.99007004: message %q, description %q", e.Message, e.Description)
	}
}

func TestHTTP200Curation(t *testing.T) {
	cat := catalog.Default()
	for _, code := range []string{"CBC.99003610", "CBC.99000000", "CBC.99000035", "CBC.5020", "CBC.3106"} {
		if e, _ := cat.Lookup(code); !e.HTTP200 {
			t.Errorf("%s: http200 false", code)
		}
	}
	// CBC.5003 comes with 200 only from the old v1 adjust-amount API; its
	// 8-digit form, which the current APIs send, with 400 only.
	if e, _ := cat.Lookup("CBC.5003"); !e.HTTP200 {
		t.Error("CBC.5003: http200 false, but the old v1 adjust-amount page lists it with 200")
	}
	if e, _ := cat.Lookup("CBC.99005003"); e.HTTP200 {
		t.Error("CBC.99005003 comes with 400 only")
	}
}

// The codes of cbc-more-codes.tsv, read independently of the generator: each is
// in the catalog with its page, its status and its product.
func TestEveryMoreCodeIsInTheCatalog(t *testing.T) {
	text, err := os.ReadFile("testdata/cbc-more-codes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := strings.Split(strings.TrimSpace(string(text)), "\n")[1:]
	if len(rows) != 12 {
		t.Fatalf("more codes: %d rows, want 12", len(rows))
	}
	cat := catalog.Default()
	for _, l := range rows {
		f := strings.Split(l, "\t")
		code, status, product, url := f[0], f[1], f[3], strings.Fields(f[4])[0]
		e, ok := cat.Lookup(code)
		if !ok {
			t.Errorf("%s missing", code)
			continue
		}
		// A later page may add itself (CBC.8016's full row is on cbc-2026-12.tsv's page).
		if e.Product != product || e.Source != catalog.SourceAPIPages || len(e.Sources) == 0 || e.Sources[0].URL != url {
			t.Errorf("%s: product %q, source %q, sources %+v; want %q from %s", code, e.Product, e.Source, e.Sources, product, url)
			continue
		}
		if first := e.Sources[0].Status; first == 0 && status != "unknown" || first != 0 && strconv.Itoa(first) != status {
			t.Errorf("%s: status %d on its first page, want %s", code, first, status)
		}
		if e.HTTP200 != (status == "200") {
			t.Errorf("%s: http200 %v with status %s", code, e.HTTP200, status)
		}
	}
	// A Chinese message keeps its translation as the description.
	if e, _ := cat.Lookup("CBC.99000048"); e.Message != "该券已经过期或者已经被回收" || e.Description != "the coupon has expired or has already been reclaimed" {
		t.Errorf("CBC.99000048: message %q, description %q", e.Message, e.Description)
	}
	// Brackets inside the translation stay in it.
	if e, _ := cat.Lookup("CBC.99007297"); e.Message != "租户子账号无权限操作" || !strings.HasPrefix(e.Description, "the tenant's sub-account (IAM user) has no permission") {
		t.Errorf("CBC.99007297: message %q, description %q", e.Message, e.Description)
	}
	// A code the page names only in a note has no message; its meaning says so
	// rather than passing the note off as what the code means.
	if e, _ := cat.Lookup("CBC.9005"); e.Message != "" || e.Brief() != "no message documented; the page says: named in the note under the table, no row" {
		t.Errorf("CBC.9005: message %q, brief %q", e.Message, e.Brief())
	}
	for _, code := range []string{"CBC.0199", "CBC.9001", "CBC.9002", "CBC.9003", "CBC.9004", "CBC.9005"} {
		if e, _ := cat.Lookup(code); e.Product != catalog.ProductKooGallery {
			t.Errorf("%s: product %q, want %q", code, e.Product, catalog.ProductKooGallery)
		}
	}
}

// Pages disagree on statuses (seeds README): a code that any page lists with
// HTTP 200 can come with HTTP 200, and every page's status is kept.
func TestStatusesBySource(t *testing.T) {
	cat := catalog.Default()
	for code, want := range map[string][]int{
		"CBC.99003631": {400, 200},
		"CBC.30050006": {400, 200},
		"CBC.30010069": {400, 200},
		"CBC.99003656": {400, 200},
		"CBC.5001":     {400, 200},
		"CBC.5002":     {400, 200, 500},
		"CBC.99000013": {200, 400},
		"CBC.50000045": {200, 400},
		"CBC.0100":     {400, 500, 200},
		"CBC.0154":     {401, 403},
		"CBC.30000010": {500, 400},
		"CBC.0250":     {429, 406},
	} {
		e, _ := cat.Lookup(code)
		if got := e.Statuses(); !slices.Equal(got, want) {
			t.Errorf("%s: statuses %v, want %v", code, got, want)
		}
		if e.HTTP200 != slices.Contains(want, 200) {
			t.Errorf("%s: http200 %v, statuses %v", code, e.HTTP200, want)
		}
	}
	// The KooGallery merchant API sends CBC.0154 and CBC.0250 too; its pages say so.
	for _, code := range []string{"CBC.0154", "CBC.0250", "CBC.0100", "CBC.0151"} {
		e, _ := cat.Lookup(code)
		found := false
		for _, s := range e.Sources {
			found = found || s.Product == catalog.ProductKooGallery
		}
		if e.Product != catalog.ProductCBC || !found {
			t.Errorf("%s: product %q, want CBC with a KooGallery source: %+v", code, e.Product, e.Sources)
		}
	}
	// CBC.0150 has two meanings; KooGallery's "Illegal operation" is the second.
	// The common KooGallery page lists it too.
	if es := cat.All("CBC.0150"); len(es[0].Sources) != 1 || len(es[1].Sources) != 3 {
		t.Errorf("CBC.0150: KooGallery's page belongs to %q", es[1].Message)
	}
	// Every entry names where it comes from.
	for _, e := range cat.Entries() {
		if len(e.Sources) == 0 || e.Product == "" {
			t.Errorf("%s: no sources or no product", e.Code)
		}
		for _, s := range e.Sources {
			if s.Page == "" {
				t.Errorf("%s: a source without a page: %+v", e.Code, s)
			}
		}
	}
}

func TestExplainShowsActionsAndSources(t *testing.T) {
	cat := catalog.Default()
	out, ok := cat.Explain("CBC.99003651")
	for _, want := range []string{
		"action:      wait (",
		"advice:      Another operation on this instance is in progress",
		"product:     CBC",
		"source page: Error Codes (Partner Center API reference, global site, updated 2024-02-23) (400) https://",
	} {
		if !ok || !strings.Contains(out, want) {
			t.Errorf("-explain CBC.99003651 lacks %q:\n%s", want, out)
		}
	}
	out, _ = cat.Explain("CBC.99007461")
	for _, want := range []string{
		"critical:    another fund allocation or retrieval task is in progress",
		"(required where a dispatch handles funds codes)",
		"evidence:    The fund allocation and retrieval pages",
		"status:      differs by page (see sources): 400, 500",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("-explain CBC.99007461 lacks %q:\n%s", want, out)
		}
	}
	out, _ = cat.Explain("CBC.30050006")
	for _, want := range []string{"status:      differs by page (see sources): 400, 200", "(200)", "(400)", "action:      pay-order"} {
		if !strings.Contains(out, want) {
			t.Errorf("-explain CBC.30050006 lacks %q:\n%s", want, out)
		}
	}
	out, _ = cat.Explain("CBC.9001")
	if !strings.Contains(out, "product:     KooGallery merchant API") {
		t.Errorf("-explain CBC.9001 does not name the product:\n%s", out)
	}
	out, _ = cat.Explain("CBC.0250")
	if !strings.Contains(out, "(406, KooGallery merchant API)") {
		t.Errorf("-explain CBC.0250 does not show KooGallery's status:\n%s", out)
	}
}
