// Package catalog holds every CBC error code cbclint knows: the official global
// error-code page, codes documented only on per-API pages (the KooGallery
// merchant API's among them), every page's status, and our curated knowledge
// (what a program should do on each code, topics, critical codes, twins).
//
// The data is catalog.json, produced by `go generate ./catalog` from the page
// text and curation.json; never edit it by hand. The operations of the SDK's
// CBC services (operations.go) are data too: operations.json, generated from the
// SDK's sources by the same command.
package catalog

//go:generate go run ./internal/gen

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"sync"
)

//go:embed catalog.json
var shipped []byte

// Catalog is an immutable set of entries indexed by code.
type Catalog struct {
	entries []Entry
	byCode  map[string][]int // code -> indexes into entries, in order
	codes   []string         // distinct codes, sorted
}

var (
	defaultOnce sync.Once
	defaultCat  *Catalog
	topics      []string
)

// Default returns the catalog shipped with cbclint.
func Default() *Catalog {
	defaultOnce.Do(func() {
		var entries []Entry
		if err := json.Unmarshal(shipped, &entries); err != nil {
			panic(fmt.Sprintf("catalog: shipped catalog.json is corrupt: %v", err))
		}
		defaultCat = New(entries)
		for _, e := range entries {
			for _, t := range e.Topics {
				if !slices.Contains(topics, t) {
					topics = append(topics, t)
				}
			}
		}
		slices.Sort(topics)
	})
	return defaultCat
}

// Topics returns the topics the shipped catalog uses; curation.json says what each means.
func Topics() []string {
	Default()
	return topics
}

// New indexes entries. A code may have several entries (CBC.0150 has two meanings).
func New(entries []Entry) *Catalog {
	c := &Catalog{entries: entries, byCode: make(map[string][]int, len(entries))}
	for i, e := range entries {
		if _, seen := c.byCode[e.Code]; !seen {
			c.codes = append(c.codes, e.Code)
		}
		c.byCode[e.Code] = append(c.byCode[e.Code], i)
	}
	slices.Sort(c.codes)
	return c
}

// Lookup returns the first entry for code, which must be in canonical form ("CBC.5003").
func (c *Catalog) Lookup(code string) (*Entry, bool) {
	idx, ok := c.byCode[code]
	if !ok {
		return nil, false
	}
	return &c.entries[idx[0]], true
}

// All returns every entry for code, in catalog order.
func (c *Catalog) All(code string) []*Entry {
	var out []*Entry
	for _, i := range c.byCode[code] {
		out = append(out, &c.entries[i])
	}
	return out
}

// Entries returns all entries in catalog order. The caller must not modify them.
func (c *Catalog) Entries() []Entry { return c.entries }

// Codes returns the distinct codes, sorted.
func (c *Catalog) Codes() []string { return c.codes }

// JSON renders the catalog in the form `cbclint -catalog` prints and catalog files use.
func (c *Catalog) JSON() ([]byte, error) {
	b, err := json.MarshalIndent(c.entries, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// WithCritical returns a copy of c in which each code of changes has the given
// criticality (nil: not critical).
func (c *Catalog) WithCritical(changes map[string]*Critical) *Catalog {
	entries := slices.Clone(c.entries)
	for i := range entries {
		if crit, ok := changes[entries[i].Code]; ok {
			entries[i].Critical = crit
		}
	}
	return New(entries)
}
