// Command bench is make bench: it measures cbclint against the floor (load and
// type-check only), go vet's default analyzers and exhaustive, all through the
// same driver and loader, on the pinned Huawei Cloud SDK and on a synthetic CBC
// client module at several scales.
//
// Each run is a fresh driver process; the variants are interleaved round by
// round so that load on the machine hits them alike. It reports medians of wall
// time, CPU time (user+sys of the child, from rusage) and peak RSS (maxrss), and
// each as a ratio to the floor: the median over rounds of variant/floor in the
// same round.
package main

import (
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/cbclint/cbclint/tools/bench/internal/corpus"
)

type stats struct {
	Packages       int     `json:"packages"`
	AllPackages    int     `json:"all_packages"`
	Files          int     `json:"files"`
	Lines          int     `json:"lines"`
	LoadSeconds    float64 `json:"load_seconds"`
	AnalyzeSeconds float64 `json:"analyze_seconds"`
	AnalyzeCPU     float64 `json:"analyze_cpu_seconds"`
	Findings       int     `json:"findings"`
	LoadErrors     int     `json:"load_errors"`
	AnalysisErrors int     `json:"analysis_errors"`
}

// sample is one run of one variant.
type sample struct {
	Wall, CPU, Analyze, AnalyzeCPU float64 // seconds
	RSS                            float64 // MiB
	Stats                          stats
}

type corpusRun struct {
	Name     string
	Dir      string
	Patterns []string
	Variants []string
	Loader   string              // the driver's -loader for this corpus; "" for -loader's
	Samples  map[string][]sample // by variant, in round order
}

func main() {
	runs := flag.Int("runs", 5, "measured rounds (each runs every variant once, as a fresh process)")
	work := flag.String("work", ".work", "directory for the corpora, the driver binary, profiles and results")
	variants := flag.String("variants", "floor,cbclint,vet,exhaustive", "variants to compare on the SDK corpus (floor first)")
	scaleVariants := flag.String("scale-variants", "floor,cbclint", "variants to run on the synthetic corpus")
	scales := flag.String("scales", "1,4,16", "synthetic corpus scales (empty: none)")
	services := flag.Int("services", 40, "SDK corpus: the first N services in alphabetical order (plus core, bss, bssintl)")
	skipSDK := flag.Bool("skip-sdk", false, "skip the SDK corpus")
	multiCloud := flag.Bool("multicloud", true, "measure the multi-cloud corpus (multicloud/: AWS, Azure, GCP and Tencent SDKs beside a Huawei adaptor) as the cbclint command loads it, fact cache cold and warm, and check its findings")
	profile := flag.Bool("profile", false, "after measuring, profile cbclint and the floor on the SDK corpus (-cpuprofile, -memprofile) into the work directory")
	alt := flag.String("alt", "", "also measure cbclint built from the checkout in this directory (variant cbclint-alt): before/after a change")
	flag.StringVar(&loader, "loader", "all", "how the driver loads: all (every package from source, packages.LoadAllSyntax) or cbclint (as the cbclint command: the roots and the dependencies the checks' facts need from source, the rest from export data; the floor is then LoadSyntax's cost)")
	flag.Parse()

	work2, err := filepath.Abs(*work)
	check(err)
	*work = work2
	driver := filepath.Join(*work, "bin", "driver")
	logf("building the driver")
	check(run("", "go", "build", "-o", driver, "./cmd/driver"))
	if *alt != "" {
		check(buildAlt(*alt, *work))
		*variants += ",cbclint-alt"
		*scaleVariants += ",cbclint-alt"
	}

	var corpora []*corpusRun
	if *multiCloud {
		dir, err := filepath.Abs("multicloud")
		check(err)
		logf("checking the multi-cloud corpus's findings (first run: downloads the four clouds' SDKs through the module proxy and compiles them)")
		check(run(dir, "go", "build", "./..."))
		check(checkMultiCloud(driver, dir))
		// cbclint as the command runs it (driver.Run): cold (a new cache),
		// warm with the fact cache only (CBCLINT_CACHE_RESULTS=off) and warm
		// (results cache too: the unchanged roots are not analysed); the
		// floor loads as the command does and runs nothing.
		mc := []string{"floor", "cbclint-cold", "cbclint-facts", "cbclint"}
		corpora = append(corpora,
			&corpusRun{Name: "multi-cloud ./...", Dir: dir, Patterns: []string{"./..."}, Variants: mc, Loader: "command"},
			&corpusRun{Name: "multi-cloud ./adaptor/...", Dir: dir, Patterns: []string{"./adaptor/..."}, Variants: mc, Loader: "command"})
	}
	if !*skipSDK {
		dir := filepath.Join(*work, "sdk")
		logf("making the SDK corpus in %s (first run: downloads the SDK's dependencies through the module proxy)", dir)
		pats, err := corpus.SDK(dir, *services)
		check(err)
		corpora = append(corpora, &corpusRun{Name: fmt.Sprintf("SDK %s (core, first %d services, bss, bssintl)", corpus.SDKVersion, *services), Dir: dir, Patterns: pats, Variants: split(*variants)})
	}
	for _, s := range split(*scales) {
		k, err := strconv.Atoi(s)
		check(err)
		dir := filepath.Join(*work, fmt.Sprintf("synth-%dx", k))
		logf("making the synthetic corpus, scale %d, in %s", k, dir)
		pats, err := corpus.Synth(dir, k)
		check(err)
		corpora = append(corpora, &corpusRun{Name: fmt.Sprintf("synthetic %d×", k), Dir: dir, Patterns: pats, Variants: split(*scaleVariants)})
	}

	loadBefore := loadavg()
	start := time.Now()
	for _, c := range corpora {
		c.Samples = map[string][]sample{}
		logf("%s: warm-up run (go list and file caches)", c.Name)
		for _, v := range c.Variants {
			if v == "floor" || v == "cbclint" { // cbclint: fills the warm cache
				if _, err := measure(driver, c, v, ""); err != nil {
					check(err)
				}
			}
		}
		for r := range *runs {
			// rotate the order so that no variant always runs first or last
			order := slices.Clone(c.Variants)
			for range r % len(order) {
				order = append(order[1:], order[0])
			}
			for _, v := range order {
				s, err := measure(driver, c, v, "")
				check(err)
				c.Samples[v] = append(c.Samples[v], s)
				logf("%s round %d/%d %-10s wall %6.2fs cpu %6.2fs rss %7.1f MiB analysis %6.3fs (cpu %6.3fs) findings %d", c.Name, r+1, *runs, v, s.Wall, s.CPU, s.RSS, s.Analyze, s.AnalyzeCPU, s.Stats.Findings)
			}
		}
	}
	elapsed := time.Since(start)
	loadAfter := loadavg()

	var out bytes.Buffer
	report(&out, corpora, *runs, loadBefore, loadAfter, elapsed)
	if *profile && !*skipSDK {
		profiles(&out, driver, corpora[0], *work)
	}
	os.Stdout.Write(out.Bytes())
	name := filepath.Join(*work, "results-"+time.Now().Format("20060102-150405")+".md")
	check(os.WriteFile(name, out.Bytes(), 0o666))
	raw, _ := json.MarshalIndent(corpora, "", " ")
	check(os.WriteFile(strings.TrimSuffix(name, ".md")+".json", raw, 0o666))
	logf("results written to %s", name)
}

// measure runs the driver once as a fresh process and reads its rusage.
// loader is the driver's -loader, for every variant.
var loader string

// coldCaches counts the fact caches of cold runs, each a new directory.
var coldCaches int

func measure(driver string, c *corpusRun, variant string, extra string) (sample, error) {
	statsFile := filepath.Join(filepath.Dir(driver), "stats-"+variant+".json")
	// The fact cache: a warm one shared by the runs, or a new one (cold).
	cache := filepath.Join(filepath.Dir(driver), "..", "factcache")
	env := []string{"CBCLINT_CACHE_RESULTS="}
	if variant == "cbclint-facts" {
		env, variant = []string{"CBCLINT_CACHE_RESULTS=off"}, "cbclint"
	}
	if variant == "cbclint-cold" {
		coldCaches++
		cache = filepath.Join(filepath.Dir(driver), "..", fmt.Sprintf("factcache-cold-%d", coldCaches))
		defer os.RemoveAll(cache)
		variant = "cbclint"
	}
	if variant == "cbclint-alt" {
		driver, variant = filepath.Join(filepath.Dir(driver), "driver-alt"), "cbclint"
	}
	l := loader
	if c.Loader != "" {
		l = c.Loader
	}
	if l == "command" && variant != "cbclint" {
		l = "cbclint" // the floor: the command's loading, nothing run
	}
	args := []string{"-set=" + variant, "-loader=" + l, "-q", "-stats=" + statsFile}
	if extra != "" {
		args = append(args, strings.Fields(extra)...)
	}
	cmd := exec.Command(driver, append(args, c.Patterns...)...)
	cmd.Dir = c.Dir
	cmd.Env = append(append(os.Environ(), "CBCLINT_CACHE="+cache), env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	cmd.Stdout = io.Discard
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0).Seconds()
	if err != nil {
		return sample{}, fmt.Errorf("%s on %s: %v\n%s", variant, c.Name, err, tail(stderr.String(), 40))
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	s := sample{
		Wall: wall,
		CPU:  cmd.ProcessState.UserTime().Seconds() + cmd.ProcessState.SystemTime().Seconds(),
		RSS:  float64(ru.Maxrss) / 1024, // Linux reports KiB
	}
	b, err := os.ReadFile(statsFile)
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(b, &s.Stats); err != nil {
		return s, err
	}
	s.Analyze, s.AnalyzeCPU = s.Stats.AnalyzeSeconds, s.Stats.AnalyzeCPU
	return s, nil
}

func report(w io.Writer, corpora []*corpusRun, runs int, before, after string, elapsed time.Duration) {
	fmt.Fprintf(w, "## Results\n\n")
	fmt.Fprintf(w, "- machine: %s, %d CPUs (GOMAXPROCS %d), %s RAM, %s %s/%s\n", cpuModel(), runtime.NumCPU(), runtime.GOMAXPROCS(0), memTotal(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	fmt.Fprintf(w, "- load average (1, 5, 15 min) before: %s; after: %s; measuring took %s\n", before, after, elapsed.Round(time.Second))
	fmt.Fprintf(w, "- %d interleaved rounds after one warm-up; every run a fresh driver process; medians; ratio = median over rounds of variant/floor in the same round\n\n", runs)
	for _, c := range corpora {
		f := c.Samples["floor"]
		if len(f) == 0 {
			continue
		}
		st := f[0].Stats
		fmt.Fprintf(w, "### %s\n\n%d packages, %d Go files, %d lines (%d packages with dependencies)\n\n", c.Name, st.Packages, st.Files, st.Lines, st.AllPackages)
		fmt.Fprintf(w, "| variant | wall s | × floor | CPU s | × floor | peak RSS MiB | × floor | analysis phase wall s | analysis phase CPU s | findings |\n|---|---|---|---|---|---|---|---|---|---|\n")
		for _, v := range c.Variants {
			ss := c.Samples[v]
			fmt.Fprintf(w, "| %s | %.2f | %.3f | %.2f | %.3f | %.0f | %.3f | %.3f | %.3f | %d |\n", cmp.Or(variantLabels[v], v),
				median(ss, func(s sample) float64 { return s.Wall }), ratio(ss, f, func(s sample) float64 { return s.Wall }),
				median(ss, func(s sample) float64 { return s.CPU }), ratio(ss, f, func(s sample) float64 { return s.CPU }),
				median(ss, func(s sample) float64 { return s.RSS }), ratio(ss, f, func(s sample) float64 { return s.RSS }),
				median(ss, func(s sample) float64 { return s.Analyze }), median(ss, func(s sample) float64 { return s.AnalyzeCPU }), ss[0].Stats.Findings)
		}
		fmt.Fprintln(w)
	}
	// Scaling: the synthetic corpora side by side.
	var synth []*corpusRun
	for _, c := range corpora {
		if strings.HasPrefix(c.Name, "synthetic") && len(c.Samples["cbclint"]) > 0 && len(c.Samples["floor"]) > 0 {
			synth = append(synth, c)
		}
	}
	if len(synth) > 0 {
		fmt.Fprintf(w, "### Scaling (synthetic corpus)\n\n| scale | packages | files | lines | floor wall s | cbclint wall s | cbclint analysis phase CPU s | floor analysis phase CPU s | cbclint analysis CPU ms per 1000 lines |\n|---|---|---|---|---|---|---|---|---|\n")
		for _, c := range synth {
			st := c.Samples["floor"][0].Stats
			fw := median(c.Samples["floor"], func(s sample) float64 { return s.Wall })
			cw := median(c.Samples["cbclint"], func(s sample) float64 { return s.Wall })
			ca := median(c.Samples["cbclint"], func(s sample) float64 { return s.AnalyzeCPU })
			fa := median(c.Samples["floor"], func(s sample) float64 { return s.AnalyzeCPU })
			fmt.Fprintf(w, "| %s | %d | %d | %d | %.2f | %.2f | %.3f | %.3f | %.2f |\n", strings.TrimPrefix(c.Name, "synthetic "), st.Packages, st.Files, st.Lines, fw, cw, ca, fa, 1e6*ca/float64(st.Lines))
		}
		fmt.Fprintln(w)
	}
}

// variantLabels say what the variants of the cbclint command (the
// multi-cloud corpus) measure.
var variantLabels = map[string]string{
	"cbclint-cold":  "cbclint, cache cold (a new CBCLINT_CACHE)",
	"cbclint-facts": "cbclint, fact cache warm, results cache off (every root analysed)",
	"cbclint":       "cbclint",
}

// multiCloudFindings are the findings the multi-cloud corpus must give: one
// bug of each kind in the Huawei adaptor, the unsubscribe through the in-house
// helper found across packages; none in the other clouds' adaptors.
var multiCloudFindings = []string{
	"adaptor/huawei/huawei.go:23:28: [cbccode]",
	"adaptor/huawei/huawei.go:43:12: [cbcstatus]",
	"adaptor/huawei/huawei.go:46:3: [cbcswitch]",
	"adaptor/huawei/huawei.go:65:5: [cbcstatus]",
}

// checkMultiCloud runs cbclint over the multi-cloud corpus as the command
// loads it, and compares its findings with multiCloudFindings.
func checkMultiCloud(driver, dir string) error {
	cmd := exec.Command(driver, "-set=cbclint", "-loader=cbclint", "./...")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "CBCLINT_CACHE=off")
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("cbclint on the multi-cloud corpus: %v", err)
	}
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		// "file:line:col: [check] message"
		pos, rest, _ := strings.Cut(line, ": ")
		check, _, _ := strings.Cut(rest, " ")
		if rel, err := filepath.Rel(dir, pos); err == nil {
			pos = rel
		}
		got = append(got, pos+": "+check)
	}
	if !slices.Equal(got, multiCloudFindings) {
		return fmt.Errorf("the multi-cloud corpus's findings:\n\t%s\nwant\n\t%s", strings.Join(got, "\n\t"), strings.Join(multiCloudFindings, "\n\t"))
	}
	logf("multi-cloud corpus: the %d findings it must give", len(got))
	return nil
}

// buildAlt builds the driver against the cbclint checkout in dir, with a copy
// of go.mod whose replace directive points there.
func buildAlt(dir, work string) error {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	mod, err := os.ReadFile("go.mod")
	if err != nil {
		return err
	}
	mod = bytes.Replace(mod, []byte("=> ../.."), []byte("=> "+abs), 1)
	sum, _ := os.ReadFile("go.sum")
	altMod := filepath.Join(work, "alt.mod")
	if err := os.WriteFile(altMod, mod, 0o666); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(work, "alt.sum"), sum, 0o666); err != nil {
		return err
	}
	logf("building the driver against %s", abs)
	return run("", "go", "build", "-modfile="+altMod, "-o", filepath.Join(work, "bin", "driver-alt"), "./cmd/driver")
}

// profiles runs cbclint and the floor once more with profiling on and prints the top entries.
func profiles(w io.Writer, driver string, c *corpusRun, work string) {
	fmt.Fprintf(w, "### Profiles (%s)\n\n", c.Name)
	for _, v := range []string{"floor", "cbclint"} {
		cpu := filepath.Join(work, "cpu-"+v+".prof")
		mem := filepath.Join(work, "mem-"+v+".prof")
		if _, err := measure(driver, c, v, "-cpuprofile="+cpu+" -memprofile="+mem); err != nil {
			check(err)
		}
		for _, p := range [][]string{
			{"CPU, cumulative, by function", "-top", "-cum", "-nodecount=25", cpu},
			{"allocated bytes, by function", "-top", "-sample_index=alloc_space", "-nodecount=15", mem},
		} {
			out, err := exec.Command("go", append([]string{"tool", "pprof"}, p[1:]...)...).Output()
			if err != nil {
				fmt.Fprintf(w, "pprof %s: %v\n", p[len(p)-1], err)
				continue
			}
			fmt.Fprintf(w, "%s, %s (%s):\n\n```\n%s```\n\n", v, p[0], filepath.Base(p[len(p)-1]), out)
		}
	}
}

func median(ss []sample, f func(sample) float64) float64 {
	var xs []float64
	for _, s := range ss {
		xs = append(xs, f(s))
	}
	return med(xs)
}

// ratio is the median over rounds of the variant's value over the floor's in the same round.
func ratio(ss, floor []sample, f func(sample) float64) float64 {
	var xs []float64
	for i := range min(len(ss), len(floor)) {
		xs = append(xs, f(ss[i])/f(floor[i]))
	}
	return med(xs)
}

func med(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	xs = slices.Clone(xs)
	slices.Sort(xs)
	if len(xs)%2 == 1 {
		return xs[len(xs)/2]
	}
	return (xs[len(xs)/2-1] + xs[len(xs)/2]) / 2
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

func cpuModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return runtime.GOARCH + " CPU"
}

func memTotal() string {
	b, _ := os.ReadFile("/proc/meminfo")
	for _, l := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(l, "MemTotal:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(v), " kB"))
			return fmt.Sprintf("%.1f GiB", float64(kb)/(1<<20))
		}
	}
	return "unknown"
}

func split(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

func tail(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"…"}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

func run(dir, name string, args ...string) error {
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	return cmd.Run()
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}
