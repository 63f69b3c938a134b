package check

import "bytes"

// LineIndent returns the white space that precedes offset on its line of src,
// and whether only white space does: where a fix inserts whole lines, they take
// this indentation, which keeps the result gofmt-clean.
func LineIndent(src []byte, offset int) (string, bool) {
	if offset > len(src) {
		return "", false
	}
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	in := src[start:offset]
	if len(bytes.TrimLeft(in, " \t")) != 0 {
		return "", false
	}
	return string(in), true
}
