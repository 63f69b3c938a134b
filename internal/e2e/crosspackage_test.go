package e2e

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// helpers is a module whose CBC requests go through HTTP helpers of another
// package of the module (cbchttp) and of another module (httputils, replaced
// by a local directory), both taking any status below 300 for success, as
// cloudmux does through yunion.io/x/pkg/util/httputils. cbcstatus sees them
// only through the facts of those packages, by default, in every front end.
var helpers = map[string]string{
	"go.mod":           "module example.com/billing\n\ngo 1.26\n\nrequire example.com/httputils v0.0.0\n\nreplace example.com/httputils => ./httputils\n",
	"httputils/go.mod": "module example.com/httputils\n\ngo 1.26\n",
	"httputils/httputils.go": `// Package httputils is a company's HTTP library, a module of its own.
package httputils

import (
	"fmt"
	"io"
	"net/http"
)

// Request sends a request and takes any status below 300 for success.
func Request(c *http.Client, method, url string, body io.Reader) (*http.Response, error) {
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		resp.Body.Close()
		return nil, fmt.Errorf("%s %s: %s", method, url, resp.Status)
	}
	return resp, nil
}
`,
	"cbchttp/cbchttp.go": `// Package cbchttp posts to CBC for the other packages of the module.
package cbchttp

import (
	"errors"
	"io"
	"net/http"
)

// Post posts body to url and takes any status below 300 for success.
func Post(c *http.Client, url string, body io.Reader) (*http.Response, error) {
	resp, err := c.Post(url, "application/json", body)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 300 {
		resp.Body.Close()
		return nil, errors.New(resp.Status)
	}
	return resp, nil
}
`,
	"renewal/renewal.go": `// Package renewal renews and unsubscribes yearly/monthly resources.
package renewal

import (
	"encoding/json"
	"errors"
	"net/http"
	"strings"

	"example.com/billing/cbchttp"
	"example.com/httputils"
)

const bss = "https://bss.myhuaweicloud.com"

// Renew renews the resources and takes the helper's nil error for success.
func Renew(c *http.Client, body string) error {
	_, err := cbchttp.Post(c, bss+"/v2/orders/subscriptions/resources/renew", strings.NewReader(body)) // MARK same-module
	return err
}

// Unsubscribe unsubscribes the resources through the other module's helper.
func Unsubscribe(c *http.Client, body string) error {
	_, err := httputils.Request(c, "POST", bss+"/v2/orders/subscriptions/resources/unsubscribe", strings.NewReader(body)) // MARK other-module
	return err
}

// AutoRenew turns on auto-renewal and reads the error_code CBC answers with HTTP 200.
func AutoRenew(c *http.Client, id string) error {
	resp, err := httputils.Request(c, "POST", bss+"/v2/orders/subscriptions/resources/autorenew/"+id, nil) // MARK examined
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var out struct {
		ErrorCode string ` + "`json:\"error_code\"`" + `
		ErrorMsg  string ` + "`json:\"error_msg\"`" + `
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return err
	}
	if out.ErrorCode != "" {
		return errors.New(out.ErrorCode + ": " + out.ErrorMsg)
	}
	return nil
}
`,
}

// lineOf returns "file:line" of the line of files marked MARK name.
func lineOf(files map[string]string, name string) string {
	for file, content := range files {
		for i, l := range strings.Split(content, "\n") {
			if strings.HasSuffix(l, "MARK "+name) {
				return file + ":" + strconv.Itoa(i+1)
			}
		}
	}
	panic("no line marked " + name)
}

// TestE2ECrossPackageHelpers runs the three front ends with default settings:
// each must find the discarded replies behind the helpers of another package
// and of another module, and leave the examined one alone.
func TestE2ECrossPackageHelpers(t *testing.T) {
	e2etest.Require(t)
	dir := writeModule(t, helpers)
	writeFile(t, filepath.Join(dir, ".golangci.yml"), golangciConfig(t, ""))
	env := []string{"GOFLAGS=-mod=mod", "GOPROXY=off"} // the replaced module needs no download

	bin := e2etest.Binary(t)
	alone := run(t, dir, env, bin, "./...")
	vet := run(t, dir, env, "go", "vet", "-vettool="+bin, "./...")
	gcl := run(t, dir, append(env, "GOLANGCI_LINT_CACHE="+t.TempDir()), golangciLint(t), "run", "./...")
	fronts := []struct {
		name string
		out  string
		got  []string
	}{
		{"cbclint", alone.Out, positions(findings(alone.Out, dir))},
		{"go vet", vet.Out, positions(findings(vet.Out, dir))},
		{"golangci-lint", gcl.Out, positions(cbclintOnly(e2etest.FindingsByCheck(gcl.Out, dir)))},
	}
	for _, f := range fronts {
		for _, mark := range []string{"same-module", "other-module"} {
			if !slices.ContainsFunc(f.got, func(s string) bool { return strings.HasPrefix(s, lineOf(helpers, mark)+":") }) {
				t.Errorf("%s: no finding on %s (MARK %s), the reply discarded after a helper that decides by status < 300; output:\n%s", f.name, lineOf(helpers, mark), mark, f.out)
			}
		}
		if slices.ContainsFunc(f.got, func(s string) bool { return strings.HasPrefix(s, lineOf(helpers, "examined")+":") }) {
			t.Errorf("%s: finding on %s (MARK examined), whose error_code is read; output:\n%s", f.name, lineOf(helpers, "examined"), f.out)
		}
	}
	if a, v, g := fronts[0].got, fronts[1].got, fronts[2].got; !slices.Equal(a, v) || !slices.Equal(a, g) {
		t.Errorf("the front ends differ:\ncbclint:\n%s\ngo vet:\n%s\ngolangci-lint:\n%s", strings.Join(a, "\n"), strings.Join(v, "\n"), strings.Join(g, "\n"))
	}
}

// cbclintOnly keeps golangci-lint's findings of cbclint: its configuration
// also enables errcheck, whose findings end in "(errcheck)".
func cbclintOnly(findings []string) []string {
	var out []string
	for _, f := range findings {
		if strings.HasSuffix(f, "(cbclint)") {
			out = append(out, f)
		}
	}
	return out
}

// positions are the file:line:col of each finding: the front ends word the
// check's name differently (cbclint after the message, golangci-lint before it,
// go vet not at all), and TestE2EGolangciLint compares the messages.
func positions(findings []string) []string {
	var out []string
	for _, f := range findings {
		parts := strings.SplitN(f, ":", 4)
		out = append(out, strings.Join(parts[:min(3, len(parts))], ":"))
	}
	slices.Sort(out)
	return out
}
