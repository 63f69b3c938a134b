package driver

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
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
		if slices.Contains(pkgs, pkg) && len(pkg.Errors) > 0 && matchedNothing([]*packages.Package{pkg}) {
			// A pattern beside others that matched nothing: why, in a line.
			add(loadError{msg: noPackages(o, o.wd, []string{pkg.ID}, []*packages.Package{pkg})})
			continue
		}
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
			fmt.Fprintln(o.err, "cbclint:", OneLine(e.msg))
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

// OneLine joins the lines of an error message (go list's, go's) into one.
func OneLine(msg string) string {
	lines := strings.Split(strings.TrimSpace(msg), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(slices.DeleteFunc(lines, func(l string) bool { return l == "" }), " ")
}

// noPackages says, in one line, that patterns matched no packages in dir,
// and why when go list says more than that: the directory does not exist, it
// is outside the main module, no module provides the package, go.mod does
// not parse.
func noPackages(o *output, dir string, patterns []string, roots []*packages.Package) string {
	var why []string
	add := func(msg string) {
		if msg = o.relText(OneLine(msg)); msg != "" && !slices.Contains(why, msg) {
			why = append(why, msg)
		}
	}
	if len(roots) == 0 {
		// go list -export failed as a whole, and go/packages kept its error to
		// itself: ask for the names alone, which gets it.
		if _, err := packages.Load(&packages.Config{Mode: packages.NeedName, Dir: dir}, patterns...); err != nil {
			add(goError(err.Error()))
		}
	}
	for _, p := range roots {
		for _, err := range p.Errors {
			add(listError(dir, err.Msg))
		}
		if p.Module != nil && p.Module.Error != nil {
			add(p.Module.Error.Err)
		}
	}
	line := strings.Join(patterns, " ") + " matched no packages"
	if len(why) > 0 {
		line += ": " + strings.Join(why, "; ")
	}
	return line
}

var (
	patternPrefix = regexp.MustCompile(`^pattern [^:]+: `)
	notFound      = regexp.MustCompile(`^l?stat (.+?)/?: (?:directory not found|no such file or directory)$`)
	outsideMain   = regexp.MustCompile(`^directory prefix (.+) does not contain main module or its selected dependencies$`)
	goListFailed  = regexp.MustCompile(`^(?:err: )?exit status \d+: stderr: `)
)

// listError is go list's error for a pattern that matched nothing, in our
// words where they say it better, "" where "matched no packages" says all.
func listError(dir, msg string) string {
	msg = patternPrefix.ReplaceAllString(msg, "")
	if m := notFound.FindStringSubmatch(msg); m != nil {
		name := m[1]
		if abs, err := filepath.Abs(dir); err == nil && filepath.IsAbs(name) {
			if r, err := filepath.Rel(abs, name); err == nil && filepath.IsLocal(r) {
				name = r
			}
		}
		if filepath.IsLocal(name) {
			name = "./" + filepath.ToSlash(filepath.Clean(name))
		}
		return "no directory " + name
	}
	if m := outsideMain.FindStringSubmatch(msg); m != nil {
		sub := filepath.Join(dir, m[1])
		if _, err := os.Stat(filepath.Join(sub, "go.mod")); err == nil && m[1] != "." {
			return fmt.Sprintf("%s is a module of its own: run cbclint in it", m[1])
		}
		cmd := exec.Command("go", "env", "GOMOD")
		cmd.Dir = dir
		if out, err := cmd.Output(); err == nil && (strings.TrimSpace(string(out)) == "" || strings.TrimSpace(string(out)) == os.DevNull) {
			return "not in a Go module (no go.mod here or above): run cbclint in a module"
		}
		return fmt.Sprintf("directory %s is outside the main module", m[1])
	}
	if strings.Contains(msg, "matched no packages") {
		return ""
	}
	before, _, _ := strings.Cut(msg, "; to add it:") // go get's advice, on lines of its own
	return before
}

// goError is the error of a go command that failed as a whole, without the
// exit status and the "go: " of its message.
func goError(msg string) string {
	msg = goListFailed.ReplaceAllString(msg, "")
	return strings.TrimPrefix(strings.TrimSpace(msg), "go: ")
}
