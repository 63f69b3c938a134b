package cbcstatus

import (
	"cmp"
	"fmt"
	"go/ast"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/types/typeutil"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/check"
)

// Swallowed failures. CBC's batch operations (RenewalResources,
// CancelResourcesSubscription, the coupon and billing-mode batches) answer
// HTTP 200 with a list of the items that failed. A function that reads that
// list only to log or count it, and then returns nil (or true), tells its
// caller that every item succeeded. The judgement is the function's own, on
// its syntax tree: the failures, and every local value computed from them,
// must reach a return, a store the caller can see, a channel, or a call
// other than a logger's; otherwise, if every return after the first read
// declares success, the failures are swallowed.

// swallowLists knows, from the catalog's operations table, which
// operations list failed items and under which JSON name.
type swallowLists struct {
	byList map[string][]string // "fail_resource_infos" → the operations that list failures there
	listOf map[string]string   // operation → its list
	lists  []string            // every failure list, sorted: the first match is always the same
}

func newSwallowLists(cat *catalog.Catalog) *swallowLists {
	l := &swallowLists{byList: map[string][]string{}, listOf: map[string]string{}, lists: cat.FailureLists()}
	for _, op := range cat.Operations() {
		if list, ok := op.FailureList(); ok && !op.ReadsOnly() {
			if !slices.Contains(l.byList[list], op.Name) {
				l.byList[list] = append(l.byList[list], op.Name)
			}
			l.listOf[op.Name] = list
		}
	}
	return l
}

// list returns the list a JSON key or a JMESPath expression reads:
// "fail_resource_infos", "fail_resource_infos[*].resource_id".
func (l *swallowLists) list(key string) (string, bool) {
	for _, list := range l.lists {
		if key == list || strings.HasPrefix(key, list) && strings.ContainsAny(key[len(list):len(list)+1], "[.|") {
			return list, true
		}
	}
	return "", false
}

// A swallowSource is where a function reads the failed items of a reply.
type swallowSource struct {
	at   ast.Expr
	ops  []string // the operations whose reply it is
	name string   // how the code names the list: FailResourceInfos, "fail_resource_infos"
}

// A swallowed is a finding: the first read of the failures of a function
// that swallows them.
type swallowed struct {
	src     swallowSource
	logged  bool
	success string // what the function returns to say so: nil, true
}

// reportSwallowed reports the functions of the package that swallow the
// failed items of a CBC reply.
func reportSwallowed(pass *check.Pass, cat *catalog.Catalog) {
	lists := newSwallowLists(cat)
	if len(lists.byList) == 0 {
		return
	}
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	var found []swallowed
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		var (
			sig  *types.Signature
			body *ast.BlockStmt
		)
		switch n := cur.Node().(type) {
		case *ast.FuncDecl:
			if fn, ok := pass.TypesInfo.Defs[n.Name].(*types.Func); ok {
				sig, body = fn.Signature(), n.Body
			}
		case *ast.FuncLit:
			sig, _ = pass.TypesInfo.TypeOf(n).(*types.Signature)
			body = n.Body
		}
		if sig == nil || body == nil {
			continue
		}
		outer := cur.Node()
		for decl := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			outer = decl.Node()
			break
		}
		j := &swallowJudge{pass: pass.Pass, cat: cat, lists: lists, sig: sig, body: body, outer: outer,
			tainted: map[*types.Var]bool{}, replies: map[*types.Var]bool{}}
		if s, ok := j.judge(); ok {
			found = append(found, s)
		}
	}
	slices.SortFunc(found, func(a, b swallowed) int { return cmp.Compare(a.src.at.Pos(), b.src.at.Pos()) })
	for _, s := range found {
		pass.Report(analysis.Diagnostic{Pos: s.src.at.Pos(), End: s.src.at.End(), Message: s.message()})
	}
}

func (s swallowed) message() string {
	how := "are only logged"
	if !s.logged {
		how = "are read but not handed on"
	}
	return fmt.Sprintf("the failed items of %s (%s) %s, and the function then returns %s: its caller takes a partial failure for success; return an error that names the failed items, or hand on the items or the reply",
		strings.Join(s.src.ops, " or "), s.src.name, how, s.success)
}

// swallowJudge judges one function.
type swallowJudge struct {
	pass     *analysis.Pass
	cat      *catalog.Catalog
	lists    *swallowLists
	sig      *types.Signature
	body     *ast.BlockStmt
	outer    ast.Node // the enclosing declaration, whose constants may name the path
	evidence []string // the operations whose paths outer names, once asked for
	searched bool

	sources  []swallowSource
	tainted  map[*types.Var]bool // locals computed from the failures
	replies  map[*types.Var]bool // locals holding the reply the failures are read from
	handedOn bool
	logged   bool
}

func (j *swallowJudge) judge() (swallowed, bool) {
	j.findSources()
	if len(j.sources) == 0 {
		return swallowed{}, false
	}
	success, ok := j.successValue()
	if !ok {
		return swallowed{}, false
	}
	for changed := true; changed && !j.handedOn; {
		changed = j.spread()
	}
	if j.handedOn || j.capturedByClosure() || !j.declaresSuccess(success) {
		return swallowed{}, false
	}
	return swallowed{src: j.sources[0], logged: j.logged, success: success}, true
}

// own visits the function's own syntax, not that of the functions it declares.
func (j *swallowJudge) own(visit func(n ast.Node) bool) {
	ast.Inspect(j.body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		return visit(n)
	})
}

// findSources finds where the function reads a list of failed items: a field
// of an SDK response (resp.FailResourceInfos), a field of any type with that
// JSON name, a JSON key (utils.PathSearch("fail_resource_infos", body, nil),
// body["fail_resource_infos"]). A read not of the SDK's response needs the
// enclosing declaration to name the operation's path.
func (j *swallowJudge) findSources() {
	j.own(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			if ops, ok := j.fieldSource(n); ok {
				j.sources = append(j.sources, swallowSource{at: n, ops: ops, name: n.Sel.Name})
				j.markReply(n.X)
			}
		case *ast.CallExpr:
			for _, arg := range n.Args {
				key, ok := check.StringValue(j.pass, arg)
				if !ok {
					continue
				}
				if list, ok := j.lists.list(key); ok {
					if ops := j.evidenceFor(list); len(ops) > 0 {
						j.sources = append(j.sources, swallowSource{at: n, ops: ops, name: fmt.Sprintf("%q", key)})
						for _, other := range n.Args {
							j.markReply(other)
						}
					}
					break
				}
			}
		case *ast.IndexExpr:
			if _, isMap := j.pass.TypesInfo.TypeOf(n.X).Underlying().(*types.Map); !isMap {
				break
			}
			if key, ok := check.StringValue(j.pass, n.Index); ok {
				if list, ok := j.lists.list(key); ok {
					if ops := j.evidenceFor(list); len(ops) > 0 {
						j.sources = append(j.sources, swallowSource{at: n, ops: ops, name: fmt.Sprintf("%q", key)})
						j.markReply(n.X)
					}
				}
			}
		}
		return true
	})
}

// fieldSource reports whether sel reads a field that lists failed items, and
// of which operations' reply.
func (j *swallowJudge) fieldSource(sel *ast.SelectorExpr) ([]string, bool) {
	s, ok := j.pass.TypesInfo.Selections[sel]
	if !ok || s.Kind() != types.FieldVal {
		return nil, false
	}
	list, ok := j.lists.list(swallowJSONName(s))
	if !ok {
		return nil, false
	}
	recv := s.Recv()
	if p, ok := types.Unalias(recv).(*types.Pointer); ok {
		recv = p.Elem()
	}
	if n, ok := types.Unalias(recv).(*types.Named); ok && n.Obj().Pkg() != nil && isSDKPackage(n.Obj().Pkg().Path()) {
		op, _ := strings.CutSuffix(n.Obj().Name(), "Response")
		if j.lists.listOf[op] == list {
			return []string{op}, true
		}
		return nil, false
	}
	ops := j.evidenceFor(list)
	return ops, len(ops) > 0
}

// swallowJSONName is the JSON name of the field s selects, its Go name
// without a tag.
func swallowJSONName(s *types.Selection) string {
	f, name := check.SelectedField(s)
	if f != nil && name == "" {
		name = f.Name()
	}
	return name
}

// evidenceFor returns the operations listing failures under list whose path
// the enclosing declaration names.
func (j *swallowJudge) evidenceFor(list string) []string {
	if !j.searched {
		j.evidence, j.searched = j.pathOperations(j.outer), true
	}
	var out []string
	for _, op := range j.evidence {
		if j.lists.listOf[op] == list {
			out = append(out, op)
		}
	}
	return out
}

// pathOperations returns the operations whose paths the string constants in
// decl name ("v2/orders/subscriptions/resources/unsubscribe", a full URL).
func (j *swallowJudge) pathOperations(decl ast.Node) []string {
	var out []string
	for _, op := range check.PathOperations(j.pass, j.cat, decl) {
		out = append(out, op.Name)
	}
	slices.Sort(out)
	return out
}

// markReply records the local variable e is, if any, as holding the reply.
func (j *swallowJudge) markReply(e ast.Expr) {
	if v := j.localVar(e); v != nil {
		j.replies[v] = true
	}
}

// localVar returns the variable e names when the function declares it in its
// body; nil otherwise.
func (j *swallowJudge) localVar(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, ok := j.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.Pos() < j.body.Lbrace || v.Pos() > j.body.Rbrace {
		return nil
	}
	return v
}

// carries reports whether evaluating e reads the failures: a source, a local
// computed from them, or the reply as a whole. A field of the reply other
// than the list (resp.OrderIds) and a lookup of another key in it
// (utils.PathSearch("order_ids", body, nil)) do not.
func (j *swallowJudge) carries(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found {
			return false
		}
		if ex, ok := n.(ast.Expr); ok && slices.ContainsFunc(j.sources, func(s swallowSource) bool { return s.at == ex }) {
			found = true
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // judged by capturedByClosure
		case *ast.Ident:
			if v, ok := j.pass.TypesInfo.Uses[n].(*types.Var); ok && (j.tainted[v] || j.replies[v]) {
				found = true
			}
		case *ast.SelectorExpr:
			if v := j.localVar(n.X); v != nil && j.replies[v] && !j.tainted[v] {
				return false // another field of the reply
			}
		case *ast.CallExpr:
			if j.otherKeyLookup(n) {
				for _, arg := range n.Args {
					if v := j.localVar(arg); v == nil || !j.replies[v] || j.tainted[v] {
						found = found || j.carries(arg)
					}
				}
				found = found || j.carries(n.Fun)
				return false
			}
		}
		return true
	})
	return found
}

// otherKeyLookup reports whether call looks up a constant key that is not a
// list of failures: utils.PathSearch("order_ids", body, nil).
func (j *swallowJudge) otherKeyLookup(call *ast.CallExpr) bool {
	for _, arg := range call.Args {
		if key, ok := check.StringValue(j.pass, arg); ok {
			_, isList := j.lists.list(key)
			return !isList
		}
	}
	return false
}

// spread follows the failures one step through the function's statements;
// it reports whether it marked another local.
func (j *swallowJudge) spread() bool {
	changed := false
	store := func(lhs ast.Expr) {
		changed = j.store(lhs) || changed
	}
	j.own(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) == len(n.Rhs) {
				for i, rhs := range n.Rhs {
					if j.carries(rhs) {
						store(n.Lhs[i])
					}
				}
			} else if j.carries(n.Rhs[0]) {
				for _, lhs := range n.Lhs {
					store(lhs)
				}
			}
		case *ast.ValueSpec:
			for i, v := range n.Values {
				if j.carries(v) {
					if len(n.Values) == len(n.Names) {
						store(n.Names[i])
					} else {
						for _, name := range n.Names {
							store(name)
						}
					}
				}
			}
		case *ast.RangeStmt:
			if j.carries(n.X) {
				for _, e := range []ast.Expr{n.Key, n.Value} {
					if e != nil {
						store(e)
					}
				}
			}
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				changed = j.callStatement(call) || changed
			} else if j.carries(n.X) {
				j.handedOn = true // <-ch and the like: keep out of it
			}
		case *ast.DeferStmt:
			changed = j.callStatement(n.Call) || changed
		case *ast.GoStmt:
			j.handedOn = j.handedOn || j.carries(n.Call)
		case *ast.SendStmt:
			j.handedOn = j.handedOn || j.carries(n.Value)
		case *ast.ReturnStmt:
			for _, r := range n.Results {
				j.handedOn = j.handedOn || j.carries(r)
			}
		}
		return !j.handedOn
	})
	return changed
}

// store marks what lhs names as holding the failures: a local of the
// function, or else a place the caller may see (a parameter, a named result,
// a package variable, a captured variable), which hands them on.
func (j *swallowJudge) store(lhs ast.Expr) bool {
	root := lhs
	for {
		switch e := ast.Unparen(root).(type) {
		case *ast.SelectorExpr:
			root = e.X
			continue
		case *ast.IndexExpr:
			root = e.X
			continue
		case *ast.StarExpr:
			root = e.X
			continue
		}
		break
	}
	if id, ok := ast.Unparen(root).(*ast.Ident); ok && id.Name == "_" {
		return false
	}
	v := j.localVar(root)
	if v == nil {
		j.handedOn = true
		return false
	}
	if j.tainted[v] {
		return false
	}
	j.tainted[v] = true
	return true
}

// callStatement judges a call whose results are dropped: a logger records
// the failures; a method of a local (a strings.Builder, a multierror being
// filled) or copy into a local makes the local hold them; any other call may
// hand them on.
func (j *swallowJudge) callStatement(call *ast.CallExpr) bool {
	if !j.carries(call) {
		return false
	}
	if swallowLogCall(j.pass, call) {
		j.logged = true
		return false
	}
	switch fn := typeutil.Callee(j.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		if fn.Name() == "copy" {
			return j.store(call.Args[0])
		}
	case *types.Func:
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
			if v := j.localVar(sel.X); v != nil && !j.replies[v] {
				return j.store(sel.X)
			}
		}
	}
	j.handedOn = true
	return false
}

// swallowLogVerbs are how loggers' functions and methods begin: log.Printf,
// logger.Errorf, klog.Warningf, zap's Sugar().Infow, tflog.Debug.
var swallowLogVerbs = []string{"Print", "Debug", "Info", "Warn", "Error", "Trace", "Log", "Notice"}

// swallowLogCall reports whether call only writes a log line or prints:
// not a logger's Fatal or Panic, which end the program, nor fmt.Errorf.
func swallowLogCall(pass *analysis.Pass, call *ast.CallExpr) bool {
	switch fn := typeutil.Callee(pass.TypesInfo, call).(type) {
	case *types.Builtin:
		return fn.Name() == "print" || fn.Name() == "println"
	case *types.Func:
		if fn.Pkg() != nil && (fn.Pkg().Path() == "fmt" || fn.Pkg().Path() == "errors") {
			return strings.HasPrefix(fn.Name(), "Print") || strings.HasPrefix(fn.Name(), "Fprint")
		}
		return slices.ContainsFunc(swallowLogVerbs, func(v string) bool { return strings.HasPrefix(fn.Name(), v) })
	}
	return false
}

// capturedByClosure reports whether a function literal inside the function
// uses a local holding the failures: what it does with them is its own
// business, and may hand them on.
func (j *swallowJudge) capturedByClosure() bool {
	captured := false
	ast.Inspect(j.body, func(n ast.Node) bool {
		lit, ok := n.(*ast.FuncLit)
		if !ok {
			return !captured
		}
		ast.Inspect(lit.Body, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				if v, ok := j.pass.TypesInfo.Uses[id].(*types.Var); ok && (j.tainted[v] || j.replies[v]) {
					captured = true
				}
			}
			return !captured
		})
		return false
	})
	return captured
}

var swallowErrorType = types.Universe.Lookup("error").Type()

// successValue returns how the function says it succeeded: nil for its
// error results, or else true for its bool results. A function with neither
// says nothing to its caller.
func (j *swallowJudge) successValue() (string, bool) {
	res := j.sig.Results()
	hasBool := false
	for i := range res.Len() {
		t := res.At(i).Type()
		if types.Identical(t, swallowErrorType) {
			return "nil", true
		}
		if b, ok := t.Underlying().(*types.Basic); ok && b.Kind() == types.Bool {
			hasBool = true
		}
	}
	return "true", hasBool
}

// declaresSuccess reports whether every return after the first read of the
// failures returns success (nil for each error result and no constant false
// beside it, or true for each bool result when there is no error result),
// and there is one.
func (j *swallowJudge) declaresSuccess(success string) bool {
	first := j.sources[0].at.Pos()
	for _, s := range j.sources {
		first = min(first, s.at.Pos())
	}
	res := j.sig.Results()
	returns, all := 0, true
	j.own(func(n ast.Node) bool {
		ret, ok := n.(*ast.ReturnStmt)
		if !ok || ret.Pos() < first {
			return true
		}
		returns++
		if len(ret.Results) != res.Len() {
			all = false // a bare return or a call's results: not known here
			return true
		}
		for i, r := range ret.Results {
			t := res.At(i).Type()
			b, isBool := t.Underlying().(*types.Basic)
			isBool = isBool && b.Kind() == types.Bool
			switch {
			case types.Identical(t, swallowErrorType):
				all = all && check.IsNil(j.pass, r)
			case isBool && success == "true":
				all = all && swallowIsConst(j.pass, r, "true")
			case isBool:
				all = all && !swallowIsConst(j.pass, r, "false") // (false, nil) says it did not succeed
			}
		}
		return true
	})
	return returns > 0 && all
}

func swallowIsConst(pass *analysis.Pass, e ast.Expr, value string) bool {
	tv, ok := pass.TypesInfo.Types[e]
	return ok && tv.Value != nil && tv.Value.String() == value
}
