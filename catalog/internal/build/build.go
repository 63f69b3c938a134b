// Package build turns the catalog's sources into catalog.json: the official
// error-code page as text, the per-API codes as TSV, and curation.json.
// `go generate ./catalog` runs it; a test proves the shipped file is its output.
package build

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cbclint/cbclint/catalog"
)

// Sources are the inputs, as bytes, so tests and the generator read them alike.
type Sources struct {
	Page        []byte // the global error-code page as text
	Extra       []byte // per-API codes, TSV
	More        []byte // more per-API codes with their product, TSV
	MoreSources []byte // more pages for known codes, in the form of More
	Recent      []byte // codes and pages read from Huawei's pages in 2026-12, in the form of More
	Later       []byte // codes read on 2026-12-06 (the gateway's among them), in the form of More
	PerAPI      []byte // the per-API status tables, one row per (operation, code), TSV
	Curation    []byte // curation.json
	Operations  []byte // operations.json, to check the operation names curation.json uses
}

// The global page: where cbc-error-codes.txt was read.
const (
	globalTitle = "Error Codes (Partner Center API reference, global site, updated 2024-02-23)"
	globalURL   = "https://support.huaweicloud.com/intl/en-us/api-bpconsole/en-us_topic_0081766005.html"
)

// Curation is our knowledge on top of the documentation.
type Curation struct {
	Topics []struct {
		Name     string   `json:"name"`
		Rule     string   `json:"rule"`     // what belongs to the topic, in words
		Keywords []string `json:"keywords"` // lower-case substrings of message or description
	} `json:"topics"`
	TopicOverrides map[string][]string `json:"topic_overrides"` // code -> topics, replacing the keyword rule
	HTTP200        []struct {
		Codes    []string `json:"codes"`
		Reason   string   `json:"reason"`
		Evidence string   `json:"evidence"` // the page that shows it
	} `json:"http200"`
	// ActionRules give the bulk of the codes their action: the first rule with a
	// keyword in the message or description applies.
	ActionRules []struct {
		Action   string   `json:"action"`
		Advice   string   `json:"advice"`
		Keywords []string `json:"keywords"` // lower-case substrings of message or description
	} `json:"action_rules"`
	// Actions are curated codes: they override the rules.
	Actions []struct {
		Codes    []string `json:"codes"`
		Action   string   `json:"action"`
		Advice   string   `json:"advice"`
		Evidence string   `json:"evidence"` // the page or code that shows it
	} `json:"actions"`
	Critical []struct {
		Code     string   `json:"code"`
		When     []string `json:"when"`
		Reason   string   `json:"reason"`
		Why      string   `json:"why"`      // why the code is in the default set
		Evidence string   `json:"evidence"` // the pages or code that show it
	} `json:"critical"`
	Twins []struct {
		Codes    []string `json:"codes"`
		Reason   string   `json:"reason"`
		Evidence string   `json:"evidence"`
	} `json:"twins"`
	// Pages give a page (by URL) the title its rows should carry, e.g. the
	// version of the page they were read from when the page has changed since.
	Pages []struct {
		URL      string `json:"url"`
		Title    string `json:"title"`
		Evidence string `json:"evidence"`
	} `json:"pages"`
	// OperationPages say which sources are an operation's own page: those
	// whose title or URL contains one of the markers.
	OperationPages []struct {
		Operation string   `json:"operation"`
		Markers   []string `json:"markers"`
		Evidence  string   `json:"evidence"`
	} `json:"operation_pages"`
	// WholeRequest are codes that only ever answer a whole request, never a
	// failed item; EveryOperation codes every operation can return.
	WholeRequest   []codeClaim `json:"whole_request"`
	EveryOperation []codeClaim `json:"every_operation"`
	// Translations give the English meaning of each message the per-API
	// tables give only in Chinese, keyed by the message as the page writes it.
	Translations map[string]string `json:"translations"`
	// Removed are codes a page no longer lists, kept in its table as history.
	Removed []struct {
		Operation string `json:"operation"`
		Code      string `json:"code"`
		Status    int    `json:"status"`
		Message   string `json:"message"` // as the page gave it
		When      string `json:"when"`
		Evidence  string `json:"evidence"`
	} `json:"removed"`
}

// A codeClaim is something curation.json says of some codes, with its reason and evidence.
type codeClaim struct {
	Codes    []string `json:"codes"`
	Reason   string   `json:"reason"`
	Evidence string   `json:"evidence"`
}

// Build returns catalog.json.
func Build(src Sources) ([]byte, error) {
	entries, _, err := build(src)
	if err != nil {
		return nil, err
	}
	out, err := json.MarshalIndent(entries, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(out, '\n'), nil
}

// build returns the catalog's entries and the curation they were made with.
func build(src Sources) ([]catalog.Entry, *Curation, error) {
	entries, err := ParsePage(src.Page)
	if err != nil {
		return nil, nil, fmt.Errorf("error-code page: %w", err)
	}
	extra, err := ParseExtra(src.Extra)
	if err != nil {
		return nil, nil, fmt.Errorf("extra codes: %w", err)
	}
	entries = append(entries, extra...)
	if entries, err = AddPages(entries, src.More); err != nil {
		return nil, nil, fmt.Errorf("more codes: %w", err)
	}
	if entries, err = AddPages(entries, src.MoreSources); err != nil {
		return nil, nil, fmt.Errorf("more sources: %w", err)
	}
	if entries, err = AddPages(entries, src.Recent); err != nil {
		return nil, nil, fmt.Errorf("recent pages: %w", err)
	}
	if entries, err = AddPages(entries, src.Later); err != nil {
		return nil, nil, fmt.Errorf("later pages: %w", err)
	}
	titlePages(entries)
	var cur Curation
	dec := json.NewDecoder(bytes.NewReader(src.Curation))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cur); err != nil {
		return nil, nil, fmt.Errorf("curation.json: %w", err)
	}
	if err := cur.apply(entries); err != nil {
		return nil, nil, fmt.Errorf("curation.json: %w", err)
	}
	if err := cur.linkOperations(entries, src.Operations); err != nil {
		return nil, nil, fmt.Errorf("curation.json: %w", err)
	}
	return entries, &cur, nil
}

var (
	statusLine = regexp.MustCompile(`^[1-5][0-9][0-9]$`)
	codeLine   = regexp.MustCompile(`^CBC\.[0-9]+$`)
	// anyCode is a code of any source: CBC's, or the API gateway's.
	anyCode = regexp.MustCompile(`^(CBC|APIGW|APIG)\.[0-9]+$`)
)

// ParsePage reads the rows of the page's error-code table: after the header
// cells, each row is a status line, a code line, then the message and
// description lines (a row's cells may span several lines: the first half are
// the message, the second the description).
func ParsePage(page []byte) ([]catalog.Entry, error) {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(page))
	header := false
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case l == "":
		case !header:
			header = l == "Description" // the last header cell of the table
		default:
			lines = append(lines, l)
		}
	}
	if !header {
		return nil, fmt.Errorf("no table header (Status Code, Error Code, Error Message, Description)")
	}
	var rows [][]string
	for i, l := range lines {
		if statusLine.MatchString(l) && i+1 < len(lines) && codeLine.MatchString(lines[i+1]) {
			rows = append(rows, []string{l})
			continue
		}
		if len(rows) == 0 {
			return nil, fmt.Errorf("text before the first row: %q", l)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], l)
	}
	var entries []catalog.Entry
	for _, r := range rows {
		cells := r[2:]
		if len(cells) == 0 || len(cells)%2 != 0 {
			return nil, fmt.Errorf("row %s: want message and description, got %d lines", r[1], len(cells))
		}
		status, _ := strconv.Atoi(r[0])
		half := len(cells) / 2
		entries = append(entries, catalog.Entry{
			Code:        r[1],
			Status:      status,
			Message:     strings.Join(cells[:half], " "),
			Description: strings.Join(cells[half:], " "),
			HTTP200:     status == 200,
			Product:     catalog.ProductCBC,
			Source:      catalog.SourceGlobal,
			Sources:     []catalog.Source{{Page: globalTitle, URL: globalURL, Status: status}},
		})
	}
	return entries, nil
}

var (
	enWithDescription = regexp.MustCompile(`^(.*) \(description: (.*)\)$`)
	zhWithTranslation = regexp.MustCompile(`^(.*) \(translation: (.*)\)$`)
)

// ParseExtra reads the per-API codes: one row per (code, page), merged into one
// entry per code with every page kept. The entry's message is the English text
// where a page gives it whole, else the original (Chinese) text; the description
// is the English meaning.
func ParseExtra(tsv []byte) ([]catalog.Entry, error) {
	var entries []catalog.Entry
	index := map[string]int{}
	quality := map[string]int{} // of the page text each entry's message comes from
	err := eachRow(tsv, 6, func(n int, f []string) error {
		code, text, title, url := f[0], f[2], f[4], f[5]
		status, err := codeAndStatus(n, code, f[1])
		if err != nil {
			return err
		}
		msg, desc, q := meaning(text)
		i, ok := index[code]
		if !ok {
			index[code] = len(entries)
			i = len(entries)
			entries = append(entries, catalog.Entry{Code: code, Product: catalog.ProductCBC, Source: catalog.SourceAPIPages})
		}
		e := &entries[i]
		e.Sources = append(e.Sources, catalog.Source{Page: title, URL: url, Status: status, Message: text})
		if e.Status == 0 {
			e.Status = status
		}
		e.HTTP200 = e.HTTP200 || status == 200
		if best, ok := quality[code]; !ok || q > best {
			e.Message, e.Description, quality[code] = msg, desc, q
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// eachRow calls row with the line number and the fields of each row of a TSV
// file, skipping its header line and blank lines; every row must have the
// given number of fields.
func eachRow(tsv []byte, fields int, row func(n int, f []string) error) error {
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue // header
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != fields {
			return fmt.Errorf("line %d: want %d tab-separated fields, got %d", n, fields, len(f))
		}
		if err := row(n, f); err != nil {
			return err
		}
	}
	return sc.Err()
}

// meaning splits a page's text into message and description and rates how
// good a source of them it is: 3 English with description, 2 English, 1 translated.
func meaning(text string) (msg, desc string, quality int) {
	if m := enWithDescription.FindStringSubmatch(text); m != nil {
		return m[1], m[2], 3
	}
	if m := zhWithTranslation.FindStringSubmatch(text); m != nil {
		return m[1], m[2], 1
	}
	if en, _, ok := strings.Cut(text, " / "); ok && !strings.Contains(en, "truncated") {
		return en, en, 2
	}
	return text, text, 0
}

var (
	han         = regexp.MustCompile(`\p{Han}`)
	urlAndTitle = regexp.MustCompile(`^(https?://\S+) \((.*)\)$`)
)

// splitNote splits "text (note)" at the first " (" whose rest is the
// bracketed note to the end, brackets inside the note included.
func splitNote(s string) (text, note string, ok bool) {
	if !strings.HasSuffix(s, ")") {
		return s, "", false
	}
	for i := strings.Index(s, " ("); i >= 0; {
		inner := s[i+2 : len(s)-1]
		if strings.Count(inner, "(") == strings.Count(inner, ")") {
			return s[:i], inner, true
		}
		next := strings.Index(s[i+2:], " (")
		if next < 0 {
			break
		}
		i += 2 + next
	}
	return s, "", false
}

// codeAndStatus checks a row's code and reads its status: 0 where the
// source was cut off ("unknown", perhaps with a note).
func codeAndStatus(n int, code, status string) (int, error) {
	if !anyCode.MatchString(code) {
		return 0, fmt.Errorf("line %d: bad code %q", n, code)
	}
	if statusLine.MatchString(status) {
		st, _ := strconv.Atoi(status)
		return st, nil
	}
	if !strings.HasPrefix(status, "unknown") {
		return 0, fmt.Errorf("line %d: bad status %q", n, status)
	}
	return 0, nil
}

// AddPages reads rows of code, status, message, product and source (a URL
// with the page's title in brackets, or only a title in brackets): a row of a
// code the catalog lacks adds it, one of a known code adds the page to its
// sources, and fills in its status and message where its first page's excerpt
// cut them off. A message in Chinese carries its translation in brackets.
func AddPages(entries []catalog.Entry, tsv []byte) ([]catalog.Entry, error) {
	err := eachRow(tsv, 5, func(n int, f []string) error {
		code, text, product, where := f[0], f[2], f[3], f[4]
		status, err := codeAndStatus(n, code, f[1])
		if err != nil {
			return err
		}
		if !catalog.IsProduct(product) {
			return fmt.Errorf("line %d: unknown product %q", n, product)
		}
		src := catalog.Source{Status: status, Message: text}
		switch m := urlAndTitle.FindStringSubmatch(where); {
		case m != nil:
			src.URL, src.Page = m[1], m[2]
		case strings.HasPrefix(where, "(") && strings.HasSuffix(where, ")"):
			src.Page = where[1 : len(where)-1]
		case strings.HasPrefix(where, "http") && !strings.Contains(where, " "):
			src.URL, src.Page = where, where // titled on another row
		default:
			return fmt.Errorf("line %d: source %q: want a URL, the title in brackets, or both", n, where)
		}
		msg, desc := pageMeaning(text)
		i := closest(entries, code, text)
		if i < 0 {
			entries = append(entries, catalog.Entry{Code: code, Status: status, Message: msg, Description: desc,
				Product: product, Source: catalog.SourceAPIPages})
			i = len(entries) - 1
		}
		e := &entries[i]
		if e.Status == 0 {
			e.Status = status
		}
		// A message cut off with "..." gives way to the whole one from another page.
		if cut, ok := strings.CutSuffix(e.Message, "..."); ok && len(msg) > len(e.Message) &&
			strings.HasPrefix(msg, strings.TrimSpace(cut)) && !strings.HasSuffix(msg, "...") {
			e.Message, e.Description = msg, desc
		}
		if product != e.Product {
			src.Product = product
		}
		e.Sources = append(e.Sources, src)
		e.HTTP200 = e.HTTP200 || status == 200
		return nil
	})
	if err != nil {
		return nil, err
	}
	return entries, nil
}

// pageMeaning reads a row's message into the message and description of a
// new entry: Chinese text gives its bracketed translation as the description.
func pageMeaning(text string) (msg, desc string) {
	main, note, ok := splitNote(text)
	switch {
	case ok && han.MatchString(main):
		return main, note // the translation
	case ok:
		return main, text
	case strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")"):
		// No message on the page, only a note about where the code stands.
		return "", "no message documented; the page says: " + text[1:len(text)-1]
	}
	return text, text
}

// titlePages gives a page that a row names by URL alone the title another row gives it.
func titlePages(entries []catalog.Entry) {
	titles := map[string]string{}
	for _, e := range entries {
		for _, s := range e.Sources {
			if s.URL != "" && s.Page != s.URL {
				titles[s.URL] = s.Page
			}
		}
	}
	for i := range entries {
		for j, s := range entries[i].Sources {
			if t, ok := titles[s.URL]; ok && s.Page == s.URL {
				entries[i].Sources[j].Page = t
			}
		}
	}
}

// closest returns the index of the entry of code whose message shares the most
// words with text, without its bracketed note (CBC.0150 has two meanings); -1
// if the code is not there.
func closest(entries []catalog.Entry, code, text string) int {
	text, _, _ = splitNote(text)
	best, bestScore := -1, -1
	words := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return strings.ContainsRune(" .,;:()", r) })
	}
	for i, e := range entries {
		if e.Code != code {
			continue
		}
		score := 0
		for _, w := range words(e.Message) {
			if slices.Contains(words(text), w) {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func (cur *Curation) apply(entries []catalog.Entry) error {
	byCode := map[string][]*catalog.Entry{}
	for i := range entries {
		byCode[entries[i].Code] = append(byCode[entries[i].Code], &entries[i])
	}
	known := func(code, what string) ([]*catalog.Entry, error) {
		es := byCode[code]
		if len(es) == 0 {
			return nil, fmt.Errorf("%s: %s is not in the catalog", what, code)
		}
		return es, nil
	}
	if err := cur.retitle(entries); err != nil {
		return err
	}
	topicNames := map[string]bool{}
	for _, t := range cur.Topics {
		if t.Rule == "" || len(t.Keywords) == 0 && t.Name != "generic" {
			return fmt.Errorf("topic %q needs a rule and keywords", t.Name)
		}
		topicNames[t.Name] = true
	}
	for i := range entries {
		e := &entries[i]
		text := strings.ToLower(e.Message + " " + e.Description)
		for _, t := range cur.Topics {
			for _, k := range t.Keywords {
				if strings.Contains(text, k) {
					e.Topics = append(e.Topics, t.Name)
					break
				}
			}
		}
		if len(e.Topics) == 0 {
			e.Topics = []string{"generic"}
		}
	}
	for code, ts := range cur.TopicOverrides {
		es, err := known(code, "topic_overrides")
		if err != nil {
			return err
		}
		for _, t := range ts {
			if !topicNames[t] {
				return fmt.Errorf("topic_overrides: %s: unknown topic %q", code, t)
			}
		}
		for _, e := range es {
			e.Topics = slices.Clone(ts)
		}
	}
	for _, h := range cur.HTTP200 {
		if h.Reason == "" || h.Evidence == "" {
			return fmt.Errorf("http200 %v needs a reason and its evidence", h.Codes)
		}
		for _, code := range h.Codes {
			es, err := known(code, "http200")
			if err != nil {
				return err
			}
			for _, e := range es {
				e.HTTP200 = true
			}
		}
	}
	for _, c := range cur.Critical {
		es, err := known(c.Code, "critical")
		if err != nil {
			return err
		}
		if c.Reason == "" || c.Why == "" || c.Evidence == "" {
			return fmt.Errorf("critical %s needs a reason (printed in findings), a why (why it is in the default set) and its evidence", c.Code)
		}
		for _, t := range c.When {
			if !topicNames[t] {
				return fmt.Errorf("critical %s: unknown topic %q", c.Code, t)
			}
		}
		for _, e := range es {
			e.Critical = &catalog.Critical{Reason: c.Reason, When: slices.Clone(c.When), Evidence: c.Evidence}
		}
	}
	if err := cur.applyActions(entries, known); err != nil {
		return err
	}
	for _, tw := range cur.Twins {
		if tw.Reason == "" || tw.Evidence == "" || len(tw.Codes) < 2 {
			return fmt.Errorf("twins %v need two or more codes, a reason and its evidence", tw.Codes)
		}
		for _, code := range tw.Codes {
			es, err := known(code, "twins")
			if err != nil {
				return err
			}
			for _, e := range es {
				for _, other := range tw.Codes {
					if other != code && !slices.Contains(e.Twins, other) {
						e.Twins = append(e.Twins, other)
					}
				}
				slices.Sort(e.Twins)
			}
		}
	}
	for _, claim := range []struct {
		what   string
		claims []codeClaim
		set    func(*catalog.Entry, string)
	}{
		{"whole_request", cur.WholeRequest, func(e *catalog.Entry, r string) { e.WholeRequest = r }},
		{"every_operation", cur.EveryOperation, func(e *catalog.Entry, r string) { e.EveryOperation = r }},
	} {
		for _, c := range claim.claims {
			if c.Reason == "" || c.Evidence == "" || len(c.Codes) == 0 {
				return fmt.Errorf("%s %v need codes, a reason and its evidence", claim.what, c.Codes)
			}
			for _, code := range c.Codes {
				es, err := known(code, claim.what)
				if err != nil {
					return err
				}
				for _, e := range es {
					claim.set(e, c.Reason)
				}
			}
		}
	}
	return nil
}

// retitle gives every source of a curated page its curated title.
func (cur *Curation) retitle(entries []catalog.Entry) error {
	for _, p := range cur.Pages {
		if p.URL == "" || p.Title == "" || p.Evidence == "" {
			return fmt.Errorf("pages: %q needs a URL, a title and its evidence", p.URL)
		}
		found := false
		for i := range entries {
			for j := range entries[i].Sources {
				if s := &entries[i].Sources[j]; s.URL == p.URL {
					s.Page, found = p.Title, true
				}
			}
		}
		if !found {
			return fmt.Errorf("pages: no source has the URL %s", p.URL)
		}
	}
	return nil
}

// linkOperations names on each source the operations whose page it is.
func (cur *Curation) linkOperations(entries []catalog.Entry, operations []byte) error {
	var ops []catalog.Operation
	if err := json.Unmarshal(operations, &ops); err != nil {
		return fmt.Errorf("operations.json: %w", err)
	}
	for _, op := range cur.OperationPages {
		if !slices.ContainsFunc(ops, func(o catalog.Operation) bool { return o.Name == op.Operation }) {
			return fmt.Errorf("operation_pages: no operation %q in operations.json", op.Operation)
		}
		if len(op.Markers) == 0 || op.Evidence == "" {
			return fmt.Errorf("operation_pages: %s needs markers and its evidence", op.Operation)
		}
		for _, m := range op.Markers {
			found := false
			for i := range entries {
				for j := range entries[i].Sources {
					s := &entries[i].Sources[j]
					if strings.Contains(s.Page, m) || strings.Contains(s.URL, m) {
						s.Operations, found = append(s.Operations, op.Operation), true
					}
				}
			}
			if !found {
				return fmt.Errorf("operation_pages: %s: no source matches %q", op.Operation, m)
			}
		}
	}
	return nil
}

// applyActions gives every entry an action and advice: the curated codes
// theirs, the others those of the first rule that matches.
func (cur *Curation) applyActions(entries []catalog.Entry, known func(code, what string) ([]*catalog.Entry, error)) error {
	for _, r := range cur.ActionRules {
		if !catalog.IsAction(r.Action) || r.Advice == "" || len(r.Keywords) == 0 {
			return fmt.Errorf("action rule %q needs a known action, an advice and keywords", r.Action)
		}
	}
	for i := range entries {
		e := &entries[i]
		text := strings.ToLower(e.Message + " " + e.Description)
	rules:
		for _, r := range cur.ActionRules {
			for _, k := range r.Keywords {
				if strings.Contains(text, k) {
					e.Action, e.Advice = r.Action, r.Advice
					break rules
				}
			}
		}
	}
	curated := map[string]bool{}
	for _, a := range cur.Actions {
		if !catalog.IsAction(a.Action) || a.Advice == "" || a.Evidence == "" {
			return fmt.Errorf("actions %v need a known action (%s), an advice and its evidence", a.Codes, strings.Join(catalog.Actions(), ", "))
		}
		for _, code := range a.Codes {
			if curated[code] {
				return fmt.Errorf("actions: %s is curated twice", code)
			}
			curated[code] = true
			es, err := known(code, "actions")
			if err != nil {
				return err
			}
			for _, e := range es {
				e.Action, e.Advice = a.Action, a.Advice
			}
		}
	}
	var none []string
	for _, e := range entries {
		if e.Action == "" {
			none = append(none, fmt.Sprintf("%s (%s)", e.Code, e.Meaning()))
		}
	}
	if len(none) > 0 {
		return fmt.Errorf("no rule gives these codes an action; add them to actions: %s", strings.Join(none, "; "))
	}
	return nil
}

// ReadSources reads the sources from the catalog directory dir.
func ReadSources(dir string) (Sources, error) {
	var src Sources
	for _, f := range []struct {
		path string
		dst  *[]byte
	}{
		{"testdata/cbc-error-codes.txt", &src.Page},
		{"testdata/cbc-extra-codes.tsv", &src.Extra},
		{"testdata/cbc-more-codes.tsv", &src.More},
		{"testdata/cbc-more-sources.tsv", &src.MoreSources},
		{"testdata/cbc-2026-12.tsv", &src.Recent},
		{"testdata/cbc-more-2026-12.tsv", &src.Later},
		{"testdata/cbc-per-api-2026-12.tsv", &src.PerAPI},
		{"curation.json", &src.Curation},
		{"operations.json", &src.Operations},
	} {
		b, err := os.ReadFile(filepath.Join(dir, f.path))
		if err != nil {
			return src, err
		}
		*f.dst = b
	}
	return src, nil
}
