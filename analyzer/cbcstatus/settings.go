package cbcstatus

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cbclint/cbclint/internal/config"
)

// The endpoints and response-packages settings are cbcstatus's: it checks
// them while the settings are resolved (as cbcswitch does its critical
// setting), so that a bad value is reported with the other bad settings.
func init() {
	config.AddResolver(func(s *config.Settings, r *config.Resolved) (err error) {
		if r.Endpoints, err = parseEndpoints(s.Endpoints); err != nil {
			return err // r is dropped with the error
		}
		r.ResponsePackages, err = parsePackagePatterns(s.ResponsePackages)
		return err
	})
}

// parseEndpoints checks host patterns: a host name ("bss.example.com") or a
// wildcard for its subdomains ("*.example.com"); no scheme, port or path.
func parseEndpoints(patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		host := strings.ToLower(strings.TrimSpace(p))
		name := strings.TrimPrefix(host, "*.")
		if labels := strings.Split(name, "."); strings.ContainsAny(name, "*/:?#@ ") || len(labels) < 2 || slices.Contains(labels, "") {
			return nil, fmt.Errorf("endpoints: %q is not a host name pattern: write a host (bss.example.com) or *.example.com, without scheme, port or path", p)
		}
		if strings.ContainsFunc(name, func(r rune) bool { return !(r == '.' || r == '-' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) {
			return nil, fmt.Errorf("endpoints: %q: host names use letters, digits, '-' and '.'", p)
		}
		out = append(out, host)
	}
	return out, nil
}

// parsePackagePatterns checks import-path patterns: an import path
// ("example.com/billing/cbc") or one followed by "/..." for it and every
// package below it, as the go command writes them.
func parsePackagePatterns(patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		p = strings.TrimSpace(p)
		path := strings.TrimSuffix(p, "/...")
		if path == "" || strings.Contains(path, "...") || strings.ContainsAny(path, " \\:*?") ||
			strings.HasPrefix(path, "/") || strings.HasSuffix(path, "/") || strings.HasPrefix(path, ".") {
			return nil, fmt.Errorf("response-packages: %q is not an import-path pattern: write example.com/billing/cbc, or example.com/billing/... for the packages below it too", p)
		}
		out = append(out, p)
	}
	return out, nil
}
