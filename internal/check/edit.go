package check

import (
	"bytes"
	"go/ast"
	"go/token"

	"golang.org/x/tools/go/analysis"
)

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

// A Layout is the source of a file a fix edits and the indentation of the
// line the edited statement starts on, which the lines a fix inserts take.
type Layout struct {
	Src    []byte
	File   *token.File
	Indent string
}

// ReadLayout reads the layout of the statement at pos; ok is false when the
// statement does not start its line, as gofmt would have it, or the file
// cannot be read.
func ReadLayout(pass *analysis.Pass, pos token.Pos) (l Layout, ok bool) {
	l.File = pass.Fset.File(pos)
	l.Src = ReadFile(pass, l.File.Name())
	if l.Src == nil {
		return l, false
	}
	l.Indent, ok = LineIndent(l.Src, l.File.Offset(pos))
	return l, ok
}

// StartsLine reports whether pos starts its line at the layout's indentation.
func (l Layout) StartsLine(pos token.Pos) bool {
	in, ok := LineIndent(l.Src, l.File.Offset(pos))
	return ok && in == l.Indent
}

// Text returns the source of n.
func (l Layout) Text(n ast.Node) string {
	return string(l.Src[l.File.Offset(n.Pos()):l.File.Offset(n.End())])
}

// OneLine reports whether n is written on one line.
func (l Layout) OneLine(n ast.Node) bool {
	return l.File.Line(n.Pos()) == l.File.Line(n.End())
}
