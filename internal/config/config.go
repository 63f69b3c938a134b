// Package config is cbclint's one settings type. The command's flags, go vet's
// flags and the golangci-lint plugin's settings all fill a Settings, and every
// check reads the same Resolved view of it.
package config

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/cbclint/cbclint/catalog"
)

// Checks are the names of cbclint's checks, in the order they run and are documented.
var Checks = []string{"cbccode", "cbcswitch", "cbcstatus"}

// Settings configures every check. The JSON names are the golangci-lint setting keys;
// the flag names are the same (check-specific ones prefixed by the check's name on
// the command line, e.g. -cbcswitch.default-handles).
type Settings struct {
	// Checks lists the checks that run; empty or "all" means all of them.
	Checks []string `json:"checks"`
	// CatalogFile extends the catalog with the user's entries (the JSON that `cbclint -catalog` prints).
	CatalogFile string `json:"catalog-file"`
	// IncludeGenerated reports findings in generated files too.
	IncludeGenerated bool `json:"include-generated"`
	// DefaultHandles (cbcswitch) lets a default clause count as handling critical codes.
	DefaultHandles bool `json:"default-handles"`
	// Critical (cbcswitch) changes the critical set: "+CBC.x" adds a code everywhere,
	// "+CBC.x:topic|topic" where the dispatch handles those topics, "-CBC.x" removes it.
	Critical []string `json:"critical"`
	// Endpoints (cbcstatus) are more host names of CBC endpoints: "bss.example.com" or "*.example.com".
	Endpoints []string `json:"endpoints"`
	// ResponsePackages (cbcstatus) are import-path patterns of in-house CBC client
	// packages ("example.com/billing/cbc" or "example.com/billing/..."): their
	// types that carry an error_code are judged like the SDK's responses.
	ResponsePackages []string `json:"response-packages"`

	mu        sync.Mutex
	resolved  *Resolved
	err       error
	factsOnly bool
	// The catalog read from CatalogFile, kept while the setting stays the
	// same: each flag resolves the settings again when it is set.
	fileCatalog struct {
		name string
		cat  *catalog.Catalog
		err  error
	}
}

// Resolved is the checked, ready-to-use form of Settings.
type Resolved struct {
	Catalog          *catalog.Catalog // shipped + catalog file + critical changes
	Checks           []string         // the checks that run, in order
	IncludeGenerated bool
	DefaultHandles   bool
	Endpoints        []string // the endpoints setting: host patterns, lower case (cbcstatus adds its built-in ones)
	ResponsePackages []string // import-path patterns, checked
}

// Decode fills Settings from a golangci-lint settings value (any JSON-like
// value); an unknown key is an error that names it.
func Decode(raw any) (*Settings, error) {
	s := &Settings{}
	if raw == nil {
		return s, nil
	}
	b, err := json.Marshal(raw)
	if err != nil {
		return nil, fmt.Errorf("cbclint settings: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(s); err != nil {
		msg := strings.TrimPrefix(err.Error(), "json: ")
		if name, ok := strings.CutPrefix(msg, "unknown field "); ok {
			msg = fmt.Sprintf("unknown setting %s (settings: %s)", name, strings.Join(settingNames(), ", "))
		}
		return nil, errors.New("cbclint settings: " + msg)
	}
	return s, nil
}

// settingNames are the JSON names of the exported fields of Settings, in order.
func settingNames() []string {
	var names []string
	t := reflect.TypeFor[Settings]()
	for i := range t.NumField() {
		if name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ","); name != "" {
			names = append(names, name)
		}
	}
	return names
}

// Resolve validates the settings and returns their resolved form. The result is
// cached; flags invalidate it when they change a field.
func (s *Settings) Resolve() (*Resolved, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.resolved == nil && s.err == nil {
		s.resolved, s.err = s.resolve()
		if s.err != nil && s.factsOnly {
			s.resolved, s.err = (&Settings{}).resolve()
		}
	}
	return s.resolved, s.err
}

// ForFactsOnly marks a run that analyses a package only for the facts other
// packages need, and reports nothing: go vet does this for every dependency,
// the standard library included, running cbclint in the dependency's
// directory, where a relative catalog file (and the codes it adds, named in
// critical) cannot be found. Such a run falls back to the default settings
// when the flags do not resolve; the packages being vetted still report a bad
// value.
func (s *Settings) ForFactsOnly() {
	s.mu.Lock()
	s.factsOnly = true
	s.resolved, s.err = nil, nil
	s.mu.Unlock()
}

func (s *Settings) invalidate() {
	s.mu.Lock()
	s.resolved, s.err = nil, nil
	s.mu.Unlock()
}

func (s *Settings) resolve() (*Resolved, error) {
	r := &Resolved{IncludeGenerated: s.IncludeGenerated, DefaultHandles: s.DefaultHandles}
	for _, c := range s.Checks {
		if !slices.Contains(Checks, c) && c != "all" {
			return nil, errors.New("checks: " + UnknownCheck(c))
		}
	}
	all := len(s.Checks) == 0 || slices.Contains(s.Checks, "all")
	for _, c := range Checks {
		if all || slices.Contains(s.Checks, c) {
			r.Checks = append(r.Checks, c)
		}
	}
	r.Catalog = catalog.Default()
	if s.CatalogFile != "" {
		cat, err := s.readCatalogFile()
		if err != nil {
			return nil, err
		}
		r.Catalog = cat
	}
	for _, resolve := range resolvers {
		if err := resolve(s, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// resolvers apply the settings that belong to one check (cbcswitch's
// critical, cbcstatus's endpoints and response-packages), registered by the
// check's package.
var resolvers []func(*Settings, *Resolved) error

// AddResolver makes resolve part of resolving every Settings: it may change
// what r holds, and its error is the settings' error. Checks call it from init.
func AddResolver(resolve func(s *Settings, r *Resolved) error) {
	resolvers = append(resolvers, resolve)
}

// readCatalogFile returns the shipped catalog extended by CatalogFile, reading
// the file only the first time it is asked for.
func (s *Settings) readCatalogFile() (*catalog.Catalog, error) {
	m := &s.fileCatalog
	if m.name != s.CatalogFile {
		m.name, m.cat, m.err = s.CatalogFile, nil, nil
		path, err := findCatalogFile(s.CatalogFile)
		if err == nil {
			m.cat, err = catalog.ReadFile(catalog.Default(), path)
		}
		m.err = err
	}
	return m.cat, m.err
}

// Enabled reports whether check runs.
func (r *Resolved) Enabled(check string) bool { return slices.Contains(r.Checks, check) }

// DirectiveReporter is the check that reports malformed //cbclint:ignore
// directives, those that name no known check: the first check that runs. A
// directive naming a check is reported (without a reason, or suppressing
// nothing) by that check.
func (r *Resolved) DirectiveReporter() string {
	if len(r.Checks) == 0 {
		return ""
	}
	return r.Checks[0]
}
