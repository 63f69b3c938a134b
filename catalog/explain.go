package catalog

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Explain describes what the catalog knows about code, for `cbclint -explain`.
// The code may be malformed ("cbc.0250"); the text says how it is written. For an
// unknown code it lists the nearest known codes and returns false. An operation's
// name ("RenewalResources") explains the operation.
func (c *Catalog) Explain(code string) (string, bool) {
	if ops := c.OperationsNamed(code); len(ops) > 0 {
		return c.explainOperation(ops), true
	}
	var b strings.Builder
	canonical, ok := Normalize(code)
	if !ok {
		fmt.Fprintf(&b, "%q is not a CBC error code: a code is CBC. and %d to %d digits (the catalog's have %s), e.g. CBC.5003\n", Excerpt(code), minDigits, maxDigits, c.digitCounts())
		b.WriteString(c.operationHint(code))
		return b.String(), false
	}
	if canonical != code {
		fmt.Fprintf(&b, "%q is written %s\n", Excerpt(code), canonical)
	}
	entries := c.All(canonical)
	if len(entries) == 0 && IsGateway(canonical) {
		var gateway []string
		for _, t := range c.Throttling() {
			if IsGateway(t) {
				gateway = append(gateway, t)
			}
		}
		fmt.Fprintf(&b, "%s is a code of the API gateway in front of CBC that the catalog lacks: it holds only the gateway's throttling (%s).\n",
			canonical, strings.Join(gateway, ", "))
		b.WriteString("If CBC's gateway returns it to your calls, add it to a catalog file and pass -catalog-file (see README, \"Extending the catalog\").\n")
		return b.String(), false
	}
	if len(entries) == 0 {
		fmt.Fprintf(&b, "%s is not in the catalog.\n", canonical)
		if near := c.Nearest(canonical); len(near) > 0 {
			b.WriteString("Nearest known codes:\n")
			for _, s := range near {
				e, _ := c.Lookup(s.Code)
				fmt.Fprintf(&b, "  %s  %s\n", s.Code, e.Meaning())
			}
		}
		b.WriteString("If CBC returns it, add it to a catalog file and pass -catalog-file (see docs/catalog.md, \"Extending the catalog\").\n")
		return b.String(), false
	}
	for i, e := range entries {
		if i > 0 {
			b.WriteString("\n")
		}
		writeEntry(&b, e)
	}
	c.writeOperations(&b, canonical)
	return b.String(), true
}

// writeEntry prints what the catalog knows about one entry, a field a line.
func writeEntry(b *strings.Builder, e *Entry) {
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "  %-12s %s\n", k+":", v)
		}
	}
	fmt.Fprintf(b, "%s  %s\n", e.Code, e.Meaning())
	status := "unknown (the source was cut off)"
	if e.Status != 0 {
		status = fmt.Sprint(e.Status)
	}
	if st := e.Statuses(); len(st) > 1 {
		var each []string
		for _, s := range st {
			each = append(each, strconv.Itoa(s))
		}
		status = "differs by page (see sources): " + strings.Join(each, ", ")
	}
	row("status", status)
	if e.HTTP200 {
		row("http200", "yes: CBC can send this error with HTTP 200, so a status check alone misses it")
	} else {
		row("http200", "no")
	}
	if e.Description != e.Meaning() {
		row("description", e.Description)
	}
	row("product", e.Product)
	if e.Action != "" {
		row("action", e.Action+" ("+ActionMeaning(e.Action)+")")
	}
	row("advice", e.Advice)
	row("source", e.Source)
	row("topics", strings.Join(e.Topics, ", "))
	if e.Critical != nil {
		where := "everywhere"
		if len(e.Critical.When) > 0 {
			where = "where a dispatch handles " + strings.Join(e.Critical.When, ", ") + " codes"
		}
		row("critical", e.Critical.Reason+" (required "+where+")")
		row("evidence", e.Critical.Evidence)
	}
	row("twins", strings.Join(e.Twins, ", "))
	if e.Product == ProductGateway {
		row("gateway", "the API gateway in front of CBC answers with it before the request reaches CBC; it comes in error_code like CBC's codes (through the SDK: in *sdkerr.ServiceResponseError)")
	}
	for _, s := range e.Sources {
		st := "status unknown"
		if s.Status != 0 {
			st = fmt.Sprint(s.Status)
		}
		text := s.Page + " (" + st
		if s.Product != "" {
			text += ", " + s.Product
		}
		text += ")"
		if s.Message != "" && s.Message != e.Message {
			text += fmt.Sprintf(" %q", s.Message)
		}
		if s.URL != "" {
			text += " " + s.URL
		}
		row("source page", text)
	}
}

// writeOperations says which operations document code, whether it answers
// only a whole request, whether every operation can return it, and what must
// be handled alike with it.
func (c *Catalog) writeOperations(b *strings.Builder, code string) {
	row := func(k, v string) {
		if v != "" {
			fmt.Fprintf(b, "  %-12s %s\n", k+":", v)
		}
	}
	var ops []string
	for _, op := range c.Documenting(code) {
		for _, t := range c.TablesOf(op) {
			if r := slices.IndexFunc(t.Rows, func(r Row) bool { return r.Code == code }); r >= 0 && t.Old == "" {
				status := "status unknown"
				if t.Rows[r].Status != 0 {
					status = fmt.Sprint(t.Rows[r].Status)
				}
				ops = append(ops, fmt.Sprintf("%s (%s)", op, status))
				break
			}
		}
	}
	if len(ops) > 0 {
		row("operations", "its own pages list it: "+strings.Join(ops, ", ")+" (cbclint -explain OPERATION shows each table)")
	}
	for _, t := range c.Tables() {
		for _, r := range t.Removed {
			if r.Code == code {
				row("removed", fmt.Sprintf("from %s's page %s", t.Operation, r.When))
			}
		}
	}
	if r := c.WholeRequest(code); r != "" {
		row("scope", "only ever answers a whole request, never a failed item ("+r+")")
	}
	row("every op", c.EveryOperation(code))
	if c.HasTopic(code, []string{TopicThrottling}) {
		var others []string
		for _, t := range c.Throttling() {
			if t != code {
				others = append(others, t)
			}
		}
		row("throttling", "one concern with "+strings.Join(others, ", ")+": whoever throttles (CBC or the API gateway), back off alike")
	}
}
