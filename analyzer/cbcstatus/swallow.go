package cbcstatus

import (
	"cmp"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strconv"
	"strings"
	"sync"

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

// reportSwallowed reports the functions of the package that swallow the
// failed items of a CBC reply.
func reportSwallowed(pass *check.Pass, cat *catalog.Catalog) {
	lists := cat.FailureLists()
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	if !namesFailureLists(pass.Pass, ins, lists) {
		return
	}
	out := &findings{fset: pass.Fset}
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		judgeSwallow(pass.Pass, cat, lists, cur, out)
	}
	out.flush(pass) // in the order of their positions
}

// namesFailureLists is the rule's fast exit, as it runs on every package
// (every dependency, under go vet): whether the package imports the SDK's or
// golangsdk's CBC packages, or names a list of failed items as a key
// ("fail_resource_infos", in a string or a field's tag) or as a field
// (FailResourceInfos). Every failure list a function can read is named so,
// except a field another package declares under another name.
func namesFailureLists(pass *analysis.Pass, ins *inspector.Inspector, lists []string) bool {
	if slices.ContainsFunc(pass.Pkg.Imports(), func(p *types.Package) bool { return isSDKPackage(p.Path()) }) {
		return true
	}
	var fields []string // FailResourceInfos without case: failresourceinfos
	for _, l := range lists {
		fields = append(fields, strings.ReplaceAll(l, "_", ""))
	}
	for cur := range ins.Root().Preorder((*ast.BasicLit)(nil), (*ast.Ident)(nil)) {
		switch n := cur.Node().(type) {
		case *ast.BasicLit:
			if n.Kind == token.STRING && slices.ContainsFunc(lists, func(l string) bool { return strings.Contains(n.Value, l) }) {
				return true
			}
		case *ast.Ident:
			if slices.ContainsFunc(fields, func(f string) bool { return strings.EqualFold(n.Name, f) }) {
				return true
			}
		}
	}
	return false
}

// matchList returns the failure list a JSON key or a JMESPath expression
// reads: "fail_resource_infos", "fail_resource_infos[*].resource_id".
func matchList(lists []string, key string) (string, bool) {
	for _, list := range lists {
		if rest, ok := strings.CutPrefix(key, list); ok && (rest == "" || strings.ContainsAny(rest[:1], "[.|")) {
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

// swallowJudge judges one function.
type swallowJudge struct {
	pass  *analysis.Pass
	cat   *catalog.Catalog
	lists []string // catalog.FailureLists
	body  *ast.BlockStmt
	named func() []catalog.Operation // the operations whose paths the enclosing declaration names

	sources  []swallowSource
	tainted  map[*types.Var]bool // locals computed from the failures
	replies  map[*types.Var]bool // locals holding the reply the failures are read from
	handedOn bool
	logged   bool
}

// judgeSwallow judges the function at cur: if it swallows the failed items
// it reads, it records the finding, at the first read.
func judgeSwallow(pass *analysis.Pass, cat *catalog.Catalog, lists []string, cur inspector.Cursor, out *findings) {
	sig, body := check.FuncOf(pass, cur.Node())
	if sig == nil {
		return
	}
	success, ok := successValue(sig) // what the function returns to say it succeeded: nil, true
	if !ok {
		return
	}
	// The enclosing declaration, whose constants may name the path.
	outer := cmp.Or(check.Innermost(cur, (*ast.FuncDecl)(nil)), cur.Node())
	j := &swallowJudge{pass: pass, cat: cat, lists: lists, body: body,
		named:   sync.OnceValue(func() []catalog.Operation { return check.PathOperations(pass, cat, outer) }),
		tainted: map[*types.Var]bool{}, replies: map[*types.Var]bool{}}
	j.findSources()
	if len(j.sources) == 0 {
		return
	}
	for size := -1; size != len(j.tainted) && !j.handedOn; {
		size = len(j.tainted)
		j.spread()
	}
	if j.handedOn || !j.declaresSuccess(success, sig.Results()) {
		return
	}
	src, how := j.sources[0], "are only logged"
	if !j.logged {
		how = "are read but not handed on"
	}
	out.report(src.at, "the failed items of %s (%s) %s, and the function then returns %s: its caller takes a partial failure for success; return an error that names the failed items, or hand on the items or the reply",
		strings.Join(src.ops, " or "), src.name, how, success)
}

// own visits the function's own syntax: a function literal it declares is
// visited, not entered.
func (j *swallowJudge) own(visit func(n ast.Node) bool) {
	ast.Inspect(j.body, func(n ast.Node) bool {
		_, lit := n.(*ast.FuncLit)
		return visit(n) && !lit
	})
}

// findSources finds where the function reads a list of failed items: a field
// of an SDK response (resp.FailResourceInfos), a field of any type with that
// JSON name, a JSON key (utils.PathSearch("fail_resource_infos", body, nil),
// body["fail_resource_infos"]). A read not of the SDK's response needs the
// enclosing declaration to name the operation's path. What the list is read
// from holds the reply.
func (j *swallowJudge) findSources() {
	add := func(at ast.Expr, ops []string, name string, from ...ast.Expr) {
		if len(ops) == 0 {
			return
		}
		j.sources = append(j.sources, swallowSource{at: at, ops: ops, name: name})
		for _, e := range from {
			if v := j.localVar(e); v != nil {
				j.replies[v] = true
			}
		}
	}
	j.own(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.SelectorExpr:
			add(n, j.fieldSource(n), n.Sel.Name, n.X)
		case *ast.CallExpr:
			key, _ := check.LookupKey(j.pass, n)
			if list, ok := matchList(j.lists, key); ok {
				add(n, listing(list, j.named()), strconv.Quote(key), n.Args...)
			}
		case *ast.IndexExpr:
			if _, isMap := j.pass.TypesInfo.TypeOf(n.X).Underlying().(*types.Map); isMap {
				key, _ := check.StringValue(j.pass, n.Index)
				if list, ok := matchList(j.lists, key); ok {
					add(n, listing(list, j.named()), strconv.Quote(key), n.X)
				}
			}
		}
		return true
	})
}

// fieldSource returns the operations whose failure list sel reads, if it
// reads one: an SDK response's field lists the failures of its operation.
func (j *swallowJudge) fieldSource(sel *ast.SelectorExpr) []string {
	s := j.pass.TypesInfo.Selections[sel]
	_, name := check.SelectedField(s)
	list, ok := matchList(j.lists, name)
	if !ok {
		return nil
	}
	if n := check.NamedOf(s.Recv()); n != nil && n.Obj().Pkg() != nil && isSDKPackage(n.Obj().Pkg().Path()) {
		op, _ := strings.CutSuffix(n.Obj().Name(), "Response")
		return listing(list, j.cat.OperationsNamed(op))
	}
	return listing(list, j.named())
}

// listing returns the names of the operations of ops that are actions, not
// mere reads, and list their failed items under list, sorted: those of an
// SDK response's type, or those whose path the enclosing declaration names
// (named).
func listing(list string, ops []catalog.Operation) []string {
	var out []string
	for _, op := range ops {
		if l, ok := op.FailureList(); ok && l == list && !op.ReadsOnly() {
			out = append(out, op.Name)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// localVar returns the variable e names when the function declares it in its
// body; nil otherwise.
func (j *swallowJudge) localVar(e ast.Expr) *types.Var {
	id, _ := ast.Unparen(e).(*ast.Ident) // nil, which names no object, if not a name
	v, ok := j.pass.TypesInfo.ObjectOf(id).(*types.Var)
	if !ok || v.Pos() < j.body.Lbrace || v.Pos() > j.body.Rbrace {
		return nil
	}
	return v
}

// holds reports whether id uses a variable that holds the failures or the
// reply they come from.
func (j *swallowJudge) holds(id *ast.Ident) bool {
	v, ok := j.pass.TypesInfo.Uses[id].(*types.Var)
	return ok && (j.tainted[v] || j.replies[v])
}

// onlyReply reports whether e is a local that holds the reply but not the
// failures: what is read from it other than the list does not carry them.
func (j *swallowJudge) onlyReply(e ast.Expr) bool {
	v := j.localVar(e) // nil is no reply
	return j.replies[v] && !j.tainted[v]
}

// carries reports whether evaluating e reads the failures: a source, a local
// computed from them, or the reply as a whole. A field of the reply other
// than the list (resp.OrderIds) and a lookup of another key in it
// (utils.PathSearch("order_ids", body, nil)) do not.
func (j *swallowJudge) carries(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if found || slices.ContainsFunc(j.sources, func(s swallowSource) bool { return s.at == n }) {
			found = true
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit:
			return false // judged as a closure by spread
		case *ast.Ident:
			found = j.holds(n)
		case *ast.SelectorExpr:
			return !j.onlyReply(n.X) // another field of the reply
		case *ast.CallExpr:
			key, isLookup := check.LookupKey(j.pass, n)
			if _, isList := matchList(j.lists, key); isLookup && !isList { // another key of the reply
				for _, arg := range append([]ast.Expr{n.Fun}, n.Args...) {
					found = found || !j.onlyReply(arg) && j.carries(arg)
				}
				return false
			}
		}
		return true
	})
	return found
}

// spread follows the failures one step through the function's statements.
func (j *swallowJudge) spread() {
	handOn := func(es ...ast.Expr) {
		j.handedOn = j.handedOn || slices.ContainsFunc(es, func(e ast.Expr) bool { return j.carries(e) })
	}
	j.own(func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			assign(j, n.Lhs, n.Rhs)
		case *ast.ValueSpec:
			assign(j, n.Names, n.Values)
		case *ast.RangeStmt:
			if j.carries(n.X) {
				j.store(n.Key, n.Value)
			}
		case *ast.ExprStmt:
			if call, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				j.callStatement(call)
			} else {
				handOn(n.X) // <-ch and the like: keep out of it
			}
		case *ast.DeferStmt:
			j.callStatement(n.Call)
		case *ast.GoStmt:
			handOn(n.Call)
		case *ast.SendStmt:
			handOn(n.Value)
		case *ast.ReturnStmt:
			handOn(n.Results...)
		case *ast.FuncLit:
			// A closure that uses the failures or the reply may hand them on.
			ast.Inspect(n.Body, func(n ast.Node) bool {
				id, ok := n.(*ast.Ident)
				j.handedOn = j.handedOn || ok && j.holds(id)
				return !j.handedOn
			})
		}
		return !j.handedOn
	})
}

// assign follows an assignment or a declaration: the place on the left of
// a value that carries the failures holds them, or every place when one
// value gives them all (v, ok := m[k]; a, b := f()).
func assign[E ast.Expr](j *swallowJudge, lhs []E, rhs []ast.Expr) {
	for k, l := range lhs {
		if r := min(k, len(rhs)-1); r >= 0 && j.carries(rhs[r]) { // the one value of f() or m[k], if not one each
			j.store(l)
		}
	}
}

// store marks what each of places names as holding the failures: a local
// of the function (v, v.f, v[i], *v), or else a place the caller may see (a
// parameter, a named result, a package variable, a captured variable),
// which hands them on.
func (j *swallowJudge) store(places ...ast.Expr) {
	for _, e := range places {
		switch e := ast.Unparen(e).(type) {
		case nil:
		case *ast.SelectorExpr:
			j.store(e.X)
		case *ast.IndexExpr:
			j.store(e.X)
		case *ast.StarExpr:
			j.store(e.X)
		default:
			if v := j.localVar(e); v != nil {
				j.tainted[v] = true
			} else if id, ok := e.(*ast.Ident); !ok || id.Name != "_" {
				j.handedOn = true
			}
		}
	}
}

// callStatement judges a call whose results are dropped: a logger records
// the failures; a method of a local (a strings.Builder, a multierror being
// filled) or copy into a local makes the local hold them; any other call may
// hand them on.
func (j *swallowJudge) callStatement(call *ast.CallExpr) {
	if !j.carries(call) {
		return
	}
	switch fn := typeutil.Callee(j.pass.TypesInfo, call).(type) {
	case *types.Builtin:
		switch fn.Name() {
		case "print", "println":
			j.logged = true
			return
		case "copy":
			j.store(call.Args[0])
			return
		}
	case *types.Func:
		if isLogger(fn) {
			j.logged = true
			return
		}
		if sel, ok := ast.Unparen(call.Fun).(*ast.SelectorExpr); ok && fn.Signature().Recv() != nil {
			if v := j.localVar(sel.X); v != nil && !j.replies[v] {
				j.tainted[v] = true
				return
			}
		}
	}
	j.handedOn = true
}

// swallowLogVerbs are how loggers' functions and methods begin: log.Printf,
// logger.Errorf, klog.Warningf, zap's Sugar().Infow, tflog.Debug.
var swallowLogVerbs = []string{"Print", "Debug", "Info", "Warn", "Error", "Trace", "Log", "Notice"}

// isLogger reports whether fn only writes a log line or prints: not a
// logger's Fatal or Panic, which end the program, nor fmt.Errorf.
func isLogger(fn *types.Func) bool {
	if fn.Pkg() != nil && (fn.Pkg().Path() == "fmt" || fn.Pkg().Path() == "errors") {
		return strings.HasPrefix(fn.Name(), "Print") || strings.HasPrefix(fn.Name(), "Fprint")
	}
	return slices.ContainsFunc(swallowLogVerbs, func(v string) bool { return strings.HasPrefix(fn.Name(), v) })
}

// successValue returns how the function says it succeeded: nil for its
// error results, or else true for its bool results. A function with neither
// says nothing to its caller.
func successValue(sig *types.Signature) (string, bool) {
	results := slices.Collect(sig.Results().Variables())
	if slices.ContainsFunc(results, func(v *types.Var) bool { return check.IsNamed(v.Type(), "", "error") }) {
		return "nil", true
	}
	return "true", slices.ContainsFunc(results, func(v *types.Var) bool { return isBool(v.Type()) })
}

// declaresSuccess reports whether every return after the first read of the
// failures (sources are found in the order of the source) returns success
// as its results res, and there is one: nil for each error result and no constant false beside
// it, or true for each bool result when there is no error result.
func (j *swallowJudge) declaresSuccess(success string, res *types.Tuple) bool {
	first := j.sources[0].at.Pos()
	returns, all := 0, true
	j.own(func(n ast.Node) bool {
		if ret, ok := n.(*ast.ReturnStmt); ok && ret.Pos() >= first {
			returns++
			all = all && len(ret.Results) == res.Len() // a bare return or a call's results: not known here
			for i, r := range ret.Results {
				b, isConst := check.BoolValue(j.pass, r)
				switch t := res.At(i).Type(); {
				case check.IsNamed(t, "", "error"):
					all = all && check.IsNil(j.pass, r)
				case isBool(t): // beside an error, only (false, nil) says it did not succeed
					all = all && (isConst && b || !isConst && success == "nil")
				}
			}
		}
		return true
	})
	return returns > 0 && all
}
