package cli

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/driver"
)

// operationJSON is one operation as -operations prints it: the SDK's
// operation with the status tables of its pages (and of the older APIs it
// replaced), when the catalog has any.
type operationJSON struct {
	catalog.Operation
	Tables []*catalog.Table `json:"tables,omitempty"`
}

// operations runs -operations: the operations of CBC's API, from the SDK, as
// JSON (infoMisuse has refused packages and other commands).
func operations(cat *catalog.Catalog, stdout, stderr io.Writer) int {
	var ops []operationJSON
	for _, op := range cat.Operations() {
		ops = append(ops, operationJSON{op, cat.TablesOf(op.Name)})
	}
	b, err := json.MarshalIndent(ops, "", "  ")
	if err != nil {
		fmt.Fprintln(stderr, "cbclint:", err)
		return driver.ExitUsage
	}
	stdout.Write(append(b, '\n'))
	return driver.ExitClean
}
