// Command cbclint finds bugs in Go code that calls Huawei Cloud's CBC (Cost &
// Billing Center) API: unknown or mistyped error codes, dispatches that miss
// critical codes, and success decided by HTTP status alone.
//
//	cbclint ./...                         # standalone (exit 3 on findings)
//	cbclint -fix ./...                    # apply the fixes; print what is left
//	go vet -vettool=$(which cbclint) ./... # under go vet
//	cbclint -explain CBC.5020             # what a code means
//	cbclint -catalog                      # the whole catalog as JSON
//	cbclint -version                      # the version and the catalog's size and date
//	cbclint help [check]                  # the checks, flags and exit statuses
package main

import "github.com/cbclint/cbclint/cmd/cbclint/internal/cli"

func main() { cli.Main() }
