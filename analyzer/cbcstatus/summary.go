package cbcstatus

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ssa"
)

// A function's summary says what it does with the CBC replies it is handed
// and with those it obtains, so that its callers need not look inside it.
// Summaries are computed bottom-up over the call graph, callees first, those
// of a cycle to a fixed point; a function's callers instantiate its summary
// at each call with the call's arguments.

// paramUse says what a function does with a parameter that holds a reply, its
// body or what was decoded from it.
type paramUse uint8

const (
	usesExamines paramUse = 1 << iota // reads its error information
	usesUnknown                       // hands it to code no summary describes: the benefit of the doubt
	usesReturns                       // returns it, or what it decodes from it
	usesStores                        // stores it where the caller can reach it
)

// findingKind says what a function does wrong with a CBC reply.
type findingKind uint8

const (
	judgedNot  findingKind = iota // not judged: handed on as it came
	statusOnly                    // success decided by the status
	unread                        // the body is never read
	discarded                     // the reply, or what a helper returns from it, is thrown away
)

// judgment is how a function judged a reply it did not examine: where, and
// for messages, the file and line and the comparison's text.
type judgment struct {
	Kind  findingKind
	Inner string // "client.go:77"
	Text  string // "resp.StatusCode >= 300"
}

// lead is a reply a function obtains and does not judge itself: it leaves
// through a result or is decoded into a parameter, for the caller to judge,
// or (neither) it is judged in the function, but where its request goes
// depends on the arguments: the caller reports it when they make it a CBC
// request.
type lead struct {
	Result int    // the result the reply leaves through, or -1
	Into   int    // the parameter it is decoded into, or -1
	Param  int    // the parameter that holds the request's URL, or -1
	Host   string // the CBC host, when the function itself knows it
	Note   string // when the host holds: "when BSS_ENDPOINT is unset"
	Judged judgment

	// Inside the package only: the URL, request or reply whose value names
	// the host, and the calls from the function down to its function.
	src   ssa.Value
	chain []ssa.CallInstruction
}

func (l lead) key() string {
	return fmt.Sprintf("%d/%d/%d/%s/%d/%s", l.Result, l.Into, l.Param, l.Host, l.Judged.Kind, srcKey(l.src))
}

// srcKey names a value of the package for a lead's key: its function, position and name.
func srcKey(v ssa.Value) string {
	switch {
	case v == nil:
		return ""
	case v.Parent() == nil: // a constant, a package variable
		return v.String()
	}
	return fmt.Sprintf("%s:%d:%s", v.Parent().String(), v.Pos(), v.Name())
}

// summary is what a function does with CBC replies; parameters are numbered
// as in SSA: the receiver first. It is also the fact other packages read,
// without what only the package can instantiate.
type summary struct {
	Params  []paramUse
	Decides []judgment // per parameter: its reply judged by status alone
	Into    [][2]int   // {param, param its answer is decoded into}, built sorted
	URLOf   [][2]int   // {result, param whose URL it carries}, built sorted
	Leads   []lead
	Preds   []pred // the function is a status predicate over these params
}

// summaryFact is a function's summary as other packages see it.
type summaryFact = summary

func (*summary) AFact() {}

func newSummary(n int) *summary {
	return &summary{Params: make([]paramUse, n), Decides: make([]judgment, n)}
}

// pairs returns the second of each pair of list whose first is k.
func pairs(list [][2]int, k int) []int {
	var out []int
	for _, p := range list {
		if p[0] == k {
			out = append(out, p[1])
		}
	}
	return out
}

// equal reports whether two summaries say the same: the fixed point's test.
func (s *summary) equal(t *summary) bool {
	return slices.Equal(s.Params, t.Params) && slices.Equal(s.Decides, t.Decides) && slices.Equal(s.Preds, t.Preds) &&
		slices.Equal(s.Into, t.Into) && slices.Equal(s.URLOf, t.URLOf) &&
		slices.EqualFunc(s.Leads, t.Leads, func(a, b lead) bool { return a.key() == b.key() })
}

// addLead adds l unless the summary has it, or nobody can tell that its
// request is a CBC request (its host is unknown and does not depend on the
// arguments); of two leads that differ only in their chain of calls, the
// shorter is kept, so cycles of calls end.
func (s *summary) addLead(l lead) {
	if l.Host == "" && l.Param == -1 && l.src == nil {
		return
	}
	// The leads are kept sorted by key, each key once.
	i, found := slices.BinarySearchFunc(s.Leads, l.key(), func(m lead, key string) int { return strings.Compare(m.key(), key) })
	switch {
	case !found:
		s.Leads = slices.Insert(s.Leads, i, l)
	case len(l.chain) < len(s.Leads[i].chain):
		s.Leads[i] = l
	}
}

// useTexts say what a function does with a parameter, for each bit of
// paramUse in order.
var useTexts = [...]string{"examines error_code of param %d", "hands param %d to unknown code", "returns param %d", "stores param %d"}

func (s *summary) String() string {
	var parts []string
	for i, p := range s.Params {
		for bit, text := range useTexts {
			if p&(1<<bit) != 0 {
				parts = append(parts, fmt.Sprintf(text, i))
			}
		}
		if i < len(s.Decides) && s.Decides[i].Kind == statusOnly {
			parts = append(parts, fmt.Sprintf("judges param %d by status", i))
		}
	}
	for _, d := range s.Into {
		parts = append(parts, fmt.Sprintf("decodes param %d into param %d", d[0], d[1]))
	}
	for _, u := range s.URLOf {
		parts = append(parts, fmt.Sprintf("result %d carries the URL of param %d", u[0], u[1]))
	}
	for _, l := range s.Leads {
		parts = append(parts, fmt.Sprintf("reply to param %d/%s: result %d, into %d, judged %d", l.Param, l.Host, l.Result, l.Into, l.Judged.Kind))
	}
	for _, p := range s.Preds {
		parts = append(parts, fmt.Sprintf("status predicate over param %d", p.Param))
	}
	return strings.Join(parts, "; ")
}

// fact is the summary as other packages see it: without the leads only the
// package can instantiate (src, or a captured variable).
func (s *summary) fact() *summaryFact {
	f := *s
	f.Leads = slices.DeleteFunc(slices.Clone(s.Leads), func(l lead) bool { return l.Host == "" && l.Param < 0 })
	for i := range f.Leads {
		f.Leads[i].src, f.Leads[i].chain = nil, nil
	}
	return &f
}

// aboutReplies reports whether f says the function obtains a reply, or
// examines or judges one it is handed.
func (f *summaryFact) aboutReplies() bool {
	// Preds alone do not count: a package can judge a reply by a predicate
	// only when a reply can come into it some other way.
	return len(f.Leads) > 0 || len(f.Into) > 0 ||
		slices.ContainsFunc(f.Params, func(p paramUse) bool { return p&usesExamines != 0 }) ||
		slices.ContainsFunc(f.Decides, func(d judgment) bool { return d.Kind != judgedNot })
}

// summarize computes the summaries of the package's functions, each to a
// fixed point with those of the functions it calls, and records what each
// does wrong as judged with its callees' final summaries.
//
// The functions are looked at in the postorder of the call graph, callees
// first: a function that calls none of its callers is looked at once, with
// its callees' summaries final; when a summary changes, its callers that
// were looked at already (those of its cycle) are looked at again, from the
// first of them on. A function's findings are those of its last look.
func (c *checker) summarize() {
	order, callers := c.postorder()
	index := map[*ssa.Function]int{}
	for i, fn := range order {
		index[fn] = i
		c.sums[fn] = newSummary(len(fn.Params))
	}
	stale := slices.Repeat([]bool{true}, len(order))
	found := make([][]analysis.Diagnostic, len(order))
	looks := make([]int, len(order))
	for i := 0; i < len(order); i++ {
		if !stale[i] {
			continue
		}
		stale[i] = false
		fn := order[i]
		if looks[i]++; looks[i] > maxRounds { // a fixed point is reached long before; this guards against a bug
			// Say so, at fn's name or function literal, rather than drop
			// what the cycle's functions do wrong (flush reports it once).
			at := fn.Syntax()
			if d, ok := at.(*ast.FuncDecl); ok {
				at = d.Name
			}
			c.out.report(at, "internal error: cbcstatus found no fixed point for the summaries of %s and the functions it calls in a cycle in %d rounds; its findings there may be incomplete", fn.Name(), maxRounds)
			continue
		}
		before := len(c.out.list)
		s := c.analyse(fn)
		found[i] = slices.Clone(c.out.list[before:])
		c.out.list = c.out.list[:before]
		if s.equal(c.sums[fn]) {
			continue
		}
		c.sums[fn] = s
		next := i
		for _, caller := range callers[fn] {
			stale[index[caller]] = true
			next = min(next, index[caller]-1)
		}
		i = next
	}
	c.out.list = slices.Concat(append(found, c.out.list)...)
}

// maxRounds bounds how many times a function of a cycle is looked at.
var maxRounds = 50

// postorder returns the package's functions in the postorder of the call
// graph (the functions of the package each calls or makes closures of),
// and the callers of each.
func (c *checker) postorder() (order []*ssa.Function, callers map[*ssa.Function][]*ssa.Function) {
	callers = map[*ssa.Function][]*ssa.Function{}
	seen := map[*ssa.Function]bool{}
	var visit func(fn *ssa.Function)
	visit = func(fn *ssa.Function) {
		seen[fn] = true
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				var to *ssa.Function
				switch instr := instr.(type) {
				case ssa.CallInstruction:
					to = callee(instr)
				case *ssa.MakeClosure:
					to = methodOf(instr.Fn.(*ssa.Function)) // a method value's method
				}
				if to == nil || !c.own[origin(to)] {
					continue
				}
				to = origin(to)
				callers[to] = append(callers[to], fn)
				if !seen[to] {
					visit(to)
				}
			}
		}
		order = append(order, fn)
	}
	for _, fn := range c.funcs {
		if !seen[fn] {
			visit(fn)
		}
	}
	return order, callers
}

func origin(fn *ssa.Function) *ssa.Function { return cmp.Or(fn.Origin(), fn) }

// exportFacts exports the summaries of the package's exported functions.
func (c *checker) exportFacts() {
	for _, fn := range c.funcs {
		obj, s := funcObj(fn), c.sums[fn]
		if obj == nil || !obj.Exported() || obj.Pkg() != c.pass.Pkg || s == nil {
			continue
		}
		if f := s.fact(); f.String() != "" { // it says something
			c.pass.ExportObjectFact(obj, f)
		}
	}
}

// summaryOf returns the summary of a function called at a call: of the
// package, or from the fact of another package's function. ok is false when
// there is none.
func (c *checker) summaryOf(callee *ssa.Function) (*summary, bool) {
	if s, ok := c.sums[origin(callee)]; ok {
		return s, true
	}
	s := c.factOf(funcObj(callee))
	return s, s != nil
}

// factOf returns the summary another package exported for fn, or nil.
func (c *checker) factOf(fn *types.Func) *summary {
	if fn == nil || fn.Pkg() == nil || fn.Pkg() == c.pass.Pkg {
		return nil
	}
	s := new(summaryFact)
	if !c.pass.ImportObjectFact(fn.Origin(), s) {
		return nil
	}
	return s
}
