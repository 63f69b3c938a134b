package catalog_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/catalog/internal/build"
)

func readCuration(t *testing.T) build.Curation {
	t.Helper()
	b, err := os.ReadFile("curation.json")
	if err != nil {
		t.Fatal(err)
	}
	var cur build.Curation
	if err := json.Unmarshal(b, &cur); err != nil {
		t.Fatal(err)
	}
	return cur
}

func TestEveryEntryHasKnownTopics(t *testing.T) {
	known := map[string]bool{}
	for _, tp := range readCuration(t).Topics {
		if tp.Rule == "" {
			t.Errorf("topic %s has no rule", tp.Name)
		}
		known[tp.Name] = true
	}
	for _, e := range catalog.Default().Entries() {
		if len(e.Topics) == 0 {
			t.Errorf("%s has no topic", e.Code)
		}
		for _, tp := range e.Topics {
			if !known[tp] {
				t.Errorf("%s has topic %q, which curation.json does not define", e.Code, tp)
			}
		}
	}
}

// The topics that scope critical codes decide which dispatches get findings,
// so their borders are pinned here.
func TestTopicBorders(t *testing.T) {
	cat := catalog.Default()
	has := func(code, topic string) bool {
		for _, e := range cat.All(code) {
			if slices.Contains(e.Topics, topic) {
				return true
			}
		}
		return false
	}
	for _, code := range []string{"CBC.5003", "CBC.99000088", "CBC.3106", "CBC.99003106", "CBC.3155", "CBC.99003110"} {
		if !has(code, "payment") {
			t.Errorf("%s should be a payment code", code)
		}
	}
	for _, code := range []string{"CBC.5020"} {
		for _, tp := range []string{"renewal", "unsubscription", "billing-mode"} {
			if !has(code, tp) {
				t.Errorf("%s should have topic %s", code, tp)
			}
		}
	}
	// CBC.99005003 says "Insufficient balance." too, but for moving funds
	// between master and member accounts; the fund-allocation codes are funds.
	for _, code := range []string{"CBC.99005003", "CBC.99000043", "CBC.99007009"} {
		if has(code, "payment") || !has(code, "funds") {
			t.Errorf("%s should be a funds code, not a payment code", code)
		}
	}
	for _, e := range cat.Entries() {
		text := strings.ToLower(e.Message + " " + e.Description)
		if strings.Contains(text, "pay-per-use") && slices.Contains(e.Topics, "payment") {
			t.Errorf("%s (%s): pay-per-use is not payment", e.Code, e.Message)
		}
		if slices.Contains(e.Topics, "verification") && slices.Contains(e.Topics, "payment") {
			t.Errorf("%s (%s): a verification-code code is not a payment code", e.Code, e.Message)
		}
		if strings.Contains(text, "verification code") && !slices.Contains(e.Topics, "verification") {
			t.Errorf("%s (%s) should be a verification code", e.Code, e.Message)
		}
	}
}

// TestDefaultCriticalSet pins the default critical set: changing it needs a
// reason (printed in findings) and a why in curation.json, and this test
// changed with it.
func TestDefaultCriticalSet(t *testing.T) {
	want := map[string][]string{
		"CBC.0154":     nil,
		"CBC.0250":     nil,
		"CBC.99000088": {"payment"},
		"CBC.5020":     {"renewal", "unsubscription", "billing-mode"},
	}
	got := map[string][]string{}
	for _, e := range catalog.Default().Entries() {
		if e.Critical == nil {
			continue
		}
		got[e.Code] = e.Critical.When
		if e.Critical.Reason == "" {
			t.Errorf("critical %s has no reason", e.Code)
		}
	}
	if len(got) != len(want) {
		t.Errorf("critical codes: got %v, want %v", got, want)
	}
	for code, when := range want {
		if g, ok := got[code]; !ok || !slices.Equal(g, when) {
			t.Errorf("critical %s: got when=%v (critical: %v), want %v", code, g, ok, when)
		}
	}
	for _, c := range readCuration(t).Critical {
		if c.Reason == "" || c.Why == "" {
			t.Errorf("critical %s needs a reason and a why", c.Code)
		}
	}
}

func TestTwinGroupsAreSymmetricAndReasoned(t *testing.T) {
	cat := catalog.Default()
	curated := map[[2]string]bool{}
	for _, g := range readCuration(t).Twins {
		if len(g.Codes) < 2 || len(strings.TrimSpace(g.Reason)) < 20 {
			t.Errorf("twin group %v needs two or more codes and a reason", g.Codes)
		}
		for _, a := range g.Codes {
			for _, b := range g.Codes {
				if a != b {
					curated[[2]string{a, b}] = true
				}
			}
		}
	}
	for _, e := range cat.Entries() {
		for _, tw := range e.Twins {
			if tw == e.Code {
				t.Errorf("%s is its own twin", e.Code)
			}
			other, ok := cat.Lookup(tw)
			if !ok {
				t.Errorf("%s: twin %s is not in the catalog", e.Code, tw)
				continue
			}
			if !slices.Contains(other.Twins, e.Code) {
				t.Errorf("%s lists twin %s, but %s does not list %s", e.Code, tw, tw, e.Code)
			}
			if !curated[[2]string{e.Code, tw}] {
				t.Errorf("%s and %s are twins without a curated group", e.Code, tw)
			}
			if e.Critical != nil != (other.Critical != nil) {
				t.Errorf("twins %s and %s differ in criticality", e.Code, tw)
			}
		}
	}
}

// Twins are curated by meaning and by the operations that return them, not by
// digits or by similar messages.
func TestNotTwins(t *testing.T) {
	cat := catalog.Default()
	for _, pair := range [][2]string{
		{"CBC.5003", "CBC.99005003"}, // order payment vs enterprise fund allocation
		{"CBC.3162", "CBC.99003162"}, // add-on package payment requirements vs payment time
		{"CBC.0150", "CBC.0156"},     // CBC.0150 has two meanings
		{"CBC.7265", "CBC.99007265"}, // partner cannot authenticate as individual vs "Other errors"
		{"CBC.0100", "CBC.0101"},     // generic parameter errors any API returns
		{"CBC.30050011", "CBC.3144"}, // similar text, different families of operations
		{"CBC.30050009", "CBC.99003016"},
	} {
		for _, e := range cat.All(pair[0]) {
			if slices.Contains(e.Twins, pair[1]) {
				t.Errorf("%s and %s must not be twins", pair[0], pair[1])
			}
		}
	}
	for _, pair := range [][2]string{
		{"CBC.3106", "CBC.99003106"},
		{"CBC.3112", "CBC.99003112"},
		{"CBC.3124", "CBC.99003124"},
		{"CBC.7151", "CBC.99000027"},
	} {
		e, _ := cat.Lookup(pair[0])
		if !slices.Contains(e.Twins, pair[1]) {
			t.Errorf("%s and %s should be twins", pair[0], pair[1])
		}
	}
}
