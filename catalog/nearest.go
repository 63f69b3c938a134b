package catalog

import "slices"

// Suggestion is a known code close to an unknown one.
type Suggestion struct {
	Code string
	// Cost is the weighted edit distance in half-edits: swapping two adjacent
	// digits costs 1, any other substitution, insertion or deletion costs 2.
	Cost int
}

// maxCost is the largest distance at which a known code is still offered: one
// wrong digit plus one swap, or two swaps.
const maxCost = 3

// Nearest ranks the known codes closest to code (canonical form), best first: the
// lowest cost, then the code. Only the best tier is returned, so several
// suggestions mean they are equally close. It returns nil when nothing is close.
func (c *Catalog) Nearest(code string) []Suggestion {
	if !IsCanonical(code) {
		return nil
	}
	digits := code[4:]
	best := maxCost + 1
	var out []Suggestion
	for _, known := range c.codes {
		kd := known[4:]
		if d := len(kd) - len(digits); d < -1 || d > 1 || known == code {
			continue // length bound: more than one insertion or deletion is never within maxCost
		}
		cost := distance(digits, kd, best)
		switch {
		case cost < best:
			best, out = cost, append(out[:0], Suggestion{known, cost})
		case cost == best && cost <= maxCost:
			out = append(out, Suggestion{known, cost})
		}
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		if a.Cost != b.Cost {
			return a.Cost - b.Cost
		}
		if a.Code < b.Code {
			return -1
		}
		return 1
	})
	return out
}

// distance is the restricted Damerau–Levenshtein distance between a and b with
// swaps of adjacent characters weighted below other edits. It gives up early and
// returns limit+1 once every path costs more than limit.
func distance(a, b string, limit int) int {
	const sub, ins, swap = 2, 2, 1
	n, m := len(a), len(b)
	// three rows: i-2, i-1, i
	prev2 := make([]int, m+1)
	prev := make([]int, m+1)
	cur := make([]int, m+1)
	for j := range prev {
		prev[j] = j * ins
	}
	prevMin := 0
	for i := 1; i <= n; i++ {
		cur[0] = i * ins
		rowMin := cur[0]
		for j := 1; j <= m; j++ {
			cost := 0
			if a[i-1] != b[j-1] {
				cost = sub
			}
			v := min(prev[j]+ins, cur[j-1]+ins, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] && a[i-1] != b[j-1] {
				v = min(v, prev2[j-2]+swap)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		// Later rows build on this one, or on the previous one through a swap.
		if rowMin > limit && prevMin+swap > limit {
			return limit + 1
		}
		prevMin = rowMin
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[m]
}
