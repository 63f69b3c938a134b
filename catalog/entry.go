package catalog

import "strings"

// Entry is one row of the catalog: what CBC answers with a code, and what we know about it.
// Its JSON form is what `cbclint -catalog` prints and what a user's catalog file holds.
type Entry struct {
	Code        string `json:"code"`
	Status      int    `json:"status"`      // HTTP status the source lists; 0 where it was cut off
	Message     string `json:"message"`     // what the API puts in error_msg
	Description string `json:"description"` // what the documentation says it means
	// HTTP200 says the error can come with HTTP status 200, so a status check alone misses it.
	HTTP200 bool   `json:"http200"`
	Source  string `json:"source"` // SourceGlobal, SourceAPIPages, or the user's catalog file
	// Pages are the per-API documentation pages that also list the code.
	Pages    []Page    `json:"pages,omitempty"`
	Topics   []string  `json:"topics,omitempty"`
	Critical *Critical `json:"critical,omitempty"`
	// Twins are other codes for the same condition that the same operations can return.
	Twins []string `json:"twins,omitempty"`
}

// Page is one per-API documentation page that lists a code.
type Page struct {
	Status  int    `json:"status"` // 0 where the page excerpt was cut off
	Message string `json:"message"`
	Title   string `json:"title"`
	URL     string `json:"url"`
}

// Critical marks a code that every dispatch on CBC codes must handle.
type Critical struct {
	Reason string `json:"reason"`
	// When lists topics: the code is required only where the dispatch handles a code
	// of one of them. Empty means everywhere.
	When []string `json:"when,omitempty"`
}

// Sources of entries shipped with cbclint.
const (
	SourceGlobal   = "global error-code page"
	SourceAPIPages = "per-API pages"
)

// Brief is the meaning without its final period, cut to about 90 characters so
// that a diagnostic quoting it stays one readable line.
func (e *Entry) Brief() string {
	m := strings.TrimSuffix(e.Meaning(), ".")
	if r := []rune(m); len(r) > 90 {
		m = string(r[:89]) + "…"
	}
	return m
}

// Meaning is the shortest text that says what the code means, for diagnostics.
func (e *Entry) Meaning() string {
	if e.Message != "" {
		return e.Message
	}
	return e.Description
}
