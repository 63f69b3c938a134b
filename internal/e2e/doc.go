// Package e2e holds the end-to-end tests of the front ends teams adopt cbclint
// through: golangci-lint (the module plugin, in the binary `golangci-lint
// custom` would build), go vet -vettool, and pre-commit. They build real
// binaries and run the real tools on throwaway modules, so they run only with
// CBCLINT_E2E=1 (make e2e, make test); go test ./... skips them.
package e2e
