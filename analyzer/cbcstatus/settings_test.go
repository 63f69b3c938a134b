package cbcstatus_test

import (
	"strings"
	"testing"

	_ "github.com/cbclint/cbclint/analyzer/cbcstatus" // registers the settings' resolver
	"github.com/cbclint/cbclint/internal/config"
)

// cbcstatus checks its settings when they are resolved.
func TestResponsePackagesSetting(t *testing.T) {
	r, err := (&config.Settings{ResponsePackages: []string{"example.com/billing/...", "corp.example/cbc"}}).Resolve()
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]bool{
		"example.com/billing":           true,
		"example.com/billing/cbc/model": true,
		"example.com/billingx":          false,
		"corp.example/cbc":              true,
		"corp.example/cbc/model":        false,
		"github.com/huaweicloud/x":      false,
	} {
		if got := r.MatchResponsePackage(path); got != want {
			t.Errorf("MatchResponsePackage(%q) = %v, want %v", path, got, want)
		}
	}
	for _, bad := range []string{"", "example.com/.../cbc", "https://example.com/cbc", "example.com/cbc/"} {
		if _, err := (&config.Settings{ResponsePackages: []string{bad}}).Resolve(); err == nil || !strings.Contains(err.Error(), "response-packages") {
			t.Errorf("response-packages %q: error %v, want one naming the setting", bad, err)
		}
	}
}

func TestEndpointsSetting(t *testing.T) {
	r, err := (&config.Settings{Endpoints: []string{"BSS.Example.com", "*.bss.example.net"}}).Resolve()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(r.Endpoints, " ") != "bss.example.com *.bss.example.net" {
		t.Errorf("endpoints resolved to %q", r.Endpoints)
	}
	for _, bad := range []string{"", "https://bss.example.com", "bss.example.com:443", "bss", "bss_1.example.com", "*"} {
		if _, err := (&config.Settings{Endpoints: []string{bad}}).Resolve(); err == nil || !strings.Contains(err.Error(), "endpoints") {
			t.Errorf("endpoints %q: error %v, want one naming the setting", bad, err)
		}
	}
}
