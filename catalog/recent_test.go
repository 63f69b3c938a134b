package catalog_test

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// The codes Huawei's pages document in 2026-12 that the catalog lacked (issue 15).
var recentCodes = []string{"CBC.99007000", "CBC.8214", "CBC.8215", "CBC.8216", "CBC.8217", "CBC.8218", "CBC.30010001", "CBC.6074"}

func TestRecentCodesAreKnown(t *testing.T) {
	cat := catalog.Default()
	for _, code := range recentCodes {
		e, ok := cat.Lookup(code)
		if !ok {
			t.Errorf("%s missing", code)
			continue
		}
		if e.Source != catalog.SourceAPIPages || len(e.Sources) == 0 || e.Action == "" {
			t.Errorf("%s: source %q, sources %+v, action %q", code, e.Source, e.Sources, e.Action)
		}
		if text, ok := cat.Explain(code); !ok || !strings.HasPrefix(text, code) {
			t.Errorf("-explain %s: %q", code, text)
		}
	}
	if e, _ := cat.Lookup("CBC.99007000"); e.Status != 400 || e.Message != "Can not find customer." || e.Action != "fix-request" {
		t.Errorf("CBC.99007000: %d %q %s", e.Status, e.Message, e.Action)
	}
	// The status of CBC.8214 was cut off; a status is never invented.
	if e, _ := cat.Lookup("CBC.8214"); e.Status != 0 || len(e.Sources) != 2 {
		t.Errorf("CBC.8214: status %d, sources %+v", e.Status, e.Sources)
	}
	if e, _ := cat.Lookup("CBC.6074"); !slices.Equal(e.Twins, []string{"CBC.99006074"}) {
		t.Errorf("CBC.6074: twins %v", e.Twins)
	}
	if e, _ := cat.Lookup("CBC.99006074"); !slices.Contains(e.Twins, "CBC.6074") {
		t.Errorf("CBC.99006074: twins %v", e.Twins)
	}
}

func TestRecentCorrections(t *testing.T) {
	cat := catalog.Default()
	// CBC.8016: the page that cut it off gave no status; another gives the whole row.
	if e, _ := cat.Lookup("CBC.8016"); e.Status != 400 || e.Message != "The billing amount of an electronic invoice cannot exceed US$1 million." {
		t.Errorf("CBC.8016: status %d, message %q", e.Status, e.Message)
	}
	// CBC.99003144: the renewal page lists it, with its own message.
	e, _ := cat.Lookup("CBC.99003144")
	if !slices.Contains(e.Topics, "renewal") || !slices.ContainsFunc(e.Sources, func(s catalog.Source) bool {
		return strings.Contains(s.Page, "续订包年/包月资源") && strings.HasPrefix(s.Message, "资源有处理中的订单")
	}) {
		t.Errorf("CBC.99003144: topics %v, sources %+v", e.Topics, e.Sources)
	}
	// CBC.99000012 comes with HTTP 200 when error_details is present, on a page with a URL.
	e, _ = cat.Lookup("CBC.99000012")
	if !e.HTTP200 || !slices.ContainsFunc(e.Sources, func(s catalog.Source) bool {
		return strings.Contains(s.URL, "bms_a215a8e5d52bcb6f942a5316ed130412") && strings.Contains(s.Message, "error_details")
	}) {
		t.Errorf("CBC.99000012: http200 %v, sources %+v", e.HTTP200, e.Sources)
	}
	// The KooGallery order page's CBC.* rows are its 2024-05-20 version; the
	// current one answers with MKT.* codes. The common page still lists CBC.* codes.
	const orderPage = "https://www.huaweicloud.com/guide/productsdesc-bms_0dff4d8a9ede975f6674698a8064dbbesupport0"
	const commonPage = "https://huaweicloud.com/guide/productsdesc-bms_140f0023b3bd2d3d0bebe9411535894dsupport0"
	common := map[string]bool{}
	for _, e := range cat.Entries() {
		for _, s := range e.Sources {
			if s.URL == orderPage && (!strings.Contains(s.Page, "version of 2024-05-20") || !strings.Contains(s.Page, "MKT.")) {
				t.Errorf("%s: the order page is titled %q", e.Code, s.Page)
			}
			if s.URL == commonPage {
				common[e.Code] = true
			}
		}
	}
	if want := map[string]bool{"CBC.0000": true, "CBC.0150": true, "CBC.0101": true, "CBC.0999": true}; !maps.Equal(common, want) {
		t.Errorf("the common KooGallery page lists %v, want %v", common, want)
	}
}

// Sources the seeds named without a URL have one where a page was found.
func TestSourcesFoundAgainHaveURLs(t *testing.T) {
	cat := catalog.Default()
	for _, code := range []string{"CBC.99007261", "CBC.5001", "CBC.5002", "CBC.99003656"} {
		e, _ := cat.Lookup(code)
		for _, s := range e.Sources {
			if s.URL == "" {
				t.Errorf("%s: %q has no URL", code, s.Page)
			}
		}
	}
	text, err := os.ReadFile("testdata/cbc-more-sources.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(text), "no URL recorded"); n != 7 {
		t.Errorf("%d sources say \"no URL recorded\", want the 7 no page was found for", n)
	}
}
