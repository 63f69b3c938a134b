// Command realbench measures cbclint on a real codebase through every front
// end against that front end's floor, cold and warm, and prints a markdown
// table (make bench-real REAL=/path PATTERN=./...):
//
//	standalone  bin/cbclint                       floor: the bench driver, -set=floor -loader=cbclint -tests
//	standalone  bin/cbclint, CBCLINT_CACHE_RESULTS=off: warm is the fact cache alone, every root analysed
//	vet         go vet -vettool=bin/cbclint       floor: go vet -vettool=floorvet (inspect, nothing else)
//	golangci    bin/custom-gcl, cbclint alone     floor: nilnil alone (golangci-lint runs no fewer than one linter; nilnil needs types and does little)
//	golangci    bin/custom-gcl, default linters + cbclint   floor: the default linters
//
// Cold: the front end's own cache of results is empty (cbclint's cache
// a new directory, go vet a new value of a flag that only changes its cache
// key, golangci-lint a new GOLANGCI_LINT_CACHE); the build cache stays warm
// (go list -export, go vet's compilation). Warm: the same command again.
// Each run is timed by /usr/bin/time (wall, peak RSS of the largest process);
// variants alternate within a round; the table gives medians over rounds.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

type variant struct {
	frontEnd, name string
	floor          string // the name of its floor among the variants of its front end; "" for a floor
	// cmd returns the command of a run; cacheDir is the round's fresh
	// directory (cold) or the same again (warm), nonce a value that changes
	// per round.
	cmd func(cacheDir, nonce string) []string
	env func(cacheDir string) []string
}

type sample struct{ wall, rss float64 }

func main() {
	dir := flag.String("C", ".", "the codebase's directory")
	runs := flag.Int("runs", 3, "rounds")
	frontEnds := flag.String("frontends", "standalone,vet,golangci", "front ends to measure")
	bin := flag.String("cbclint", "bin/cbclint", "the cbclint binary")
	gcl := flag.String("gcl", "bin/custom-gcl", "golangci-lint with the cbclint plugin")
	driver := flag.String("driver", "", "the bench driver binary (tools/bench/cmd/driver)")
	floorvet := flag.String("floorvet", "", "the floor vettool (tools/bench/cmd/floorvet)")
	flag.Parse()
	patterns := flag.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	abs := func(p string) string { a, _ := filepath.Abs(p); return a }
	*bin, *gcl, *driver, *floorvet = abs(*bin), abs(*gcl), abs(*driver), abs(*floorvet)
	work, err := os.MkdirTemp("", "realbench-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(work)

	configs := map[string]string{}
	for name, linters := range map[string]string{
		"none":             "  default: none\n  enable: [nilnil]\n",
		"cbclint":          "  default: none\n  enable: [cbclint]\n",
		"standard":         "  default: standard\n",
		"standard+cbclint": "  default: standard\n  enable: [cbclint]\n",
	} {
		path := filepath.Join(work, name+".yml")
		text := "version: \"2\"\nissues:\n  uniq-by-line: false\n  max-same-issues: 0\n  max-issues-per-linter: 0\nlinters:\n" + linters +
			"  settings:\n    custom:\n      cbclint:\n        type: module\n"
		if err := os.WriteFile(path, []byte(text), 0o666); err != nil {
			fail(err)
		}
		configs[name] = path
	}
	gclRun := func(config string) func(string, string) []string {
		return func(string, string) []string {
			return append([]string{*gcl, "run", "--config", configs[config]}, patterns...)
		}
	}
	gclEnv := func(cacheDir string) []string { return []string{"GOLANGCI_LINT_CACHE=" + cacheDir} }
	all := []variant{
		{"standalone", "floor", "", func(string, string) []string {
			return append([]string{*driver, "-set=floor", "-loader=cbclint", "-tests", "-q"}, patterns...)
		}, nil},
		{"standalone", "cbclint", "floor", func(string, string) []string { return append([]string{*bin}, patterns...) },
			func(cacheDir string) []string { return []string{"CBCLINT_CACHE=" + cacheDir, "CBCLINT_CACHE_RESULTS="} }},
		{"standalone", "cbclint, results cache off", "floor", func(string, string) []string { return append([]string{*bin}, patterns...) },
			func(cacheDir string) []string {
				return []string{"CBCLINT_CACHE=" + cacheDir, "CBCLINT_CACHE_RESULTS=off"}
			}},
		{"vet", "floor", "", func(_, nonce string) []string {
			return append([]string{"go", "vet", "-vettool=" + *floorvet, "-floor.nonce=" + nonce}, patterns...)
		}, nil},
		{"vet", "cbclint", "floor", func(_, nonce string) []string {
			return append([]string{"go", "vet", "-vettool=" + *bin, "-cbcstatus.endpoints=n" + nonce + ".invalid"}, patterns...)
		}, nil},
		{"golangci", "floor (nilnil)", "", gclRun("none"), gclEnv},
		{"golangci", "cbclint", "floor (nilnil)", gclRun("cbclint"), gclEnv},
		{"golangci", "default linters", "", gclRun("standard"), gclEnv},
		{"golangci", "default linters + cbclint", "default linters", gclRun("standard+cbclint"), gclEnv},
	}
	var vs []variant
	for _, v := range all {
		if slices.Contains(strings.Split(*frontEnds, ","), v.frontEnd) {
			vs = append(vs, v)
		}
	}
	cold := map[string][]sample{}
	warm := map[string][]sample{}
	findings := map[string]int{}
	for round := range *runs {
		for i := range vs {
			v := vs[(i+round)%len(vs)] // the order rotates
			id := v.frontEnd + "/" + v.name
			cacheDir := filepath.Join(work, fmt.Sprintf("cache-%d-%d", round, i))
			nonce := fmt.Sprintf("%d%d%d", time.Now().UnixNano(), round, i)
			for _, mode := range []map[string][]sample{cold, warm} {
				s, n := measure(*dir, work, v.cmd(cacheDir, nonce), v.env, cacheDir)
				mode[id] = append(mode[id], s)
				findings[id] = n
			}
			fmt.Fprintf(os.Stderr, "round %d: %s: cold %.2f s %.0f MiB, warm %.2f s %.0f MiB, %d findings\n", round+1, id,
				cold[id][round].wall, cold[id][round].rss, warm[id][round].wall, warm[id][round].rss, findings[id])
		}
	}
	fmt.Printf("`%s` in `%s`, %d rounds, medians; peak RSS in MiB; × the floor of the same front end\n\n", strings.Join(patterns, " "), *dir, *runs)
	fmt.Println("| front end | variant | cold wall s | cold RSS | warm wall s | warm RSS | warm × floor (wall / RSS) | cold × floor (wall / RSS) | findings |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for _, v := range vs {
		id := v.frontEnd + "/" + v.name
		c, w := median(cold[id]), median(warm[id])
		ratio := func(m map[string][]sample, s sample) string {
			if v.floor == "" {
				return "1.00 / 1.00"
			}
			f := median(m[v.frontEnd+"/"+v.floor])
			return fmt.Sprintf("%.2f / %.2f", s.wall/f.wall, s.rss/f.rss)
		}
		fmt.Printf("| %s | %s | %.2f | %.0f | %.2f | %.0f | %s | %s | %d |\n", v.frontEnd, v.name, c.wall, c.rss, w.wall, w.rss,
			ratio(warm, w), ratio(cold, c), findings[id])
	}
}

var findingLine = regexp.MustCompile(`(?m)\.go:\d+:\d+: `)

// measure runs args in dir under /usr/bin/time and returns its wall time,
// peak RSS (MiB) and the number of findings it printed.
func measure(dir, work string, args []string, env func(string) []string, cacheDir string) (sample, int) {
	timeFile := filepath.Join(work, "time")
	cmd := exec.Command("/usr/bin/time", append([]string{"-f", "%e %M", "-o", timeFile}, args...)...)
	cmd.Dir = dir
	cmd.Env = os.Environ()
	if env != nil {
		cmd.Env = append(cmd.Env, env(cacheDir)...)
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	_ = cmd.Run() // findings make every front end exit non-zero
	b, err := os.ReadFile(timeFile)
	if err != nil {
		fail(err)
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	f := strings.Fields(lines[len(lines)-1])
	if len(f) != 2 {
		fail(fmt.Errorf("%s: /usr/bin/time said %q; output:\n%s", args[0], b, out.Bytes()))
	}
	wall, _ := strconv.ParseFloat(f[0], 64)
	kb, _ := strconv.ParseFloat(f[1], 64)
	if strings.Contains(out.String(), "panic:") || strings.Contains(out.String(), "Error: ") {
		fmt.Fprintf(os.Stderr, "%s failed:\n%s\n", strings.Join(args, " "), out.Bytes())
	}
	return sample{wall, kb / 1024}, len(findingLine.FindAll(out.Bytes(), -1))
}

func median(s []sample) sample {
	w := make([]float64, len(s))
	r := make([]float64, len(s))
	for i, x := range s {
		w[i], r[i] = x.wall, x.rss
	}
	slices.Sort(w)
	slices.Sort(r)
	return sample{w[len(w)/2], r[len(r)/2]}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "realbench:", err)
	os.Exit(2)
}
