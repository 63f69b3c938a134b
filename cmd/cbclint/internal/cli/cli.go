// Package cli is the cbclint command's front end: its flags and settings, the
// checks over packages standalone (run by internal/driver), under go vet as
// its -vettool (x/tools' unitchecker), plus help, -explain, -catalog,
// -operations and -version.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/driver"
)

// Main runs the command with os.Args and exits.
func Main() {
	args := os.Args[1:]
	if vetProtocol(args) {
		vet(args) // exits
	}
	os.Exit(run(".", args, os.Stdout, os.Stderr))
}

// run is the standalone command in dir; it returns the exit status.
func run(dir string, args []string, stdout, stderr io.Writer) int {
	s := &config.Settings{}
	s.PreScan(args)
	analyzers := analyzer.All(s)
	fs, c := newFlags(s, analyzers, stderr)
	// The flag package prints its error and then the usage; the error is
	// printed below, in one line.
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	if wantsHelp(args) {
		usage(stdout, analyzers, fs, c)
		return driver.ExitClean
	}
	if err := fs.Parse(args); err == flag.ErrHelp {
		usage(stdout, analyzers, fs, c)
		return driver.ExitClean
	} else if err != nil {
		fmt.Fprintln(stderr, "cbclint:", flagError(err.Error()))
		return driver.ExitUsage
	}
	if fs.Arg(0) == "help" {
		return help(stdout, stderr, analyzers, fs, c, fs.Args()[1:])
	}
	rest := fs.Args()
	if len(rest) > 0 && rest[0] == "version" {
		// The subcommand, as "help" is: a package named version is ./version.
		if len(rest) > 1 {
			fmt.Fprintf(stderr, "cbclint: version takes no arguments: remove %q (a package named version is ./version)\n", rest[1])
			return driver.ExitUsage
		}
		*c.version, rest = true, nil
	}
	for _, a := range fs.Args() {
		// The flag package stops at the first package; a flag after it would
		// be taken for a package pattern, and silently not apply.
		if strings.HasPrefix(a, "-") {
			fmt.Fprintf(stderr, "cbclint: flag %s after the packages: put the flags first (cbclint [flags] packages...)\n", a)
			return driver.ExitUsage
		}
	}
	if err := applyOnly(s, c.only); err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return driver.ExitUsage
	}
	r, err := s.Resolve()
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return driver.ExitUsage
	}
	if mode := infoMode(c); mode != "" {
		if err := infoMisuse(fs, c, mode, rest); err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return driver.ExitUsage
		}
		if *c.version {
			version(stdout, r, s.CatalogFile)
			return driver.ExitClean
		}
		return info(r, c, stdout, stderr)
	}
	if len(rest) == 0 {
		fmt.Fprint(stderr, shortUsage)
		return driver.ExitUsage
	}
	if err := c.resolveFormat(); err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return driver.ExitUsage
	}
	return driver.Run(dir, rest, driver.Options{Format: *c.format, Fix: *c.fix, Diff: *c.diff, Tests: *c.tests}, analyzers, stdout, stderr)
}

// wantsHelp reports whether the flags ask for help (-h, -help).
func wantsHelp(args []string) bool {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false
		}
		if name := strings.TrimLeft(a, "-"); name == "h" || name == "help" {
			return true
		}
	}
	return false
}

// vetProtocol reports whether go vet runs cbclint as its -vettool: asking for
// its flags (-flags) or version (-V=full), or analysing one package described
// by a config file (the last argument, *.cfg).
func vetProtocol(args []string) bool {
	if len(args) > 0 && strings.HasSuffix(args[len(args)-1], ".cfg") {
		return true
	}
	for _, a := range args {
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if strings.HasPrefix(a, "-") && (name == "V" || name == "flags") {
			return true
		}
	}
	return false
}

// vet runs the checks under go vet, through x/tools' multichecker (which
// hands the config file to unitchecker), and exits.
func vet(args []string) {
	s := &config.Settings{}
	s.PreScan(args)
	if vetFactsOnly(args) {
		s.ForFactsOnly()
	}
	s.RegisterFlags(flag.CommandLine)
	// A bad flag or value: one line, as the standalone command prints it,
	// instead of the flag package's error and every flag.
	flag.CommandLine.SetOutput(flagErrorWriter{os.Stderr})
	flag.CommandLine.Usage = func() {}
	multichecker.Main(analyzer.All(s)...)
}

// flagErrorWriter prints each error the flag package writes in one line
// starting with cbclint: (flagError); the flag package writes nothing else
// once Usage prints nothing.
type flagErrorWriter struct{ w io.Writer }

func (fw flagErrorWriter) Write(p []byte) (int, error) {
	fmt.Fprintln(fw.w, "cbclint:", flagError(driver.OneLine(string(p))))
	return len(p), nil
}

var invalidValue = regexp.MustCompile(`^invalid (boolean )?value ("(?:[^"\\]|\\.)*") for (?:flag )?(-\S+): (.*)$`)

// flagError is the flag package's error text in cbclint's words: a bad value
// is the setting's own error, which names the value and, for a catalog file,
// starts with its position; else the flag and the value come first.
func flagError(msg string) string {
	m := invalidValue.FindStringSubmatch(msg)
	if m == nil {
		if strings.HasPrefix(msg, "flag provided but not defined: ") {
			return msg + " (cbclint help lists the flags)"
		}
		return msg
	}
	value, err := strconv.Unquote(m[2])
	if err != nil {
		value = m[2]
	}
	name, why := m[3], m[4]
	if m[1] != "" {
		why = "want true or false"
	}
	if value != "" && strings.Contains(why, value) {
		return why
	}
	return fmt.Sprintf("%s=%s: %s", name, value, why)
}

// info runs -explain CODE and -catalog. Exit status: 0 done, 1 unknown code, 2 bad usage.
func info(r *config.Resolved, c *commandFlags, stdout, stderr io.Writer) int {
	if *c.operations {
		return operations(r.Catalog, stdout, stderr)
	}
	if *c.catalog {
		b, err := r.Catalog.JSON()
		if err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return driver.ExitUsage
		}
		stdout.Write(b)
		return driver.ExitClean
	}
	text, ok := r.Catalog.Explain(*c.explain)
	fmt.Fprint(stdout, text)
	if !ok {
		return 1
	}
	return driver.ExitClean
}

// infoMode names the flag that asks for information instead of an analysis,
// the first of -version, -catalog, -operations and -explain that is set, or "".
func infoMode(c *commandFlags) string {
	switch {
	case *c.version:
		return "-version"
	case *c.catalog:
		return "-catalog"
	case *c.operations:
		return "-operations"
	case *c.explain != "":
		return "-explain"
	}
	return ""
}

// infoMisuse says what is wrong when mode comes with arguments, another
// information flag, or a flag that only applies to an analysis.
func infoMisuse(fs *flag.FlagSet, c *commandFlags, mode string, rest []string) error {
	var set []string
	fs.Visit(func(f *flag.Flag) {
		if c.own.Lookup(f.Name) != nil || c.only[f.Name] != nil {
			set = append(set, "-"+f.Name)
		}
	})
	for _, f := range set {
		switch {
		case f == mode:
		case f == "-json" && (mode == "-catalog" || mode == "-operations"):
			return fmt.Errorf("-json does not apply to %s, which prints JSON already", mode)
		case f == "-catalog" || f == "-operations" || f == "-explain" || f == "-version":
			return fmt.Errorf("%s and %s do not go together: give one of them", mode, f)
		default:
			return fmt.Errorf("%s does not apply to %s: it is for analysing packages", f, mode)
		}
	}
	switch {
	case len(rest) == 0:
		return nil
	case mode == "-explain":
		return fmt.Errorf("-explain takes one code and no packages: %q is one argument too many (run cbclint -explain once for each code)", rest[0])
	default:
		return fmt.Errorf("%s takes no arguments: remove %q", mode, rest[0])
	}
}

// vetFactsOnly reports whether go vet runs cbclint on a dependency only for its
// facts: the last argument is go vet's config file, with VetxOnly set.
func vetFactsOnly(args []string) bool {
	if len(args) == 0 || !strings.HasSuffix(args[len(args)-1], ".cfg") {
		return false
	}
	data, err := os.ReadFile(args[len(args)-1])
	if err != nil {
		return false
	}
	var cfg struct{ VetxOnly bool }
	return json.Unmarshal(data, &cfg) == nil && cfg.VetxOnly
}

// resolveFormat checks -format against -json (its alias), -fix and -diff
// (which print the findings they leave as text) and sets it from -json.
// -fix -diff is -diff, as in x/tools' drivers: the diff, nothing written.
func (c *commandFlags) resolveFormat() error {
	switch *c.format {
	case "text", "json", "sarif":
	default:
		return fmt.Errorf("-format=%s: want text, json or sarif", *c.format)
	}
	if *c.json {
		if *c.format == "sarif" {
			return errors.New("-json is -format=json: it does not go with -format=sarif")
		}
		*c.format = "json"
	}
	for _, f := range []struct {
		set  bool
		name string
	}{{*c.fix, "-fix"}, {*c.diff, "-diff"}} {
		if f.set && *c.format != "text" {
			flag := "-format=" + *c.format
			if *c.json {
				flag = "-json"
			}
			return fmt.Errorf("%s and %s do not go together (%s prints the findings it leaves as text)", flag, f.name, f.name)
		}
	}
	return nil
}

// applyOnly narrows the checks of s by the -<check> flags: those set to true
// if any, else all but those set to false.
func applyOnly(s *config.Settings, only map[string]*bool) error {
	if len(only) == 0 {
		return nil
	}
	r, err := s.Resolve()
	if err != nil {
		return err
	}
	anyTrue := false
	for _, v := range only {
		anyTrue = anyTrue || *v
	}
	var keep []string
	for _, c := range r.Checks {
		if v, ok := only[c]; anyTrue && ok && *v || !anyTrue && !ok {
			keep = append(keep, c)
		}
	}
	if len(keep) == 0 {
		return fmt.Errorf("the flags leave no check to run")
	}
	return s.SetChecks(keep)
}
