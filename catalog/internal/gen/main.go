// Command gen writes catalog.json from the sources under catalog/:
// testdata/cbc-error-codes.txt, testdata/cbc-extra-codes.tsv,
// testdata/cbc-more-codes.tsv, testdata/cbc-more-sources.tsv, the 2026-12 files
// and curation.json, and tables.json from the per-API tables.
// Run it with `go generate ./catalog`.
package main

import (
	"log"
	"os"

	"github.com/cbclint/cbclint/catalog/internal/build"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("catalog/gen: ")
	src, err := build.ReadSources(".")
	if err != nil {
		log.Fatal(err)
	}
	out, err := build.Build(src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("catalog.json", out, 0o644); err != nil {
		log.Fatal(err)
	}
	tables, err := build.Tables(src)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("tables.json", tables, 0o644); err != nil {
		log.Fatal(err)
	}
}
