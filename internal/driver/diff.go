package driver

// -diff prints what -fix would write as a unified diff (diff -u, git diff):
// x/tools' own drivers and gofmt -d do so, but their differ is internal to
// x/tools, so this is Myers' algorithm over lines, with three lines of
// context, as they print it.

import (
	"fmt"
	"io"
	"strings"
)

// diffContext is how many unchanged lines surround a change in a hunk.
const diffContext = 3

// lineOp is one line of a line diff: kept (' '), deleted ('-') or inserted ('+').
type lineOp struct {
	kind byte
	line string // with its line ending, if it has one
}

// splitLines cuts s after each "\n"; the last line may lack one.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

// diffLines is a shortest edit script from a to b (Myers, 1986), after the
// common head and tail, which is all but a few lines for a fix.
func diffLines(a, b []string) []lineOp {
	head := 0
	for head < len(a) && head < len(b) && a[head] == b[head] {
		head++
	}
	tail := 0
	for tail < len(a)-head && tail < len(b)-head && a[len(a)-1-tail] == b[len(b)-1-tail] {
		tail++
	}
	var ops []lineOp
	for _, l := range a[:head] {
		ops = append(ops, lineOp{' ', l})
	}
	ops = append(ops, myers(a[head:len(a)-tail], b[head:len(b)-tail])...)
	for _, l := range a[len(a)-tail:] {
		ops = append(ops, lineOp{' ', l})
	}
	return ops
}

// myers returns a shortest edit script from a to b: for each number of edits
// d it records the furthest x reached on each diagonal k = x-y, and walks
// the records back from the end.
func myers(a, b []string) []lineOp {
	n, m := len(a), len(b)
	max := n + m
	off := max + 1
	v := make([]int, 2*max+3)
	var trace [][]int
	for d := 0; d <= max; d++ {
		trace = append(trace, append([]int(nil), v...))
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || k != d && v[off+k-1] < v[off+k+1] {
				x = v[off+k+1] // down: an insertion
			} else {
				x = v[off+k-1] + 1 // right: a deletion
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x, y = x+1, y+1
			}
			v[off+k] = x
			if x >= n && y >= m {
				return backtrack(a, b, trace, off)
			}
		}
	}
	panic("unreachable: n+m edits always suffice")
}

func backtrack(a, b []string, trace [][]int, off int) []lineOp {
	x, y := len(a), len(b)
	var rev []lineOp
	for d := len(trace) - 1; d >= 0; d-- {
		v := trace[d]
		k := x - y
		var prevK int
		if k == -d || k != d && v[off+k-1] < v[off+k+1] {
			prevK = k + 1
		} else {
			prevK = k - 1
		}
		prevX := v[off+prevK]
		prevY := prevX - prevK
		for x > prevX && y > prevY {
			rev = append(rev, lineOp{' ', a[x-1]})
			x, y = x-1, y-1
		}
		if d > 0 {
			if x == prevX {
				rev = append(rev, lineOp{'+', b[y-1]})
			} else {
				rev = append(rev, lineOp{'-', a[x-1]})
			}
		}
		x, y = prevX, prevY
	}
	ops := make([]lineOp, len(rev))
	for i, op := range rev {
		ops[len(rev)-1-i] = op
	}
	return ops
}

// writeUnifiedDiff writes the unified diff from old to new of a file, under
// the names from and to; nothing when they are the same.
func writeUnifiedDiff(w io.Writer, from, to, old, new string) {
	if old == new {
		return
	}
	ops := diffLines(splitLines(old), splitLines(new))
	fmt.Fprintf(w, "--- %s\n+++ %s\n", from, to)
	// Each hunk spans ops[start:end]: changes no more than 2*diffContext
	// kept lines apart, with diffContext kept lines on either side.
	for i := 0; i < len(ops); {
		if ops[i].kind == ' ' {
			i++
			continue
		}
		start := max(0, i-diffContext)
		end := i
		for kept := 0; end < len(ops) && kept <= 2*diffContext; end++ {
			if ops[end].kind == ' ' {
				kept++
			} else {
				kept = 0
			}
		}
		// Back up to diffContext kept lines after the last change.
		last := end - 1
		for last >= 0 && ops[last].kind == ' ' {
			last--
		}
		end = min(len(ops), last+1+diffContext)
		writeHunk(w, ops, start, end)
		i = end
	}
}

// writeHunk writes the hunk of ops[start:end], numbering the lines of both
// files by the ops before start.
func writeHunk(w io.Writer, ops []lineOp, start, end int) {
	oldLine, newLine := 1, 1
	for _, op := range ops[:start] {
		if op.kind != '+' {
			oldLine++
		}
		if op.kind != '-' {
			newLine++
		}
	}
	oldCount, newCount := 0, 0
	for _, op := range ops[start:end] {
		if op.kind != '+' {
			oldCount++
		}
		if op.kind != '-' {
			newCount++
		}
	}
	fmt.Fprintf(w, "@@ -%s +%s @@\n", hunkRange(oldLine, oldCount), hunkRange(newLine, newCount))
	for _, op := range ops[start:end] {
		line, cut := strings.CutSuffix(op.line, "\n")
		fmt.Fprintf(w, "%c%s\n", op.kind, line)
		if !cut {
			fmt.Fprint(w, "\\ No newline at end of file\n")
		}
	}
}

// hunkRange is a hunk's range of one file, as diff -u writes it: an empty
// range starts at the line before it, and a range of one line has no count.
func hunkRange(line, count int) string {
	switch count {
	case 0:
		return fmt.Sprintf("%d,0", line-1)
	case 1:
		return fmt.Sprint(line)
	}
	return fmt.Sprintf("%d,%d", line, count)
}
