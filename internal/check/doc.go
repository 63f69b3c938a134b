// Package analysisdoc cuts an Analyzer's Doc out of its package's doc.go, so the
// documentation lives in one place (as the golang.org/x/tools passes do).
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// Extract returns the text under the "# Analyzer name" heading of the package
// comment in content (the source of doc.go), up to the next "# Analyzer" heading.
func Extract(content, name string) string {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil || f.Doc == nil {
		panic(fmt.Sprintf("analysisdoc: doc.go of %s has no package comment: %v", name, err))
	}
	_, after, ok := strings.Cut(f.Doc.Text(), "\n# Analyzer "+name+"\n")
	if !ok {
		panic("analysisdoc: doc.go has no '# Analyzer " + name + "' heading")
	}
	doc, _, _ := strings.Cut(after, "\n# Analyzer ")
	return strings.TrimSpace(doc)
}
