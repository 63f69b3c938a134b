package analyzer_test

import (
	"flag"
	"go/ast"
	"go/types"
	"reflect"
	"slices"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/analyzer/cbccode"
	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/analyzer/cbcswitch"
	"github.com/cbclint/cbclint/internal/config"
)

// The names settings accept and directives name (config.Checks) are the suite's.
func TestChecksAgree(t *testing.T) {
	var names []string
	for _, a := range analyzer.All(&config.Settings{}) {
		names = append(names, a.Name)
	}
	if !slices.Equal(names, config.Checks) {
		t.Errorf("analyzer.All has %v, config.Checks %v: add a check to both, in the same order", names, config.Checks)
	}
}

// Every check's flags fill the one Settings: a flag set on the command line
// changes what the plugin's settings key of the same name does.
func TestCheckFlagsFillSettings(t *testing.T) {
	s := &config.Settings{}
	got := map[string]bool{}
	for _, a := range analyzer.All(s) {
		a.Flags.VisitAll(func(f *flag.Flag) { got[a.Name+"."+f.Name] = true })
	}
	for _, want := range []string{"cbcswitch.default-handles", "cbcswitch.critical", "cbcstatus.endpoints"} {
		if !got[want] {
			t.Errorf("no flag -%s (flags: %v)", want, got)
		}
	}
	for _, a := range analyzer.All(s) {
		if f := a.Flags.Lookup("default-handles"); f != nil {
			if err := f.Value.Set("true"); err != nil {
				t.Fatal(err)
			}
		}
	}
	if r, err := s.Resolve(); err != nil || !r.DefaultHandles {
		t.Errorf("-cbcswitch.default-handles did not reach the settings: %+v, %v", r, err)
	}
}

// A check reports through check.Pass, whose Report applies //cbclint:ignore
// directives; a call of analysis.Pass's own Report (or Reportf, ReportRangef)
// in a check would bypass them.
func TestReportThroughFilter(t *testing.T) {
	cfg := &packages.Config{Mode: packages.NeedName | packages.NeedTypes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedFiles}
	pkgs, err := packages.Load(cfg, "github.com/cbclint/cbclint/analyzer/...")
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 || len(pkgs) < 4 {
		t.Fatalf("loaded %d packages", len(pkgs))
	}
	for _, p := range pkgs {
		for _, f := range p.Syntax {
			ast.Inspect(f, func(n ast.Node) bool {
				sel, ok := n.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				obj := p.TypesInfo.Uses[sel.Sel]
				if obj == nil || obj.Pkg() == nil || obj.Pkg().Path() != "golang.org/x/tools/go/analysis" {
					return true
				}
				if v, ok := obj.(*types.Var); ok && v.IsField() && v.Name() == "Report" || obj.Name() == "Reportf" || obj.Name() == "ReportRangef" {
					t.Errorf("%s: %s bypasses the //cbclint:ignore filter: report through the check.Pass the check's run receives", p.Fset.Position(sel.Pos()), obj.Name())
				}
				return true
			})
		}
	}
}

// The package-level Analyzers (what nogo names) are the checks cbclint runs:
// the same names in the same order, documentation, facts, requirements and
// flags, each with default settings.
func TestDefaultsAreTheChecks(t *testing.T) {
	all, defaults := analyzer.All(&config.Settings{}), analyzer.Defaults()
	if len(all) != len(defaults) {
		t.Fatalf("All has %d checks, Defaults %d", len(all), len(defaults))
	}
	flags := func(a *analysis.Analyzer) []string {
		var out []string
		a.Flags.VisitAll(func(f *flag.Flag) { out = append(out, f.Name+"="+f.DefValue+"="+f.Value.String()) })
		return out
	}
	names := func(as []*analysis.Analyzer) []string {
		var out []string
		for _, a := range as {
			out = append(out, a.Name)
		}
		return out
	}
	facts := func(a *analysis.Analyzer) []string {
		var out []string
		for _, f := range a.FactTypes {
			out = append(out, reflect.TypeOf(f).String())
		}
		return out
	}
	for i, d := range defaults {
		a := all[i]
		if d.Name != a.Name || d.Doc != a.Doc || d.URL != a.URL || !slices.Equal(names(d.Requires), names(a.Requires)) ||
			!slices.Equal(facts(d), facts(a)) || !slices.Equal(flags(d), flags(a)) || d.Run == nil {
			t.Errorf("Defaults()[%d] is %s, not the check All runs as %s (or its settings are not the defaults: flags %v, want %v)", i, d.Name, a.Name, flags(d), flags(a))
		}
	}
	if defaults[0] != cbccode.Analyzer || defaults[1] != cbcswitch.Analyzer || defaults[2] != cbcstatus.Analyzer {
		t.Error("Defaults are not the check packages' Analyzer values, which nogo names")
	}
}
