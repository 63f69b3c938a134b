package cbcstatus

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	analysischecker "golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// scopeTree is a GOPATH of packages, each with the one file x.go, and whether
// it is relevant (C2). Libraries are stubs of the modelled ones' paths.
var scopeTree = []struct {
	path, src string
	relevant  bool
}{
	// Modelled libraries: never relevant, whatever they import or mention.
	{"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model", `package model
import _ "net/http"
type RenewalResourcesResponse struct{ ErrorCode *string ` + "`json:\"error_code\"`" + ` }`, false},
	{"github.com/chnsz/golangsdk/openstack/bss/v2/orders", `package orders
import _ "net/http"
// error_code`, false},
	{"github.com/go-resty/resty/v2", `package resty
import _ "net/http"`, false},
	{"github.com/hashicorp/go-retryablehttp", `package retryablehttp
import _ "net/http"`, false},
	// Importing net/http or a modelled library.
	{"example.com/httphelper", `package httphelper
import "net/http"
func Post(url string) (*http.Response, error) { return http.Post(url, "application/json", nil) }`, true},
	{"example.com/viasdk", `package viasdk
import _ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"`, true},
	{"example.com/viagolangsdk", `package viagolangsdk
import _ "github.com/chnsz/golangsdk/openstack/bss/v2/orders"`, true},
	{"example.com/viaresty", `package viaresty
import _ "github.com/go-resty/resty/v2"`, true},
	{"example.com/viaretryable", `package viaretryable
import _ "github.com/hashicorp/go-retryablehttp"`, true},
	// A JSON decoder that mentions nothing: pass-through.
	{"example.com/jsonutils", `package jsonutils
import "encoding/json"
func Parse(b []byte) (map[string]any, error) { var m map[string]any; return m, json.Unmarshal(b, &m) }`, false},
	{"example.com/usesjson", `package usesjson
import _ "example.com/jsonutils"`, false},
	// Mentioning error_code, in any case, in a literal, a name or a comment.
	{"example.com/literal", `package literal
const Key = "Error_Code"`, true},
	{"example.com/name", `package name
var ERROR_CODE int`, true},
	{"example.com/comment", `package comment
// Check reads error_code.
func Check() {}`, true},
	{"example.com/errorcodename", `package errorcodename
var ErrorCode string // no underscore: not a mention`, false},
	// Importing a relevant package, directly or not.
	{"example.com/transitive", `package transitive
import _ "example.com/httphelper"`, true},
	{"example.com/transitive2", `package transitive2
import _ "example.com/transitive"`, true},
	// A response package (by the setting) makes its importers relevant.
	{"example.com/cbcresp", `package cbcresp
type Reply struct{ Code string }`, false},
	{"example.com/billing", `package billing
import _ "example.com/cbcresp"`, true},
}

func writeScopeTree(t *testing.T) string {
	gopath := t.TempDir()
	for _, p := range scopeTree {
		dir := filepath.Join(gopath, "src", filepath.FromSlash(p.path))
		if err := os.MkdirAll(dir, 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "x.go"), []byte(p.src+"\n"), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return gopath
}

func scopeWant() map[string]bool {
	want := map[string]bool{}
	for _, p := range scopeTree {
		if p.relevant {
			want[p.path] = true
		}
	}
	return want
}

func isCBCResp(path string) bool { return path == "example.com/cbcresp" }

func scopeEnv(gopath string) []string {
	return append(os.Environ(), "GOPATH="+gopath, "GO111MODULE=off", "GOFLAGS=")
}

func scopePatterns() []string {
	var out []string
	for _, p := range scopeTree {
		out = append(out, p.path)
	}
	return out
}

// TestRelevantPackages checks the driver's predicate on go list's data.
func TestRelevantPackages(t *testing.T) {
	gopath := writeScopeTree(t)
	cmd := exec.Command("go", append([]string{"list", "-deps", "-json"}, scopePatterns()...)...)
	cmd.Env, cmd.Dir = scopeEnv(gopath), gopath
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var listed []*Listed
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		p := new(Listed)
		if err := dec.Decode(p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		listed = append(listed, p)
	}
	got := RelevantPackages(listed, isCBCResp)
	if want := scopeWant(); !reflect.DeepEqual(got, want) {
		t.Errorf("relevant packages:\n got %v\nwant %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
	if got["net/http"] || got["encoding/json"] {
		t.Errorf("the standard library is relevant: %v", got)
	}
}

// TestPassRelevant checks the analyzer's predicate, fed by the facts of the
// imports, on the same packages: it must agree with the driver's.
func TestPassRelevant(t *testing.T) {
	gopath := writeScopeTree(t)
	var mu sync.Mutex
	got := map[string]bool{}
	a := &analysis.Analyzer{
		Name:      "scope",
		Doc:       "records PassRelevant",
		FactTypes: []analysis.Fact{new(relevant)},
		Run: func(pass *analysis.Pass) (any, error) {
			if PassRelevant(pass, isCBCResp) {
				pass.ExportPackageFact(new(relevant))
				mu.Lock()
				got[pass.Pkg.Path()] = true
				mu.Unlock()
			}
			return nil, nil
		},
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax, Dir: gopath, Env: scopeEnv(gopath)}, scopePatterns()...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("load errors")
	}
	if _, err := analysischecker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
		t.Fatal(err)
	}
	if want := scopeWant(); !reflect.DeepEqual(got, want) {
		t.Errorf("relevant packages:\n got %v\nwant %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
}
