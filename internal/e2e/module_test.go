package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// TestMain removes what the tests build and write (e2etest.RunTests).
func TestMain(m *testing.M) { os.Exit(e2etest.RunTests(m)) }

// billing is a throwaway module with one finding of each check, and findings
// that the settings, //nolint:cbclint and //cbclint:ignore turn off. The tests
// find lines by the markers in the comments (line("...")).
var billing = map[string]string{
	"go.mod": "module example.com/billing\n\ngo 1.26\n",
	"codes.json": `[
  {"code": "CBC.99009999", "status": 400, "message": "Quota exhausted.", "description": "Our contract's quota is used up.", "topics": ["payment"]}
]
`,
	"pay/pay.go": `// Package pay pays CBC orders.
package pay

import "errors"

// Codes this client reacts to.
const (
	CodeInsufficientBalance = "CBC.5003"
	CodeThrottled           = "cbc.0250"     // MARK malformed
	CodeUnsubscribeBusy     = "CBC.99003615" // MARK swapped
	CodeQuota               = "CBC.99009999" // MARK catalog-file
	CodeLegacy              = "CBC.99003615" //nolint:cbclint // MARK nolint: the sandbox sends it
)

//cbclint:ignore cbccode the sandbox's own code, never sent by CBC
const CodeSandbox = "CBC.99003615" // MARK ignore

// PayError turns a failed payment into an error.
func PayError(code string) error {
	switch code { // MARK switch
	case CodeInsufficientBalance:
		return errors.New("top up the partner account")
	default:
		return errors.New("payment failed: " + code)
	}
}
`,
	"topup/topup.go": `// Package topup reads the partner account's balance.
package topup

import "net/http"

// Known calls CBC's balance API and takes HTTP 200 for success.
func Known(c *http.Client) (bool, error) {
	resp, err := c.Get("https://bss.myhuaweicloud.com/v2/accounts/partner-accounts/balances")
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil // MARK status
}

// Proxied does the same through the company's proxy of the CBC API.
func Proxied(c *http.Client) (bool, error) {
	resp, err := c.Get("https://bss.example.com/v2/accounts/partner-accounts/balances")
	if err != nil {
		return false, err
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil // MARK endpoints
}
`,
	"ledger/ledger.go": `// Package ledger is the company's own CBC client.
package ledger

import "context"

// Client calls CBC's renewal API.
type Client struct{ Endpoint string }

// RenewResult is CBC's answer to a renewal: the resources that failed come with HTTP 200.
type RenewResult struct {
	OrderIDs []string        ` + "`json:\"order_ids\"`" + `
	Failures []FailedResource ` + "`json:\"fail_resource_infos\"`" + `
}

// FailedResource is a resource CBC did not renew.
type FailedResource struct {
	ResourceID string ` + "`json:\"resource_id\"`" + `
	ErrorCode  string ` + "`json:\"error_code\"`" + `
}

// Renew renews the resources for a month.
func (c *Client) Renew(ctx context.Context, ids []string) (*RenewResult, error) {
	return &RenewResult{}, nil
}
`,
	"renewal/renewal.go": `// Package renewal renews through the company's own client.
package renewal

import (
	"context"

	"example.com/billing/ledger"
)

// Monthly renews and takes no error for success.
func Monthly(ctx context.Context, c *ledger.Client, ids []string) error {
	_, err := c.Renew(ctx, ids) // MARK response-packages
	return err
}
`,
}

// writeModule writes files into a new temporary directory and returns it.
func writeModule(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		writeFile(t, filepath.Join(dir, name), content)
	}
	return dir
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// line returns "file:line" of the line of the billing module marked MARK name.
func line(name string) string {
	for file, content := range billing {
		for i, l := range strings.Split(content, "\n") {
			if strings.HasSuffix(l, "MARK "+name) || strings.Contains(l, "MARK "+name+":") {
				return file + ":" + strconv.Itoa(i+1)
			}
		}
	}
	panic("no line marked " + name)
}

// result, run and findings are the shared end-to-end helpers.
type result = e2etest.Result

func run(t *testing.T, dir string, env []string, name string, args ...string) result {
	t.Helper()
	return e2etest.Run(t, dir, env, name, args...)
}

func findings(out, dir string) []string { return e2etest.Findings(out, dir) }

// at returns the findings on file:line.
func at(findings []string, fileLine string) []string {
	var got []string
	for _, f := range findings {
		if strings.HasPrefix(f, fileLine+":") {
			got = append(got, f)
		}
	}
	return got
}

// wantFinding fails t unless findings have one on the line marked mark whose
// message contains text.
func wantFinding(t *testing.T, front string, findings []string, mark, text string) {
	t.Helper()
	for _, f := range at(findings, line(mark)) {
		if strings.Contains(f, text) {
			return
		}
	}
	t.Errorf("%s: no finding containing %q on %s (MARK %s); findings:\n%s", front, text, line(mark), mark, strings.Join(findings, "\n"))
}

// wantNone fails t if findings have one on the line marked mark.
func wantNone(t *testing.T, front string, findings []string, mark string) {
	t.Helper()
	if got := at(findings, line(mark)); len(got) > 0 {
		t.Errorf("%s: finding on %s (MARK %s), want none:\n%s", front, line(mark), mark, strings.Join(got, "\n"))
	}
}

// goEnv is the go command's value of key, for passing to the tools the tests run.
func goEnv(t *testing.T, key string) string {
	t.Helper()
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}
