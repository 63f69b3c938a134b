package main

// What `golangci-lint custom` writes into cmd/golangci-lint/plugins.go for the
// README's .custom-gcl.yml.
import (
	_ "github.com/cbclint/cbclint"
)
