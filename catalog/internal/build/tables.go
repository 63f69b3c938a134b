package build

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/cbclint/cbclint/catalog"
)

// Tables returns tables.json: each operation's status-code tables, from the
// per-API pages (src.PerAPI), then, for operations none of those pages
// documents, the codes of the catalog's sources that operation_pages link to
// it (a partial table), with the codes pages no longer list as history.
func Tables(src Sources) ([]byte, error) {
	entries, cur, err := build(src)
	if err != nil {
		return nil, err
	}
	tables, err := perAPITables(src.PerAPI, cur.Translations, entries, src.Operations)
	if err != nil {
		return nil, fmt.Errorf("per-API tables: %w", err)
	}
	tables = append(tables, linkedTables(tables, entries)...)
	if tables, err = cur.addRemoved(tables); err != nil {
		return nil, fmt.Errorf("curation.json: %w", err)
	}
	slices.SortStableFunc(tables, func(a, b catalog.Table) int {
		return cmp.Or(cmp.Compare(a.Operation, b.Operation), cmp.Compare(a.Old, b.Old), cmp.Compare(a.Page, b.Page))
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(tables); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var pageDate = regexp.MustCompile(`\b(\d{4}-\d{2}-\d{2})\b`)

// perAPITables reads the per-API rows: operation (with the older API in
// brackets where the page is not the SDK operation's: "PayOrders (v2 page)"),
// method, path, code, status, source URL, original page, page title (with the
// page's date in brackets), note ("partial: ..." for rows of a cut table) and
// message. One table per operation and source; a code once per table.
func perAPITables(tsv []byte, translations map[string]string, entries []catalog.Entry, operations []byte) ([]catalog.Table, error) {
	var ops []catalog.Operation
	if err := json.Unmarshal(operations, &ops); err != nil {
		return nil, fmt.Errorf("operations.json: %w", err)
	}
	var tables []catalog.Table
	index := map[string]int{}
	partial := map[int]bool{}
	err := eachRow(tsv, 10, func(n int, f []string) error {
		opcol, method, path, code, status, url, original, title, note, msg := f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], f[9]
		if strings.HasPrefix(title, "excerpt ") {
			// A site-search excerpt: the page column names the search, the title column quotes the excerpt.
			title, note = original, note+"; "+title
		}
		if status == "" {
			status = "unknown"
		}
		st, err := codeAndStatus(n, code, status)
		if err != nil {
			return err
		}
		if !slices.ContainsFunc(entries, func(e catalog.Entry) bool { return e.Code == code }) {
			return fmt.Errorf("line %d: %s is not in the catalog", n, code)
		}
		name, old, _ := splitNote(opcol)
		if !slices.ContainsFunc(ops, func(o catalog.Operation) bool { return o.Name == name }) {
			return fmt.Errorf("line %d: no operation %q in operations.json", n, name)
		}
		meaning, err := english(msg, translations)
		if err != nil {
			return fmt.Errorf("line %d: %v", n, err)
		}
		key := opcol + "\t" + url
		i, ok := index[key]
		if !ok {
			page, about := cutBracket(title)
			t := catalog.Table{Operation: name, Old: old, Method: method, Path: path, Page: page, URL: url}
			if m := pageDate.FindStringSubmatch(about); m != nil {
				t.Date = m[1]
				about = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(about, m[1]), ";"))
			}
			t.Note = strings.Join(slices.DeleteFunc([]string{about, note}, func(s string) bool { return s == "" || s == "undated" }), "; ")
			index[key], i = len(tables), len(tables)
			tables = append(tables, t)
		}
		t := &tables[i]
		if strings.HasPrefix(note, "partial") {
			partial[i] = true
		}
		row := catalog.Row{Code: code, Status: st, Meaning: meaning, Message: msg}
		if j := slices.IndexFunc(t.Rows, func(r catalog.Row) bool { return r.Code == code }); j >= 0 {
			if t.Rows[j] != row {
				return fmt.Errorf("line %d: %s is listed twice by %s with different rows", n, code, t.Page)
			}
			return nil
		}
		t.Rows = append(t.Rows, row)
		return nil
	})
	if err != nil {
		return nil, err
	}
	for i := range tables {
		tables[i].Complete = !partial[i]
	}
	return tables, nil
}

// cutBracket splits "title (about) more" into the title and "about more":
// the bracket starts at the first " (" and ends at its matching ")".
func cutBracket(s string) (title, about string) {
	i := strings.Index(s, " (")
	if i < 0 {
		return s, ""
	}
	depth := 0
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '(':
			depth++
		case ')':
			if depth--; depth == 0 {
				return s[:i], strings.TrimSpace(s[i+2:j] + s[j+1:])
			}
		}
	}
	return s, ""
}

// english returns the English meaning of a page's message: the message itself
// when it has no Chinese, else its translation.
func english(msg string, translations map[string]string) (string, error) {
	if !han.MatchString(msg) {
		return msg, nil
	}
	en, ok := translations[msg]
	if !ok || en == "" || han.MatchString(en) {
		return "", fmt.Errorf("message %q has no English translation in curation.json's translations", msg)
	}
	return en, nil
}

// linkedTables makes a partial table for each operation that operation_pages
// links sources to and that no per-API page documents: its codes once, each
// with the status of its first linked source.
func linkedTables(have []catalog.Table, entries []catalog.Entry) []catalog.Table {
	var out []catalog.Table
	at := map[string]int{}
	for _, e := range entries {
		for _, s := range e.Sources {
			for _, op := range s.Operations {
				if slices.ContainsFunc(have, func(t catalog.Table) bool { return t.Operation == op && t.Old == "" }) {
					continue
				}
				i, ok := at[op]
				if !ok {
					at[op], i = len(out), len(out)
					out = append(out, catalog.Table{Operation: op, Page: s.Page, URL: s.URL,
						Note: "codes of the operation's pages that the catalog's sources quote; not the page's whole table"})
				}
				t := &out[i]
				if !t.Lists(e.Code) {
					t.Rows = append(t.Rows, catalog.Row{Code: e.Code, Status: s.Status, Meaning: entryEnglish(&e), Message: cmp.Or(s.Message, e.Message)})
				}
			}
		}
	}
	return out
}

// entryEnglish is the entry's meaning in English: its message, or where that
// is Chinese its description (the translation).
func entryEnglish(e *catalog.Entry) string {
	if e.Message != "" && !han.MatchString(e.Message) {
		return e.Message
	}
	return e.Description
}

// addRemoved adds the codes pages no longer list to the operation's own table
// (a table of its own when none is known).
func (cur *Curation) addRemoved(tables []catalog.Table) ([]catalog.Table, error) {
	for _, r := range cur.Removed {
		if r.Operation == "" || r.Code == "" || r.When == "" || r.Evidence == "" {
			return nil, fmt.Errorf("removed %s: needs an operation, a code, when and its evidence", r.Code)
		}
		meaning, err := english(r.Message, cur.Translations)
		if err != nil {
			return nil, fmt.Errorf("removed %s: %v", r.Code, err)
		}
		i := slices.IndexFunc(tables, func(t catalog.Table) bool { return t.Operation == r.Operation && t.Old == "" })
		if i < 0 {
			tables = append(tables, catalog.Table{Operation: r.Operation, Page: "(no table found)", Rows: []catalog.Row{},
				Note: "no status table of the operation's page was found; only what its revision record says"})
			i = len(tables) - 1
		}
		if tables[i].Lists(r.Code) {
			return nil, fmt.Errorf("removed %s: %s's table still lists it", r.Code, r.Operation)
		}
		tables[i].Removed = append(tables[i].Removed, catalog.Removed{Code: r.Code, Status: r.Status, Meaning: meaning, When: r.When, Evidence: r.Evidence})
	}
	return tables, nil
}
