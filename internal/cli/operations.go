package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/cbclint/cbclint/catalog"
)

// operations runs -operations: the operations of CBC's API, from the SDK, as
// JSON (infoMisuse has refused packages and other commands).
func operations(cat *catalog.Catalog, stdout, stderr io.Writer) int {
	b, err := json.MarshalIndent(cat.Operations(), "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return exitUsage
	}
	stdout.Write(append(b, '\n'))
	return exitClean
}
