package cbcstatus

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"golang.org/x/tools/go/ssa"
	"golang.org/x/tools/go/ssa/ssautil"

	"github.com/cbclint/cbclint/internal/config"
)

// The evaluator over small packages: each case declares url(), whose
// result is evaluated whatever its arguments.
func TestValues(t *testing.T) {
	for _, c := range []struct {
		name, src string
		host      string // the CBC host, "" for none
		text      string // the leading text known
		whole     bool
		param     int // the parameter it is, -1 for none
		note      string
	}{
		{"constant", `func url() string { return "https://bss.myhuaweicloud.com/v2/orders" }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders", true, -1, ""},
		{"other host", `func url() string { return "https://ecs.cn-north-4.myhuaweicloud.com/v1" }`,
			"", "https://ecs.cn-north-4.myhuaweicloud.com/v1", true, -1, ""},
		{"concatenation", `const base = "https://bss.myhuaweicloud.com"
			func url(id string) string { return base + "/v2/orders/" + id }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders/", false, -1, ""},
		{"sprintf", `func url(region string) string { return fmt.Sprintf("https://%s/v2/%s", "bss-intl.myhuaweicloud.com", region) }`,
			"bss-intl.myhuaweicloud.com", "https://bss-intl.myhuaweicloud.com/v2/", false, -1, ""},
		{"sprint", `func url() string { return fmt.Sprint("https://bss.myhuaweicloud.com", "/v2") }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"parameter", `func url(base string) string { return base + "/v2/orders" }`,
			"", "", false, 0, ""},
		{"parameter through sprintf", `func url(base string) string { return fmt.Sprintf("%s/v2/orders", strings.TrimSuffix(base, "/")) }`,
			"", "", false, 0, ""},
		{"join path", `func url() string { u, _ := neturl.JoinPath("https://bss.myhuaweicloud.com", "v2", "orders"); return u }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com", false, -1, ""},
		{"address handed on", `func set(p *string) { *p = "https://iam.myhuaweicloud.com" }
			func url() string {
				u := "https://bss.myhuaweicloud.com"
				set(&u)
				return u
			}`,
			"", "", false, -1, ""},
		{"field of a struct set from a constructor's parameter", `type config struct{ Endpoint string }
			type client struct{ cfg config }
			func newClient(ep string) *client {
				cfg := config{Endpoint: ep}
				return &client{cfg: cfg}
			}
			func url(c *client) string { return c.cfg.Endpoint + "/v2" }`,
			"", "", false, -1, ""},
		{"captured and set", `func url() string {
				u := "https://bss.myhuaweicloud.com"
				func() { u = "https://iam.myhuaweicloud.com" }()
				return u
			}`,
			"", "", false, -1, ""},
		{"captured", `func url() string {
				u := "https://bss.myhuaweicloud.com"
				get := func() string { return u + "/v2" }
				return get()
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"captured request", `func url(ctx context.Context) *http.Request {
				req, err := http.NewRequestWithContext(ctx, "POST", "https://bss.myhuaweicloud.com/v2/orders", nil)
				get := func() *http.Request {
					if err != nil {
						return nil
					}
					return req
				}
				return get()
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders", false, -1, ""},
		{"url literal", `func url() string { u := neturl.URL{Scheme: "https", Host: "bss.myhuaweicloud.com", Path: "/v2/orders"}; return u.String() }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders", true, -1, ""},
		{"url rehosted", `func url(h string) string { u := &neturl.URL{Scheme: "https", Host: "bss.myhuaweicloud.com"}; u.Host = h; return u.String() }`,
			"", "", false, -1, ""},
		{"pointer parameter", `func url(base *string) string { return *base + "/v2/orders" }`,
			"", "", false, 0, ""},
		{"package variable whose address is handed on", `var bssBase = "https://bss.myhuaweicloud.com"
			func base() *string { return &bssBase }
			func url() string { return *base() + "/v2" }`,
			"", "", false, -1, ""},
		{"field of a local struct of another package", `func url() string {
				u := neturl.URL{Scheme: "https", Host: "bss.myhuaweicloud.com"}
				return "https://" + u.Host + "/v2"
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"builder", `func url(id string) string {
				var b strings.Builder
				b.WriteString("https://bss.myhuaweicloud.com")
				b.WriteString("/v2/orders/")
				b.WriteString(id)
				return b.String()
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders/", false, -1, ""},
		{"builder written to by Fprintf", `func url(id string) string {
				var b strings.Builder
				b.WriteString("https://bss.myhuaweicloud.com")
				fmt.Fprintf(&b, "/v2/orders/%s", "x")
				return b.String()
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com", false, -1, ""},
		{"strings join", `func url() string { return strings.Join([]string{"https://bss.myhuaweicloud.com", "v2", "orders"}, "/") }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders", true, -1, ""},
		{"getenv default", `func url() string {
				base := os.Getenv("BSS_ENDPOINT")
				if base == "" {
					base = "https://bss.myhuaweicloud.com"
				}
				return base + "/v2/orders"
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com", false, -1, "when BSS_ENDPOINT is unset"},
		{"lookupenv default", `func url() string {
				base, ok := os.LookupEnv("BSS_ENDPOINT")
				if !ok {
					base = "https://bss-intl.myhuaweicloud.com"
				}
				return base
			}`,
			"bss-intl.myhuaweicloud.com", "https://bss-intl.myhuaweicloud.com", false, -1, "when BSS_ENDPOINT is unset"},
		{"getenv other default", `func url() string {
				base := os.Getenv("ECS_ENDPOINT")
				if base == "" {
					base = "https://ecs.myhuaweicloud.com"
				}
				return base
			}`,
			"", "https://ecs.myhuaweicloud.com", false, -1, ""},
		{"getenv alone", `func url() string { return os.Getenv("BSS_ENDPOINT") }`, "", "", false, -1, ""},
		{"region map", `var endpoints = map[string]string{"cn-north-1": "https://bss.myhuaweicloud.com", "ap-southeast-1": "https://bss-intl.myhuaweicloud.com"}
			func url(region string) string { return endpoints[region] + "/v2/orders" }`,
			"bss.myhuaweicloud.com", "https://bss", false, -1, ""},
		{"mixed map", `var endpoints = map[string]string{"bss": "https://bss.myhuaweicloud.com", "ecs": "https://ecs.myhuaweicloud.com"}
			func url(s string) string { return endpoints[s] }`,
			"", "https://", false, -1, ""},
		{"map set elsewhere", `var endpoints = map[string]string{"cn-north-1": "https://bss.myhuaweicloud.com"}
			func Set(r, h string) { endpoints[r] = h }
			func url(region string) string { return endpoints[region] }`,
			"", "", false, -1, ""},
		{"region map in a field", `type client struct{ endpoints map[string]string }
			func newClient() *client {
				return &client{endpoints: map[string]string{"cn-north-1": "https://bss.myhuaweicloud.com", "ap-southeast-1": "https://bss-intl.myhuaweicloud.com"}}
			}
			func url(c *client, region string) string { return c.endpoints[region] + "/v2/orders" }`,
			"bss.myhuaweicloud.com", "https://bss", false, -1, ""},
		{"map in a field set elsewhere", `type client struct{ endpoints map[string]string }
			func newClient() *client {
				return &client{endpoints: map[string]string{"cn-north-1": "https://bss.myhuaweicloud.com"}}
			}
			func (c *client) Set(r, h string) { c.endpoints[r] = h }
			func url(c *client, region string) string { return c.endpoints[region] }`,
			"", "", false, -1, ""},
		{"receiver field if", `type client struct{ intl bool }
			func (c *client) endpoint() string {
				if c.intl {
					return "https://bss-intl.myhuaweicloud.com"
				}
				return "https://bss.myhuaweicloud.com"
			}
			func url(c *client) string { return c.endpoint() + "/v2/orders" }`,
			"bss-intl.myhuaweicloud.com", "https://bss", false, -1, ""},
		{"constant if folded", `func endpoint(service string) string {
				if service == "bss" {
					return "https://bss.myhuaweicloud.com"
				}
				return "https://" + service + ".myhuaweicloud.com"
			}
			func url() string { return endpoint("bss") }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com", true, -1, ""},
		{"constant switch folded", `func endpoint(service string) string {
				switch service {
				case "bss":
					return "https://bss.myhuaweicloud.com"
				case "ecs":
					return "https://ecs.myhuaweicloud.com"
				}
				return ""
			}
			func url() string { return endpoint("ecs") }`,
			"", "https://ecs.myhuaweicloud.com", true, -1, ""},
		{"if on a parameter, unbound", `type client struct{ region string }
			func (c *client) host(service string) string {
				host := fmt.Sprintf("%s.%s.myhuaweicloud.com", service, c.region)
				if service == "bss" {
					host = "bss.myhuaweicloud.com"
				}
				return host
			}
			func url(c *client, service string) string { return "https://" + c.host(service) + "/v2" }`,
			"", "https://", false, -1, ""},
		{"if on a parameter, bound", `type client struct{ region string }
			func (c *client) host(service string) string {
				host := fmt.Sprintf("%s.%s.myhuaweicloud.com", service, c.region)
				if service == "bss" {
					host = "bss.myhuaweicloud.com"
				}
				return host
			}
			func url(c *client) string { return "https://" + c.host("bss") + "/v2" }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"url in a package variable", `var intlBase = &neturl.URL{Scheme: "https", Host: "bss-intl.myhuaweicloud.com"}
			func url() string { ref, _ := neturl.Parse("/v2/orders"); return intlBase.ResolveReference(ref).String() }`,
			"bss-intl.myhuaweicloud.com", "https://bss-intl.myhuaweicloud.com", false, -1, ""},
		{"unexported field", `type client struct{ base string }
			func newClient() *client { return &client{base: "https://bss.myhuaweicloud.com"} }
			func url(c *client) string { return c.base + "/v2" }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"unexported field set from a parameter", `type client struct{ base string }
			func newClient(b string) *client { return &client{base: b} }
			func url(c *client) string { return c.base + "/v2" }`,
			"", "", false, -1, ""},
		{"package variable", `var base = "https://bss.myhuaweicloud.com"
			func url() string { return base }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com", true, -1, ""},
		{"exported package variable", `var Base = "https://bss.myhuaweicloud.com"
			func url() string { return Base }`,
			"", "", false, -1, ""},
		{"method value", `type client struct{}
			func (c *client) base(p string) string { return "https://bss.myhuaweicloud.com" + p }
			func url(c *client) string { f := c.base; return f("/v2") }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"method expression", `type client struct{}
			func (c *client) base(p string) string { return "https://bss.myhuaweicloud.com" + p }
			func url(c *client) string { f := (*client).base; return f(c, "/v2") }`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2", true, -1, ""},
		{"request", `func url(ctx context.Context) *http.Request {
				req, _ := http.NewRequestWithContext(ctx, "POST", "https://bss.myhuaweicloud.com/v2/orders", nil)
				return req
			}`,
			"bss.myhuaweicloud.com", "https://bss.myhuaweicloud.com/v2/orders", false, -1, ""},
		{"phi of hosts and other", `func url(intl bool) string {
				u := "https://bss.myhuaweicloud.com"
				if intl {
					u = "https://iam.myhuaweicloud.com"
				}
				return u
			}`,
			"", "https://", false, -1, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := evalURL(t, c.src)
			if got.host != c.host || got.text != c.text || got.whole != c.whole || paramOf(got) != c.param || got.note != c.note {
				t.Errorf("got host %q text %q whole %t param %d note %q; want host %q text %q whole %t param %d note %q",
					got.host, got.text, got.whole, paramOf(got), got.note, c.host, c.text, c.whole, c.param, c.note)
			}
		})
	}
}

// evalURL builds src in a package and evaluates what url returns.
func evalURL(t *testing.T, src string) val {
	t.Helper()
	full := `package p
import (
	"context"
	"fmt"
	"net/http"
	neturl "net/url"
	"os"
	"strings"
)
var _ = context.Background
var _ = fmt.Sprint
var _ = http.Get
var _ = neturl.Parse
var _ = os.Getenv
var _ = strings.Join
` + src
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", full, 0)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := ssautil.BuildPackage(&types.Config{Importer: importer.Default()}, fset, types.NewPackage("example.com/p", "p"), []*ast.File{f}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var funcs []*ssa.Function
	own := map[*ssa.Function]bool{}
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		if fn == nil || own[fn] {
			return
		}
		own[fn] = true
		funcs = append(funcs, fn)
		for _, a := range fn.AnonFuncs {
			add(a)
		}
	}
	for _, name := range pkg.Members {
		switch m := name.(type) {
		case *ssa.Function:
			add(m)
		case *ssa.Type:
			mset := pkg.Prog.MethodSets.MethodSet(types.NewPointer(m.Type()))
			for sel := range mset.Methods() {
				add(pkg.Prog.MethodValue(sel))
			}
		}
	}
	e := newEvaluator(pkg.Pkg, &config.Resolved{}, funcs, func(fn *ssa.Function) bool { return own[origin(fn)] },
		func(*ssa.Function) (*summary, bool) { return nil, false })
	fn := pkg.Func("url")
	var vs []val
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok {
			vs = append(vs, e.value(fn, ret.Results[0]))
		}
	}
	return e.h.join(vs)
}
