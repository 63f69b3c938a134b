package build

import (
	"bytes"
	"os"
	"testing"
)

// TestShippedOperationsAreGenerated proves catalog/operations.json is exactly
// what `go generate ./catalog` makes from the SDK's sources. It needs the SDK
// from the module proxy (or the module cache), as the generator does; it lives
// here, not in package catalog, so that the catalog's own tests stay offline.
func TestShippedOperationsAreGenerated(t *testing.T) {
	dir, err := SDKDir()
	if err != nil {
		t.Fatalf("the operations table is generated from the SDK's sources, which could not be fetched: %v", err)
	}
	want, err := Operations(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../../operations.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatal("catalog/operations.json is stale or edited by hand: run go generate ./catalog")
	}
}
