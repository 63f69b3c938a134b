package cbcstatus

import (
	"go/types"
	"maps"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/internal/checktest"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/demand"
)

// TestFunctionDemand: within a package, only the functions that can meet a CBC
// reply get an SSA body (internal/demand), and a package with none is not
// built.
//
//   - billing hands a CBC URL to postJSON, a helper of a file that names no
//     host, and to transport.PostJSON, a helper of another package that
//     names none either: both are found. Its AWS region listing (another
//     host, in a file of its own) gets no body;
//   - transport's helpers keep their bodies and export their summaries, and
//     so does NewRequest, which only keeps a URL in a field for Send (no
//     function of the package calls it): the package sends to URLs it is
//     handed, so what its exported functions make of a string matters;
//   - aws speaks HTTP to AWS hosts only: its package fact says it was not
//     analysed, and none of its functions got a body.
func TestFunctionDemand(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	got := map[string][2]int{}
	built := func(pkg *types.Package, b demand.Built) {
		if strings.HasPrefix(pkg.Path(), "example.com/demand/") {
			mu.Lock()
			got[pkg.Path()] = [2]int{b.Kept, b.All}
			mu.Unlock()
		}
	}
	checktest.Run(t, analysistest.TestData(), newAnalyzer(&config.Settings{}, built), "example.com/demand/...")
	want := map[string][2]int{ // bodies kept, functions with a body
		"example.com/demand/billing":   {4, 6},
		"example.com/demand/transport": {4, 8},
		"example.com/demand/aws":       {0, 5},
	}
	mu.Lock()
	defer mu.Unlock()
	if !maps.Equal(got, want) {
		t.Errorf("bodies kept, of all functions with a body:\ngot  %v\nwant %v", got, want)
	}
}
