// Package sets names the analyzer sets the driver runs: the floor, cbclint,
// exhaustive and go vet's default suite.
package sets

import (
	"fmt"
	"slices"

	"github.com/nishanths/exhaustive"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/appends"
	"golang.org/x/tools/go/analysis/passes/asmdecl"
	"golang.org/x/tools/go/analysis/passes/assign"
	"golang.org/x/tools/go/analysis/passes/atomic"
	"golang.org/x/tools/go/analysis/passes/bools"
	"golang.org/x/tools/go/analysis/passes/buildtag"
	"golang.org/x/tools/go/analysis/passes/cgocall"
	"golang.org/x/tools/go/analysis/passes/composite"
	"golang.org/x/tools/go/analysis/passes/copylock"
	"golang.org/x/tools/go/analysis/passes/defers"
	"golang.org/x/tools/go/analysis/passes/directive"
	"golang.org/x/tools/go/analysis/passes/errorsas"
	"golang.org/x/tools/go/analysis/passes/framepointer"
	"golang.org/x/tools/go/analysis/passes/hostport"
	"golang.org/x/tools/go/analysis/passes/httpresponse"
	"golang.org/x/tools/go/analysis/passes/ifaceassert"
	"golang.org/x/tools/go/analysis/passes/inspect"
	"golang.org/x/tools/go/analysis/passes/loopclosure"
	"golang.org/x/tools/go/analysis/passes/lostcancel"
	"golang.org/x/tools/go/analysis/passes/nilfunc"
	"golang.org/x/tools/go/analysis/passes/printf"
	"golang.org/x/tools/go/analysis/passes/shift"
	"golang.org/x/tools/go/analysis/passes/sigchanyzer"
	"golang.org/x/tools/go/analysis/passes/slog"
	"golang.org/x/tools/go/analysis/passes/stdmethods"
	"golang.org/x/tools/go/analysis/passes/stdversion"
	"golang.org/x/tools/go/analysis/passes/stringintconv"
	"golang.org/x/tools/go/analysis/passes/structtag"
	"golang.org/x/tools/go/analysis/passes/testinggoroutine"
	"golang.org/x/tools/go/analysis/passes/tests"
	"golang.org/x/tools/go/analysis/passes/timeformat"
	"golang.org/x/tools/go/analysis/passes/unmarshal"
	"golang.org/x/tools/go/analysis/passes/unreachable"
	"golang.org/x/tools/go/analysis/passes/unsafeptr"
	"golang.org/x/tools/go/analysis/passes/unusedresult"
	"golang.org/x/tools/go/analysis/passes/waitgroup"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
)

// Floor requires inspect and does nothing: what every variant pays to load,
// type-check and build the inspector, with no analysis of its own.
var Floor = &analysis.Analyzer{
	Name:     "floor",
	Doc:      "requires inspect and does nothing: the cost of loading and type-checking",
	Requires: []*analysis.Analyzer{inspect.Analyzer},
	Run:      func(*analysis.Pass) (any, error) { return nil, nil },
}

// FloorFacts is the floor with a fact type: a driver gives it the
// dependencies' facts, so it measures what that costs before any analysis
// (with -loader=cbclint: the dependencies cbcstatus needs loaded from source,
// and an action on every package of the graph).
var FloorFacts = &analysis.Analyzer{
	Name:      "floorfacts",
	Doc:       "the floor, declaring a fact: the cost of loading for facts",
	Requires:  []*analysis.Analyzer{inspect.Analyzer},
	FactTypes: []analysis.Fact{new(noFact)},
	Run:       func(*analysis.Pass) (any, error) { return nil, nil },
}

type noFact struct{}

func (*noFact) AFact() {}

// Vet is the suite cmd/vet runs by default (Go 1.26's src/cmd/vet/main.go).
var Vet = []*analysis.Analyzer{
	appends.Analyzer,
	asmdecl.Analyzer,
	assign.Analyzer,
	atomic.Analyzer,
	bools.Analyzer,
	buildtag.Analyzer,
	cgocall.Analyzer,
	composite.Analyzer,
	copylock.Analyzer,
	defers.Analyzer,
	directive.Analyzer,
	errorsas.Analyzer,
	framepointer.Analyzer,
	httpresponse.Analyzer,
	hostport.Analyzer,
	ifaceassert.Analyzer,
	loopclosure.Analyzer,
	lostcancel.Analyzer,
	nilfunc.Analyzer,
	printf.Analyzer,
	shift.Analyzer,
	sigchanyzer.Analyzer,
	slog.Analyzer,
	stdmethods.Analyzer,
	stdversion.Analyzer,
	stringintconv.Analyzer,
	structtag.Analyzer,
	tests.Analyzer,
	testinggoroutine.Analyzer,
	timeformat.Analyzer,
	unmarshal.Analyzer,
	unreachable.Analyzer,
	unsafeptr.Analyzer,
	unusedresult.Analyzer,
	waitgroup.Analyzer,
}

var byName = map[string]func() []*analysis.Analyzer{
	"floor":       func() []*analysis.Analyzer { return []*analysis.Analyzer{Floor} },
	"floor-facts": func() []*analysis.Analyzer { return []*analysis.Analyzer{FloorFacts} },
	"cbclint":     func() []*analysis.Analyzer { return analyzer.All(&config.Settings{}) },
	"exhaustive":  func() []*analysis.Analyzer { return []*analysis.Analyzer{exhaustive.Analyzer} },
	"vet":         func() []*analysis.Analyzer { return Vet },
}

// Names lists the sets, sorted.
func Names() []string {
	var names []string
	for n := range byName {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// Get returns the analyzers of the named set.
func Get(name string) ([]*analysis.Analyzer, error) {
	f, ok := byName[name]
	if !ok {
		return nil, fmt.Errorf("unknown analyzer set %q (sets: %v)", name, Names())
	}
	return f(), nil
}
