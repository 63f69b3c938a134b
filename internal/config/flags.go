package config

import (
	"flag"
	"strconv"
	"strings"
)

// RegisterFlags defines the flags of check on fs ("" for the flags every check
// shares), bound to s. Each flag validates the settings when it is set, so a bad
// value stops the command with one error and exit status 2 before anything runs.
func (s *Settings) RegisterFlags(fs *flag.FlagSet, check string) {
	switch check {
	case "":
		fs.Var(&listFlag{s, &s.Checks}, "checks", "comma-separated checks to run (default: all of "+strings.Join(Checks, ",")+")")
		fs.Var(&stringFlag{s, &s.CatalogFile}, "catalog-file", "JSON file of catalog entries that extend or change the catalog (the form cbclint -catalog prints)")
		fs.Var(&boolFlag{s, &s.IncludeGenerated}, "include-generated", "report findings in generated files too")
	case "cbcswitch":
		fs.Var(&boolFlag{s, &s.DefaultHandles}, "default-handles", "a default clause counts as handling the critical codes")
		fs.Var(&listFlag{s, &s.Critical}, "critical", `change the critical set: "+CBC.x", "+CBC.x:topic|topic", "-CBC.x" (comma-separated, repeatable)`)
	case "cbcstatus":
		fs.Var(&listFlag{s, &s.Endpoints}, "endpoints", "more CBC endpoint hosts: bss.example.com or *.example.com (comma-separated, repeatable)")
		fs.Var(&boolFlag{s, &s.CrossPackageHelpers}, "cross-package-helpers", "judge helpers in other packages by whether they examine error_code (analysis facts: every dependency is analysed from source, which is slower)")
		fs.Var(&listFlag{s, &s.ResponsePackages}, "response-packages", "import paths of in-house CBC client packages whose error_code-carrying types are responses: example.com/billing/cbc or example.com/billing/... (comma-separated, repeatable)")
	}
}

// set changes a field and validates the whole settings.
func (s *Settings) set(change func()) error {
	change()
	s.invalidate()
	_, err := s.Resolve()
	return err
}

type stringFlag struct {
	s *Settings
	p *string
}

func (f *stringFlag) String() string {
	if f.p == nil {
		return ""
	}
	return *f.p
}
func (f *stringFlag) Set(v string) error { return f.s.set(func() { *f.p = v }) }

type boolFlag struct {
	s *Settings
	p *bool
}

func (f *boolFlag) String() string {
	if f.p == nil {
		return "false"
	}
	return strconv.FormatBool(*f.p)
}
func (f *boolFlag) IsBoolFlag() bool { return true }
func (f *boolFlag) Set(v string) error {
	b, err := strconv.ParseBool(v)
	if err != nil {
		return err
	}
	return f.s.set(func() { *f.p = b })
}

type listFlag struct {
	s *Settings
	p *[]string
}

func (f *listFlag) String() string {
	if f.p == nil {
		return ""
	}
	return strings.Join(*f.p, ",")
}
func (f *listFlag) Set(v string) error {
	return f.s.set(func() {
		for _, item := range strings.Split(v, ",") {
			if item = strings.TrimSpace(item); item != "" {
				*f.p = append(*f.p, item)
			}
		}
	})
}

// PreScan sets CatalogFile from command-line args before the flags are parsed,
// so that every other flag is validated against the user's catalog whatever the
// order of the flags.
func (s *Settings) PreScan(args []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" || !strings.HasPrefix(a, "-") {
			return
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name != "catalog-file" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			i++
			value = args[i]
		}
		s.CatalogFile = value
	}
}
