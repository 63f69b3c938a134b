// Command driver loads packages once with go/packages and runs one named set of
// analyzers over them with go/analysis/checker. Every variant that make bench
// compares goes through this same loader, so their differences are the
// analyzers' own cost:
//
//	floor       one analyzer that requires inspect and does nothing: load + type-check
//	cbclint     analyzer.All, every cbclint check with default settings
//	exhaustive  github.com/nishanths/exhaustive with default settings
//	vet         the analyzers cmd/vet runs by default (go vet's suite)
//
// Usage:
//
//	driver -set=cbclint [-loader=all|cbclint|command] [-C dir] [-tests] [-stats file] [-cpuprofile f] [-memprofile f] patterns...
//
// It prints the findings as "file:line:col: [analyzer] message", sorted, and the
// load errors and analysis errors on stderr. Exit status: 0 done (findings or
// not), 1 load or analysis errors, 2 usage.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"go/token"
	"os"
	"regexp"
	"runtime"
	"runtime/pprof"
	"slices"
	"sort"
	"strings"
	"syscall"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/driver"
	"github.com/cbclint/cbclint/tools/bench/internal/sets"
)

// Stats is what one run measured from inside; make bench reads it.
type Stats struct {
	Set             string  `json:"set"`
	Packages        int     `json:"packages"`     // root packages
	AllPackages     int     `json:"all_packages"` // with dependencies
	Files           int     `json:"files"`        // Go files of the root packages
	Lines           int     `json:"lines"`        // lines of those files
	LoadSeconds     float64 `json:"load_seconds"` // packages.Load: go list, parse, type-check
	AnalyzeSeconds  float64 `json:"analyze_seconds"`
	AnalyzeCPU      float64 `json:"analyze_cpu_seconds"` // user+sys of the process during analysis
	Findings        int     `json:"findings"`
	LoadErrors      int     `json:"load_errors"`
	AnalysisErrors  int     `json:"analysis_errors"`
	HeapAllocBytes  uint64  `json:"heap_alloc_bytes"` // live heap at the end, after a GC
	TotalAllocBytes uint64  `json:"total_alloc_bytes"`
}

func main() {
	set := flag.String("set", "cbclint", "analyzer set: "+strings.Join(sets.Names(), ", "))
	dir := flag.String("C", "", "directory to load the packages from (default: the current one)")
	tests := flag.Bool("tests", false, "also load and analyse test files")
	statsFile := flag.String("stats", "", "write the run's statistics as JSON to this file")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of load and analysis to this file")
	memprofile := flag.String("memprofile", "", "write a heap profile (allocations) at the end to this file")
	quiet := flag.Bool("q", false, "do not print findings")
	loader := flag.String("loader", "all", "all: load every package from source (packages.LoadAllSyntax); cbclint: load as the cbclint command does (driver.Load); command: the whole command (driver.Run: its loading, the results cache, its output)")
	flag.Parse()
	analyzers, err := sets.Get(*set)
	if err != nil || flag.NArg() == 0 {
		if err == nil {
			err = fmt.Errorf("no packages given")
		}
		fmt.Fprintln(os.Stderr, "driver:", err)
		os.Exit(2)
	}
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "driver:", err)
			os.Exit(2)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "driver:", err)
			os.Exit(2)
		}
		defer pprof.StopCPUProfile()
	}

	st := Stats{Set: *set}
	var code int
	if *loader == "command" {
		code = runCommand(&st, analyzers, *dir, *tests, *quiet, flag.Args())
	} else {
		code = run(&st, analyzers, *dir, *tests, *quiet, *loader == "cbclint", flag.Args())
	}

	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	var ms runtime.MemStats
	if *memprofile != "" || *statsFile != "" {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		st.HeapAllocBytes, st.TotalAllocBytes = ms.HeapAlloc, ms.TotalAlloc
	}
	if *memprofile != "" {
		f, err := os.Create(*memprofile)
		if err == nil {
			err = pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "driver:", err)
		}
	}
	if *statsFile != "" {
		b, _ := json.MarshalIndent(st, "", "  ")
		if err := os.WriteFile(*statsFile, append(b, '\n'), 0o666); err != nil {
			fmt.Fprintln(os.Stderr, "driver:", err)
			code = 1
		}
	}
	os.Exit(code)
}

func run(st *Stats, analyzers []*analysis.Analyzer, dir string, tests, quiet, asCommand bool, patterns []string) int {
	start := time.Now()
	var pkgs []*packages.Package
	var err error
	if asCommand {
		pkgs, analyzers, err = driver.Load(dir, patterns, tests, analyzers)
	} else {
		pkgs, err = packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: dir, Tests: tests}, patterns...)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "driver: load:", err)
		return 1
	}
	st.LoadSeconds = time.Since(start).Seconds()

	// The loader's errors: every package of the graph, each error once, sorted.
	var loadErrs []string
	packages.Visit(pkgs, nil, func(p *packages.Package) {
		st.AllPackages++
		for _, e := range p.Errors {
			loadErrs = append(loadErrs, e.Error())
		}
	})
	slices.Sort(loadErrs)
	loadErrs = slices.Compact(loadErrs)
	st.LoadErrors = len(loadErrs)
	for _, e := range loadErrs {
		fmt.Fprintln(os.Stderr, "load error:", e)
	}
	for _, p := range pkgs {
		st.Packages++
		st.Files += len(p.CompiledGoFiles)
		for _, f := range p.Syntax {
			st.Lines += p.Fset.File(f.FileStart).LineCount()
		}
	}

	start, cpu0 := time.Now(), cpuSeconds()
	graph, err := checker.Analyze(analyzers, pkgs, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, "driver: analyze:", err)
		return 1
	}
	st.AnalyzeSeconds = time.Since(start).Seconds()
	st.AnalyzeCPU = cpuSeconds() - cpu0

	type finding struct {
		pos  token.Position
		line string
	}
	var findings []finding
	var analysisErrs []string
	seen := map[string]bool{} // a test variant reports its package's findings again
	for _, act := range graph.Roots {
		if act.Err != nil {
			// The checker skips analyzers on packages that failed to load; the
			// loader's error above already says why.
			if !strings.Contains(act.Err.Error(), "analysis skipped due to errors in package") {
				analysisErrs = append(analysisErrs, fmt.Sprintf("%s: %v", act, act.Err))
			}
			continue
		}
		for _, d := range act.Diagnostics {
			pos := act.Package.Fset.Position(d.Pos)
			line := fmt.Sprintf("%s: [%s] %s", pos, act.Analyzer.Name, d.Message)
			if !seen[line] {
				seen[line] = true
				findings = append(findings, finding{pos, line})
			}
		}
	}
	sort.Slice(findings, func(i, j int) bool {
		a, b := findings[i].pos, findings[j].pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Offset != b.Offset {
			return a.Offset < b.Offset
		}
		return findings[i].line < findings[j].line
	})
	st.Findings = len(findings)
	if !quiet {
		w := bufio.NewWriter(os.Stdout)
		for _, f := range findings {
			fmt.Fprintln(w, f.line)
		}
		w.Flush()
	}
	slices.Sort(analysisErrs)
	st.AnalysisErrors = len(analysisErrs)
	for _, e := range analysisErrs {
		fmt.Fprintln(os.Stderr, "analysis error:", e)
	}
	if len(loadErrs) > 0 || len(analysisErrs) > 0 {
		return 1
	}
	return 0
}

// runCommand runs the analyzers as the cbclint command does (driver.Run),
// results cache included, and counts its findings; it cannot tell loading
// from analysis, so LoadSeconds is the whole run.
func runCommand(st *Stats, analyzers []*analysis.Analyzer, dir string, tests, quiet bool, patterns []string) int {
	if dir == "" {
		dir = "."
	}
	start := time.Now()
	var out strings.Builder
	code := driver.Run(dir, patterns, driver.Options{Format: "text", Tests: tests}, analyzers, &out, os.Stderr)
	st.LoadSeconds = time.Since(start).Seconds()
	st.Findings = len(findingLine.FindAllString(out.String(), -1))
	if !quiet {
		fmt.Print(out.String())
	}
	if code != driver.ExitClean && code != driver.ExitFindings {
		return 1
	}
	return 0
}

// findingLine starts a finding the command prints: file:line:col: .
var findingLine = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `)

// cpuSeconds is the user+sys time of this process so far, all threads.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()).Seconds()
}
