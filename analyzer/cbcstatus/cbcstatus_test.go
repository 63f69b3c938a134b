package cbcstatus_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
)

// The SDK packages under testdata/src are stubs of huaweicloud-sdk-go-v3
// v0.1.207 (type declarations copied); TestE2ESDK checks the same code shapes
// against the real SDK.

func TestSDKCalls(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), cbcstatus.Analyzer, "sdkcalls")
}
