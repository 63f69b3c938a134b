// Command readmetimings is make readme-timings: it measures what the README
// states in figures and rewrites those figures in README.md, with the machine
// they were measured on and as a ratio to a floor measured in the same run,
// so that no figure in the README is typed by hand or measured elsewhere.
//
// A figure stands between <!-- timings: NAME --> and <!-- /timings --> in
// README.md; everything between the two is replaced.
//
//	catalog-file  loading a -catalog-file: catalog.ReadFile per entry, against
//	              reading and decoding the same JSON (BenchmarkReadFile)
//	example       cbclint ./... on testdata/example, wall time and peak RSS,
//	              against go list -export -deps on the same packages (what
//	              loading them costs at least), in interleaved rounds
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	readme := flag.String("readme", "README.md", "the README to update")
	count := flag.Int("count", 5, "rounds of each benchmark; the median is kept")
	flag.Parse()
	cmd := exec.Command("go", "test", "-run", "^$", "-bench", "^BenchmarkReadFile$", "-count", strconv.Itoa(*count), "./catalog")
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		fail(fmt.Errorf("go test -bench ReadFile ./catalog: %v\n%s", err, out))
	}
	text, err := catalogFile(string(out), machine(string(out)))
	if err != nil {
		fail(err)
	}
	example, err := exampleRun(*count, machine(string(out)))
	if err != nil {
		fail(err)
	}
	b, err := os.ReadFile(*readme)
	if err != nil {
		fail(err)
	}
	for _, fig := range []struct{ name, text string }{{"catalog-file", text}, {"example", example}} {
		if b, err = replace(b, fig.name, fig.text); err != nil {
			fail(err)
		}
		fmt.Printf("%s: %s\n", fig.name, fig.text)
	}
	if err := os.WriteFile(*readme, b, 0o644); err != nil {
		fail(err)
	}
}

// exampleRun builds cbclint and runs it on testdata/example rounds times,
// each round after the floor, go list -export -deps ./... (both warm: one
// unmeasured round first).
func exampleRun(rounds int, machine string) (string, error) {
	dir, err := os.MkdirTemp("", "readmetimings-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	bin := filepath.Join(dir, "cbclint")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/cbclint").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build ./cmd/cbclint: %v\n%s", err, out)
	}
	var walls, ratios, rss []float64
	for i := -1; i < rounds; i++ {
		floor, _, err := measure("go", "list", "-export", "-deps", "-json", "./...")
		if err != nil {
			return "", err
		}
		wall, maxrss, err := measure(bin, "./...")
		if err != nil {
			return "", err
		}
		if i >= 0 {
			walls, ratios, rss = append(walls, wall), append(ratios, wall/floor), append(rss, maxrss)
		}
	}
	return fmt.Sprintf("%.2f s and %.0f MB, %.1f× go list -export -deps on the same packages (%s; `make readme-timings`)",
		median(walls), median(rss)/1024, median(ratios), machine), nil
}

// measure runs a command in testdata/example and returns its wall time in
// seconds and its peak RSS in KiB. Exit status 3 (findings) is success.
func measure(name string, args ...string) (float64, float64, error) {
	cmd := exec.Command(name, args...)
	cmd.Dir = filepath.Join("testdata", "example")
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start).Seconds()
	if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
		err = nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%s %v in testdata/example: %v", name, args, err)
	}
	var rss float64
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		rss = float64(ru.Maxrss)
	}
	return wall, rss, nil
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "readmetimings:", err)
	os.Exit(1)
}

var benchLine = regexp.MustCompile(`(?m)^BenchmarkReadFile/(floor/)?entries=(\d+)\S*\s+\d+\s+\d+ ns/op\s+(\d+) ns/entry`)

// catalogFile is the figure for loading a catalog file, from go test -bench's
// output: the median time an entry at the smallest size measured (a real
// catalog file is small), and its ratio to the floor.
func catalogFile(bench, machine string) (string, error) {
	samples := map[string][]float64{} // "floor 1000" or "read 1000": ns/entry
	size := 0
	for _, m := range benchLine.FindAllStringSubmatch(bench, -1) {
		n, _ := strconv.Atoi(m[2])
		ns, _ := strconv.ParseFloat(m[3], 64)
		kind := map[bool]string{true: "floor", false: "read"}[m[1] != ""]
		samples[kind+" "+m[2]] = append(samples[kind+" "+m[2]], ns)
		if size == 0 || n < size {
			size = n
		}
	}
	read, floor := median(samples["read "+strconv.Itoa(size)]), median(samples["floor "+strconv.Itoa(size)])
	if read == 0 || floor == 0 {
		return "", fmt.Errorf("no BenchmarkReadFile results with their floor in:\n%s", bench)
	}
	return fmt.Sprintf("about %.0f µs an entry, %.1f× reading and decoding the same JSON (a file of %d entries; %s; `make readme-timings`)",
		read/1000, read/floor, size, machine), nil
}

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	xs = slices.Clone(xs)
	slices.Sort(xs)
	return xs[len(xs)/2]
}

// machine names what the figures were measured on: the CPU go test reports,
// the cores, the Go version and the day.
func machine(bench string) string {
	cpu := "unknown CPU"
	if m := regexp.MustCompile(`(?m)^cpu: (.+)$`).FindStringSubmatch(bench); m != nil {
		cpu = strings.TrimSpace(m[1])
	}
	return fmt.Sprintf("%s, %d cores, %s, %s", cpu, runtime.NumCPU(), runtime.Version(), time.Now().UTC().Format("2006-01-02"))
}

// replace puts text between the markers of name in readme.
func replace(readme []byte, name, text string) ([]byte, error) {
	start := []byte("<!-- timings: " + name + " -->")
	i := bytes.Index(readme, start)
	if i < 0 {
		return nil, fmt.Errorf("README has no %s", start)
	}
	i += len(start)
	j := bytes.Index(readme[i:], []byte("<!-- /timings -->"))
	if j < 0 {
		return nil, fmt.Errorf("README's %s has no <!-- /timings --> after it", start)
	}
	return slices.Concat(readme[:i], []byte(text), readme[i+j:]), nil
}
