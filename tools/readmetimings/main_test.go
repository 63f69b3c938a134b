package main

import (
	"os"
	"strings"
	"testing"
)

const bench = `goos: linux
cpu: Intel(R) Xeon(R) Processor
BenchmarkReadFile/entries=1000-2         	     152	   6741457 ns/op	      6741 ns/entry
BenchmarkReadFile/floor/entries=1000-2   	     699	   2437113 ns/op	      2437 ns/entry
BenchmarkReadFile/entries=4000-2         	      32	  41163671 ns/op	     10291 ns/entry
BenchmarkReadFile/floor/entries=4000-2   	     100	  15532953 ns/op	      3883 ns/entry
BenchmarkReadFile/entries=1000-2         	     152	   6000000 ns/op	      6000 ns/entry
BenchmarkReadFile/floor/entries=1000-2   	     699	   2000000 ns/op	      2000 ns/entry
BenchmarkReadFile/entries=1000-2         	     152	   7000000 ns/op	      7000 ns/entry
BenchmarkReadFile/floor/entries=1000-2   	     699	   3000000 ns/op	      3000 ns/entry
`

func TestCatalogFile(t *testing.T) {
	got, err := catalogFile(bench, "Intel(R) Xeon(R) Processor, 2 cores")
	want := "about 7 µs an entry, 2.8× reading and decoding the same JSON (a file of 1000 entries; Intel(R) Xeon(R) Processor, 2 cores; `make readme-timings`)"
	if err != nil || got != want {
		t.Errorf("catalogFile = %q, %v\nwant %q", got, err, want)
	}
	if _, err := catalogFile("BenchmarkReadFile/entries=1000-2  1  5 ns/op  5 ns/entry\n", ""); err == nil {
		t.Error("a result without its floor gave a figure")
	}
	if m := machine(bench); !strings.HasPrefix(m, "Intel(R) Xeon(R) Processor, ") {
		t.Errorf("machine = %q", m)
	}
}

func TestReplace(t *testing.T) {
	got, err := replace([]byte("Loading takes <!-- timings: catalog-file -->old<!-- /timings -->.\n"), "catalog-file", "new")
	if err != nil || string(got) != "Loading takes <!-- timings: catalog-file -->new<!-- /timings -->.\n" {
		t.Errorf("replace = %q, %v", got, err)
	}
	if _, err := replace([]byte("no markers"), "catalog-file", "x"); err == nil {
		t.Error("replace without markers: no error")
	}
}

// The README's figures are the generated ones: each stands between markers,
// names the machine and the make target.
func TestReadmeHasGeneratedFigures(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"catalog-file", "example"} {
		_, rest, ok := strings.Cut(string(b), "<!-- timings: "+name+" -->")
		figure, _, ok2 := strings.Cut(rest, "<!-- /timings -->")
		if !ok || !ok2 || !strings.Contains(figure, " cores, go") || !strings.HasSuffix(figure, "`make readme-timings`)") {
			t.Errorf("README's %s figure is not one make readme-timings wrote: %q", name, figure)
		}
	}
}
