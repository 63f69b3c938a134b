package cbcswitch

import (
	_ "embed"
	"go/token"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"
	"honnef.co/go/tools/analysis/facts/generated"

	"github.com/cbclint/cbclint/internal/analysisdoc"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/suppress"
)

//go:embed doc.go
var doc string

// Name is the check's name in flags, directives and output.
const Name = "cbcswitch"

// Analyzer runs the check with default settings.
var Analyzer = New(&config.Settings{})

// New returns the check configured by s; its flags fill s.
func New(s *config.Settings) *analysis.Analyzer {
	a := &analysis.Analyzer{
		Name:     Name,
		Doc:      analysisdoc.Extract(doc, Name),
		URL:      "https://pkg.go.dev/github.com/cbclint/cbclint/analyzer/cbcswitch",
		Requires: []*analysis.Analyzer{inspect.Analyzer, generated.Analyzer},
		Run:      func(pass *analysis.Pass) (any, error) { return run(pass, s) },
	}
	s.RegisterFlags(&a.Flags, Name)
	return a
}

func run(pass *analysis.Pass, s *config.Settings) (any, error) {
	r, err := s.Resolve()
	if err != nil {
		return nil, err
	}
	if !r.Enabled(Name) {
		return nil, nil
	}
	done := suppress.Install(pass, Name, r)
	defer done()

	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for d := range dispatches(pass, ins) {
		miss := required(r.Catalog, d, r.DefaultHandles)
		if len(miss) == 0 {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:            d.pos,
			End:            d.pos + keywordLen(d),
			Message:        message(d, miss),
			SuggestedFixes: fixes(pass, d, miss),
		})
	}
	return nil, nil
}

func keywordLen(d *dispatch) token.Pos { return token.Pos(len(d.keyword)) }
