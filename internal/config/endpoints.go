package config

import (
	"fmt"
	"strings"
)

// parseEndpoints checks host patterns: a host name ("bss.example.com") or a
// wildcard for its subdomains ("*.example.com"); no scheme, port or path.
func parseEndpoints(patterns []string) ([]string, error) {
	var out []string
	for _, p := range patterns {
		host := strings.ToLower(strings.TrimSpace(p))
		name := strings.TrimPrefix(host, "*.")
		if name == "" || strings.ContainsAny(name, "*/:?#@ ") || !strings.Contains(name, ".") ||
			strings.HasPrefix(name, ".") || strings.HasSuffix(name, ".") || strings.Contains(name, "..") {
			return nil, fmt.Errorf("endpoints: %q is not a host name pattern: write a host (bss.example.com) or *.example.com, without scheme, port or path", p)
		}
		for _, r := range name {
			if !(r == '.' || r == '-' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
				return nil, fmt.Errorf("endpoints: %q: host names use letters, digits, '-' and '.'", p)
			}
		}
		out = append(out, host)
	}
	return out, nil
}
