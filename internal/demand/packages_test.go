package demand

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
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis"
	analysischecker "golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/cbclint/cbclint/internal/check"
	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
)

// scopeTree is a GOPATH of packages, each with the one file x.go, whether it
// is relevant (it speaks HTTP) and whether it is demanded (a CBC request or
// reply can reach it). Libraries are stubs of the modelled ones' paths.
var scopeTree = []struct {
	path, src          string
	relevant, demanded bool
}{
	// Modelled libraries: never relevant, whatever they import or mention.
	{"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model", `package model
import _ "net/http"
type RenewalResourcesResponse struct{ ErrorCode *string ` + "`json:\"error_code\"`" + ` }`, false, false},
	{"github.com/chnsz/golangsdk/openstack/bss/v2/orders", `package orders
import _ "net/http"
// error_code`, false, false},
	{"github.com/go-resty/resty/v2", `package resty
import _ "net/http"`, false, false},
	{"github.com/hashicorp/go-retryablehttp", `package retryablehttp
import _ "net/http"`, false, false},
	// Importing net/http or a modelled library.
	{"example.com/httphelper", `package httphelper
import "net/http"
func Post(url string) (*http.Response, error) { return http.Post(url, "application/json", nil) }`, true, true},
	{"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2", `package v2
import _ "net/http"`, false, false},
	{"example.com/viasdk", `package viasdk
import _ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"`, true, true},
	// The SDK's models alone: demanded (it may examine a reply handed to
	// it), its importers not (a package of API types gives no reply back).
	{"example.com/viamodel", `package viamodel
import _ "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"`, true, true},
	{"example.com/modeluser", `package modeluser
import _ "example.com/viamodel"`, true, false},
	{"example.com/viagolangsdk", `package viagolangsdk
import _ "github.com/chnsz/golangsdk/openstack/bss/v2/orders"`, true, true},
	{"example.com/viaresty", `package viaresty
import _ "github.com/go-resty/resty/v2"`, true, true},
	{"example.com/viaretryable", `package viaretryable
import _ "github.com/hashicorp/go-retryablehttp"`, true, false},
	// A JSON decoder that mentions nothing: pass-through.
	{"example.com/jsonutils", `package jsonutils
import "encoding/json"
func Parse(b []byte) (map[string]any, error) { var m map[string]any; return m, json.Unmarshal(b, &m) }`, false, false},
	{"example.com/usesjson", `package usesjson
import _ "example.com/jsonutils"`, false, false},
	// Mentioning error_code, in any case, in a literal, a name or a comment:
	// relevant, not demanded (no package mentioning CBC imports them).
	{"example.com/literal", `package literal
const Key = "Error_Code"`, true, false},
	{"example.com/name", `package name
var ERROR_CODE int`, true, false},
	{"example.com/comment", `package comment
// Check reads error_code.
func Check() {}`, true, false},
	{"example.com/errorcodename", `package errorcodename
var ErrorCode string // no underscore: not a mention`, false, false},
	// Importing a relevant package, directly or not.
	{"example.com/transitive", `package transitive
import _ "example.com/httphelper"`, true, false},
	{"example.com/transitive2", `package transitive2
import _ "example.com/transitive"`, true, false},
	// A response package (by the setting) makes its importers relevant.
	{"example.com/cbcresp", `package cbcresp
type Reply struct{ Code string }`, false, false},
	{"example.com/billing", `package billing
import _ "example.com/cbcresp"`, true, true},
	// A Huawei adaptor mentions CBC by the host it builds from a service
	// name: the helpers it imports are demanded (httphelper, viaresty); those
	// only another cloud's code imports are not (viaretryable, transitive).
	{"example.com/adaptor", `package adaptor
import (
	"fmt"
	_ "example.com/errcheck"
	_ "example.com/typeshub"
	_ "example.com/httphelper"
	_ "example.com/viaresty"
)
const BSS = "bss"
func URL(service, path string) string { return fmt.Sprintf("https://%s.myhuaweicloud.com/v2/%s", service, path) }`, true, true},
	{"example.com/othercloud", `package othercloud
import (
	_ "example.com/httphelper"
	_ "example.com/othersdk"
)
const Host = "ec2.amazonaws.com"`, true, false},
	// error_code alone mentions no CBC: another SDK decodes a field of
	// that name; what imports it is not demanded. A checker of error_code
	// that the adaptor imports is.
	{"example.com/othersdk", `package othersdk
import _ "net/http"
type APIError struct{ Code string ` + "`json:\"error_code\"`" + ` }`, true, false},
	// A package of types that imports other clouds' SDKs: the adaptor
	// imports it, so it is demanded, but it speaks no HTTP itself, so what
	// it imports is not.
	{"example.com/typeshub", `package typeshub
import "example.com/othersdk"
type Error = othersdk.APIError`, true, true},
	{"example.com/errcheck", `package errcheck
func Failed(m map[string]any) bool { return m["error_code"] != nil }`, true, true},
	// A package of constants mentions CBC without speaking HTTP: what imports
	// it and speaks HTTP mentions CBC too.
	{"example.com/consts", `package consts
const Host = "BSS.MyHuaweiCloud.com"`, false, false},
	{"example.com/usesconsts", `package usesconsts
import (
	_ "example.com/consts"
	_ "net/http"
)`, true, true},
	// What imports a package that mentions CBC may be returned its replies.
	{"example.com/caller", `package caller
import _ "example.com/viasdk"`, true, true},
	{"example.com/caller2", `package caller2
import _ "example.com/caller"`, true, true},
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

func scopeWant(demanded bool) map[string]bool {
	want := map[string]bool{}
	for _, p := range scopeTree {
		if p.relevant && !demanded || p.demanded && demanded {
			want[p.path] = true
		}
	}
	return want
}

// scopeModel is the rule's model for scopeTree: example.com/cbcresp is a
// response package; the SDK's and golangsdk's bss packages are CBC's.
func scopeModel() Model {
	r := &config.Resolved{ResponsePackages: []string{"example.com/cbcresp"}}
	sdk := func(path string) bool {
		return strings.HasSuffix(path, "/services/bss/v2") || strings.HasSuffix(path, "/services/bss/v2/model") || strings.Contains(path+"/", "/openstack/bss/")
	}
	return Model{Settings: r, SDK: sdk}
}

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

// TestDemand checks the driver's rule on go list's data: which packages
// are demanded.
func TestDemand(t *testing.T) {
	t.Parallel()
	gopath := writeScopeTree(t)
	cmd := exec.Command("go", append([]string{"list", "-deps", "-json"}, scopePatterns()...)...)
	cmd.Env, cmd.Dir = scopeEnv(gopath), gopath
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var listed []*check.Listed
	for dec := json.NewDecoder(bytes.NewReader(out)); ; {
		var p struct {
			ImportPath, Dir string
			Standard        bool
			GoFiles         []string
			Imports         []string
		}
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		l := &check.Listed{ID: p.ImportPath, Standard: p.Standard, Imports: p.Imports}
		for _, name := range p.GoFiles {
			l.Files = append(l.Files, filepath.Join(p.Dir, name))
		}
		listed = append(listed, l)
	}
	got := Packages(scopeModel(), listed)
	if want := scopeWant(true); !reflect.DeepEqual(got, want) {
		t.Errorf("demanded packages:\n got %v\nwant %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
}

// TestContainsFold checks the scan of file texts and names against
// strings.ToLower, on bytes and on strings.
func TestContainsFold(t *testing.T) {
	t.Parallel()
	for _, src := range []string{"", "e", "error_cod", "error_code", "xERROR_CODEx", "Error_Code", "_code", "error-code",
		"myhuaweicloud", "https://%s.MyHuaweiCloud.com", "myhuaweiclou", "yhuaweicloud", "mmyhuaweicloudd",
		"Www.wMyHuaweiCloud", "wW myhuaweiclouW", "WMYHUAWEICLOUD"} {
		for _, text := range []string{"error_code", "myhuaweicloud"} {
			want := strings.Contains(strings.ToLower(src), text)
			if got := containsFold([]byte(src), newNeedle(text)); got != want {
				t.Errorf("containsFold([]byte(%q), %q) = %v, want %v", src, text, got, want)
			}
			if got := containsFold(src, newNeedle(text)); got != want {
				t.Errorf("containsFold(%q, %q) = %v, want %v", src, text, got, want)
			}
		}
	}
}

// TestPassRelevant checks the analyzer's predicate, fed by the facts of the
// imports, on the same packages: it must agree with the driver's.
func TestPassRelevant(t *testing.T) {
	t.Parallel()
	gopath := writeScopeTree(t)
	m := scopeModel()
	var mu sync.Mutex
	got := map[string]bool{}
	a := &analysis.Analyzer{
		Name:      "scope",
		Doc:       "records PassRelevant",
		FactTypes: []analysis.Fact{new(Relevant)},
		Run: func(pass *analysis.Pass) (any, error) {
			if PassRelevant(pass, m) {
				pass.ExportPackageFact(new(Relevant))
				mu.Lock()
				got[pass.Pkg.Path()] = true
				mu.Unlock()
			}
			return nil, nil
		},
	}
	pkgs, err := checktest.Load(gopath, false, scopePatterns()...)
	if err != nil {
		t.Fatal(err)
	}
	if packages.PrintErrors(pkgs) > 0 {
		t.Fatal("load errors")
	}
	if _, err := analysischecker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
		t.Fatal(err)
	}
	if want := scopeWant(false); !reflect.DeepEqual(got, want) {
		t.Errorf("relevant packages:\n got %v\nwant %v", slices.Sorted(maps.Keys(got)), slices.Sorted(maps.Keys(want)))
	}
}
