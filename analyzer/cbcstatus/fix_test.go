package cbcstatus

import (
	"go/parser"
	"go/token"
	"testing"
)

// TestImportFmt: the response fix adds "fmt" where gofmt and goimports
// would have it, whatever shape the file's imports have.
func TestImportFmt(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"no imports",
			"package p\n\nfunc F() {}\n",
			"package p\n\nimport \"fmt\"\n\nfunc F() {}\n"},
		{"one import",
			"package p\n\nimport \"errors\"\n\nvar E = errors.New(\"e\")\n",
			"package p\n\nimport \"errors\"\nimport \"fmt\"\n\nvar E = errors.New(\"e\")\n"},
		{"before a later standard package",
			"package p\n\nimport (\n\t\"errors\"\n\t\"strings\"\n)\n",
			"package p\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\t\"strings\"\n)\n"},
		{"after the standard packages",
			"package p\n\nimport (\n\t\"errors\"\n\n\t\"github.com/chnsz/golangsdk\"\n)\n",
			"package p\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n\n\t\"github.com/chnsz/golangsdk\"\n)\n"},
		{"only other modules",
			"package p\n\nimport (\n\t\"github.com/chnsz/golangsdk\"\n)\n",
			"package p\n\nimport (\n\t\"fmt\"\n\n\t\"github.com/chnsz/golangsdk\"\n)\n"},
	} {
		fset := token.NewFileSet()
		file, err := parser.ParseFile(fset, "p.go", tc.src, 0)
		if err != nil {
			t.Fatal(err)
		}
		e := importFmt(file)
		at := fset.File(file.Pos()).Offset(e.Pos)
		if got := tc.src[:at] + string(e.NewText) + tc.src[at:]; got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

// TestNextLine: the check goes on the line after the statement, when only
// white space or a line comment follows it on its line.
func TestNextLine(t *testing.T) {
	src := []byte("a := f()  // the reply\nb := g(); c()\nlast")
	if at, ok := nextLine(src, len("a := f()")); !ok || string(src[at:at+1]) != "b" {
		t.Errorf("after a comment: %d, %v", at, ok)
	}
	if _, ok := nextLine(src, len("a := f()  // the reply\nb := g()")); ok {
		t.Error("a statement follows on the line: want no place")
	}
	if _, ok := nextLine(src, len(src)); ok {
		t.Error("the last line: want no place")
	}
}
