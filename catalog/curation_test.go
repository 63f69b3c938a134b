package catalog_test

import (
	"encoding/json"
	"os"
	"regexp"
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
		"CBC.99007461": {"funds"},
	}
	got := map[string][]string{}
	for _, e := range catalog.Default().Entries() {
		if e.Critical == nil {
			continue
		}
		got[e.Code] = e.Critical.When
		if e.Critical.Reason == "" || e.Critical.Evidence == "" {
			t.Errorf("critical %s has no reason or no evidence", e.Code)
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
		if c.Reason == "" || c.Why == "" || c.Evidence == "" {
			t.Errorf("critical %s needs a reason, a why and its evidence", c.Code)
		}
	}
}

func TestTwinGroupsAreSymmetricAndReasoned(t *testing.T) {
	cat := catalog.Default()
	curated := map[[2]string]bool{}
	for _, g := range readCuration(t).Twins {
		if len(g.Codes) < 2 || len(strings.TrimSpace(g.Reason)) < 20 || g.Evidence == "" {
			t.Errorf("twin group %v needs two or more codes, a reason and its evidence", g.Codes)
		}
		// The pay-order pages list only the 9900… forms: no claim that
		// the same order-payment APIs send both.
		if strings.Contains(g.Reason, "from the same") {
			t.Errorf("twin group %v claims both forms come from the same APIs; no page shows that", g.Codes)
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
			if e.Action != other.Action {
				t.Errorf("twins %s and %s differ in action: %s, %s", e.Code, tw, e.Action, other.Action)
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

// Every code ends with an action of the closed set and a one-sentence advice.
func TestEveryEntryHasAnAction(t *testing.T) {
	used := map[string]int{}
	sentences := regexp.MustCompile(`[.!?] +[A-Z]`)
	for _, e := range catalog.Default().Entries() {
		used[e.Action]++
		if !catalog.IsAction(e.Action) {
			t.Errorf("%s: action %q is not one of %v", e.Code, e.Action, catalog.Actions())
		}
		if !strings.HasSuffix(e.Advice, ".") || sentences.MatchString(e.Advice) {
			t.Errorf("%s: advice %q is not one sentence", e.Code, e.Advice)
		}
	}
	for _, a := range catalog.Actions() {
		if used[a] == 0 {
			t.Errorf("action %s is used by no code: drop it from the set", a)
		}
		if catalog.ActionMeaning(a) == "" {
			t.Errorf("action %s has no meaning", a)
		}
	}
	for _, a := range readCuration(t).Actions {
		if len(a.Codes) == 0 || a.Advice == "" {
			t.Errorf("curated action %s needs codes and an advice", a.Action)
		}
	}
}

// The classification of representative codes of each action, from the pages
// and from real client code (terraform-provider-huaweicloud).
func TestActionsOfRepresentativeCodes(t *testing.T) {
	cat := catalog.Default()
	for _, c := range []struct {
		code, action, advice string // advice: a substring the advice must hold
	}{
		{"CBC.0000", "success", ""},
		{"CBC.99003651", "wait", "send the unsubscription again"},
		{"CBC.99000050", "wait", "do not create it again"},
		{"CBC.99000088", "wait", "never pay again"},
		{"CBC.99007461", "wait", "wait for it to finish"},
		{"CBC.99003623", "wait", ""},
		{"CBC.50000045", "wait", ""},
		{"CBC.3124", "already-done", "already unsubscribed"},
		{"CBC.99003124", "already-done", "already unsubscribed"},
		{"CBC.30000067", "already-done", "treat it as unsubscribed"},
		{"CBC.99007009", "already-done", "instead of allocating again"},
		{"CBC.30050006", "pay-order", "do not renew again"},
		{"CBC.30050010", "pay-order", ""},
		{"CBC.0250", "retry-later", "back off"},
		{"CBC.99008056", "retry-later", "tomorrow"}, // a daily limit: later means tomorrow
		{"CBC.99007197", "retry-later", ""},
		{"CBC.99003115", "retry-later", ""},
		{"CBC.5003", "top-up", "pay the same order"},
		{"CBC.99005003", "top-up", ""},
		{"CBC.0154", "refresh-credentials", "new token"},
		{"CBC.5020", "inspect-items", "per-item results"},
		{"CBC.0100", "fix-request", ""},
		{"CBC.9003", "fix-request", ""},
		// "Access denied." on the global page; the real-name page that sends it
		// says the bank card is not supported: another card is the fix.
		{"CBC.99007261", "fix-request", "another bank card"},
		{"CBC.0151", "not-permitted", ""},
		{"CBC.99003656", "not-permitted", ""},
		{"CBC.70600032", "contact-support", ""},
	} {
		e, ok := cat.Lookup(c.code)
		if !ok {
			t.Errorf("%s missing", c.code)
			continue
		}
		if e.Action != c.action || !strings.Contains(e.Advice, c.advice) {
			t.Errorf("%s: action %s, advice %q; want %s with %q", c.code, e.Action, e.Advice, c.action, c.advice)
		}
	}
}

// Every claim in curation.json names its evidence.
func TestCurationClaimsHaveEvidence(t *testing.T) {
	cur := readCuration(t)
	for _, h := range cur.HTTP200 {
		if h.Evidence == "" {
			t.Errorf("http200 %v has no evidence", h.Codes)
		}
	}
	for _, tw := range cur.Twins {
		if !strings.Contains(tw.Evidence, "global page") {
			t.Errorf("twins %v: evidence %q does not name the page", tw.Codes, tw.Evidence)
		}
	}
	// CBC.5020 is on the global page only: its curation must not claim more.
	for _, c := range cur.Critical {
		if c.Code == "CBC.5020" && (!strings.Contains(c.Evidence, "global page only") || strings.Contains(c.Why, "return it with HTTP 200")) {
			t.Errorf("CBC.5020: evidence %q, why %q", c.Evidence, c.Why)
		}
	}
}

// Every curated claim names its evidence; the generator refuses one that does not.
func TestCuratedActionsNeedEvidence(t *testing.T) {
	src, err := build.ReadSources(".")
	if err != nil {
		t.Fatal(err)
	}
	var cur map[string]any
	if err := json.Unmarshal(src.Curation, &cur); err != nil {
		t.Fatal(err)
	}
	actions := cur["actions"].([]any)
	delete(actions[1].(map[string]any), "evidence")
	if src.Curation, err = json.Marshal(cur); err != nil {
		t.Fatal(err)
	}
	if _, err := build.Build(src); err == nil || !strings.Contains(err.Error(), "evidence") {
		t.Errorf("a curated action without evidence: Build error %v, want one asking for evidence", err)
	}
}

// The table of actions in docs/catalog.md is the closed set, in order, each with the
// meaning -explain prints: the two are written twice, so they are compared.
func TestREADMEListsTheActions(t *testing.T) {
	b, err := os.ReadFile("../docs/catalog.md")
	if err != nil {
		t.Fatal(err)
	}
	_, table, ok := strings.Cut(string(b), "**Actions.**")
	if !ok {
		t.Fatal(`docs/catalog.md has no "**Actions.**" table`)
	}
	row := regexp.MustCompile("(?m)^\\| `([a-z-]+)` \\| ([^|]+) \\|")
	var names []string
	for _, m := range row.FindAllStringSubmatch(strings.SplitN(table, "\n\n", 3)[1], -1) {
		names = append(names, m[1])
		if want := catalog.ActionMeaning(m[1]); strings.TrimSpace(m[2]) != want {
			t.Errorf("docs/catalog.md: action %s means %q; -explain says %q", m[1], strings.TrimSpace(m[2]), want)
		}
	}
	if !slices.Equal(names, catalog.Actions()) {
		t.Errorf("docs/catalog.md lists actions %v, the catalog %v", names, catalog.Actions())
	}
}
