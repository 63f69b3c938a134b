package catalog_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// tableLines returns the code lines of the first table Explain prints for an
// operation: "    CBC.0100      400  Invalid parameter".
func tableLines(t *testing.T, text string) map[string]string {
	t.Helper()
	row := regexp.MustCompile(`^    ((?:CBC|APIGW|APIG)\.\d+)\s+(\d{3}|\?)\s+(.*)$`)
	lines := map[string]string{}
	inFirst := false
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "  codes:"):
			inFirst = true
		case strings.HasPrefix(l, "  ") && !strings.HasPrefix(l, "    "):
			if inFirst && len(lines) > 0 {
				return lines
			}
		case inFirst:
			if m := row.FindStringSubmatch(l); m != nil {
				if _, dup := lines[m[1]]; dup {
					t.Errorf("%s listed twice:\n%s", m[1], text)
				}
				lines[m[1]] = m[2] + " " + m[3]
			}
		}
	}
	return lines
}

func TestExplainOperationTables(t *testing.T) {
	cat := catalog.Default()
	for op, want := range map[string]int{"RenewalResources": 12, "CancelResourcesSubscription": 18} {
		text, ok := cat.Explain(op)
		if !ok {
			t.Fatalf("Explain(%s) not ok", op)
		}
		lines := tableLines(t, text)
		if len(lines) != want {
			t.Errorf("Explain(%s) lists %d codes, want %d:\n%s", op, len(lines), want, text)
		}
		for code, l := range lines {
			if han.MatchString(l) || strings.HasPrefix(l, "?") {
				t.Errorf("Explain(%s): %s is not in English with its status: %q", op, code, l)
			}
		}
		for _, s := range []string{"complete table", "2024-12-24", "removed by 2024-12-24", "critical:", "CBC.0250      request throttled", "handle APIG.0308, APIGW.0308 alike", "the whole reply only, never an item"} {
			if !strings.Contains(text, s) {
				t.Errorf("Explain(%s) lacks %q:\n%s", op, s, text)
			}
		}
	}
	text, _ := cat.Explain("RenewalResources")
	if l := tableLines(t, text)["CBC.30010069"]; l != "400 The renewal period does not exist" {
		t.Errorf("RenewalResources: CBC.30010069 reads %q", l)
	}
	// Access denied answers the whole request.
	if !regexp.MustCompile(`CBC\.0151 +403 +Access denied +\[whole request\]`).MatchString(text) {
		t.Errorf("RenewalResources: CBC.0151 is not marked as a code of the whole request:\n%s", text)
	}
}

func TestExplainOperationWithOldAndPartialPages(t *testing.T) {
	cat := catalog.Default()
	text, _ := cat.Explain("PayOrders")
	for _, s := range []string{"partial table (says what it returns, not what it does not), 1 code", "CBC.99000088", "[critical]",
		"older page:   complete table of the v2 page, not the SDK operation's (POST /v2/orders/customer-orders/pay), 19 codes"} {
		if !strings.Contains(text, s) {
			t.Errorf("Explain(PayOrders) lacks %q:\n%s", s, text)
		}
	}
	if strings.Contains(text, "CBC.99007461  another") {
		t.Errorf("Explain(PayOrders) asks for the funds code because of the old page's codes:\n%s", text)
	}
}

func TestExplainCodeNamesItsOperations(t *testing.T) {
	cat := catalog.Default()
	text, _ := cat.Explain("CBC.99003100")
	if !strings.Contains(text, "operations:  its own pages list it: CancelResourcesSubscription (400), RenewalResources (400)") {
		t.Errorf("Explain(CBC.99003100):\n%s", text)
	}
	text, _ = cat.Explain("CBC.99003645")
	if !strings.Contains(text, "removed:     from CancelResourcesSubscription's page by 2024-12-24") {
		t.Errorf("Explain(CBC.99003645):\n%s", text)
	}
	text, _ = cat.Explain("CBC.0154")
	if !strings.Contains(text, "scope:       only ever answers a whole request, never a failed item") {
		t.Errorf("Explain(CBC.0154):\n%s", text)
	}
}

func TestExplainGatewayThrottling(t *testing.T) {
	cat := catalog.Default()
	for _, code := range []string{"APIGW.0308", "APIG.0308", "apigw.0308"} {
		text, ok := cat.Explain(code)
		if !ok || strings.Contains(text, "not a CBC error code") {
			t.Errorf("Explain(%s) = %v:\n%s", code, ok, text)
		}
		for _, s := range []string{"429", "product:     API gateway", "retry-later", "10 requests a second per source IP, API and account", "throttling:  one concern with", "CBC.0250"} {
			if !strings.Contains(text, s) {
				t.Errorf("Explain(%s) lacks %q:\n%s", code, s, text)
			}
		}
	}
	// Another code of the gateway is not a mistake, nor CBC's.
	text, ok := cat.Explain("APIG.2000")
	if ok || !strings.Contains(text, "a code of the API gateway in front of CBC that the catalog lacks") || strings.Contains(text, "Nearest") {
		t.Errorf("Explain(APIG.2000) = %v:\n%s", ok, text)
	}
}

func TestExplainKnowsTheCodesOf20261206(t *testing.T) {
	cat := catalog.Default()
	for code, want := range map[string]string{
		"CBC.0105": "401", "CBC.5021": "200", "CBC.8005": "500", "CBC.8006": "500",
	} {
		text, ok := cat.Explain(code)
		if !ok || !strings.Contains(text, "status:      "+want) {
			t.Errorf("Explain(%s) = %v, want status %s:\n%s", code, ok, want, text)
		}
	}
	if text, _ := cat.Explain("CBC.0105"); !strings.Contains(text, "Invalid token") {
		t.Errorf("Explain(CBC.0105) has no English meaning:\n%s", text)
	}
}
