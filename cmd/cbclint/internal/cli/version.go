package cli

import (
	"fmt"
	"io"
	"regexp"
	"runtime"
	"slices"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/config"
	"github.com/cbclint/cbclint/internal/driver"
)

// version prints what -version and `cbclint version` print: the module
// version from the build info ("(devel)" in a checkout; "v1.2.3" when built by
// go install ...@v1.2.3), the Go that built it, and the catalog it carries
// (with the user's catalog file, if one is set).
//
// go vet's -V=full is another thing: go vet keys its cache on that line, and
// x/tools' unitchecker prints it with a hash of the executable (vetProtocol).
func version(w io.Writer, r *config.Resolved, catalogFile string) {
	fmt.Fprintf(w, "cbclint %s, built with %s\n", driver.ModuleVersion(), runtime.Version())
	codes := map[string]bool{}
	for _, e := range r.Catalog.Entries() {
		codes[e.Code] = true
	}
	fmt.Fprintf(w, "catalog: %d entries, %d codes", len(r.Catalog.Entries()), len(codes))
	if d := newestPageDate(r.Catalog); d != "" {
		fmt.Fprintf(w, ", from the error-code page of %s", d)
	}
	if catalogFile != "" {
		fmt.Fprintf(w, " and %s", catalogFile)
	}
	fmt.Fprintln(w)
}

var pageDate = regexp.MustCompile(`updated (\d{4}-\d{2}-\d{2})`)

// newestPageDate is the newest "updated YYYY-MM-DD" in the titles of the
// pages the catalog was taken from: the date of the official error-code page
// (the other pages state none).
func newestPageDate(c *catalog.Catalog) string {
	var dates []string
	for _, e := range c.Entries() {
		for _, s := range e.Sources {
			if m := pageDate.FindStringSubmatch(s.Page); m != nil {
				dates = append(dates, m[1])
			}
		}
	}
	if len(dates) == 0 {
		return ""
	}
	return slices.Max(dates)
}
