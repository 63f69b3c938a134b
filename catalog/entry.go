package catalog

import (
	"slices"
	"strings"
)

// Entry is one row of the catalog: what CBC answers with a code, and what we know about it.
// Its JSON form is what `cbclint -catalog` prints and what a user's catalog file holds.
type Entry struct {
	Code        string `json:"code"`
	Status      int    `json:"status"`      // HTTP status the first source lists; 0 where it was cut off
	Message     string `json:"message"`     // what the API puts in error_msg
	Description string `json:"description"` // what the documentation says it means
	// HTTP200 says the error can come with HTTP status 200 (some source lists it
	// with 200), so a status check alone misses it.
	HTTP200 bool `json:"http200"`
	// Product is the API whose documentation defines the code: ProductCBC, or
	// ProductKooGallery for the marketplace's merchant API, which uses the same prefix.
	Product string `json:"product,omitempty"`
	// Action is what a calling program should do on the code, one of Actions();
	// Advice says it in one sentence for this code.
	Action string `json:"action,omitempty"`
	Advice string `json:"advice,omitempty"`
	Source string `json:"source"` // SourceGlobal, SourceAPIPages, or the user's catalog file
	// Sources are the documentation pages that list the code, each with the
	// status it gives; they disagree for some codes.
	Sources  []Source  `json:"sources,omitempty"`
	Topics   []string  `json:"topics,omitempty"`
	Critical *Critical `json:"critical,omitempty"`
	// Twins are other codes for the same condition that the same operations can return.
	Twins []string `json:"twins,omitempty"`
	// WholeRequest says why the code only ever answers a whole request
	// (authentication, throttling, ...), so it never comes as a failed item's
	// code; empty when it may.
	WholeRequest string `json:"whole_request,omitempty"`
	// EveryOperation says why every operation can return the code; empty when
	// only the operations whose pages list it do.
	EveryOperation string `json:"every_operation,omitempty"`
}

// Source is one documentation page that lists a code.
type Source struct {
	Page    string `json:"page"`          // the page's title
	URL     string `json:"url,omitempty"` // empty where only the title is known
	Status  int    `json:"status"`        // 0 where the page excerpt was cut off
	Message string `json:"message,omitempty"`
	// Product is set where the page documents another product than the entry's.
	Product string `json:"product,omitempty"`
	// Operations are the SDK operations (Operation.Name) the page documents.
	Operations []string `json:"operations,omitempty"`
}

// Critical marks a code that every dispatch on CBC codes must handle.
type Critical struct {
	Reason string `json:"reason"`
	// When lists topics: the code is required only where the dispatch handles a code
	// of one of them. Empty means everywhere.
	When []string `json:"when,omitempty"`
	// Evidence names the pages or code that show why the code is critical.
	Evidence string `json:"evidence,omitempty"`
}

// Sources of entries shipped with cbclint.
const (
	SourceGlobal   = "global error-code page"
	SourceAPIPages = "per-API pages"
)

// Products whose codes the catalog holds.
const (
	ProductCBC        = "CBC"
	ProductKooGallery = "KooGallery merchant API"
	// ProductGateway is Huawei Cloud's API gateway in front of CBC, which
	// throttles requests with its own codes (APIGW.0308).
	ProductGateway = "API gateway"
)

var products = []string{ProductCBC, ProductKooGallery, ProductGateway}

// IsProduct reports whether name is one of the products above.
func IsProduct(name string) bool { return slices.Contains(products, name) }

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

// Statuses returns the distinct HTTP statuses the entry's sources give, in
// source order, without the unknown (0) ones.
func (e *Entry) Statuses() []int {
	var out []int
	for _, s := range e.Sources {
		if s.Status != 0 && !slices.Contains(out, s.Status) {
			out = append(out, s.Status)
		}
	}
	return out
}
