// Module bench is cbclint's measurement harness (make bench, make soak). It is a
// module of its own so that cbclint's go.mod never gains exhaustive or the SDK.
module github.com/cbclint/cbclint/tools/bench

go 1.26.0

require (
	github.com/cbclint/cbclint v0.0.0
	github.com/nishanths/exhaustive v0.12.0
	golang.org/x/tools v0.52.0
)

require (
	golang.org/x/mod v0.42.0 // indirect
	golang.org/x/sync v0.24.0 // indirect
	honnef.co/go/tools v0.8.2 // indirect
)

replace github.com/cbclint/cbclint => ../..
