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
	advice     string   // what to do, when a fix may do it: `write "CBC.0250"`
	to         []string // the codes a fix may write instead, best first
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
		switch {
		case known && value == code:
			return nil
		case known:
			p.msg = fmt.Sprintf("malformed CBC error code %q: CBC sends %s (%s), so this never matches", catalog.Excerpt(value), code, e.Brief())
			p.advice, p.to = fmt.Sprintf("write %q", code), []string{code}
		case value == code:
			p.msg, p.to = unknown(cat, code)
		default:
			msg, to := unknown(cat, code)
			p.msg, p.to = fmt.Sprintf("malformed CBC error code %q, and %s", catalog.Excerpt(value), strings.TrimPrefix(msg, "unknown CBC error code ")), to
		}
		return []problem{p}
	}
	var out []problem
	for _, span := range catalog.FindCodes(value) {
		if _, known := cat.Lookup(span.Code); !known {
			msg, to := unknown(cat, span.Code)
			out = append(out, problem{start: span.Start, end: span.End, msg: msg, to: to})
		}
	}
	return out
}

// unknown returns the message for a well-formed code that is not in the catalog,
// and the nearest codes when the message offers them.
func unknown(cat *catalog.Catalog, code string) (string, []string) {
	near := cat.Nearest(code)
	switch len(near) {
	case 0:
		return fmt.Sprintf("unknown CBC error code %s: no documented code is close; if CBC really returns it, add it to a catalog file (-catalog-file)", code), nil
	case 1:
		e, _ := cat.Lookup(near[0].Code)
		return fmt.Sprintf("unknown CBC error code %s: did you mean %s (%s)?", code, near[0].Code, e.Brief()), []string{near[0].Code}
	}
	if len(near) > maxAlternatives {
		var codes []string
		for _, s := range near[:maxAlternatives] {
			codes = append(codes, s.Code)
		}
		return fmt.Sprintf("unknown CBC error code %s: %d documented codes are equally close (%s, …); run cbclint -explain %s and pick the one CBC returns", code, len(near), strings.Join(codes, ", "), code), nil
	}
	var alts, to []string
	for _, s := range near {
		e, _ := cat.Lookup(s.Code)
		alts = append(alts, fmt.Sprintf("%s (%s)", s.Code, e.Brief()))
		to = append(to, s.Code)
	}
	return fmt.Sprintf("unknown CBC error code %s: %d documented codes are equally close: %s; pick the one CBC returns", code, len(near), strings.Join(alts, " or ")), to
}

// maxAlternatives is how many equally close codes a message names with their
// meanings and fixes; beyond it the codes are only listed, without fixes.
const maxAlternatives = 3
