// Command opsgen writes operations.json, the operations of the Huawei SDK's
// CBC services (bss/v2, bssintl/v2), from the SDK's sources, which it fetches
// through the module proxy with `go mod download`. Run it with
// `go generate ./catalog`.
package main

import (
	"log"
	"os"

	"github.com/cbclint/cbclint/catalog/internal/build"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("catalog/opsgen: ")
	dir, err := build.SDKDir()
	if err != nil {
		log.Fatal(err)
	}
	out, err := build.Operations(dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("operations.json", out, 0o644); err != nil {
		log.Fatal(err)
	}
}
