package cbcstatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/config"
)

// The SDK packages under testdata/src are stubs of huaweicloud-sdk-go-v3
// v0.1.207 (type declarations copied); TestE2ESDK checks the same code shapes
// against the real SDK.

func TestSDKCalls(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "sdkcalls")
}

func TestNetHTTP(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "nethttp")
}

// A helper in another package that examines error_code counts as handling: the
// fact crosses the package boundary.
func TestHelperFactAcrossPackages(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "cbcerr", "usecbcerr")
}

func TestDirectives(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "directives")
}

func TestEndpointsSetting(t *testing.T) {
	s := &config.Settings{Endpoints: []string{"*.bss.example.com", "billing.example.net"}}
	analysistest.Run(t, analysistest.TestData(), cbcstatus.New(s), "endpoints")
}
