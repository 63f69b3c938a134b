package config

import (
	"strings"
	"testing"
)

// An unknown golangci setting names itself and lists every real one, taken from
// the Settings fields, so a new setting cannot be left out of the message.
func TestDecodeUnknownSettingListsAll(t *testing.T) {
	_, err := Decode(map[string]any{"default-handle": true})
	want := `unknown setting "default-handle" (settings: checks, catalog-file, include-generated, default-handles, critical, endpoints, cross-package-helpers, response-packages)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want it to contain %s", err, want)
	}
}

func TestResponsePackages(t *testing.T) {
	r, err := (&Settings{ResponsePackages: []string{"example.com/billing/...", "corp.example/cbc"}}).Resolve()
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
		if _, err := (&Settings{ResponsePackages: []string{bad}}).Resolve(); err == nil || !strings.Contains(err.Error(), "response-packages") {
			t.Errorf("response-packages %q: error %v, want one naming the setting", bad, err)
		}
	}
}
