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

// explainOperation describes the operations of one name (one per service),
// for `cbclint -explain RenewalResources`.
func (c *Catalog) explainOperation(ops []Operation) string {
	var b strings.Builder
	row := func(k, v string) { fmt.Fprintf(&b, "  %-13s %s\n", k+":", v) }
	fmt.Fprintf(&b, "%s  an operation of CBC's API (Huawei SDK %s)\n", ops[0].Name, SDKVersion)
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
	codes := c.CodesOf(ops[0].Name)
	if len(codes) == 0 {
		row("codes", "no page of the catalog is this operation's own; cbclint -catalog lists every code")
		return b.String()
	}
	row("codes", "those its page lists (status there, meaning):")
	for _, oc := range codes {
		status := "?"
		if oc.Source.Status != 0 {
			status = fmt.Sprint(oc.Source.Status)
		}
		fmt.Fprintf(&b, "    %-13s %s  %s\n", oc.Entry.Code, status, oc.Entry.Brief())
	}
	return b.String()
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
