package cbcswitch

import (
	_ "embed"
	"flag"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/config"
)

//go:embed doc.go
var doc string

// Name is the check's name in flags, directives and output.
const Name = "cbcswitch"

// Analyzer runs the check with default settings.
var Analyzer = New(&config.Settings{})

// New returns the check configured by s; its flags fill s.
func New(s *config.Settings) *analysis.Analyzer {
	return check.New(s, check.Spec{Name: Name, DocGo: doc, Flags: flags, Run: run})
}

func flags(fs *flag.FlagSet, s *config.Settings) {
	s.BoolFlag(fs, &s.DefaultHandles, "default-handles", "a default clause counts as handling the critical codes")
	s.ListFlag(fs, &s.Critical, "critical", "`changes` to the critical set: +CBC.x (everywhere), +CBC.x:topic|topic (where those topics are handled), -CBC.x (removed); comma-separated, repeatable")
}

func run(pass *check.Pass, r *config.Resolved) error {
	ins := pass.ResultOf[inspect.Analyzer].(*inspector.Inspector)
	for d := range dispatches(pass.Pass, ins, r.Catalog) {
		s, known := servedBy(pass.Pass, r.Catalog, d)
		var by *served
		if known {
			by = &s
		}
		miss := required(r.Catalog, d, r.DefaultHandles, by)
		if len(miss) == 0 {
			continue
		}
		pass.Report(analysis.Diagnostic{
			Pos:            d.pos,
			End:            d.end,
			Message:        message(d, by, miss),
			SuggestedFixes: fixes(pass.Pass, d, miss),
		})
	}
	return nil
}
