package cbccode

import "github.com/cbclint/cbclint/catalog"

// The fix policy: a fix writes a code only when the code meant is certain,
// because a wrong code is worse than a typo: it routes one failure into another
// failure's handling, and nobody chose it. policy_test.go measures the policy
// over every mistyped form of every catalog code and over real codes the
// catalog lacks; docs/cbccode.md shows its figures.
//
// A form that is never a code (case, separator, the letter O) has one repair,
// Normalize's; problems fixes it when the repaired code is known. What is left
// is a well-formed code the catalog lacks:
//
//   - With a number of digits no catalog code has (CBC's codes have 4 or 8), it
//     cannot be real: a digit was dropped or doubled. When exactly one known
//     code is one digit away, that is the code meant.
//   - With a number of digits codes have, it may be a real code the catalog
//     lacks: 674 pairs of catalog codes differ in one digit and 25 in a swap
//     of two adjacent digits, so nearness alone proves nothing. A
//     swap of two adjacent digits is fixed only when no other known code is
//     within a wrong digit plus a swap (Within(code, isolation)): over every
//     catalog code left out of the catalog in turn, this rewrites none of them,
//     while a bare "nearest by a swap" would rewrite CBC.99005042 into
//     CBC.99005024.

// isolation is the distance within which the swapped code must be the only
// known one: a wrong digit (2) plus a swap (1).
const isolation = 3

// intended returns the known codes a well-formed unknown code may stand for,
// best first, and the one a fix writes when it is certain ("" otherwise).
func intended(cat *catalog.Catalog, code string) (candidates []string, fix string) {
	if !cat.HasLength(code) {
		if off := cat.OneDigitOff(code); len(off) > 0 {
			if len(off) == 1 {
				return off, off[0]
			}
			return off, ""
		}
	}
	near := cat.Nearest(code)
	for _, s := range near {
		candidates = append(candidates, s.Code)
	}
	if len(near) == 1 && near[0].Cost == 1 && len(cat.Within(code, isolation)) == 1 {
		return candidates, near[0].Code
	}
	return candidates, ""
}
