package cbcswitch

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cbclint/cbclint/catalog"
)

// A missing code is one the dispatch must handle and does not.
type missing struct {
	code   string
	reason string // what the code means and what to do
	// because is the handled code that made this one required: one of a
	// topic the critical code is scoped to, or its twin. Empty for codes
	// critical everywhere.
	because string
	twin    bool // required as a twin of because, not as a critical code
}

// required returns the codes d misses, sorted: the critical codes of the
// catalog that apply to it and the twins of the codes it handles. For a
// topic-scoped code or a twin it names the first handled code, in source
// order, that made it required.
func required(cat *catalog.Catalog, d *dispatch, defaultHandles bool) []missing {
	out := map[string]missing{}
	if !defaultHandles || !d.hasDefault {
		for _, r := range cat.CriticalFor(d.order) {
			out[r.Code] = missing{code: r.Code, reason: r.Reason, because: r.Because}
		}
	}
	for _, h := range d.order { // "because" names the first code in the source that applies
		for _, t := range cat.Twins(h) {
			if _, done := out[t]; done || d.handled[t] {
				continue
			}
			e, _ := cat.Lookup(t)
			out[t] = missing{code: t, reason: e.Brief(), because: h, twin: true}
		}
	}

	var miss []missing
	for _, m := range out {
		miss = append(miss, m)
	}
	slices.SortFunc(miss, func(a, b missing) int { return strings.Compare(a.code, b.code) })
	return miss
}

// message is the one-line finding for d.
func message(d *dispatch, miss []missing) string {
	what := d.what + " on CBC code"
	var items []string
	for _, m := range miss {
		item := fmt.Sprintf("%s (%s)", m.code, m.reason)
		switch {
		case m.twin:
			item += fmt.Sprintf(", required because its twin %s is handled: handle both alike", m.because)
		case m.because != "":
			item += fmt.Sprintf(", required because %s is handled", m.because)
		}
		items = append(items, item)
	}
	return what + " misses " + strings.Join(items, "; ")
}
