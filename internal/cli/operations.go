package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/cbclint/cbclint/catalog"
)

// operations runs -operations: the operations of CBC's API, from the SDK, as
// JSON. Exit status 0, or 2 when packages or other commands are given too.
func operations(cat *catalog.Catalog, c *commandFlags, rest []string, stdout, stderr io.Writer) int {
	if *c.catalog || *c.explain != "" || len(rest) > 0 {
		fmt.Fprintln(stderr, "cbclint: usage: cbclint -operations (no packages, no other command)")
		return exitUsage
	}
	b, err := json.MarshalIndent(cat.Operations(), "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return exitUsage
	}
	stdout.Write(append(b, '\n'))
	return exitClean
}
