package config

import (
	"fmt"
	"strings"
)

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

// MatchResponsePackage reports whether the package at path is one of the response packages.
func (r *Resolved) MatchResponsePackage(path string) bool {
	for _, p := range r.ResponsePackages {
		if base, ok := strings.CutSuffix(p, "/..."); ok {
			if path == base || strings.HasPrefix(path, base+"/") {
				return true
			}
		} else if path == p {
			return true
		}
	}
	return false
}
