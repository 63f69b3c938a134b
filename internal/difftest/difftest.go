// Package difftest reads unified diffs back, for the tests of the diff
// writer (internal/driver) and of the command's -diff.
package difftest

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@$`)

// Apply applies a unified diff of one file to old, checking every kept and
// deleted line and each hunk's counts, as a reader of the diff would.
func Apply(old, diff string) (string, error) {
	if diff == "" {
		return old, nil
	}
	src := strings.SplitAfter(old, "\n")
	if src[len(src)-1] == "" {
		src = src[:len(src)-1]
	}
	lines := strings.Split(strings.TrimSuffix(diff, "\n"), "\n")[2:]
	var out []string
	next := 0 // index in src of the next line not yet copied
	for i := 0; i < len(lines); {
		m := hunkHeader.FindStringSubmatch(lines[i])
		if m == nil {
			return "", fmt.Errorf("line %q: want a hunk header", lines[i])
		}
		count := func(s string) int {
			if s == "" {
				return 1
			}
			n, _ := strconv.Atoi(s)
			return n
		}
		start, oldN, newN := count(m[1]), count(m[2]), count(m[4])
		if oldN > 0 {
			start--
		}
		out = append(out, src[next:start]...)
		next = start
		i++
		var gotOld, gotNew int
		for i < len(lines) && !strings.HasPrefix(lines[i], "@@") {
			text := lines[i][1:] + "\n"
			if i+1 < len(lines) && lines[i+1] == `\ No newline at end of file` {
				text = lines[i][1:]
			}
			switch lines[i][0] {
			case ' ', '-':
				if next >= len(src) || src[next] != text {
					return "", fmt.Errorf("line %q does not match %q", lines[i], src[min(next, len(src)-1)])
				}
				next++
				gotOld++
				if lines[i][0] == ' ' {
					out = append(out, text)
					gotNew++
				}
			case '+':
				out = append(out, text)
				gotNew++
			}
			i++
			if i < len(lines) && lines[i] == `\ No newline at end of file` {
				i++
			}
		}
		if gotOld != oldN || gotNew != newN {
			return "", fmt.Errorf("hunk %s: counted -%d +%d", m[0], gotOld, gotNew)
		}
	}
	out = append(out, src[next:]...)
	return strings.Join(out, ""), nil
}
