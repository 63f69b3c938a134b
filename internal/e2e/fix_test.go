package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// sdkRenew throws the RenewalResources response away in a file that does not
// import fmt, which cbcstatus's fix needs for the error it returns.
const sdkRenew = `// Package sdkrenew renews resources through the Huawei Cloud SDK.
package sdkrenew

import (
	bss "github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2"
	"github.com/huaweicloud/huaweicloud-sdk-go-v3/services/bss/v2/model"
)

// Renew renews the resources for a month.
func Renew(client *bss.BssClient, ids []string) error {
	req := &model.RenewalResourcesRequest{Body: &model.RenewalResourcesReq{ResourceIds: ids, PeriodType: 2, PeriodNum: 1}}
	_, err := client.RenewalResources(req)
	return err
}
`

// With the real SDK (testdata/sdkclient's go.mod): -diff shows the fix that
// adds the fmt import and writes nothing; -fix applies it and exits 0; the
// module builds and has no finding left.
func TestE2EFixAddsImport(t *testing.T) {
	e2etest.Require(t)
	bin := e2etest.Binary(t)
	sdkclient := filepath.Join(e2etest.Root(), "testdata", "sdkclient")
	files := map[string]string{"sdkrenew/sdkrenew.go": sdkRenew}
	for _, name := range []string{"go.mod", "go.sum"} {
		b, err := os.ReadFile(filepath.Join(sdkclient, name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = string(b)
	}
	dir := writeModule(t, files)
	if r := run(t, dir, nil, "go", "mod", "download"); r.Code != 0 {
		t.Fatalf("go mod download:\n%s", r.Out)
	}
	file := filepath.Join(dir, "sdkrenew", "sdkrenew.go")

	diff := run(t, dir, nil, bin, "-diff", "./...")
	if got, _ := os.ReadFile(file); string(got) != sdkRenew {
		t.Errorf("-diff changed the file:\n%s", got)
	}
	for _, want := range []string{"--- a/sdkrenew/sdkrenew.go\n+++ b/sdkrenew/sdkrenew.go\n", "\n+\t\"fmt\"\n", "\n-\t_, err := client.RenewalResources(req)\n+\tresp, err := client.RenewalResources(req)\n", "cbclint: -diff: the diff (on standard output) fixes 1 finding in 1 file; nothing written\n"} {
		if diff.Code != 0 || !strings.Contains(diff.Out, want) {
			t.Errorf("-diff: exit status %d, want 0 and %q in:\n%s", diff.Code, want, diff.Out)
		}
	}

	if r := run(t, dir, nil, bin, "-fix", "./..."); r.Code != 0 || !strings.Contains(r.Out, "cbclint: -fix: fixed 1 finding in 1 file\n") {
		t.Fatalf("-fix: exit status %d, want 0:\n%s", r.Code, r.Out)
	}
	if got, _ := os.ReadFile(file); !strings.Contains(string(got), "\t\"fmt\"\n") || !strings.Contains(string(got), "resp, err := client.RenewalResources(req)") {
		t.Errorf("after -fix:\n%s", got)
	}
	if r := run(t, dir, nil, "go", "build", "./..."); r.Code != 0 {
		t.Fatalf("the fixed module does not build:\n%s", r.Out)
	}
	if r := run(t, dir, nil, bin, "./..."); r.Code != 0 {
		t.Errorf("after -fix: exit status %d, want 0:\n%s", r.Code, r.Out)
	}
}
