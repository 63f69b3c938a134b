package corpus

import (
	"os"
	"path/filepath"
)

// Robust writes (once) a module in dir full of unusual but legal Go, and two
// packages that do not type-check: generics, cgo, build tags, test files
// (internal and external), dot-imports, a vendored dependency, a generated file,
// constant expressions, and broken code. Its go.sum and vendor directory come
// from go mod tidy and go mod vendor; it needs nothing from the network.
func Robust(dir string) error {
	if err := writeModule(dir, robustFiles); err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, "vendor", "modules.txt")); err == nil {
		return nil
	}
	_, err := goCmd(dir, "mod", "vendor")
	return err
}

// RobustExpect are findings the checks must report in the robust module (file
// suffix and a piece of the message): they prove the unusual files were analysed.
var RobustExpect = [][2]string{
	{"generics/generics.go", "CBC.99003615"},
	{"tests/billing_test.go", "CBC.99003615"},
	{"tests/billing_ext_test.go", "CBC.99003615"},
	{"dotimport/dotimport.go", "CBC.99003615"},
	{"cgo/cgo.go", "CBC.99003615"},
	{"buildtags/linux.go", "CBC.99003615"},
	{"consts/consts.go", "CBC.99003615"},
}

// RobustSilent are files where no finding may appear: generated code, a file
// excluded by a build tag, vendored code, and the cipher names of crypto code.
var RobustSilent = []string{"gen/gen.go", "buildtags/extra.go", "vendor/", "ciphers/ciphers.go"}

// RobustBroken are the packages whose loader errors are expected.
var RobustBroken = []string{"broken/typeerr", "broken/syntax"}

var robustFiles = map[string]string{
	"go.mod": `module cbcbench/robust

go 1.26.0

require example.com/billinglib v0.0.0

replace example.com/billinglib => ./billinglib
`,
	"billinglib/go.mod": "module example.com/billinglib\n\ngo 1.26.0\n",
	"billinglib/lib.go": `// Package billinglib is vendored into the robust module; its mistyped code is
// in a dependency, not in the packages analysed, so it is never reported.
package billinglib

// Codes the library knows.
const (
	InsufficientBalance = "CBC.5003"
	Mistyped            = "CBC.99003615"
)
`,
	"vendored/vendored.go": `// Package vendored uses the vendored library.
package vendored

import "example.com/billinglib"

// Retryable reports whether a code is worth retrying.
func Retryable(code string) bool {
	switch code {
	case billinglib.InsufficientBalance, "CBC.0250", "CBC.0154":
		return false
	}
	return true
}
`,
	"generics/generics.go": `// Package generics dispatches on codes through type parameters.
package generics

// Code is any string type holding a CBC error code.
type Code interface{ ~string }

// Dispatcher maps codes to handlers.
type Dispatcher[C Code, R any] struct {
	handlers map[C]func() R
}

// Handle runs the handler for c.
func Handle[C Code, R any](d *Dispatcher[C, R], c C) (r R) {
	switch c {
	case "CBC.5003", "CBC.0250", "CBC.0154", "CBC.99000088":
		return d.handlers[c]()
	case "CBC.99003615":
		return r
	}
	return r
}

// List is a generic linked list.
type List[T any] struct {
	next *List[T]
	val  T
}

// Push prepends v.
func (l *List[T]) Push(v T) *List[T] { return &List[T]{next: l, val: v} }

// Map applies f to every element.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Pair is a generic struct with a method using both type parameters.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{Val: p.Key} }

// CBCCode is a named string type.
type CBCCode string

var _ = Handle[CBCCode, int]
var _ = Map([]CBCCode{"CBC.0250"}, func(c CBCCode) string { return string(c) })
`,
	"cgo/cgo.go": `// Package cgo mixes C and CBC codes.
package cgo

/*
#include <stdlib.h>
#include <string.h>
static int code_len(const char *s) { return (int)strlen(s); }
*/
import "C"

import "unsafe"

// Len measures a code in C.
func Len() int {
	s := C.CString("CBC.99003615")
	defer C.free(unsafe.Pointer(s))
	return int(C.code_len(s))
}
`,
	"cgo/plain.go": `package cgo

// Throttled is a correct code in the Go half of a cgo package.
const Throttled = "CBC.0250"
`,
	"buildtags/linux.go": `//go:build linux

// Package buildtags has files for some platforms and tags only.
package buildtags

// Code is the Linux build's code.
const Code = "CBC.99003615"
`,
	"buildtags/other.go": `//go:build !linux

package buildtags

// Code is every other platform's code.
const Code = "CBC.99003615"
`,
	"buildtags/extra.go": `//go:build cbcextra

package buildtags

// Extra is only built with -tags cbcextra, which the soak does not set.
const Extra = "CBC.99003615"
`,
	"tests/billing.go": `// Package tests has internal and external test files.
package tests

// Pay pays.
func Pay() string { return "CBC.5003" }
`,
	"tests/billing_test.go": `package tests

import "testing"

func TestPay(t *testing.T) {
	if Pay() == "CBC.99003615" {
		t.Fatal("wrong code")
	}
}
`,
	"tests/billing_ext_test.go": `package tests_test

import (
	"testing"

	"cbcbench/robust/tests"
)

func TestPayExternal(t *testing.T) {
	if tests.Pay() == "CBC.99003615" {
		t.Fatal("wrong code")
	}
}

func FuzzPay(f *testing.F) {
	f.Add("CBC.5003")
	f.Fuzz(func(t *testing.T, s string) { _ = s == tests.Pay() })
}
`,
	"codes/codes.go": `// Package codes is imported with a dot.
package codes

// Codes callers switch on.
const (
	Throttled     = "CBC.0250"
	TokenExpired  = "CBC.0154"
	Insufficient  = "CBC.5003"
	BeingPaid     = "CBC.99000088"
	PartialFailed = "CBC.5020"
)
`,
	"dotimport/dotimport.go": `// Package dotimport uses dot-imports for codes and for strings.
package dotimport

import (
	. "strings"

	. "cbcbench/robust/codes"
)

// Classify dispatches on a code from a dot-imported package.
func Classify(code string) string {
	switch TrimSpace(code) {
	case Throttled, TokenExpired, BeingPaid:
		return "retry"
	case Insufficient:
		return "top up"
	case "CBC.99003615":
		return "never"
	}
	return ToLower(code)
}
`,
	"gen/gen.go": `// Code generated by robustgen from codes.yaml. DO NOT EDIT.

// Package gen is generated; findings in it are not reported by default.
package gen

// Codes is the generated table, with a mistyped code nobody can fix by hand.
var Codes = []string{"CBC.5003", "CBC.99003615", "cbc.0250"}
`,
	"gen/handwritten.go": `package gen

// Count counts the generated codes.
func Count() int { return len(Codes) }
`,
	"consts/consts.go": `// Package consts builds codes from constant expressions.
package consts

const prefix = "CBC."

// Codes built from parts, typed and untyped, with iota and conversions.
const (
	Balance       = prefix + "5003"
	Typo          = prefix + "99003615"
	Raw           = ` + "`CBC.0250`" + `
	Rune          = 'C'
	NotAString    = 5003
	typed  MyCode = "CBC.0154"
)

// MyCode is a named string type.
type MyCode string

// Message mixes codes into prose and formats.
func Message(n int) string {
	if n > 1<<20 {
		return "failed with CBC.5003 and CBC.0250; see the runbook"
	}
	return string(typed) + "\u0043BC.5020" + string(rune(Rune))
}
`,
	"ciphers/ciphers.go": `// Package ciphers names cipher suites, which are not CBC error codes.
package ciphers

// Suites a TLS configuration allows.
var Suites = []string{
	"TLS_RSA_WITH_AES_128_CBC_SHA",
	"DES-CBC3-SHA",
	"aes-256-cbc",
	"AES-CBC",
	"cbc",
	"CBC",
	"CBC mode",
	"3DES-CBC-1234",
}

// Mode is a block cipher mode name.
const Mode = "CBC-MAC"
`,
	"empty/doc.go": "// Package empty has only a package clause.\npackage empty\n",
	"broken/typeerr/typeerr.go": `// Package typeerr does not type-check: the loader reports it, nothing crashes.
package typeerr

var Balance int = "CBC.5003"

func Pay() string {
	return undefinedCode + "CBC.99003615"
}

func Switch(code string) {
	switch code {
	case "CBC.0250", 5003:
	}
}
`,
	"broken/syntax/syntax.go": `// Package syntax does not parse.
package syntax

func Pay( {
	return "CBC.5003"
`,
	"testdata/ignored.go": "package ignored\n\nconst X = \"CBC.99003615\" // testdata is not a package pattern match\n",
}
