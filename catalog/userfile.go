package catalog

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
)

// ReadFile extends base with a user's catalog file; see Extend.
func ReadFile(base *Catalog, path string) (*Catalog, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("catalog file: %w", err)
	}
	return Extend(base, path, data)
}

// Extend returns base extended by a user's catalog file: a JSON array of entries
// in the form `cbclint -catalog` prints. An entry with a new code adds it (its
// source is the file); an entry with a known code changes only the fields it
// names, so {"code": "CBC.0250", "critical": null} makes throttling non-critical.
// A code with several entries (CBC.0150 has two meanings) is matched in order:
// the file's second entry for it changes the catalog's second one.
// Any error names the file and the line; on error nothing of the file is used.
func Extend(base *Catalog, name string, data []byte) (*Catalog, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff")) // editors on Windows save UTF-8 with a byte order mark
	entries := slices.Clone(base.entries)
	fail := func(offset int64, format string, args ...any) error {
		line, col := position(data, offset)
		return fmt.Errorf("%s:%d:%d: %s", name, line, col, fmt.Sprintf(format, args...))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
		return nil, fail(dec.InputOffset(), "a catalog file is a JSON array of entries, as `cbclint -catalog` prints")
	}
	seen := map[string][]int64{} // code -> offsets of its entries in the file
	var order []string           // the codes in the order the file names them first
	for dec.More() {
		start := dec.InputOffset()
		var raw map[string]json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, fail(errorOffset(err, start), "%s", describe(err))
		}
		start = skipSpaceAndComma(data, start)
		end := dec.InputOffset()
		at := func(key string) int64 { return start + keyOffset(data[start:end], key) }
		var code string
		if err := json.Unmarshal(raw["code"], &code); err != nil || !IsCanonical(code) {
			return nil, fail(at("code"), `entry needs "code" in the form "CBC." followed by 3 to 10 digits`)
		}
		// The nth entry of a code in the file changes the nth entry of it in the
		// catalog; one entry more would give the code a second meaning by accident.
		nth := len(seen[code])
		inBase := base.byCode[code]
		if nth > 0 && nth >= len(inBase) {
			return nil, fail(start, "%s", duplicate(code, len(inBase), lines(data, seen[code])))
		}
		if nth == 0 {
			order = append(order, code)
		}
		seen[code] = append(seen[code], start)
		for _, key := range slices.Sorted(maps.Keys(raw)) {
			if !slices.Contains(entryKeys, key) {
				return nil, fail(at(key), "entry for %s: unknown field %q (fields: %s)", code, key, strings.Join(entryKeys, ", "))
			}
		}
		_, http200Given := raw["http200"]
		isNew := nth >= len(inBase)
		target := len(entries)
		if isNew {
			entries = append(entries, Entry{Code: code, Source: name})
		} else {
			target = inBase[nth] // entries starts as a copy of base.entries: same indexes
		}
		fresh := entries[target]
		for _, key := range slices.Sorted(maps.Keys(raw)) {
			if err := json.Unmarshal(raw[key], fieldOf(&fresh, key)); err != nil {
				return nil, fail(at(key), "entry for %s: field %q: %s", code, key, describe(err))
			}
		}
		if isNew && !http200Given {
			fresh.HTTP200 = fresh.Status == 200 || slices.Contains(fresh.Statuses(), 200)
		}
		if key, err := fresh.check(); err != nil {
			return nil, fail(at(key), "entry for %s: %v", code, err)
		}
		entries[target] = fresh
	}
	if _, err := dec.Token(); err != nil {
		return nil, fail(dec.InputOffset(), "%s", describe(err))
	}
	if dec.More() {
		return nil, fail(dec.InputOffset(), "unexpected data after the array")
	}
	c := New(entries)
	for _, code := range order {
		if err := c.checkReferences(code); err != nil {
			return nil, fail(seen[code][0], "entry for %s: %v", code, err)
		}
	}
	return c, nil
}

// duplicate says why an entry for code is one too many; earlier are the lines of
// the file's entries for it so far, and inBase how many entries the catalog has.
func duplicate(code string, inBase int, earlier []int) string {
	if inBase <= 1 {
		return fmt.Sprintf("duplicate entry for %s: line %d has one already; merge the two into one entry", code, earlier[0])
	}
	at := make([]string, len(earlier))
	for i, l := range earlier {
		at[i] = fmt.Sprint(l)
	}
	return fmt.Sprintf("duplicate entry for %s: the catalog has %d entries for it (one per meaning), which the file's entries change in order (lines %s); this one is one too many",
		code, inBase, strings.Join(at, ", "))
}

// lines returns the lines of offsets in data.
func lines(data []byte, offsets []int64) []int {
	out := make([]int, len(offsets))
	for i, off := range offsets {
		out[i], _ = position(data, off)
	}
	return out
}

var entryKeys = []string{"code", "status", "message", "description", "http200", "product", "action", "advice", "source", "sources", "topics", "critical", "twins", "whole_request", "every_operation"}

// fieldOf returns where the value of key goes. Slices and pointers are reset
// first: the entry is a copy that shares them with the base catalog, and
// json.Unmarshal would write into their backing arrays.
func fieldOf(e *Entry, key string) any {
	switch key {
	case "code":
		return &e.Code
	case "status":
		return &e.Status
	case "message":
		return &e.Message
	case "description":
		return &e.Description
	case "http200":
		return &e.HTTP200
	case "source":
		return &e.Source
	case "product":
		return &e.Product
	case "action":
		return &e.Action
	case "advice":
		return &e.Advice
	case "sources":
		e.Sources = nil
		return &e.Sources
	case "topics":
		e.Topics = nil
		return &e.Topics
	case "critical":
		e.Critical = nil // null removes criticality
		return &e.Critical
	case "twins":
		e.Twins = nil
		return &e.Twins
	case "whole_request":
		return &e.WholeRequest
	case "every_operation":
		return &e.EveryOperation
	}
	panic("unreachable: " + key)
}

// check validates what an entry says about itself; key is the field at fault.
func (e *Entry) check() (key string, err error) {
	if e.Status != 0 && (e.Status < 100 || e.Status > 599) {
		return "status", fmt.Errorf("status %d is not an HTTP status", e.Status)
	}
	if e.Product != "" && !IsProduct(e.Product) {
		return "product", fmt.Errorf("unknown product %q (products: %s)", e.Product, strings.Join(products, ", "))
	}
	for _, s := range e.Sources {
		if s.Product != "" && !IsProduct(s.Product) {
			return "sources", fmt.Errorf("sources: unknown product %q (products: %s)", s.Product, strings.Join(products, ", "))
		}
	}
	if e.Action != "" && !IsAction(e.Action) {
		return "action", fmt.Errorf("unknown action %q (actions: %s)", e.Action, strings.Join(Actions(), ", "))
	}
	for _, t := range e.Topics {
		if !slices.Contains(Topics(), t) {
			return "topics", fmt.Errorf("unknown topic %q (topics: %s)", t, strings.Join(Topics(), ", "))
		}
	}
	if e.Critical != nil {
		if strings.TrimSpace(e.Critical.Reason) == "" {
			return "critical", errors.New(`"critical" needs a "reason": the diagnostic prints it`)
		}
		for _, t := range e.Critical.When {
			if !slices.Contains(Topics(), t) {
				return "critical", fmt.Errorf("critical.when: unknown topic %q (topics: %s)", t, strings.Join(Topics(), ", "))
			}
		}
	}
	return "", nil
}

// checkReferences validates what an entry says about other codes.
func (c *Catalog) checkReferences(code string) error {
	for _, e := range c.All(code) {
		for _, t := range e.Twins {
			if _, ok := c.Lookup(t); !ok {
				return fmt.Errorf("twin %s is not in the catalog", t)
			}
		}
	}
	return nil
}

// keyOffset returns the offset in the JSON object elem of its own key (not
// one of a nested object: "status" of a source), for messages; 0 if it has none.
func keyOffset(elem []byte, key string) int64 {
	dec := json.NewDecoder(bytes.NewReader(elem))
	depth, keyNext := 0, false
	for {
		before := dec.InputOffset()
		tok, err := dec.Token()
		if err != nil {
			return 0
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
			keyNext = depth == 1
		case json.Delim('}'), json.Delim(']'):
			depth--
			keyNext = depth == 1 // a nested value ended
		default:
			if depth != 1 {
				continue
			}
			if k, ok := tok.(string); ok && keyNext && k == key {
				return before + int64(bytes.IndexByte(elem[before:], '"'))
			}
			keyNext = !keyNext
		}
	}
}

func errorOffset(err error, fallback int64) int64 {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return se.Offset
	case errors.As(err, &te):
		return te.Offset
	}
	return fallback
}

func describe(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("expected %s, found JSON %s", te.Type, te.Value)
	}
	if errors.Is(err, io.EOF) || strings.Contains(err.Error(), "unexpected EOF") {
		return "unexpected end of file"
	}
	return strings.TrimPrefix(err.Error(), "json: ")
}

func skipSpaceAndComma(data []byte, off int64) int64 {
	for off < int64(len(data)) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
		off++
	}
	return off
}

// position converts a byte offset into a 1-based line and column.
func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
