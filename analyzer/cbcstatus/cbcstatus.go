package cbcstatus

import (
	_ "embed"
	"flag"
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"golang.org/x/tools/go/ssa"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/demand"
)

//go:embed doc.go
var doc string

// Name is the check's name in flags, directives and output.
const Name = "cbcstatus"

// Analyzer runs the check with default settings.
var Analyzer = New(&config.Settings{})

// New returns the check configured by s; its flags fill s.
func New(s *config.Settings) *analysis.Analyzer { return newAnalyzer(s, nil) }

// newAnalyzer is New, with built, if not nil, told what each package's SSA
// form is built from (for tests).
func newAnalyzer(s *config.Settings, built func(*types.Package, demand.Built)) *analysis.Analyzer {
	return check.New(s, check.Spec{
		Name:      Name,
		DocGo:     doc,
		FactTypes: []analysis.Fact{new(summaryFact), new(demand.Relevant)},
		SourceDeps: func(r *config.Resolved, pkgs []*check.Listed) map[string]bool {
			return demand.Packages(demand.Model{Settings: r, SDK: isSDKPackage}, pkgs)
		},
		Flags: func(fs *flag.FlagSet, s *config.Settings) {
			s.ListFlag(fs, &s.Endpoints, "endpoints", "more CBC endpoint `hosts`: bss.example.com or *.example.com (comma-separated, repeatable)")
			s.ListFlag(fs, &s.ResponsePackages, "response-packages", "import `paths` of in-house CBC client packages whose error_code-carrying types are responses: example.com/billing/cbc or example.com/billing/... (comma-separated, repeatable)")
		},
		Run: func(pass *check.Pass, r *config.Resolved) error {
			return run(pass, r, built)
		},
	})
}

// checker holds what one pass knows.
type checker struct {
	pass *analysis.Pass
	r    *config.Resolved

	// The package's functions in SSA form and their summaries (those of
	// other packages' functions are read from facts at each call: factOf).
	funcs  []*ssa.Function
	own    map[*ssa.Function]bool
	sums   map[*ssa.Function]*summary
	values *evaluator // what URLs, hosts and requests can be

	// Where SSA calls are in the syntax tree: by their left parenthesis.
	callAt map[token.Pos]inspector.Cursor
	root   inspector.Cursor

	pathState *pathState // what the path judgment knows (paths.go)
	out       *findings
}

func run(pass *check.Pass, r *config.Resolved, built func(*types.Package, demand.Built)) error {
	reportSwallowed(pass, r.Catalog) // failed items read only to be logged (swallow.go)
	if !demand.PassRelevant(pass.Pass, demand.Model{Settings: r, SDK: isSDKPackage}) {
		return nil // it cannot send a CBC request nor examine an answer
	}
	c := &checker{
		pass:   pass.Pass,
		r:      r,
		out:    &findings{fset: pass.Fset, codes: http200Codes(r.Catalog)},
		own:    map[*ssa.Function]bool{},
		sums:   map[*ssa.Function]*summary{},
		callAt: map[token.Pos]inspector.Cursor{},
		root:   pass.ResultOf[inspect.Analyzer].(*inspector.Inspector).Root(),
	}
	b, ok := demand.Bodies(pass.Pass, c.demandModel())
	if built != nil {
		built(pass.Pkg, b)
	}
	if !ok {
		pass.ExportPackageFact(new(demand.Relevant))
		return nil // no reply can come into it: it needs no SSA form
	}
	c.buildSSA(b.Files, b.Decls)
	c.summarize()
	c.exportFacts()
	c.out.flush(pass)
	pass.ExportPackageFact(&demand.Relevant{Analysed: true})
	return nil
}

// demandModel is what the demand rule asks of cbcstatus's model.
func (c *checker) demandModel() demand.Model {
	return demand.Model{
		Settings: c.r,
		SDK:      isSDKPackage,
		AboutReplies: func(fn *types.Func) bool {
			s := c.factOf(fn)
			return s != nil && s.fact().aboutReplies()
		},
		Library: func(fn *types.Func) (int, bool) {
			l, ok := libraryCall(fn)
			return l.url, ok
		},
		HTTP: func(t types.Type) bool { return isHTTPRequest(t) || isReply(t) },
	}
}

// buildSSA builds the package's functions in SSA form (the bodies of
// files, see demand.Bodies), privately: the
// packages it imports directly are created from their types only (the SSA
// builder refers by name only to members of those; methods of other
// packages' types it creates from their types on demand), which keeps the
// cost of a package proportional to its own size, not to its import closure.
func (c *checker) buildSSA(files []*ast.File, built []inspector.Cursor) {
	// Where the calls of the declarations built are: only theirs have instructions.
	for _, decl := range built {
		for cur := range decl.Preorder((*ast.CallExpr)(nil)) {
			c.callAt[cur.Node().(*ast.CallExpr).Lparen] = cur
		}
	}
	prog := ssa.NewProgram(c.pass.Fset, 0)
	for _, imp := range c.pass.Pkg.Imports() {
		prog.CreatePackage(imp, nil, nil, true)
	}
	pkg := prog.CreatePackage(c.pass.Pkg, files, c.pass.TypesInfo, false)
	pkg.Build()
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || c.own[fn] || fn.Blocks == nil {
			return
		}
		c.own[fn] = true
		c.funcs = append(c.funcs, fn)
		for _, a := range fn.AnonFuncs {
			add(a)
		}
	}
	// Declaration order, for stable output; results do not depend on it.
	for _, f := range c.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok {
				if obj, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					add(prog.FuncValue(obj))
				}
			}
		}
	}
	// The package initializer, whose anonymous functions are the function
	// literals at package level.
	for _, m := range pkg.Members {
		if fn, ok := m.(*ssa.Function); ok {
			add(fn)
		}
	}
	c.values = newEvaluator(c.pass.Pkg, c.r, c.funcs, func(fn *ssa.Function) bool { return c.own[origin(fn)] }, c.summaryOf)
}

// relevantPkg reports whether the analysis computed the summaries of pkg's
// functions (see demand.Relevant).
func (c *checker) relevantPkg(pkg *types.Package) bool {
	var f demand.Relevant
	return c.pass.ImportPackageFact(pkg, &f) && f.Analysed
}

// isBlind reports whether the functions of pkg never examine a CBC error_code
// nor hand an answer anywhere but to their results: the packages the
// analysis did not see (the standard library, packages that cannot send a
// CBC request, see internal/demand) and the libraries cbcstatus models (resty,
// retryablehttp, the SDK). Their functions are pass-through.
func isBlind(c *checker, pkg *types.Package) bool {
	return pkg != c.pass.Pkg && (demand.IsModelled(pkg.Path()) || !c.relevantPkg(pkg))
}

// isStandard reports whether pkg is the standard library's, whose interfaces
// (io.Writer) never examine an error_code.
func isStandard(c *checker, pkg *types.Package) bool {
	return pkg != c.pass.Pkg && !c.relevantPkg(pkg) && demand.IsStandardPath(pkg.Path(), c.pass.Module)
}
