package cli

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/tools/go/packages"
)

// loadError is one error of loading a package, in a file or in none.
type loadError struct {
	file, posn, msg string // posn relative to the working directory; "" without a file
}

// printLoadErrors prints the errors of the packages and their modules to
// o.err, each once: in a file, only its first error and how many more it has
// (a syntax error sets off a cascade of them); it returns how many it printed.
// go list's copy of the compiler's output ("# pkg" then its lines) repeats the
// parser's and type checker's errors in other words, and is used only when
// they are missing; the type errors of a package that does not parse are the
// parser's cascade, as the compiler, which stops at syntax errors, shows.
func printLoadErrors(o *output, pkgs []*packages.Package) int {
	var all []loadError
	seen := map[loadError]bool{}
	add := func(e loadError) {
		if !seen[e] {
			seen[e] = true
			all = append(all, e)
		}
	}
	modules := map[*packages.Module]bool{}
	for pkg := range packages.Postorder(pkgs) {
		parsed, typed := false, false
		for _, err := range pkg.Errors {
			parsed = parsed || err.Kind == packages.ParseError
			typed = typed || err.Kind == packages.TypeError
		}
		for _, err := range pkg.Errors {
			switch {
			case err.Kind == packages.TypeError && parsed:
			case err.Kind == packages.ListError && strings.HasPrefix(err.Msg, "# "):
				if !parsed && !typed {
					for _, e := range compilerErrors(o, err.Msg) {
						add(e)
					}
				}
			default:
				add(o.loadError(err.Pos, err.Msg))
			}
		}
		if m := pkg.Module; m != nil && m.Error != nil && !modules[m] {
			modules[m] = true
			add(loadError{msg: m.Error.Err})
		}
	}
	first, more := map[string]int{}, map[string]int{} // a file's first error, how many after it
	for i, e := range all {
		if _, ok := first[e.file]; ok {
			more[e.file]++
		} else if e.file != "" {
			first[e.file] = i
		}
	}
	n := 0
	for i, e := range all {
		if e.file != "" && first[e.file] != i {
			continue
		}
		n++
		switch {
		case e.file == "":
			fmt.Fprintln(o.err, e.msg)
		case more[e.file] > 0:
			fmt.Fprintf(o.err, "%s: %s (and %s in this file)\n", e.posn, e.msg, plural(more[e.file], "more error"))
		default:
			fmt.Fprintf(o.err, "%s: %s\n", e.posn, e.msg)
		}
	}
	return n
}

var errorPosn = regexp.MustCompile(`^(.+?):(\d+)(:\d+)?$`)

// loadError is the error at pos ("file:line:col", "file:line", "-" or "")
// with its file relative to the working directory.
func (o *output) loadError(pos, msg string) loadError {
	m := errorPosn.FindStringSubmatch(pos)
	if m == nil {
		return loadError{msg: msg}
	}
	file := o.rel(m[1])
	return loadError{file: file, posn: file + ":" + m[2] + m[3], msg: msg}
}

var compilerLine = regexp.MustCompile(`^(\S+?:\d+(?::\d+)?): (.*)$`)

// compilerErrors are the errors of go list's copy of the compiler's output:
// "# pkg" and a line for each, with file names relative to the directory
// go list ran in, the working directory.
func compilerErrors(o *output, msg string) []loadError {
	var out []loadError
	for _, line := range strings.Split(msg, "\n")[1:] {
		if m := compilerLine.FindStringSubmatch(line); m != nil {
			out = append(out, o.loadError(m[1], m[2]))
		}
	}
	if out == nil {
		out = append(out, loadError{msg: msg})
	}
	return out
}

// matchedNothing reports whether none of the root packages go list returned
// for the patterns has a file: every pattern matched nothing (a directory
// that does not exist, ./... in a module without Go files, an import path no
// module provides), which is a usage error, like naming no packages.
func matchedNothing(roots []*packages.Package) bool {
	for _, p := range roots {
		if len(p.GoFiles)+len(p.CompiledGoFiles)+len(p.IgnoredFiles)+len(p.OtherFiles) > 0 {
			return false
		}
	}
	return true
}
