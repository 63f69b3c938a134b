package config

import (
	"fmt"
	"strings"
)

// UnknownCheck says that name is no check, with the check it is most likely
// a misspelling of: `unknown check "cbcswich" (did you mean cbcswitch?)`, or
// else the checks there are. Flags and //cbclint:ignore directives say it alike.
func UnknownCheck(name string) string {
	if c := nearestCheck(name); c != "" {
		return fmt.Sprintf("unknown check %q (did you mean %s?)", name, c)
	}
	return fmt.Sprintf("unknown check %q (checks: %s)", name, strings.Join(Checks, ", "))
}

// nearestCheck is the one check within two edits of name (ignoring case), or "".
func nearestCheck(name string) string {
	best, bestDist, ties := "", 3, 0
	for _, c := range Checks {
		switch d := editDistance(strings.ToLower(name), c); {
		case d < bestDist:
			best, bestDist, ties = c, d, 1
		case d == bestDist:
			ties++
		}
	}
	if ties != 1 {
		return ""
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}
