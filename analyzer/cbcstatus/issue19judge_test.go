package cbcstatus_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/cbclint/cbclint/analyzer/cbcstatus"
	"github.com/cbclint/cbclint/internal/checktest"
)

// The judging cases of issue 19, one package per shape, each found and its
// correct form left alone, under testdata/src/example.com/issue19/:
//
//   - hcptext: an SDK reply turned into text (String(), a fmt verb,
//     json.Marshal) and returned as an ID, logged or stored;
//   - statustext: success decided by the status text, resp.Status;
//   - predicate (through predicate/other, another package): status
//     predicates over the code and the status text, summarised as facts;
//   - retry: early attempts of a retry loop return success on HTTP 200;
//   - branches: error_code read on one branch, the status alone on another;
//   - methodvalue2, methodexpr: the body handed to a method value and a
//     method expression after a status check;
//   - noreturn: a `return nil` after a wrapper of log.Fatalf declares nothing.
//
// The same packages are also analysed with every file's declarations in
// reverse order (example.com/issue19rev/..., written by reversedCopy): the
// findings and facts must not change. One Run loads both. Facts are
// expectations too: checktest fails on an unexpected one.
func TestIssue19Judge(t *testing.T) {
	t.Parallel()
	dir := reversedCopy(t, "example.com/issue19")
	checktest.Run(t, dir, cbcstatus.Analyzer, "example.com/issue19/...", "example.com/issue19rev/...")
}

// reversedCopy copies testdata/src to a temporary directory and adds a copy
// of the packages under pkg, under pkg+"rev", with the top-level
// declarations of each file in reverse order (their comments, and the
// // want comments in them, move with them).
func reversedCopy(t *testing.T, pkg string) string {
	t.Helper()
	src := filepath.Join(analysistest.TestData(), "src")
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		if d.Type()&fs.ModeSymlink != 0 { // a stub shared with internal/check: linked as in testdata
			target, err := filepath.EvalSymlinks(path)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(filepath.Join(dst, "src", rel)), 0o755); err != nil {
				return err
			}
			return os.Symlink(target, filepath.Join(dst, "src", rel))
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if err := write(filepath.Join(dst, "src", rel), data); err != nil {
			return err
		}
		if prefix := filepath.FromSlash(pkg) + string(filepath.Separator); strings.HasPrefix(rel, prefix) && strings.HasSuffix(rel, ".go") {
			rev, err := reverseDecls(path, data)
			if err != nil {
				return err
			}
			if rev == string(data) {
				t.Errorf("%s: reversing its declarations changed nothing", rel)
			}
			rev = strings.ReplaceAll(rev, `"`+pkg+`/`, `"`+pkg+`rev/`)
			return write(filepath.Join(dst, "src", filepath.FromSlash(pkg)+"rev", strings.TrimPrefix(rel, prefix)), []byte(rev))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}

func write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, data, 0o644)
}

// reverseDecls returns the source of a file with its declarations after
// the imports in reverse order, each with the lines between it and the
// declaration before it.
func reverseDecls(name string, data []byte) (string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name, data, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		return "", err
	}
	lines := strings.SplitAfter(string(data), "\n")
	header := fset.Position(f.Name.End()).Line // lines [0, header) stay first
	var chunks []string
	for _, d := range f.Decls {
		end := fset.Position(d.End()).Line
		if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
			header = end
			continue
		}
		chunks = append(chunks, strings.Join(lines[header:end], ""))
		header = end
	}
	tail := strings.Join(lines[header:], "")
	head := strings.Join(lines[:fset.Position(f.Name.End()).Line], "")
	if len(f.Imports) > 0 {
		last := f.Decls[0]
		for _, d := range f.Decls {
			if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.IMPORT {
				last = d
			}
		}
		head = strings.Join(lines[:fset.Position(last.End()).Line], "")
	}
	slices.Reverse(chunks)
	return head + strings.Join(chunks, "\n") + "\n" + tail, nil
}
