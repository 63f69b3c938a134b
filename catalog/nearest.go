package catalog

import (
	"slices"
	"strings"
)

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
	near := c.Within(code, maxCost)
	for i := range near {
		if near[i].Cost != near[0].Cost {
			return near[:i]
		}
	}
	return near
}

// Within returns every known code other than code (canonical form) at most limit
// away, by cost and then code.
func (c *Catalog) Within(code string, limit int) []Suggestion {
	prefix, digits, ok := Split(code)
	if !ok {
		return nil
	}
	var out []Suggestion
	for _, known := range c.codes {
		kp, kd, _ := Split(known)
		if kp != prefix {
			continue // a gateway code is never a mistyped CBC code, nor the other way round
		}
		if d := len(kd) - len(digits); d*2 > limit || -d*2 > limit || known == code {
			continue // length bound: each inserted or deleted digit costs 2
		}
		if cost := distance(digits, kd, limit); cost <= limit {
			out = append(out, Suggestion{known, cost})
		}
	}
	slices.SortFunc(out, func(a, b Suggestion) int {
		if a.Cost != b.Cost {
			return a.Cost - b.Cost
		}
		return strings.Compare(a.Code, b.Code)
	})
	return out
}

// HasLength reports whether some known code with code's prefix (canonical
// form) has as many digits as code.
func (c *Catalog) HasLength(code string) bool {
	prefix, digits, _ := Split(code)
	for _, known := range c.codes {
		if kp, kd, _ := Split(known); kp == prefix && len(kd) == len(digits) {
			return true
		}
	}
	return false
}

// OneDigitOff returns the known codes that code (canonical form) becomes with
// one digit added or removed, sorted.
func (c *Catalog) OneDigitOff(code string) []string {
	var out []string
	for _, s := range c.Within(code, 2) {
		if len(s.Code) != len(code) {
			out = append(out, s.Code)
		}
	}
	slices.Sort(out)
	return out
}

// distance is the restricted Damerau–Levenshtein distance between a and b with
// swaps of adjacent characters weighted below other edits. It gives up early and
// returns limit+1 once every path costs more than limit.
func distance(a, b string, limit int) int {
	const sub, ins, swap = 2, 2, 1
	n, m := len(a), len(b)
	// three rows: i-2, i-1, i; on the stack for codes of up to 15 digits
	// (the fix-policy measure computes millions of distances)
	var buf [3 * 16]int
	rows := buf[:]
	if 3*(m+1) > len(buf) {
		rows = make([]int, 3*(m+1))
	}
	prev2, prev, cur := rows[:m+1], rows[m+1:2*(m+1)], rows[2*(m+1):3*(m+1)]
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
