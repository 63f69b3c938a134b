package cbccode

import (
	"fmt"
	"strings"

	"github.com/cbclint/cbclint/catalog"
)

// A problem is one thing wrong in a string value: the value as a whole looks
// like a code but is malformed or unknown, or it holds an unknown code.
type problem struct {
	start, end int  // the bytes of the value it is about
	whole      bool // the value as a whole is the code
	msg        string
	advice     string // what to do, when a fix may do it: `write "CBC.0250"`
	fix        string // the code a fix writes instead, when the intended code is certain (policy.go)
}

// text is the finding's message with its advice.
func (p problem) text() string {
	if p.advice == "" {
		return p.msg
	}
	return p.msg + "; " + p.advice
}

// rewritten is the value once a fix has written to in place of the problem.
func (p problem) rewritten(value, to string) string {
	if p.whole {
		return to
	}
	return value[:p.start] + to + value[p.end:]
}

// problems returns what is wrong with the string constant value. A value that
// as a whole is a code may be written in any of the ways Normalize accepts;
// inside longer strings only well-formed codes are checked.
func problems(cat *catalog.Catalog, value string) []problem {
	if code, ok := catalog.Normalize(value); ok {
		p := problem{start: 0, end: len(value), whole: true}
		e, known := cat.Lookup(code)
		what, sender := "CBC error code", "CBC"
		if catalog.IsGateway(code) {
			what, sender = "API gateway error code", "the API gateway"
		}
		switch {
		case known && value == code:
			return nil
		case known:
			p.msg = fmt.Sprintf("malformed %s %q: %s sends %s (%s), so this never matches", what, catalog.Excerpt(value), sender, code, e.Brief())
			p.advice, p.fix = fmt.Sprintf("write %q", code), code
		case catalog.IsGateway(code):
			// The catalog holds only the gateway's throttling codes, and the
			// gateway has many more (APIG.2000, APIGW.0301): an unknown one
			// is reported only when it cannot be real and one known code is
			// a digit away.
			_, fix := intended(cat, code)
			if fix == "" || cat.HasLength(code) {
				return nil
			}
			e, _ := cat.Lookup(fix)
			p.msg = fmt.Sprintf("%s %q has a digit too many or too few: the API gateway sends %s (%s), so this never matches", what, catalog.Excerpt(value), fix, e.Brief())
			p.advice, p.fix = fmt.Sprintf("write %q", fix), fix
		case value == code:
			p.msg, p.fix = unknown(cat, code)
		default:
			msg, fix := unknown(cat, code)
			p.msg, p.fix = fmt.Sprintf("malformed CBC error code %q, and %s", catalog.Excerpt(value), strings.TrimPrefix(msg, "unknown CBC error code ")), fix
		}
		return []problem{p}
	}
	var out []problem
	for _, span := range catalog.FindCodes(value) {
		if _, known := cat.Lookup(span.Code); !known {
			msg, fix := unknown(cat, span.Code)
			out = append(out, problem{start: span.Start, end: span.End, msg: msg, fix: fix})
		}
	}
	return out
}

// unknown returns the message for a well-formed code that is not in the catalog,
// naming the codes it may stand for, and the code a fix writes when the intended
// one is certain ("" otherwise).
func unknown(cat *catalog.Catalog, code string) (string, string) {
	candidates, fix := intended(cat, code)
	addIt := fmt.Sprintf("if CBC does send %s, add it to a catalog file (-catalog-file)", code)
	switch {
	case len(candidates) == 0:
		return fmt.Sprintf("unknown CBC error code %s: no documented code is close; if CBC really returns it, add it to a catalog file (-catalog-file)", code), ""
	case len(candidates) == 1:
		e, _ := cat.Lookup(candidates[0])
		msg := fmt.Sprintf("unknown CBC error code %s: did you mean %s (%s)?", code, candidates[0], e.Brief())
		if fix == "" {
			msg += " " + strings.ToUpper(addIt[:1]) + addIt[1:]
		}
		return msg, fix
	case len(candidates) > maxAlternatives:
		return fmt.Sprintf("unknown CBC error code %s: %d documented codes are equally close (%s, …); run cbclint -explain %s and pick the one CBC returns, or %s", code, len(candidates), strings.Join(candidates[:maxAlternatives], ", "), code, addIt), ""
	}
	var alts []string
	for _, c := range candidates {
		e, _ := cat.Lookup(c)
		alts = append(alts, fmt.Sprintf("%s (%s)", c, e.Brief()))
	}
	return fmt.Sprintf("unknown CBC error code %s: %d documented codes are equally close: %s; pick the one CBC returns, or %s", code, len(candidates), strings.Join(alts, " or "), addIt), ""
}

// maxAlternatives is how many equally close codes a message names with their
// meanings; beyond it the codes are only listed.
const maxAlternatives = 3
