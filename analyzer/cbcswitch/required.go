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
	// topic the critical code is scoped to, its twin, or a throttling code.
	// Empty for codes critical everywhere.
	because string
	twin    bool   // required as a twin of because, not as a critical code
	alike   bool   // required as throttling, alike with because
	forOp   string // required because it is critical for this operation
}

// required returns the codes d misses, sorted: the critical codes of the
// catalog that apply to it, the twins of the codes it handles, and the other
// throttling codes (CBC's and the API gateway's) where one is handled or
// required. For a topic-scoped code, a twin or a throttling code it names
// the first handled code, in source order, that made it required.
//
// When by says which operation's reply the codes come from, the critical
// codes of that operation (scoped to topics of the codes its pages list)
// are required too, and no code is that the operation cannot return there:
// as a failed item's code (never a code of the whole request), or absent
// from the complete table of its page (catalog.MayReturn).
func required(cat *catalog.Catalog, d *dispatch, defaultHandles bool, by *served) []missing {
	out := map[string]missing{}
	add := func(m missing) {
		if _, done := out[m.code]; done || d.handled[m.code] {
			return
		}
		if by != nil && !cat.MayReturn(by.op, m.code, by.item) {
			return
		}
		out[m.code] = m
	}
	if !defaultHandles || !d.hasDefault {
		for _, r := range cat.CriticalFor(d.order) {
			add(missing{code: r.Code, reason: r.Reason, because: r.Because})
		}
		if by != nil {
			for _, r := range cat.CriticalOf(by.op, by.item) {
				add(missing{code: r.Code, reason: r.Reason, forOp: by.op})
			}
		}
	}
	for _, h := range d.order { // "because" names the first code in the source that applies
		for _, t := range cat.Twins(h) {
			e, _ := cat.Lookup(t)
			add(missing{code: t, reason: e.Brief(), because: h, twin: true})
		}
	}
	if by == nil || !by.item {
		throttling(cat, d, out, add)
	}

	var miss []missing
	for _, m := range out {
		miss = append(miss, m)
	}
	slices.SortFunc(miss, func(a, b missing) int { return strings.Compare(a.code, b.code) })
	return miss
}

// throttling adds the throttling codes d does not handle when it handles
// one, or one is required: CBC's and the API gateway's throttling are one
// concern, which a back-off must handle alike whoever answers.
func throttling(cat *catalog.Catalog, d *dispatch, out map[string]missing, add func(missing)) {
	group := cat.Throttling()
	trigger := ""
	for _, h := range d.order {
		if slices.Contains(group, h) {
			trigger = h
			break
		}
	}
	for _, t := range group {
		if _, req := out[t]; req && trigger == "" {
			trigger = t
		}
	}
	if trigger == "" {
		return
	}
	for _, t := range group {
		by := "CBC"
		if e, ok := cat.Lookup(t); ok && e.Product != "" {
			by = e.Product
		}
		if by == catalog.ProductGateway {
			by = "the " + by
		}
		add(missing{code: t, reason: "request throttled by " + by, because: trigger, alike: true})
	}
}

// message is the one-line finding for d, naming the operation by serves.
func message(d *dispatch, by *served, miss []missing) string {
	what := d.what + " on CBC code"
	switch {
	case by != nil && by.item:
		what += " of a failed item of " + by.op
	case by != nil:
		what += " of a " + by.op + " reply"
	}
	var items []string
	for i, m := range miss {
		item := fmt.Sprintf("%s (%s)", m.code, m.reason)
		switch {
		case m.alike:
			// Throttling codes of one source, and one reason, read as one:
			// "APIG.0308 and APIGW.0308 (request throttled by the API gateway: handle them alike with CBC.0250)".
			same := func(o missing) bool { return o.alike && o.reason == m.reason && o.because == m.because }
			if slices.ContainsFunc(miss[:i], same) {
				continue
			}
			var codes []string
			for _, o := range miss[i:] {
				if same(o) {
					codes = append(codes, o.code)
				}
			}
			pronoun := "it"
			if len(codes) > 1 {
				pronoun = "them"
			}
			item = fmt.Sprintf("%s (%s: handle %s alike with %s)", strings.Join(codes, " and "), m.reason, pronoun, m.because)
		case m.twin:
			item += fmt.Sprintf(", required because its twin %s is handled: handle both alike", m.because)
		case m.because != "":
			item += fmt.Sprintf(", required because %s is handled", m.because)
		case m.forOp != "":
			item += ", critical for " + m.forOp
		}
		items = append(items, item)
	}
	return what + " misses " + strings.Join(items, "; ")
}
