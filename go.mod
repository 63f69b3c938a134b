module github.com/cbclint/cbclint

go 1.26
