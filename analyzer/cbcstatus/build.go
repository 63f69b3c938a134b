package cbcstatus

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// Which function bodies get an SSA form. A function can meet a CBC reply
// only if its file imports an HTTP library cbcstatus follows or a CBC client
// package, or it mentions error_code, or it calls a function of another
// package whose summary obtains, examines or judges replies — or it calls
// such a function of the package, or is called by one (it may decode what
// it is handed). The other bodies are left out of the SSA form: a large
// SDK's generated API files are most of its code, and their functions pass
// what they are handed through.

// bodiesToBuild returns the files to build the SSA form from: the package's
// files, with the bodies of the functions that cannot meet a reply removed
// (shallow copies; the package's members stay).
func (c *checker) bodiesToBuild() []*ast.File {
	type decl struct {
		fd   *ast.FuncDecl
		file int
	}
	var decls []decl
	index := map[*types.Func]int{}
	for i, f := range c.pass.Files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Body != nil {
				if fn, ok := c.pass.TypesInfo.Defs[fd.Name].(*types.Func); ok {
					index[fn] = len(decls)
					decls = append(decls, decl{fd, i})
				}
			}
		}
	}
	fileSeeds := make([]bool, len(c.pass.Files))
	for i, f := range c.pass.Files {
		for _, imp := range f.Imports {
			path := importPath(imp)
			if isHTTPLibrary(path) || c.isClientPackage(path) {
				fileSeeds[i] = true
			}
		}
	}
	// The call graph among the package's functions, both ways, and the seeds.
	callees := make([][]int, len(decls))
	callers := make([][]int, len(decls))
	keep := make([]bool, len(decls))
	var work []int
	for i, d := range decls {
		seed := fileSeeds[d.file] || isGeneric(d.fd)
		ast.Inspect(d.fd, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BasicLit, *ast.Ident:
				if !seed && mentionsErrorCode(n) {
					seed = true
				}
				if id, ok := n.(*ast.Ident); ok {
					if fn, ok := c.pass.TypesInfo.Uses[id].(*types.Func); ok {
						if j, ok := index[fn.Origin()]; ok {
							callees[i] = append(callees[i], j)
							callers[j] = append(callers[j], i)
						}
					}
				}
			case *ast.CallExpr:
				if fn := typeutil.StaticCallee(c.pass.TypesInfo, n); !seed && fn != nil && fn.Pkg() != nil && fn.Pkg() != c.pass.Pkg {
					if s := c.factOf(fn); s != nil && s.fact().aboutReplies() {
						seed = true
					}
				}
			}
			return true
		})
		if seed {
			keep[i] = true
			work = append(work, i)
		}
	}
	// Callers of kept functions meet the replies they obtain.
	spread(work, callers, keep)
	// Callees of kept functions may be handed them.
	work = work[:0]
	for i := range decls {
		if keep[i] {
			work = append(work, i)
		}
	}
	spread(work, callees, keep)
	strip := map[*ast.FuncDecl]bool{}
	for i, d := range decls {
		if !keep[i] {
			strip[d.fd] = true
		}
	}
	if len(strip) == 0 {
		return c.pass.Files
	}
	files := make([]*ast.File, len(c.pass.Files))
	for i, f := range c.pass.Files {
		files[i] = f
		var out []ast.Decl
		changed := false
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && strip[fd] {
				bare := *fd
				bare.Body = nil
				out = append(out, &bare)
				changed = true
				continue
			}
			out = append(out, d)
		}
		if changed {
			cp := *f
			cp.Decls = out
			files[i] = &cp
		}
	}
	return files
}

func importPath(imp *ast.ImportSpec) string {
	p := imp.Path.Value
	if len(p) >= 2 {
		return p[1 : len(p)-1]
	}
	return p
}

// isGeneric reports whether fd declares a generic function or a method of a
// generic type: their bodies are always built.
func isGeneric(fd *ast.FuncDecl) bool {
	if fd.Type.TypeParams != nil && len(fd.Type.TypeParams.List) > 0 {
		return true
	}
	if fd.Recv != nil && len(fd.Recv.List) > 0 {
		t := fd.Recv.List[0].Type
		if s, ok := t.(*ast.StarExpr); ok {
			t = s.X
		}
		switch t.(type) {
		case *ast.IndexExpr, *ast.IndexListExpr:
			return true
		}
	}
	return false
}

// mentionsErrorCode reports whether a literal or a name contains error_code in any case.
func mentionsErrorCode(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.BasicLit:
		return MentionsErrorCode([]byte(n.Value))
	case *ast.Ident:
		return MentionsErrorCode([]byte(n.Name))
	}
	return false
}

// spread keeps every function reachable from work along edges.
func spread(work []int, edges [][]int, keep []bool) {
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		for _, j := range edges[i] {
			if !keep[j] {
				keep[j] = true
				work = append(work, j)
			}
		}
	}
}
