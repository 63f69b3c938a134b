package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/driver"
)

// shortUsage is printed when no packages are named.
const shortUsage = `usage: cbclint [flags] packages...     e.g. cbclint ./...
Run 'cbclint help' for the checks, the flags and the exit statuses.
`

// commandFlags are the flags of the command itself, as opposed to the settings.
type commandFlags struct {
	json, fix, tests *bool
	diff             *bool   // -fix's changes as a unified diff, nothing written
	format           *string // text, json or sarif; -json is -format=json
	catalog, version *bool
	operations       *bool
	explain          *string
	only             map[string]*bool // -cbccode, -cbccode=false
	own              *flag.FlagSet    // the flags above, as help lists them
}

// newFlags defines every flag of the command on a new FlagSet: the settings
// (shared, then each check's as -check.flag, bound to s), the command's own,
// and -<check> for go vet's way of choosing checks.
func newFlags(s *config.Settings, analyzers []*analysis.Analyzer, stderr io.Writer) (*flag.FlagSet, *commandFlags) {
	fs := flag.NewFlagSet("cbclint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprintln(stderr, "run 'cbclint help' for the flags") }
	s.RegisterFlags(fs)
	for _, a := range analyzers {
		a.Flags.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, a.Name+"."+f.Name, f.Usage) })
	}
	c := &commandFlags{only: map[string]*bool{}, own: flag.NewFlagSet("", flag.ContinueOnError)}
	c.format = c.own.String("format", "text", "print the findings as `text` (file:line:col: message (check)), json (the x/tools analysis format) or sarif (SARIF 2.1.0, for code scanning) on standard output")
	c.json = c.own.Bool("json", false, "the same as -format=json")
	c.fix = c.own.Bool("fix", false, "apply the fix of each finding that has exactly one (and compiles); print the findings left and why")
	c.diff = c.own.Bool("diff", false, "print the changes -fix would make as a unified diff on standard output, and write nothing; the findings it leaves go to standard error")
	c.tests = c.own.Bool("test", true, "analyse test files too")
	c.catalog = c.own.Bool("catalog", false, "print the whole catalog as JSON")
	c.operations = c.own.Bool("operations", false, "print the operations of CBC's API (from the Huawei SDK) as JSON")
	c.explain = c.own.String("explain", "", "print what the catalog knows about a `code` or an operation (RenewalResources)")
	c.version = c.own.Bool("version", false, "print cbclint's version and its catalog's (also: cbclint version)")
	c.own.VisitAll(func(f *flag.Flag) { fs.Var(f.Value, f.Name, f.Usage) })
	for _, a := range analyzers {
		fs.Var(&enableFlag{c.only, a.Name}, a.Name, "run only "+a.Name+"; -"+a.Name+"=false runs all but it (go vet's way; -checks does the same)")
	}
	return fs, c
}

// help prints the command's usage, or with a check name that check's
// documentation for its users (its Doc: what it finds, why, how to fix and
// silence it, its settings; the developers' "How it works" section of doc.go
// is not in it) and its flags. Exit status 2 for an unknown check.
func help(w, stderr io.Writer, analyzers []*analysis.Analyzer, fs *flag.FlagSet, c *commandFlags, args []string) int {
	if len(args) == 0 {
		usage(w, analyzers, fs, c)
		return driver.ExitClean
	}
	if len(args) > 1 {
		fmt.Fprintf(stderr, "cbclint: help takes one check name: remove %q\n", args[1])
		return driver.ExitUsage
	}
	for _, a := range analyzers {
		if a.Name != args[0] {
			continue
		}
		fmt.Fprintf(w, "%s: %s\n", a.Name, a.Doc)
		if own := prefixed(fs, a.Name+"."); hasFlags(own) {
			fmt.Fprintf(w, "\nFlags (golangci-lint: the same names, without %s.):\n", a.Name)
			own.SetOutput(w)
			own.PrintDefaults()
		}
		fmt.Fprintf(w, "\nMore: %s\n", a.URL)
		return driver.ExitClean
	}
	fmt.Fprintf(stderr, "cbclint: help: %s\n", config.UnknownCheck(args[0]))
	return driver.ExitUsage
}

// usage prints what cbclint does, its checks, commands, settings and exit statuses.
func usage(w io.Writer, analyzers []*analysis.Analyzer, fs *flag.FlagSet, c *commandFlags) {
	fmt.Fprint(w, `cbclint finds bugs in Go code that calls Huawei Cloud's CBC (Cost & Billing
Center, also called BSS) API: error codes CBC never sends, dispatches on the
error code that miss critical codes, and success decided by HTTP status alone.

Usage:
  cbclint [flags] packages...        analyse packages, e.g. cbclint ./...; each finding
                                     on stdout as file:line:col: message (check)
  cbclint -fix ./...                 apply the suggested fixes; print the findings left
  cbclint -diff ./...                the fixes -fix would apply, as a unified diff; nothing written
  cbclint -json ./...                the findings as JSON (the x/tools analysis format)
  cbclint -format=sarif ./...        the findings as SARIF 2.1.0, for code scanning
  cbclint -explain CBC.5020          what the catalog knows about a code
  cbclint -catalog                   the whole catalog as JSON
  cbclint -explain RenewalResources  an operation: method, path, error fields, its pages' status tables
                                     (in English) and the codes critical for it
  cbclint -operations                CBC's operations (from the SDK) as JSON
  cbclint -version                   cbclint's version and its catalog's (also: cbclint version)
  cbclint help [check]               this text, or a check's documentation
  go vet -vettool=$(which cbclint) ./...   the same checks under go vet

Checks:
`)
	for _, a := range analyzers {
		summary, _, _ := strings.Cut(a.Doc, "\n")
		fmt.Fprintf(w, "  %-11s %s\n", a.Name, summary)
	}
	fmt.Fprint(w, "\nSettings (golangci-lint: the same names, without the check's prefix):\n")
	byCheck := map[string]bool{}
	for _, a := range analyzers {
		byCheck[a.Name] = true
	}
	shared := flag.NewFlagSet("", flag.ContinueOnError)
	fs.VisitAll(func(f *flag.Flag) {
		check, _, prefixed := strings.Cut(f.Name, ".")
		switch {
		case byCheck[f.Name], prefixed && byCheck[check]:
		case c.own.Lookup(f.Name) != nil:
		default:
			shared.Var(f.Value, f.Name, f.Usage)
		}
	})
	shared.SetOutput(w)
	shared.PrintDefaults()
	for _, a := range analyzers {
		if own := prefixed(fs, a.Name+"."); hasFlags(own) {
			own.SetOutput(w)
			own.PrintDefaults()
		}
	}
	fmt.Fprint(w, "\nOther flags:\n")
	c.own.SetOutput(w)
	c.own.PrintDefaults()
	fmt.Fprint(w, `
Exit status (cbclint, also with -json, -format=sarif and -fix):
  0  no findings, or -fix fixed them all
  3  findings (printed, in the JSON or SARIF, or left unfixed by -fix)
  1  a package could not be loaded or analysed (e.g. it does not compile)
  2  bad flags or settings (one line says which), no packages named, or
     patterns that match no package
Under go vet and golangci-lint the status is theirs: 1 on findings. go vet
-fix exits 0 even when findings remain: in CI, check without -fix.

Silencing a finding (under cbclint, go vet and golangci-lint alike):
  //cbclint:ignore cbcswitch the reconciler retries throttled calls
on the reported line, or alone on the line above it, silences the named
checks' findings there (several: cbcswitch,cbcstatus). The reason after the
check names is required: without one the directive silences nothing and is
reported. A directive naming an unknown check, or one that silences nothing,
is reported too, so stale directives do not pile up. Findings in generated
files are not reported (-include-generated reports them).

More: 'cbclint help <check>' for what a check finds and how to fix it; the
README (https://github.com/cbclint/cbclint) for a guide, and its docs/
directory for the reference (docs/reference.md) and the catalog
(docs/catalog.md).
`)
}

// prefixed returns the flags of fs whose names start with prefix.
func prefixed(fs *flag.FlagSet, prefix string) *flag.FlagSet {
	out := flag.NewFlagSet("", flag.ContinueOnError)
	fs.VisitAll(func(f *flag.Flag) {
		if strings.HasPrefix(f.Name, prefix) {
			out.Var(f.Value, f.Name, f.Usage)
		}
	})
	return out
}

func hasFlags(fs *flag.FlagSet) bool {
	n := 0
	fs.VisitAll(func(*flag.Flag) { n++ })
	return n > 0
}

// enableFlag is -cbccode (run only the checks named so) and -cbccode=false
// (run all but those), the flags go vet gives each analyzer.
type enableFlag struct {
	only map[string]*bool
	name string
}

func (f *enableFlag) IsBoolFlag() bool { return true }
func (f *enableFlag) String() string {
	if f.only == nil || f.only[f.name] == nil {
		return ""
	}
	return fmt.Sprint(*f.only[f.name])
}
func (f *enableFlag) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return errors.New("want true or false")
	}
	f.only[f.name] = &b
	return nil
}
