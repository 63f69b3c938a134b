package catalog_test

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

// describe renders operations as "service Name" for comparisons.
func describe(ops []catalog.Operation) []string {
	var out []string
	for _, op := range ops {
		out = append(out, op.Service+" "+op.Name)
	}
	return out
}

// The figures issue 15 states for SDK v0.1.207: 145 operations, 18 of them
// with error fields in the reply body.
func TestOperationCounts(t *testing.T) {
	ops := catalog.Default().Operations()
	count := map[string]int{}
	withErrors := map[string]int{}
	for _, op := range ops {
		count[op.Service]++
		if len(op.ErrorFields) > 0 {
			withErrors[op.Service]++
		}
		if op.ErrorFields == nil {
			t.Errorf("%s %s: error_fields is null, want a list", op.Service, op.Name)
		}
	}
	if len(ops) != 145 || count["bss"] != 91 || count["bssintl"] != 54 {
		t.Errorf("operations: %d (%v), want 145 (bss 91, bssintl 54)", len(ops), count)
	}
	if withErrors["bss"] != 10 || withErrors["bssintl"] != 8 {
		t.Errorf("operations with error fields: %v, want bss 10, bssintl 8", withErrors)
	}
	if !slices.IsSortedFunc(ops, func(a, b catalog.Operation) int {
		return cmp.Compare(a.Service+" "+a.Name, b.Service+" "+b.Name)
	}) {
		t.Error("operations are not sorted by service then name")
	}
}

func TestOperationsNamed(t *testing.T) {
	c := catalog.Default()
	got := c.OperationsNamed("RenewalResources")
	if want := []string{"bss RenewalResources", "bssintl RenewalResources"}; !slices.Equal(describe(got), want) {
		t.Fatalf("OperationsNamed(RenewalResources) = %v, want %v", describe(got), want)
	}
	for _, op := range got {
		want := catalog.Operation{
			Service: op.Service, Name: "RenewalResources", Method: "POST",
			Path:    "/v2/orders/subscriptions/resources/renew",
			Request: "RenewalResourcesRequest", Response: "RenewalResourcesResponse",
			ErrorFields: []string{"fail_resource_infos[].error_code", "fail_resource_infos[].error_msg"},
		}
		if fmt.Sprint(op) != fmt.Sprint(want) {
			t.Errorf("got  %+v\nwant %+v", op, want)
		}
	}
	// Only the Chinese site's SDK has it; only the international one has FreezeSubCustomers.
	if got := describe(c.OperationsNamed("UpdatePeriodToOnDemandInstantly")); !slices.Equal(got, []string{"bss UpdatePeriodToOnDemandInstantly"}) {
		t.Errorf("OperationsNamed(UpdatePeriodToOnDemandInstantly) = %v", got)
	}
	if got := describe(c.OperationsNamed("FreezeSubCustomers")); !slices.Equal(got, []string{"bssintl FreezeSubCustomers"}) {
		t.Errorf("OperationsNamed(FreezeSubCustomers) = %v", got)
	}
	if got := c.OperationsNamed("renewalresources"); got != nil {
		t.Errorf("names are case-sensitive like Go's, got %v", describe(got))
	}
}

func TestOperationAt(t *testing.T) {
	c := catalog.Default()
	for _, tc := range []struct {
		method, path string
		want         []string
	}{
		{"POST", "/v2/orders/subscriptions/resources/renew", []string{"bss RenewalResources", "bssintl RenewalResources"}},
		{"post", "https://bss-intl.myhuaweicloud.com/v2/orders/subscriptions/resources/renew", []string{"bss RenewalResources", "bssintl RenewalResources"}},
		// A concrete value where the SDK has {resource_id}; the method picks between
		// the two operations on that path.
		{"POST", "/v2/orders/subscriptions/resources/autorenew/ab12cd34?action_id=autorenew", []string{"bss AutoRenewalResources", "bssintl AutoRenewalResources"}},
		{"DELETE", "https://bss.myhuaweicloud.com/v2/orders/subscriptions/resources/autorenew/ab12cd34", []string{"bss CancelAutoRenewalResources", "bssintl CancelAutoRenewalResources"}},
		{"GET", "/v2/orders/customer-orders/details/CS2101010101ABCDE?offset=0&limit=10", []string{"bss ShowCustomerOrderDetails", "bssintl ShowCustomerOrderDetails"}},
		{"GET", "/v1.0/0a1b2c3d4e/payments/intl-invoices", []string{"bssintl ListInvoices"}},
		{"POST", "/v2/orders/subscriptions/resources/to-on-demand/instantly/", []string{"bss UpdatePeriodToOnDemandInstantly"}},
		// Wrong method, extra segment, missing {param} value, other API.
		{"GET", "/v2/orders/subscriptions/resources/renew", nil},
		{"POST", "/v2/orders/subscriptions/resources/renew/extra/x", nil},
		{"DELETE", "/v2/orders/subscriptions/resources/autorenew", nil},
		{"GET", "https://ecs.myhuaweicloud.com/v1/0a1b/cloudservers/detail", nil},
	} {
		if got := describe(c.OperationAt(tc.method, tc.path)); !slices.Equal(got, tc.want) {
			t.Errorf("OperationAt(%s, %s) = %v, want %v", tc.method, tc.path, got, tc.want)
		}
	}
}

// OperationAt answers with every matching operation; it can do so without a
// preference rule only because no two paths of one service overlap (a literal
// segment of one where the other has {param}). This keeps that true when the
// SDK is updated.
func TestNoOverlappingPaths(t *testing.T) {
	ops := catalog.Default().Operations()
	for _, op := range ops {
		at := catalog.Default().OperationAt(op.Method, op.Path)
		for _, other := range at {
			if other.Service == op.Service && other.Name != op.Name {
				t.Errorf("%s: %s %s and %s %s overlap", op.Service, op.Method, op.Path, other.Method, other.Path)
			}
		}
		if !slices.ContainsFunc(at, func(o catalog.Operation) bool { return o.Service == op.Service && o.Name == op.Name }) {
			t.Errorf("OperationAt(%s, %s) misses %s %s", op.Method, op.Path, op.Service, op.Name)
		}
	}
}

// The codes an operation's own page lists (curation.json's operation_pages).
func TestCodesOf(t *testing.T) {
	c := catalog.Default()
	var codes []string
	for _, oc := range c.CodesOf("RenewalResources") {
		codes = append(codes, oc.Entry.Code)
		if !slices.Contains(oc.Source.Operations, "RenewalResources") {
			t.Errorf("%s: source %+v", oc.Entry.Code, oc.Source)
		}
	}
	if !slices.Contains(codes, "CBC.99003144") {
		t.Errorf("RenewalResources: codes %v, want CBC.99003144 (the renewal page's)", codes)
	}
	if got := c.CodesOf("ShowCustomerOrderDetails"); len(got) != 0 {
		t.Errorf("ShowCustomerOrderDetails: no page of the catalog is its own, got %d codes", len(got))
	}
	// The old (v1) fund-retrieval page is not the SDK operation's page.
	for _, oc := range c.CodesOf("ReclaimSubEnterpriseAmount") {
		if strings.Contains(oc.Source.Page, "(旧)") {
			t.Errorf("%s: the old page %q is linked to ReclaimSubEnterpriseAmount", oc.Entry.Code, oc.Source.Page)
		}
	}
}

// TestFailureLists: the lists of failed items the SDK's replies carry, and
// which operations list them; ListRenewRateOnPeriod lists failures too but
// only reads.
func TestFailureLists(t *testing.T) {
	c := catalog.Default()
	if got, want := c.FailureLists(), []string{"error_details", "fail_resource_infos", "to_ondemand_service_results"}; !slices.Equal(got, want) {
		t.Errorf("FailureLists() = %v, want %v", got, want)
	}
	listing := map[string][]string{}
	for _, op := range c.Operations() {
		if list, ok := op.FailureList(); ok && !op.ReadsOnly() && !slices.Contains(listing[list], op.Name) {
			listing[list] = append(listing[list], op.Name)
		}
	}
	want := map[string][]string{
		"error_details":               {"CreatePartnerCoupons", "ReclaimCouponQuotas", "UpdateCouponQuotas", "UpdatePeriodToOnDemand", "FreezeSubCustomers", "UnfreezeSubCustomers"},
		"fail_resource_infos":         {"CancelResourcesSubscription", "RenewalResources"},
		"to_ondemand_service_results": {"UpdatePeriodToOnDemandInstantly"},
	}
	if fmt.Sprint(listing) != fmt.Sprint(want) {
		t.Errorf("operations listing failures (not reads):\n got %v\nwant %v", listing, want)
	}
	for name, want := range map[string]bool{"ListRenewRateOnPeriod": true, "ShowCustomerOrderDetails": true, "CheckUserIdentity": true, "RenewalResources": false, "CancelResourcesSubscription": false} {
		ops := c.OperationsNamed(name)
		if len(ops) == 0 || ops[0].ReadsOnly() != want {
			t.Errorf("%s: ReadsOnly() = %v, want %v", name, !want, want)
		}
	}
	if list, ok := c.OperationsNamed("SetResourcesRenewConfig")[0].FailureList(); ok {
		t.Errorf("SetResourcesRenewConfig: FailureList() = %q, want none (error_msg only)", list)
	}
}
