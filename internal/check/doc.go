// Package check builds cbclint's analyzers alike: the Doc cut out of doc.go (so the
// documentation lives in one place, as the golang.org/x/tools passes do), the shared
// requirements and flags, settings resolution, and suppression by directives.
package check

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the text under the "# Analyzer name" heading of the package
// comment in content (the source of doc.go), up to the next heading of any
// kind, without the "name: " that starts it, as x/tools'
// analyzerutil.ExtractDoc does: the first line is the check's summary, and
// drivers print the name themselves. A later section ("# How it works") is
// for the check's developers: it is in the package documentation, not in the
// Doc that help, go vet and SARIF show.
func Extract(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("check: doc.go of %s has no package comment: %v", name, err))
	}
	_, after, ok := strings.Cut(f.Doc.Text(), "\n# Analyzer "+name+"\n")
	if !ok {
		panic("check: doc.go has no '# Analyzer " + name + "' heading")
	}
	doc, _, _ := strings.Cut(after, "\n# ")
	doc, ok = strings.CutPrefix(strings.TrimSpace(doc), name+":")
	if !ok {
		panic("check: the '# Analyzer " + name + "' heading of doc.go is not followed by '" + name + ": summary'")
	}
	return strings.TrimSpace(doc)
}
