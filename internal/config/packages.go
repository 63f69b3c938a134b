package config

import "strings"

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
