// Package cli is the cbclint command: the analyzers under the x/tools drivers
// (standalone over packages, or as go vet's -vettool), plus -explain and -catalog.
package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
)

// Main runs the command with os.Args and exits.
func Main() {
	s := &config.Settings{}
	s.PreScan(os.Args[1:])
	if vetFactsOnly(os.Args[1:]) {
		s.ForFactsOnly()
	}
	if isInfoCommand(os.Args[1:]) {
		os.Exit(info(s, os.Args[1:], os.Stdout, os.Stderr))
	}
	s.RegisterFlags(flag.CommandLine)
	flag.Bool("catalog", false, "print the whole catalog as JSON and exit")
	flag.String("explain", "", "print what the catalog knows about a code and exit")
	flag.CommandLine.Usage = usage(flag.CommandLine, os.Args[1:])
	multichecker.Main(analyzer.All(s)...)
}

// usage prints every flag when help was asked for, and otherwise (after a bad
// flag value, which the flag package has just printed) one line pointing to it.
func usage(fs *flag.FlagSet, args []string) func() {
	return func() {
		for _, a := range args {
			if a == "-h" || a == "-help" || a == "--help" || a == "--h" {
				fmt.Fprintf(fs.Output(), "usage: cbclint [flags] packages...\n\nFlags:\n")
				fs.PrintDefaults()
				fmt.Fprintf(fs.Output(), "\nRun 'cbclint help' for the checks and their documentation.\n")
				return
			}
		}
		fmt.Fprintln(fs.Output(), "run 'cbclint -help' for the flags")
	}
}

// isInfoCommand reports whether args ask for -explain or -catalog, which take no packages.
func isInfoCommand(args []string) bool {
	for _, a := range args {
		if a == "--" || !strings.HasPrefix(a, "-") {
			return false
		}
		name, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "explain" || name == "catalog" {
			return true
		}
	}
	return false
}

// info runs -explain CODE and -catalog. Exit status: 0 done, 1 unknown code, 2 bad usage or settings.
func info(s *config.Settings, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("cbclint", flag.ContinueOnError)
	fs.SetOutput(stderr)
	s.RegisterFlags(fs)
	printCatalog := fs.Bool("catalog", false, "print the whole catalog as JSON and exit")
	explain := fs.String("explain", "", "print what the catalog knows about a code and exit")
	fs.Usage = usage(fs, args)
	if err := fs.Parse(args); err != nil {
		return 2
	}
	r, err := s.Resolve()
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return 2
	}
	if *printCatalog {
		b, err := r.Catalog.JSON()
		if err != nil {
			fmt.Fprintln(stderr, "cbclint:", err)
			return 2
		}
		stdout.Write(b)
		return 0
	}
	if *explain == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "cbclint: usage: cbclint -explain CODE, or cbclint -catalog")
		return 2
	}
	text, ok := r.Catalog.Explain(*explain)
	fmt.Fprint(stdout, text)
	if !ok {
		return 1
	}
	return 0
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
