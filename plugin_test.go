package cbclint

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"

	"github.com/cbclint/cbclint/analyzer"
	"github.com/cbclint/cbclint/internal/config"
)

// settingsFromYAML is what golangci-lint hands a module plugin: its settings
// block decoded by viper into maps, slices and scalars.
func settingsFromYAML(kv ...any) map[string]any {
	m := map[string]any{}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	return m
}

func TestPluginIsRegisteredAsCbclint(t *testing.T) {
	newPlugin, err := register.GetPlugin("cbclint")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(nil)
	if err != nil {
		t.Fatalf("no settings: %v", err)
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("GetLoadMode() = %q, want %q: the checks need type information", got, register.LoadModeTypesInfo)
	}
	analyzers, err := p.BuildAnalyzers()
	if err != nil {
		t.Fatal(err)
	}
	// Every check of the suite, so a check added to analyzer.All reaches golangci-lint too.
	var got, want []string
	for _, a := range analyzers {
		got = append(got, a.Name)
	}
	for _, a := range analyzer.All(&config.Settings{}) {
		want = append(want, a.Name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("BuildAnalyzers() = %v, want the suite's checks %v", got, want)
	}
}

func TestPluginSettingsUseTheGolangciKeys(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "codes.json")
	if err := os.WriteFile(file, []byte(`[{"code": "CBC.99009999", "status": 400, "message": "Quota exhausted.", "description": "Our quota is used up."}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := New(settingsFromYAML(
		"checks", []any{"cbccode"},
		"catalog-file", file,
		"include-generated", true,
		"default-handles", true,
		"critical", []any{"-CBC.0250"},
		"endpoints", []any{"bss.example.com"},
		"response-packages", []any{"example.com/billing/..."},
	))
	if err != nil {
		t.Fatal(err)
	}
	r, err := p.(*plugin).settings.Resolve()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.Checks, []string{"cbccode"}) || !r.IncludeGenerated || !r.DefaultHandles || !slices.Contains(r.Endpoints, "bss.example.com") || !r.MatchResponsePackage("example.com/billing/ledger") {
		t.Errorf("resolved settings = %+v", r)
	}
	if _, ok := r.Catalog.Lookup("CBC.99009999"); !ok {
		t.Error("the catalog file's code CBC.99009999 is not in the catalog")
	}
}

func TestPluginRejectsBadSettingsNamingThem(t *testing.T) {
	for _, tc := range []struct {
		name     string
		settings map[string]any
		want     string
	}{
		{"unknown key", settingsFromYAML("default-handle", true), `"default-handle"`},
		{"unknown check", settingsFromYAML("checks", []any{"cbcswich"}), `"cbcswich"`},
		{"unknown code in a critical change", settingsFromYAML("critical", []any{"+CBC.99999999"}), "CBC.99999999"},
		{"unreadable catalog file", settingsFromYAML("catalog-file", "no-such-codes.json"), "no-such-codes.json"},
		{"bad endpoint", settingsFromYAML("endpoints", []any{"https://bss.example.com/v2"}), "https://bss.example.com/v2"},
		{"bad response package", settingsFromYAML("response-packages", []any{"https://example.com/ledger"}), "https://example.com/ledger"},
		{"wrong type", settingsFromYAML("default-handles", "yes"), "default-handles"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := New(tc.settings)
			if err == nil {
				t.Fatalf("New(%v) = nil error", tc.settings)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("New(%v) = %v, want it to name %s", tc.settings, err, tc.want)
			}
		})
	}
}
