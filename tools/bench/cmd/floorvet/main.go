// Command floorvet is the floor of `go vet -vettool`: the unitchecker protocol
// with one analyzer that requires inspect and does nothing (sets.Floor's
// work). Its flag -floor.nonce changes nothing but go vet's cache key, so a
// run with a new nonce analyses every package again (make bench-real's cold
// runs).
package main

import (
	"golang.org/x/tools/go/analysis/unitchecker"

	"github.com/cbclint/cbclint/tools/bench/internal/sets"
)

func main() {
	floor := *sets.Floor
	floor.Flags.String("nonce", "", "ignored: changes go vet's cache key")
	unitchecker.Main(&floor)
}
