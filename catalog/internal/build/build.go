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
	Page     []byte // the global error-code page as text
	Extra    []byte // per-API codes, TSV
	Curation []byte // curation.json
}

// Curation is our knowledge on top of the documentation.
type Curation struct {
	Topics []struct {
		Name     string   `json:"name"`
		Rule     string   `json:"rule"`     // what belongs to the topic, in words
		Keywords []string `json:"keywords"` // lower-case substrings of message or description
	} `json:"topics"`
	TopicOverrides map[string][]string `json:"topic_overrides"` // code -> topics, replacing the keyword rule
	HTTP200        []struct {
		Codes  []string `json:"codes"`
		Reason string   `json:"reason"`
	} `json:"http200"`
	Critical []struct {
		Code   string   `json:"code"`
		When   []string `json:"when"`
		Reason string   `json:"reason"`
		Why    string   `json:"why"` // why the code is in the default set
	} `json:"critical"`
	Twins []struct {
		Codes  []string `json:"codes"`
		Reason string   `json:"reason"`
	} `json:"twins"`
}

// Build returns the catalog entries and catalog.json.
func Build(src Sources) ([]catalog.Entry, []byte, error) {
	entries, err := ParsePage(src.Page)
	if err != nil {
		return nil, nil, fmt.Errorf("error-code page: %w", err)
	}
	extra, err := ParseExtra(src.Extra)
	if err != nil {
		return nil, nil, fmt.Errorf("extra codes: %w", err)
	}
	entries = append(entries, extra...)
	var cur Curation
	dec := json.NewDecoder(bytes.NewReader(src.Curation))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cur); err != nil {
		return nil, nil, fmt.Errorf("curation.json: %w", err)
	}
	if err := cur.apply(entries); err != nil {
		return nil, nil, fmt.Errorf("curation.json: %w", err)
	}
	out, err := json.MarshalIndent(entries, "", "  ")
	if err != nil {
		return nil, nil, err
	}
	return entries, append(out, '\n'), nil
}

var (
	statusLine = regexp.MustCompile(`^[1-5][0-9][0-9]$`)
	codeLine   = regexp.MustCompile(`^CBC\.[0-9]+$`)
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
			Source:      catalog.SourceGlobal,
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
	sc := bufio.NewScanner(bytes.NewReader(tsv))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		if n == 1 || strings.TrimSpace(sc.Text()) == "" {
			continue // header
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 6 {
			return nil, fmt.Errorf("line %d: want 6 tab-separated fields, got %d", n, len(f))
		}
		code, statusText, text, title, url := f[0], f[1], f[2], f[4], f[5]
		if !codeLine.MatchString(code) {
			return nil, fmt.Errorf("line %d: bad code %q", n, code)
		}
		status := 0
		if statusLine.MatchString(statusText) {
			status, _ = strconv.Atoi(statusText)
		} else if !strings.HasPrefix(statusText, "unknown") {
			return nil, fmt.Errorf("line %d: bad status %q", n, statusText)
		}
		msg, desc, q := meaning(text)
		i, ok := index[code]
		if !ok {
			index[code] = len(entries)
			i = len(entries)
			entries = append(entries, catalog.Entry{Code: code, Source: catalog.SourceAPIPages})
		}
		e := &entries[i]
		e.Pages = append(e.Pages, catalog.Page{Status: status, Message: text, Title: title, URL: url})
		if e.Status == 0 {
			e.Status = status
		}
		e.HTTP200 = e.HTTP200 || status == 200
		if best, ok := quality[code]; !ok || q > best {
			e.Message, e.Description, quality[code] = msg, desc, q
		}
	}
	return entries, sc.Err()
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
		if h.Reason == "" {
			return fmt.Errorf("http200 %v needs a reason", h.Codes)
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
		if c.Reason == "" || c.Why == "" {
			return fmt.Errorf("critical %s needs a reason (printed in findings) and a why (why it is in the default set)", c.Code)
		}
		for _, t := range c.When {
			if !topicNames[t] {
				return fmt.Errorf("critical %s: unknown topic %q", c.Code, t)
			}
		}
		for _, e := range es {
			e.Critical = &catalog.Critical{Reason: c.Reason, When: slices.Clone(c.When)}
		}
	}
	for _, tw := range cur.Twins {
		if tw.Reason == "" || len(tw.Codes) < 2 {
			return fmt.Errorf("twins %v need two or more codes and a reason", tw.Codes)
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
		{"curation.json", &src.Curation},
	} {
		b, err := os.ReadFile(filepath.Join(dir, f.path))
		if err != nil {
			return src, err
		}
		*f.dst = b
	}
	return src, nil
}
