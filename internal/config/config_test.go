package config

import (
	"strings"
	"testing"
)

// An unknown golangci setting names itself and lists every real one, taken from
// the Settings fields, so a new setting cannot be left out of the message.
func TestDecodeUnknownSettingListsAll(t *testing.T) {
	_, err := Decode(map[string]any{"default-handle": true})
	want := `unknown setting "default-handle" (settings: checks, catalog-file, include-generated, default-handles, critical, endpoints, cross-package-helpers)`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("err = %v, want it to contain %s", err, want)
	}
}
