package catalog_test

import (
	"slices"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

func TestSuccessAndHTTP200Codes(t *testing.T) {
	cat := catalog.Default()
	if got := cat.Success(); got != "CBC.0000" {
		t.Errorf("Success() = %s, want CBC.0000", got)
	}
	codes := cat.HTTP200Codes()
	if slices.Contains(codes, "CBC.0000") {
		t.Error("HTTP200Codes lists success")
	}
	// From the global page, a per-API page, a curated claim, and a page that
	// disagrees with the global page.
	for _, code := range []string{"CBC.5020", "CBC.99000048", "CBC.99000012", "CBC.30050006", "CBC.0100"} {
		if !slices.Contains(codes, code) {
			t.Errorf("HTTP200Codes lacks %s", code)
		}
	}
	if slices.Contains(codes, "CBC.99005003") || !slices.IsSorted(codes) {
		t.Errorf("HTTP200Codes: CBC.99005003 comes with 400 only; the list must be sorted: %v", codes)
	}
}

func TestTwinsAndTopics(t *testing.T) {
	cat := catalog.Default()
	if got := cat.Twins("CBC.99003106"); !slices.Equal(got, []string{"CBC.3106"}) {
		t.Errorf("Twins(CBC.99003106) = %v", got)
	}
	if got := cat.Twins("CBC.5003"); got != nil {
		t.Errorf("Twins(CBC.5003) = %v, want none", got)
	}
	if !cat.HasTopic("CBC.5003", []string{"renewal", "payment"}) || cat.HasTopic("CBC.5003", []string{"funds"}) {
		t.Error("CBC.5003 is a payment code, not a funds code")
	}
}

func TestCriticalFor(t *testing.T) {
	cat := catalog.Default()
	codes := func(rs []catalog.Requirement) (out []string) {
		for _, r := range rs {
			out = append(out, r.Code+"<"+r.Because)
		}
		return out
	}
	for _, tc := range []struct {
		handled []string
		want    []string
	}{
		{[]string{"CBC.7152"}, []string{"CBC.0154<", "CBC.0250<"}},
		{[]string{"CBC.0154", "CBC.3106", "CBC.5003"}, []string{"CBC.0250<", "CBC.99000088<CBC.3106"}},
		{[]string{"CBC.99005003"}, []string{"CBC.0154<", "CBC.0250<", "CBC.99007461<CBC.99005003"}},
		{[]string{"CBC.99005003", "CBC.99007461", "CBC.0154", "CBC.0250"}, nil},
		{[]string{"CBC.30050013"}, []string{"CBC.0154<", "CBC.0250<", "CBC.5020<CBC.30050013"}},
	} {
		if got := codes(cat.CriticalFor(tc.handled)); !slices.Equal(got, tc.want) {
			t.Errorf("CriticalFor(%v) = %v, want %v", tc.handled, got, tc.want)
		}
	}
	// A changed critical set answers alike.
	changed := cat.WithCritical(map[string]*catalog.Critical{"CBC.0250": nil})
	if got := codes(changed.CriticalFor([]string{"CBC.7152"})); !slices.Equal(got, []string{"CBC.0154<"}) {
		t.Errorf("without CBC.0250: %v", got)
	}
	if c := cat.Critical("CBC.99007461"); c == nil || c.Evidence == "" || !slices.Equal(c.When, []string{"funds"}) {
		t.Errorf("Critical(CBC.99007461) = %+v", c)
	}
}

// A code with several entries (CBC.0150 has two meanings) is critical when a
// catalog file makes any of them critical, not only the first.
func TestCriticalOfALaterEntry(t *testing.T) {
	cat, err := catalog.Extend(catalog.Default(), "codes.json", []byte(`[
  {"code": "CBC.0150"},
  {"code": "CBC.0150", "critical": {"reason": "invalid operation: check the merchant's rights"}}
]`))
	if err != nil {
		t.Fatal(err)
	}
	if c := cat.Critical("CBC.0150"); c == nil || c.Reason != "invalid operation: check the merchant's rights" {
		t.Errorf("Critical(CBC.0150) = %+v", c)
	}
	if got := cat.CriticalFor([]string{"CBC.5003"}); !slices.ContainsFunc(got, func(r catalog.Requirement) bool { return r.Code == "CBC.0150" }) {
		t.Errorf("CriticalFor(CBC.5003) = %v, want CBC.0150 among them", got)
	}
}

// A user's catalog file can set an action and advice; the checks read them alike.
func TestExtendAction(t *testing.T) {
	cat, err := catalog.Extend(catalog.Default(), "codes.json", []byte(`[
  {"code": "CBC.99009999", "status": 200, "message": "Queued.", "action": "wait", "advice": "Poll the order."}
]`))
	if err != nil {
		t.Fatal(err)
	}
	if e, _ := cat.Lookup("CBC.99009999"); e.Action != "wait" || e.Advice != "Poll the order." {
		t.Errorf("%+v", e)
	}
	if !slices.Contains(cat.HTTP200Codes(), "CBC.99009999") {
		t.Error("a user's HTTP-200 code is missing from HTTP200Codes")
	}
}
