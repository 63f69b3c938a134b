package config

import (
	"flag"
	"strconv"
	"strings"
)

// RegisterFlags defines the flags every check shares on fs, bound to s. A
// check's own flags come with the check (check.Spec.Flags). Each flag validates
// the settings when it is set, so a bad value stops the command with one error
// and exit status 2 before anything runs.
func (s *Settings) RegisterFlags(fs *flag.FlagSet) {
	s.ListFlag(fs, &s.Checks, "checks", "comma-separated `checks` to run: "+strings.Join(Checks, ",")+" or all (default: all)")
	s.StringFlag(fs, &s.CatalogFile, "catalog-file", "JSON `file` of catalog entries that extend or change the catalog (the form cbclint -catalog prints)")
	s.BoolFlag(fs, &s.IncludeGenerated, "include-generated", "report findings in generated files too")
}

// BoolFlag defines a boolean flag on fs that sets *p, a field of s.
func (s *Settings) BoolFlag(fs *flag.FlagSet, p *bool, name, usage string) {
	fs.Var(&boolFlag{s, p}, name, usage)
}

// StringFlag defines a flag on fs that sets *p, a field of s.
func (s *Settings) StringFlag(fs *flag.FlagSet, p *string, name, usage string) {
	fs.Var(&stringFlag{s, p}, name, usage)
}

// ListFlag defines a flag on fs that appends its comma-separated items to *p,
// a field of s; it may be repeated.
func (s *Settings) ListFlag(fs *flag.FlagSet, p *[]string, name, usage string) {
	fs.Var(&listFlag{s, p}, name, usage)
}

// SetChecks replaces the checks that run and validates the settings.
func (s *Settings) SetChecks(checks []string) error {
	return s.set(func() { s.Checks = checks })
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
// order of the flags. It looks at every argument up to "--": one that does
// not start with "-" may be the value of the flag before it (-cbcswitch.critical
// +CBC.x), and packages never start with "-".
func (s *Settings) PreScan(args []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return
		}
		if !strings.HasPrefix(a, "-") {
			continue
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
