package catalog_test

import (
	"bytes"
	"os"
	"regexp"
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
	_, want, err := build.Build(src)
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
	pages := map[string]int{}
	for _, l := range strings.Split(strings.TrimSpace(string(text)), "\n")[1:] {
		pages[strings.Split(l, "\t")[0]]++
	}
	if len(pages) != 55 {
		t.Fatalf("extra codes: %d distinct, want 55", len(pages))
	}
	cat := catalog.Default()
	for code, n := range pages {
		e, ok := cat.Lookup(code)
		switch {
		case !ok:
			t.Errorf("%s missing", code)
		case e.Source != catalog.SourceAPIPages || len(e.Pages) != n:
			t.Errorf("%s: source %q with %d pages, want %q with %d", code, e.Source, len(e.Pages), catalog.SourceAPIPages, n)
		case e.Message == "" || e.Description == "":
			t.Errorf("%s: empty message or description", code)
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
	if e, _ := cat.Lookup("CBC.5003"); e.HTTP200 {
		t.Error("CBC.5003 comes with 400 only")
	}
}
