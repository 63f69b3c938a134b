// Command soak is make soak: it runs every cbclint check over code with no CBC
// codes (the standard library, golang.org/x/tools, the pinned Huawei Cloud SDK)
// and over a module of unusual and broken code, and fails on a panic, an
// analysis error, a finding where there is no CBC code (a false alarm), a
// missing expected finding, or output that differs between two identical runs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"github.com/cbclint/cbclint/tools/bench/internal/corpus"
)

type target struct {
	name     string
	dir      string
	patterns []string
	tests    bool
}

var failures []string

func fail(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	failures = append(failures, msg)
	fmt.Printf("FAIL %s\n", msg)
}

func main() {
	work := flag.String("work", ".work", "directory for the corpora and binaries")
	tests := flag.Bool("tests", true, "also analyse test files of std, x/tools and the SDK")
	services := flag.Int("services", 40, "SDK corpus: the first N services in alphabetical order (plus core, bss, bssintl)")
	only := flag.String("only", "", "comma-separated subset of: std, x/tools, sdk, robust, determinism")
	flag.Parse()
	w, err := filepath.Abs(*work)
	check(err)
	driver := filepath.Join(w, "bin", "driver")
	cbclint := filepath.Join(w, "bin", "cbclint")
	logf("building the driver and cbclint")
	check(run("", nil, "go", "build", "-o", driver, "./cmd/driver"))
	check(run("", nil, "go", "build", "-o", cbclint, "github.com/cbclint/cbclint/cmd/cbclint"))
	want := func(name string) bool { return *only == "" || strings.Contains(","+*only+",", ","+name+",") }

	sdkDir := filepath.Join(w, "sdk")
	var sdkPatterns []string
	if want("sdk") || want("determinism") {
		logf("making the SDK corpus in %s", sdkDir)
		sdkPatterns, err = corpus.SDK(sdkDir, *services)
		check(err)
	}
	xtools := filepath.Join(w, "xtools")
	if want("x/tools") {
		logf("making a module that requires golang.org/x/tools in %s", xtools)
		check(xtoolsModule(xtools))
	}

	// 1. Code without CBC codes: no finding, no analysis error, no load error.
	var clean []target
	if want("std") {
		clean = append(clean, target{"std", sdkDir, []string{"std"}, *tests})
	}
	if want("x/tools") {
		clean = append(clean, target{"golang.org/x/tools/...", xtools, []string{"golang.org/x/tools/..."}, *tests})
	}
	if want("sdk") {
		clean = append(clean, target{"SDK corpus", sdkDir, sdkPatterns, *tests})
	}
	for _, t := range clean {
		out, stderr, code, st := runDriver(driver, t)
		fmt.Printf("%-24s %s\n", t.name, st)
		if code != 0 || strings.Contains(stderr, "panic") {
			fail("%s: the driver exited %d:\n%s", t.name, code, tail(stderr, 30))
		}
		if out != "" {
			fail("%s: findings on code without CBC codes (false alarms):\n%s", t.name, out)
		}
	}

	// 2. Unusual and broken code.
	robust := filepath.Join(w, "robust")
	if want("robust") || want("determinism") {
		logf("making the robustness module in %s", robust)
		check(corpus.Robust(robust))
	}
	if want("robust") {
		t := target{"robustness module", robust, []string{"./..."}, true}
		out, stderr, code, st := runDriver(driver, t)
		fmt.Printf("%-24s %s\n", t.name, st)
		if strings.Contains(stderr, "panic") {
			fail("robustness module: panic:\n%s", tail(stderr, 40))
		}
		if code != 1 {
			fail("robustness module: the driver exited %d, want 1 (the broken packages' load errors)", code)
		}
		for _, l := range lines(stderr) {
			switch {
			case strings.HasPrefix(l, "load error:"):
				if !containsAny(l, corpus.RobustBroken) {
					fail("robustness module: unexpected load error: %s", l)
				}
			case strings.HasPrefix(l, "analysis error:"):
				fail("robustness module: %s", l)
			}
		}
		for _, b := range corpus.RobustBroken {
			if !strings.Contains(stderr, b) {
				fail("robustness module: no load error for %s", b)
			}
		}
		for _, e := range corpus.RobustExpect {
			found := false
			for _, l := range lines(out) {
				if strings.Contains(l, "/"+e[0]+":") && strings.Contains(l, e[1]) {
					found = true
				}
			}
			if !found {
				fail("robustness module: no finding about %s in %s: was the file analysed?", e[1], e[0])
			}
		}
		for _, l := range lines(out) {
			if containsAny(l, corpus.RobustSilent) {
				fail("robustness module: finding in a file that must stay silent: %s", l)
			}
		}
		fmt.Printf("robustness module findings:\n%s", indent(out))
	}

	// 3. Determinism: the same input twice gives byte-identical output, for the
	// driver and for the cbclint command (text and -json).
	if want("determinism") {
		synth := filepath.Join(w, "synth-1x")
		pats, err := corpus.Synth(synth, 1)
		check(err)
		for _, c := range []struct {
			name string
			dir  string
			cmd  []string
		}{
			{"driver, robustness module", robust, []string{driver, "-set=cbclint", "-tests", "./..."}},
			{"driver, synthetic corpus", synth, append([]string{driver, "-set=cbclint"}, pats...)},
			{"driver, SDK corpus", sdkDir, append([]string{driver, "-set=cbclint"}, sdkPatterns...)},
			{"cbclint, robustness module", robust, []string{cbclint, "./..."}},
			{"cbclint -json, robustness module", robust, []string{cbclint, "-json", "-test", "./..."}},
			{"cbclint -json, synthetic corpus", synth, append([]string{cbclint, "-json"}, pats...)},
		} {
			a, codeA := combined(c.dir, c.cmd)
			b, codeB := combined(c.dir, c.cmd)
			switch {
			case a != b || codeA != codeB:
				fail("%s: two runs differ (exit %d and %d):\n--- first\n%s--- second\n%s", c.name, codeA, codeB, tail(a, 20), tail(b, 20))
			case strings.Contains(a, "panic"):
				fail("%s: panic:\n%s", c.name, tail(a, 30))
			default:
				fmt.Printf("deterministic: %-34s %d bytes, exit %d\n", c.name, len(a), codeA)
			}
		}
	}

	if len(failures) > 0 {
		fmt.Printf("\nsoak: %d failure(s)\n", len(failures))
		os.Exit(1)
	}
	fmt.Println("\nsoak: ok")
}

// runDriver runs every check through the driver over t and summarises the run.
func runDriver(driver string, t target) (stdout, stderr string, code int, summary string) {
	statsFile := filepath.Join(filepath.Dir(driver), "soak-stats.json")
	args := []string{"-set=cbclint", "-stats=" + statsFile}
	if t.tests {
		args = append(args, "-tests")
	}
	cmd := exec.Command(driver, append(args, t.patterns...)...)
	cmd.Dir = t.dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	start := time.Now()
	err := cmd.Run()
	code = exitCode(err)
	st, _ := os.ReadFile(statsFile)
	os.Remove(statsFile)
	summary = fmt.Sprintf("%5.1fs exit %d %s", time.Since(start).Seconds(), code, strings.Join(strings.Fields(string(st)), " "))
	return o.String(), e.String(), code, summary
}

// combined runs a command and returns its stdout and stderr, one after the other, and exit code.
func combined(dir string, argv []string) (string, int) {
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	var o, e bytes.Buffer
	cmd.Stdout, cmd.Stderr = &o, &e
	err := cmd.Run()
	return o.String() + "--- stderr\n" + e.String(), exitCode(err)
}

func exitCode(err error) int {
	if err == nil {
		return 0
	}
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.ExitCode()
	}
	return -1
}

// xtoolsModule makes a module whose build list holds golang.org/x/tools at the
// version cbclint uses and every module its packages and tests need.
func xtoolsModule(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		return nil
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module cbcbench/xtools\n\ngo 1.26.0\n"), 0o666); err != nil {
		return err
	}
	if err := run(dir, nil, "go", "get", "-t", "golang.org/x/tools/...@v0.52.0"); err != nil {
		os.Remove(filepath.Join(dir, "go.sum"))
		return err
	}
	return nil
}

func run(dir string, env []string, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimRight(s, "\n"), "\n")
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

func indent(s string) string {
	var b strings.Builder
	for _, l := range lines(s) {
		b.WriteString("    " + l + "\n")
	}
	return b.String()
}

func tail(s string, n int) string {
	ls := lines(s)
	if len(ls) > n {
		ls = append([]string{"…"}, ls[len(ls)-n:]...)
	}
	return strings.Join(ls, "\n") + "\n"
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "soak: "+format+"\n", args...)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "soak:", err)
		os.Exit(1)
	}
}
