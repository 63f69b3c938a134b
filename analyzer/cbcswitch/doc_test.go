package cbcswitch

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// TestDocCountsTables: the number of operations with status tables the help
// text gives is the catalog's, so that it cannot drift as tables are added.
func TestDocCountsTables(t *testing.T) {
	m := regexp.MustCompile(`status tables for (\d+)\s+(?://\s+)?operations, (\d+) of them complete`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal(`doc.go does not say "status tables for N operations, M of them complete"`)
	}
	with, complete := map[string]bool{}, map[string]bool{}
	cat := catalog.Default()
	for _, tb := range cat.Tables() {
		if tb.Old != "" || len(tb.Rows) == 0 {
			continue // an older API's page, or a page whose rows were not found
		}
		with[tb.Operation] = true
		if cat.CompleteTable(tb.Operation) != nil {
			complete[tb.Operation] = true
		}
	}
	if got := strconv.Itoa(len(with)); m[1] != got {
		t.Errorf("doc.go says status tables for %s operations; the catalog has %s", m[1], got)
	}
	if got := strconv.Itoa(len(complete)); m[2] != got {
		t.Errorf("doc.go says %s of them complete; the catalog has %s", m[2], got)
	}
}
