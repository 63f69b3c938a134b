package catalog_test

import (
	"bufio"
	"bytes"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/catalog/internal/build"
)

// TestShippedTablesAreGenerated proves tables.json is exactly what `go generate ./catalog` makes.
func TestShippedTablesAreGenerated(t *testing.T) {
	src, err := build.ReadSources(".")
	if err != nil {
		t.Fatal(err)
	}
	want, err := build.Tables(src)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("tables.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("catalog/tables.json is stale or edited by hand: run go generate ./catalog")
	}
}

// perAPIRows reads the per-API seed independently of the generator: the codes
// of each operation column ("RenewalResources", "PayOrders (v2 page)"), in order.
func perAPIRows(t *testing.T) (map[string][]string, int) {
	t.Helper()
	f, err := os.Open("testdata/cbc-per-api-2026-12.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows := map[string][]string{}
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 4 || f[0] == "operation" {
			continue
		}
		rows[f[0]] = append(rows[f[0]], f[3])
		n++
	}
	return rows, n
}

// The seed's figures: 135 rows, 82 codes; the complete tables' counts.
func TestTablesHoldEveryPerAPIRow(t *testing.T) {
	cat := catalog.Default()
	rows, n := perAPIRows(t)
	distinct := map[string]bool{}
	for _, codes := range rows {
		for _, c := range codes {
			distinct[c] = true
		}
	}
	if n != 135 || len(distinct) != 82 {
		t.Fatalf("seed: %d rows, %d codes; want 135 rows, 82 codes", n, len(distinct))
	}
	for col, codes := range rows {
		name, old, _ := strings.Cut(col, " (")
		old = strings.TrimSuffix(old, ")")
		var table *catalog.Table
		for _, tb := range cat.TablesOf(name) {
			if tb.Old == old && (table == nil || len(tb.Rows) > len(table.Rows)) {
				table = tb
			}
		}
		if table == nil {
			t.Errorf("%s: no table", col)
			continue
		}
		for _, c := range codes {
			if !table.Lists(c) {
				t.Errorf("%s: table lacks %s", col, c)
			}
		}
	}
	for op, want := range map[string]int{
		"RenewalResources": 12, "CancelResourcesSubscription": 18, "CancelCustomerOrder": 5,
		"ReclaimSubEnterpriseAmount": 9, "ListRenewRateOnPeriod": 19, "ReclaimCouponQuotas": 4,
		"UpdateIndirectPartnerAccount": 6,
	} {
		tb := cat.CompleteTable(op)
		if tb == nil || len(tb.Rows) != want {
			t.Errorf("%s: complete table %v, want %d rows", op, tb, want)
		}
	}
	for _, op := range []string{"AutoRenewalResources", "CancelAutoRenewalResources", "ListCustomerAccountChangeRecords", "PayOrders", "UpdatePeriodToOnDemand"} {
		if cat.CompleteTable(op) != nil {
			t.Errorf("%s: only a partial table is known, yet CompleteTable has one", op)
		}
	}
	// The old v2 pay page is complete, but not the SDK's PayOrders (v3) page.
	if tbs := cat.TablesOf("PayOrders"); len(tbs) != 2 || tbs[0].Old != "" || tbs[1].Old != "v2 page" || !tbs[1].Complete || len(tbs[1].Rows) != 19 {
		t.Errorf("PayOrders tables: %+v", tbs)
	}
}

var han = regexp.MustCompile(`\p{Han}`)

// Every row once per table, in English, with a code the catalog knows and a
// plausible status; every table names its page.
func TestTablesAreEnglishAndDeduplicated(t *testing.T) {
	cat := catalog.Default()
	for _, tb := range cat.Tables() {
		if tb.Page == "" || tb.Operation == "" {
			t.Errorf("table %+v lacks its page or operation", tb)
		}
		if len(cat.OperationsNamed(tb.Operation)) == 0 {
			t.Errorf("table of %s: no such operation", tb.Operation)
		}
		seen := map[string]bool{}
		for _, r := range tb.Rows {
			if seen[r.Code] {
				t.Errorf("%s (%s): %s listed twice", tb.Operation, tb.Page, r.Code)
			}
			seen[r.Code] = true
			if r.Meaning == "" || han.MatchString(r.Meaning) {
				t.Errorf("%s: %s has no English meaning: %q", tb.Operation, r.Code, r.Meaning)
			}
			if _, ok := cat.Lookup(r.Code); !ok {
				t.Errorf("%s: %s is not in the catalog", tb.Operation, r.Code)
			}
			if r.Status != 0 && (r.Status < 200 || r.Status > 599) {
				t.Errorf("%s: %s has status %d", tb.Operation, r.Code, r.Status)
			}
		}
		for _, r := range tb.Removed {
			if r.When == "" || r.Evidence == "" || han.MatchString(r.Meaning) || tb.Lists(r.Code) {
				t.Errorf("%s: removed %+v", tb.Operation, r)
			}
		}
	}
}

// The codes Huawei removed from pages stay as history, with when.
func TestRemovedCodesAreHistory(t *testing.T) {
	cat := catalog.Default()
	for op, code := range map[string]string{
		"CancelResourcesSubscription": "CBC.99003645",
		"RenewalResources":            "CBC.99003631",
		"ListOnDemandResourceRatings": "CBC.99006073",
	} {
		found := false
		for _, tb := range cat.TablesOf(op) {
			for _, r := range tb.Removed {
				found = found || r.Code == code && strings.Contains(r.When, "20")
			}
		}
		if !found {
			t.Errorf("%s: %s is not kept as removed, with a date", op, code)
		}
	}
	if tb := cat.CompleteTable("ListRenewRateOnPeriod"); tb == nil || !tb.Lists("CBC.99006073") {
		t.Error("ListRenewRateOnPeriod's table still lists CBC.99006073")
	}
}

func TestDocumenting(t *testing.T) {
	cat := catalog.Default()
	if got := cat.Documenting("CBC.99003649"); !slices.Equal(got, []string{"CancelResourcesSubscription"}) {
		t.Errorf("Documenting(CBC.99003649) = %v", got)
	}
	got := cat.Documenting("CBC.99003100")
	if !slices.Equal(got, []string{"CancelResourcesSubscription", "RenewalResources"}) {
		t.Errorf("Documenting(CBC.99003100) = %v", got)
	}
	// Old pages are no SDK operation's: CBC.0105 is on the old v1 adjust-amount page only.
	if got := cat.Documenting("CBC.0105"); len(got) != 0 {
		t.Errorf("Documenting(CBC.0105) = %v, want none", got)
	}
}

// The codes of the whole request never come as a failed item's; the
// operation's complete table decides the rest.
func TestMayReturn(t *testing.T) {
	cat := catalog.Default()
	for _, tc := range []struct {
		op, code string
		item     bool
		want     bool
	}{
		{"RenewalResources", "CBC.99003144", true, true},  // its page
		{"RenewalResources", "CBC.0154", true, false},     // token: the whole request
		{"RenewalResources", "CBC.0154", false, true},     // ... which any operation can get
		{"RenewalResources", "CBC.0250", true, false},     // throttling
		{"RenewalResources", "APIGW.0308", true, false},   // the gateway's throttling
		{"RenewalResources", "APIGW.0308", false, true},   // ... for the whole request
		{"RenewalResources", "CBC.5020", true, false},     // partial failure is the reply's own code
		{"RenewalResources", "CBC.5020", false, true},     // ... which today's rule still asks for
		{"RenewalResources", "CBC.3144", true, false},     // a twin its page does not list
		{"RenewalResources", "CBC.99000088", true, false}, // payment in progress: not renewal's
		{"RenewalResources", "CBC.99003649", true, false}, // unsubscription's
		{"RenewalResources", "CBC.0999", true, true},      // every operation's
		{"PayOrders", "CBC.99003649", false, true},        // no complete table: anything may come
	} {
		if got := cat.MayReturn(tc.op, tc.code, tc.item); got != tc.want {
			t.Errorf("MayReturn(%s, %s, item %v) = %v, want %v", tc.op, tc.code, tc.item, got, tc.want)
		}
	}
}

func TestOwnedElsewhere(t *testing.T) {
	cat := catalog.Default()
	if got := cat.OwnedElsewhere("RenewalResources", "CBC.99003649"); !slices.Equal(got, []string{"CancelResourcesSubscription"}) {
		t.Errorf("OwnedElsewhere(RenewalResources, CBC.99003649) = %v", got)
	}
	for _, tc := range [][2]string{
		{"RenewalResources", "CBC.99003144"},            // its own
		{"RenewalResources", "CBC.0154"},                // every operation's
		{"RenewalResources", "CBC.99999999"},            // nobody's
		{"PayOrders", "CBC.99003649"},                   // no complete table
		{"UpdateIndirectPartnerAccount", "CBC.0100"},    // every operation's, though its page lacks it
		{"CancelResourcesSubscription", "CBC.30010069"}, // in the catalog, on renewal's page: found below
	} {
		got := cat.OwnedElsewhere(tc[0], tc[1])
		if tc[1] == "CBC.30010069" {
			if !slices.Equal(got, []string{"RenewalResources"}) {
				t.Errorf("OwnedElsewhere(%s, %s) = %v, want RenewalResources", tc[0], tc[1], got)
			}
			continue
		}
		if len(got) != 0 {
			t.Errorf("OwnedElsewhere(%s, %s) = %v, want none", tc[0], tc[1], got)
		}
	}
}

func TestWholeRequestAndThrottling(t *testing.T) {
	cat := catalog.Default()
	for _, code := range []string{"CBC.0154", "CBC.0151", "CBC.0250", "CBC.5020", "APIGW.0308", "APIG.0308", "CBC.0105"} {
		if cat.WholeRequest(code) == "" {
			t.Errorf("%s: not marked as a code of the whole request", code)
		}
	}
	for _, code := range []string{"CBC.99003144", "CBC.0100", "CBC.99000088"} {
		if cat.WholeRequest(code) != "" {
			t.Errorf("%s: marked as a code of the whole request", code)
		}
	}
	if got := cat.Throttling(); !slices.Equal(got, []string{"APIG.0308", "APIGW.0308", "CBC.0250"}) {
		t.Errorf("Throttling() = %v", got)
	}
}

// CriticalOf asks of a dispatch on an operation's reply what it can get there.
func TestCriticalOf(t *testing.T) {
	cat := catalog.Default()
	codes := func(rs []catalog.Requirement) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Code)
		}
		return out
	}
	if got := codes(cat.CriticalOf("RenewalResources", false)); !slices.Equal(got, []string{"CBC.0154", "CBC.0250", "CBC.5020"}) {
		t.Errorf("CriticalOf(RenewalResources, whole) = %v", got)
	}
	if got := codes(cat.CriticalOf("RenewalResources", true)); len(got) != 0 {
		t.Errorf("CriticalOf(RenewalResources, item) = %v, want none", got)
	}
	if got := codes(cat.CriticalOf("PayOrders", false)); !slices.Contains(got, "CBC.99000088") || slices.Contains(got, "CBC.99007461") {
		t.Errorf("CriticalOf(PayOrders, whole) = %v: want payment in progress, not the funds code of the old page", got)
	}
}
