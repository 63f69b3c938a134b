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

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

//go:embed doc.go
var doc string

// Name is the check's name in flags, directives and output.
const Name = "cbcstatus"

// Analyzer runs the check with default settings.
var Analyzer = New(&config.Settings{})

// New returns the check configured by s; its flags fill s.
func New(s *config.Settings) *analysis.Analyzer {
	return check.New(s, check.Spec{
		Name:      Name,
		DocGo:     doc,
		FactTypes: []analysis.Fact{new(examinesErrorCode)},
		FactsWhen: func(s *config.Settings) bool { return s.CrossPackageHelpers },
		Flags:     flags,
		Run:       run,
	})
}

func flags(fs *flag.FlagSet, s *config.Settings) {
	s.ListFlag(fs, &s.Endpoints, "endpoints", "more CBC endpoint `hosts`: bss.example.com or *.example.com (comma-separated, repeatable)")
	s.BoolFlag(fs, &s.CrossPackageHelpers, "cross-package-helpers", "judge helpers in other packages by whether they examine error_code (analysis facts: every dependency is analysed from source, which is slower)")
	s.ListFlag(fs, &s.ResponsePackages, "response-packages", "import `paths` of in-house CBC client packages whose error_code-carrying types are responses: example.com/billing/cbc or example.com/billing/... (comma-separated, repeatable)")
}

// checker holds what one pass knows.
type checker struct {
	pass     *analysis.Pass
	reporter *check.Pass // reports through the suppression filter
	r        *config.Resolved
	codes    string // which codes come with HTTP 200, for messages
	// examines holds the functions of this package that examine an error_code.
	examines map[*types.Func]bool
	decls    map[*types.Func]*ast.FuncDecl
	reported map[token.Pos]bool
	// uses holds where the variables of the functions in scanned are used.
	uses    map[*types.Var][]inspector.Cursor
	scanned map[ast.Node]bool

	*httpState // what the checks of requests know, built by the first checkHTTP
}

func run(pass *check.Pass, r *config.Resolved) error {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass.Pass,
		reporter: pass,
		r:        r,
		examines: map[*types.Func]bool{},
		decls:    map[*types.Func]*ast.FuncDecl{},
		reported: map[token.Pos]bool{},
		uses:     map[*types.Var][]inspector.Cursor{},
		scanned:  map[ast.Node]bool{},
	}
	clients, nethttp := c.isClientPackage(pass.Pkg.Path()), false
	for _, imp := range pass.Pkg.Imports() {
		clients = clients || c.isClientPackage(imp.Path())
		nethttp = nethttp || isHTTPLibrary(imp.Path())
	}
	if !clients && !nethttp && !r.CrossPackageHelpers {
		return nil // nothing to check, and no facts to export
	}
	var funcs []inspector.Cursor
	for cur := range ins.Root().Preorder((*ast.FuncDecl)(nil)) {
		fd := cur.Node().(*ast.FuncDecl)
		if fn, ok := pass.TypesInfo.Defs[fd.Name].(*types.Func); ok && fd.Body != nil {
			funcs = append(funcs, cur)
			c.decls[fn] = fd
		}
	}
	// With cross-package-helpers, facts are needed for every package, the SDK's
	// and the standard library's included, so that callers in other packages see them.
	c.findExaminers(funcs)
	if !clients && !nethttp {
		return nil
	}
	c.codes = http200Codes(r.Catalog)
	for _, fd := range funcs {
		if clients {
			c.checkResponses(fd)
		}
		if nethttp {
			c.checkHTTP(fd)
		}
	}
	return nil
}
