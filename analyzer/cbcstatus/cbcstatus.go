package cbcstatus

import (
	_ "embed"
	"fmt"
	"go/ast"
	"go/constant"
	"go/format"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/catalog"
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
		Run:       run,
	})
}

// checker holds what one pass knows.
type checker struct {
	pass  *analysis.Pass
	r     *config.Resolved
	codes string // which codes come with HTTP 200, for messages
	// examines holds the functions of this package that examine an error_code.
	examines map[*types.Func]bool
	decls    map[*types.Func]*ast.FuncDecl
	reported map[token.Pos]bool

	*httpState // what the checks of requests know, built by the first checkHTTP
}

func run(pass *analysis.Pass, r *config.Resolved) error {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	c := &checker{
		pass:     pass,
		r:        r,
		examines: map[*types.Func]bool{},
		decls:    map[*types.Func]*ast.FuncDecl{},
		reported: map[token.Pos]bool{},
	}
	sdk, nethttp := false, false
	for _, imp := range pass.Pkg.Imports() {
		sdk = sdk || isSDKClientPackage(imp.Path())
		nethttp = nethttp || isHTTPLibrary(imp.Path())
	}
	if !sdk && !nethttp && !r.CrossPackageHelpers {
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
	if !sdk && !nethttp {
		return nil
	}
	c.codes = http200Codes(r.Catalog)
	for _, fd := range funcs {
		if sdk {
			c.checkSDKCalls(fd)
		}
		if nethttp {
			c.checkHTTP(fd)
		}
	}
	return nil
}

// report reports once per position.
func (c *checker) report(n ast.Node, format string, args ...any) {
	if c.reported[n.Pos()] {
		return
	}
	c.reported[n.Pos()] = true
	c.pass.Report(analysis.Diagnostic{Pos: n.Pos(), End: n.End(), Message: fmt.Sprintf(format, args...)})
}

// text is the source text of n as gofmt prints it.
func (c *checker) text(n ast.Node) string {
	var b strings.Builder
	if err := format.Node(&b, c.pass.Fset, n); err != nil {
		return "the status comparison"
	}
	return b.String()
}

// successCode is CBC's code for success; it comes with HTTP 200 but is no error.
const successCode = "CBC.0000"

// featuredCode is the code messages name when the catalog has it as an HTTP 200 error.
const featuredCode = "CBC.5020"

// http200Codes says, for messages, which error codes come with HTTP 200:
// "CBC.5020 Partial failure and 41 other error codes come with HTTP 200".
func http200Codes(cat *catalog.Catalog) string {
	var codes []string
	for _, e := range cat.Entries() {
		if e.HTTP200 && e.Code != successCode && !slices.Contains(codes, e.Code) {
			codes = append(codes, e.Code)
		}
	}
	if len(codes) == 0 {
		return "CBC reports errors with HTTP 200"
	}
	slices.Sort(codes)
	first := codes[0]
	if slices.Contains(codes, featuredCode) {
		first = featuredCode
	}
	e, _ := cat.Lookup(first)
	lead := first + " " + e.Brief()
	switch len(codes) {
	case 1:
		return lead + " comes with HTTP 200"
	case 2:
		return lead + " and 1 other error code come with HTTP 200"
	}
	return fmt.Sprintf("%s and %d other error codes come with HTTP 200", lead, len(codes)-1)
}

func intConst(pass *analysis.Pass, e ast.Expr) (int64, bool) {
	tv, ok := pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}
