package catalog

import (
	"fmt"
	"go/token"
	"slices"
	"strings"
)

// OperationCode is a code an operation's own documentation page lists, with
// the status and message that page gives.
type OperationCode struct {
	Entry  *Entry
	Source Source
}

// CodesOf returns the codes whose sources include operation's own page
// (curation.json's operation_pages), in catalog order.
func (c *Catalog) CodesOf(operation string) []OperationCode {
	var out []OperationCode
	for i := range c.entries {
		for _, s := range c.entries[i].Sources {
			if slices.Contains(s.Operations, operation) {
				out = append(out, OperationCode{&c.entries[i], s})
			}
		}
	}
	return out
}

// CriticalOf returns the critical codes that a dispatch on operation's reply
// must handle, sorted by code: for the whole reply (item false) or for one
// failed item of it (item true). A code is critical for the operation when it
// is critical everywhere, or where codes of its topics are handled and the
// operation's own tables list a code of one of them (Because names the first);
// and when the operation can return it there (MayReturn). Without a table of
// the operation, every topic-scoped code is left out: use CriticalFor.
func (c *Catalog) CriticalOf(operation string, item bool) []Requirement {
	var out []Requirement
	for _, code := range c.codes {
		crit := c.Critical(code)
		if crit == nil || !c.MayReturn(operation, code, item) {
			continue
		}
		if len(crit.When) == 0 {
			out = append(out, Requirement{Code: code, Reason: crit.Reason})
			continue
		}
	topic:
		for _, t := range c.TablesOf(operation) {
			if t.Old != "" {
				continue // an older API's codes say nothing of the SDK operation's topics
			}
			for _, r := range t.Rows {
				if c.HasTopic(r.Code, crit.When) {
					out = append(out, Requirement{Code: code, Reason: crit.Reason, Because: r.Code})
					break topic
				}
			}
		}
	}
	return out
}

// explainOperation describes the operations of one name (one per service),
// for `cbclint -explain RenewalResources`: where it is, its error fields, its
// pages' tables with the codes critical for it marked, and what a dispatch on
// its reply must handle.
func (c *Catalog) explainOperation(ops []Operation) string {
	var b strings.Builder
	row := func(k, v string) { fmt.Fprintf(&b, "  %-13s %s\n", k+":", v) }
	name := ops[0].Name
	fmt.Fprintf(&b, "%s  an operation of CBC's API (Huawei SDK %s)\n", name, SDKVersion)
	for _, op := range ops {
		row(op.Service, op.Method+" "+op.Path)
	}
	row("request", ops[0].Request)
	row("response", ops[0].Response)
	if f := ops[0].ErrorFields; len(f) > 0 {
		row("error fields", strings.Join(f, ", ")+" (a reply with HTTP 200 can carry errors there: check them, not only the status)")
	} else {
		row("error fields", "none: the reply's status and top-level body say whether it failed")
	}
	critical := map[string]Requirement{}
	for _, r := range c.CriticalOf(name, false) {
		critical[r.Code] = r
	}
	tables := c.TablesOf(name)
	if len(tables) == 0 {
		row("codes", "no page of the catalog is this operation's own; cbclint -catalog lists every code")
	}
	for _, t := range tables {
		c.writeTable(&b, t, critical)
	}
	if len(critical) > 0 {
		row("critical", "what a dispatch on its reply must handle (cbcswitch), and why:")
		items := slices.ContainsFunc(ops[0].ErrorFields, func(f string) bool { return strings.Contains(f, "[]") })
		for _, r := range c.CriticalOf(name, false) {
			var why []string
			switch {
			case !items:
			case c.WholeRequest(r.Code) != "":
				why = append(why, "the whole reply only, never an item")
			default:
				why = append(why, "the whole reply or an item")
			}
			if r.Because != "" && r.Because != r.Code {
				why = append(why, "for its "+strings.Join(c.sharedTopics(r.Code, r.Because), ", ")+" codes, such as "+r.Because)
			}
			text := r.Reason
			if len(why) > 0 {
				text += " (" + strings.Join(why, "; ") + ")"
			}
			if alike := c.alike(r.Code); len(alike) > 0 {
				text += "; handle " + strings.Join(alike, ", ") + " alike"
			}
			fmt.Fprintf(&b, "    %-13s %s\n", r.Code, text)
		}
	}
	return b.String()
}

// writeTable prints one page's table, marking the codes critical for the operation.
func (c *Catalog) writeTable(b *strings.Builder, t *Table, critical map[string]Requirement) {
	kind := "partial table (says what it returns, not what it does not)"
	if t.Complete {
		kind = "complete table"
	}
	page := t.Page
	if t.Date != "" {
		page += " (" + t.Date + ")"
	}
	label := "codes"
	if t.Old != "" {
		label = "older page"
		kind += " of the " + t.Old + ", not the SDK operation's"
		if t.Method != "" {
			kind += " (" + t.Method + " " + t.Path + ")"
		}
	}
	count := fmt.Sprintf("%d codes", len(t.Rows))
	if len(t.Rows) == 1 {
		count = "1 code"
	}
	fmt.Fprintf(b, "  %-13s %s, %s, of %s\n", label+":", kind, count, Excerpt(page))
	if t.URL != "" {
		fmt.Fprintf(b, "    read at %s\n", t.URL)
	}
	for _, r := range t.Rows {
		status := "?  "
		if r.Status != 0 {
			status = fmt.Sprint(r.Status)
		}
		var marks []string
		if _, ok := critical[r.Code]; ok && t.Old == "" {
			marks = append(marks, "critical")
		}
		if c.WholeRequest(r.Code) != "" {
			marks = append(marks, "whole request")
		}
		mark := ""
		if len(marks) > 0 {
			mark = "  [" + strings.Join(marks, ", ") + "]"
		}
		fmt.Fprintf(b, "    %-13s %s  %s%s\n", r.Code, status, strings.TrimSuffix(r.Meaning, "."), mark)
	}
	for _, r := range t.Removed {
		fmt.Fprintf(b, "    %-13s removed %s: %s\n", r.Code, r.When, strings.TrimSuffix(r.Meaning, "."))
	}
}

// sharedTopics returns the topics of critical's When that code has.
func (c *Catalog) sharedTopics(critical, code string) []string {
	var out []string
	if crit := c.Critical(critical); crit != nil {
		for _, t := range crit.When {
			if c.HasTopic(code, []string{t}) {
				out = append(out, t)
			}
		}
	}
	return out
}

// alike returns the codes a dispatch must handle alike with code, other than
// code: its twins, and for a throttling code the other throttling codes.
func (c *Catalog) alike(code string) []string {
	out := c.Twins(code)
	if c.HasTopic(code, []string{TopicThrottling}) {
		for _, t := range c.Throttling() {
			if t != code && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
}

// operationHint says, for a word that is not a CBC code, whether it names an
// operation in another case; "" when it does not look like an operation name.
func (c *Catalog) operationHint(word string) string {
	if !token.IsIdentifier(word) {
		return ""
	}
	for _, op := range c.Operations() {
		if strings.EqualFold(op.Name, word) {
			return fmt.Sprintf("The operation is called %s: cbclint -explain %s\n", op.Name, op.Name)
		}
	}
	return "Nor is it an operation of CBC's API: cbclint -operations lists them.\n"
}
