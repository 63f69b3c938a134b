package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestOperationsJSON(t *testing.T) {
	code, out, _ := runInfo(t, "-operations")
	var ops []map[string]any
	if err := json.Unmarshal([]byte(out), &ops); err != nil || code != 0 {
		t.Fatalf("exit %d, %v:\n%.300s", code, err, out)
	}
	withErrors := 0
	for _, op := range ops {
		for _, k := range []string{"service", "name", "method", "path", "request", "response", "error_fields"} {
			if _, ok := op[k]; !ok {
				t.Fatalf("no %q in %v", k, op)
			}
		}
		if len(op["error_fields"].([]any)) > 0 {
			withErrors++
		}
	}
	if len(ops) != 145 || withErrors != 18 {
		t.Errorf("%d operations, %d with error fields; want 145 and 18", len(ops), withErrors)
	}
	// Each operation carries its pages' status tables: renewal's complete one of 12 codes.
	for _, op := range ops {
		if op["name"] != "RenewalResources" {
			continue
		}
		tables, _ := op["tables"].([]any)
		if len(tables) != 1 {
			t.Fatalf("RenewalResources (%s): %d tables, want 1", op["service"], len(tables))
		}
		tb := tables[0].(map[string]any)
		if rows, _ := tb["rows"].([]any); tb["complete"] != true || len(rows) != 12 {
			t.Errorf("RenewalResources' table: complete %v, %d rows; want complete, 12", tb["complete"], len(rows))
		}
	}
	if code, _, errOut := runInfo(t, "-operations", "./..."); code != 2 || !strings.Contains(errOut, "-operations takes no arguments") {
		t.Errorf("with packages: exit %d, %q", code, errOut)
	}
}

func TestExplainOperation(t *testing.T) {
	code, out, _ := runInfo(t, "-explain", "RenewalResources")
	for _, want := range []string{
		"bss:          POST /v2/orders/subscriptions/resources/renew",
		"bssintl:      POST /v2/orders/subscriptions/resources/renew",
		"error fields: fail_resource_infos[].error_code, fail_resource_infos[].error_msg",
		"CBC.99003144  400",
	} {
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("exit %d, want %q in:\n%s", code, want, out)
		}
	}
	// The gateway's throttling is explained, not refused as "not a CBC error code".
	if code, out, _ := runInfo(t, "-explain", "APIGW.0308"); code != 0 || !strings.Contains(out, "product:     API gateway") || !strings.Contains(out, "CBC.0250") {
		t.Errorf("-explain APIGW.0308: exit %d:\n%s", code, out)
	}
	// A code still explains the code.
	if code, out, _ := runInfo(t, "-explain", "CBC.99007000"); code != 0 || !strings.HasPrefix(out, "CBC.99007000  Can not find customer.") {
		t.Errorf("exit %d:\n%s", code, out)
	}
	code, out, _ = runInfo(t, "-explain", "renewalResources")
	if code != 1 || !strings.Contains(out, "The operation is called RenewalResources") {
		t.Errorf("wrong case: exit %d:\n%s", code, out)
	}
}
