package cbcstatus

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Folding: what a helper of the package returns as text, with the constant
// strings its caller passes, on the SSA form, so that conditions on them
// (`if service == "bss" { host = … }`, a switch whose case returns) decide
// which returns can run and which definitions reach them.

// foldArgs evaluates the arguments of call (a call of the package's helper
// fn, in env in) that are known text, by SSA parameter index.
func (c *checker) foldArgs(fn *types.Func, call *ast.CallExpr, depth int, in *env) map[int]string {
	sf := c.ssaFuncs[fn]
	if sf == nil {
		return nil
	}
	args := map[int]string{}
	for i := range sf.Params {
		a := c.argExpr(call, i)
		if a == nil {
			continue
		}
		if t := c.pass.TypesInfo.TypeOf(a); t == nil || !isString(t) {
			continue
		}
		if p, whole := c.prefix(a, 0, depth+1, in); whole {
			args[i] = p
		}
	}
	return args
}

// foldedPrefix returns the leading text of result index of the helper fn
// called with args, and whether it is the whole value; ok is false when fn
// is not a function of the package.
func (c *checker) foldedPrefix(fn *types.Func, index int, args map[int]string) (string, bool, bool) {
	sf := c.ssaFuncs[fn]
	if sf == nil {
		return "", false, false
	}
	p, w := c.fold(sf, index, args, 0)
	return p, w, true
}

type foldKey struct {
	fn    *ssa.Function
	index int
	args  string
}

func (c *checker) fold(fn *ssa.Function, index int, args map[int]string, depth int) (string, bool) {
	if depth > maxTrace {
		return "", false
	}
	key := foldKey{fn, index, argsKey(args)}
	if r, ok := c.folded[key]; ok {
		return r.text, r.whole
	}
	c.folded[key] = prefixResult{} // a cycle: unknown
	f := &folder{c: c, fn: fn, args: args, depth: depth}
	f.reach()
	var vals []prefixResult
	for _, b := range fn.Blocks {
		if !f.live[b] {
			continue
		}
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || index >= len(ret.Results) {
			continue
		}
		if k, ok := ret.Results[index].(*ssa.Const); ok && k.IsNil() {
			continue
		}
		p, w := f.value(ret.Results[index], 0)
		vals = append(vals, prefixResult{p, w})
	}
	r := commonOf(vals)
	c.folded[key] = r
	return r.text, r.whole
}

func argsKey(args map[int]string) string {
	var ks []int
	for k := range args {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	var b strings.Builder
	for _, k := range ks {
		fmt.Fprintf(&b, "%d=%q;", k, args[k])
	}
	return b.String()
}

// commonOf is the text all values start with; empty strings do not count
// unless every value is one (see commonPrefix).
func commonOf(vals []prefixResult) prefixResult {
	var live []prefixResult
	for _, v := range vals {
		if !(v.whole && v.text == "") {
			live = append(live, v)
		}
	}
	if len(live) == 0 {
		return prefixResult{"", len(vals) > 0}
	}
	r := live[0]
	for _, v := range live[1:] {
		if v.text != r.text || !v.whole {
			r.whole = false
		}
		n := 0
		for n < len(r.text) && n < len(v.text) && r.text[n] == v.text[n] {
			n++
		}
		r.text = r.text[:n]
	}
	return r
}

// folder evaluates the values of one function called with constant text.
type folder struct {
	c     *checker
	fn    *ssa.Function
	args  map[int]string
	depth int
	live  map[*ssa.BasicBlock]bool
	edges map[[2]*ssa.BasicBlock]bool // the edges that can be taken
}

// reach finds the blocks that can run: an if whose condition the arguments
// decide goes one way.
func (f *folder) reach() {
	f.live = map[*ssa.BasicBlock]bool{}
	f.edges = map[[2]*ssa.BasicBlock]bool{}
	if len(f.fn.Blocks) == 0 {
		return
	}
	work := []*ssa.BasicBlock{f.fn.Blocks[0]}
	f.live[f.fn.Blocks[0]] = true
	for len(work) > 0 {
		b := work[len(work)-1]
		work = work[:len(work)-1]
		succs := b.Succs
		if iff, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && len(succs) == 2 {
			if v, known := f.truth(iff.Cond); known {
				if v {
					succs = succs[:1]
				} else {
					succs = succs[1:]
				}
			}
		}
		for _, s := range succs {
			f.edges[[2]*ssa.BasicBlock{b, s}] = true
			if !f.live[s] {
				f.live[s] = true
				work = append(work, s)
			}
		}
	}
}

// truth evaluates a condition that compares known text.
func (f *folder) truth(v ssa.Value) (bool, bool) {
	switch v := v.(type) {
	case *ssa.BinOp:
		if v.Op != token.EQL && v.Op != token.NEQ {
			return false, false
		}
		x, wx := f.value(v.X, 0)
		y, wy := f.value(v.Y, 0)
		if !wx || !wy {
			return false, false
		}
		return (x == y) == (v.Op == token.EQL), true
	case *ssa.UnOp:
		if v.Op == token.NOT {
			b, known := f.truth(v.X)
			return !b, known
		}
	}
	return false, false
}

// value returns the leading text of v and whether it is the whole value.
func (f *folder) value(v ssa.Value, depth int) (string, bool) {
	if depth > maxTrace {
		return "", false
	}
	switch v := v.(type) {
	case *ssa.Const:
		if v.Value != nil && v.Value.Kind() == constant.String {
			return constant.StringVal(v.Value), true
		}
	case *ssa.Parameter:
		if s, ok := f.args[paramIndex(f.fn, v)]; ok {
			return s, true
		}
	case *ssa.BinOp:
		if v.Op == token.ADD {
			p, w := f.value(v.X, depth+1)
			if !w {
				return p, false
			}
			q, w := f.value(v.Y, depth+1)
			return p + q, w
		}
	case *ssa.Phi:
		var vals []prefixResult
		for i, e := range v.Edges {
			if i < len(v.Block().Preds) && !f.edges[[2]*ssa.BasicBlock{v.Block().Preds[i], v.Block()}] {
				continue
			}
			p, w := f.value(e, depth+1)
			vals = append(vals, prefixResult{p, w})
		}
		r := commonOf(vals)
		return r.text, r.whole
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return f.call(call, v.Index, depth)
		}
	case *ssa.Call:
		return f.call(v, 0, depth)
	case *ssa.ChangeType:
		return f.value(v.X, depth+1)
	case *ssa.MakeInterface:
		return f.value(v.X, depth+1)
	}
	return "", false
}

func (f *folder) call(call *ssa.Call, index, depth int) (string, bool) {
	callee := call.Call.StaticCallee()
	if callee == nil {
		return "", false
	}
	args := call.Call.Args
	if obj, ok := callee.Object().(*types.Func); ok {
		switch obj.FullName() {
		case "fmt.Sprintf":
			if len(args) == 2 {
				return f.sprintf(args[0], args[1], depth)
			}
			return "", false
		case "strings.TrimPrefix", "strings.TrimSuffix":
			s, w := f.value(args[0], depth+1)
			cut, wc := f.value(args[1], depth+1)
			if !w || !wc {
				return "", false
			}
			if obj.Name() == "TrimPrefix" {
				return strings.TrimPrefix(s, cut), true
			}
			return strings.TrimSuffix(s, cut), true
		}
	}
	if !f.c.own[origin(callee)] {
		return "", false
	}
	bound := map[int]string{}
	for i, a := range args {
		if s, w := f.value(a, depth+1); w {
			bound[i] = s
		}
	}
	return f.c.fold(origin(callee), index, bound, f.depth+1)
}

// sprintf formats with %s and %v as far as the text is known.
func (f *folder) sprintf(format, packed ssa.Value, depth int) (string, bool) {
	fs, w := f.value(format, depth+1)
	if !w {
		return "", false
	}
	vals := variadic(packed)
	return formatText(fs, len(vals), func(i int) (string, bool) {
		if vals[i] == nil {
			return "", false
		}
		return f.value(vals[i], depth+1)
	})
}

// variadic returns the values packed into the slice of a variadic call, by index.
func variadic(v ssa.Value) []ssa.Value {
	s, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var out []ssa.Value
	for _, r := range usefulRefs(a) {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		k, ok := ia.Index.(*ssa.Const)
		if !ok {
			continue
		}
		i := int(k.Int64())
		for _, r := range usefulRefs(ia) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				for len(out) <= i {
					out = append(out, nil)
				}
				out[i] = unwrap(st.Val)
			}
		}
	}
	return out
}
