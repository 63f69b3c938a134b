package cbcstatus

import (
	"go/constant"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"
)

// Which parameter a URL comes from. When a function sends a request to a URL
// it does not know, the URL is one of its parameters, or is built from one
// (base + path, fmt.Sprintf("%s/...", base), url.Parse(base), a request built
// from it, a request whose GetUrl() method returns it): its callers know it.

// maxTrace bounds the nesting of values a URL is followed through.
const maxTrace = 32

// urlParam returns the parameter of fn the URL, request or reply v is built
// from, or -1.
func (c *checker) urlParam(fn *ssa.Function, v ssa.Value, depth int) int {
	if v == nil || depth > maxTrace {
		return -1
	}
	switch v := v.(type) {
	case *ssa.Parameter:
		return paramIndex(fn, v)
	case *ssa.FreeVar:
		return freeVarParam(fn, v)
	case *ssa.Alloc:
		return c.storedParam(fn, v, depth)
	case *ssa.BinOp:
		if v.Op == token.ADD {
			return c.urlParam(fn, v.X, depth+1)
		}
	case *ssa.Phi:
		p := -1
		for _, e := range v.Edges {
			if k, ok := e.(*ssa.Const); ok && (k.IsNil() || k.Value != nil && k.Value.Kind() == constant.String && constant.StringVal(k.Value) == "") {
				continue
			}
			q := c.urlParam(fn, e, depth+1)
			if q < 0 || p >= 0 && q != p {
				return -1
			}
			p = q
		}
		return p
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			return c.callURLParam(fn, call, v.Index, depth)
		}
	case *ssa.Call:
		return c.callURLParam(fn, v, 0, depth)
	case *ssa.ChangeType:
		return c.urlParam(fn, v.X, depth+1)
	case *ssa.MakeInterface:
		return c.urlParam(fn, v.X, depth+1)
	case *ssa.Convert:
		return c.urlParam(fn, v.X, depth+1)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			switch x := v.X.(type) {
			case *ssa.Alloc:
				return c.storedParam(fn, x, depth)
			case *ssa.FreeVar:
				return freeVarParam(fn, x)
			}
		}
	}
	return -1
}

// A closure's URL may come from a variable it captures: its parameter
// number is then freeVarBase minus the free variable's index, and the call
// that makes the closure says which value that is.
const freeVarBase = -2

func freeVarParam(fn *ssa.Function, v *ssa.FreeVar) int {
	for i, f := range fn.FreeVars {
		if f == v {
			return freeVarBase - i
		}
	}
	return -1
}

// storedParam is urlParam for a local variable: the one value stored in it.
func (c *checker) storedParam(fn *ssa.Function, a *ssa.Alloc, depth int) int {
	p := -1
	for _, r := range usefulRefs(a) {
		st, ok := r.(*ssa.Store)
		if !ok || st.Addr != a {
			continue
		}
		q := c.urlParam(fn, st.Val, depth+1)
		if q < 0 || p >= 0 && q != p {
			return -1
		}
		p = q
	}
	return p
}

// urlFuncs are the functions whose result k keeps the host of an argument
// (SSA index, a method's receiver first).
var urlFuncs = map[string]int{
	"(*net/url.URL).String":   0,
	"strings.TrimSuffix":      0,
	"strings.TrimRight":       0,
	"strings.TrimSpace":       0,
	"net/url.JoinPath":        0,
	"(*net/url.URL).Parse":    0,
	"(*net/url.URL).JoinPath": 0,
}

func (c *checker) callURLParam(fn *ssa.Function, call *ssa.Call, k, depth int) int {
	common := call.Common()
	args := common.Args
	if common.IsInvoke() {
		// req.GetUrl(): a request that carries its URL.
		if k == 0 && len(args) == 0 && isString(common.Signature().Results().At(0).Type()) && strings.Contains(strings.ToLower(common.Method.Name()), "url") {
			return c.urlParam(fn, common.Value, depth+1)
		}
		return -1
	}
	callee := common.StaticCallee()
	if callee == nil {
		return -1
	}
	obj, _ := origin(callee).Object().(*types.Func)
	if obj == nil {
		return -1
	}
	name := obj.FullName()
	if name == "fmt.Sprintf" {
		if len(args) < 2 || !leadingVerb(args[0]) {
			return -1
		}
		return c.urlParam(fn, firstVariadic(args[1]), depth+1)
	}
	if i, ok := urlFuncs[name]; ok && i < len(args) {
		return c.urlParam(fn, args[i], depth+1)
	}
	if lib, ok := libraryCall(obj); ok {
		return c.urlParam(fn, urlArg(call, obj, lib), depth+1)
	}
	if obj.Signature().Recv() != nil && k == 0 && len(args) == 1 && isString(call.Type()) && strings.Contains(strings.ToLower(obj.Name()), "url") {
		return c.urlParam(fn, args[0], depth+1) // a method of the request that returns its URL
	}
	if s, ok := c.summaryOf(callee); ok {
		if j, ok := s.urlOf[k]; ok && j < len(args) {
			return c.urlParam(fn, args[j], depth+1)
		}
		for _, l := range s.leads {
			if l.Result == k && l.Param >= 0 && l.Param < len(args) {
				return c.urlParam(fn, args[l.Param], depth+1)
			}
		}
	}
	return -1
}

// leadingVerb reports whether the format v starts with %s or %v.
func leadingVerb(v ssa.Value) bool {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.String {
		return false
	}
	f := constant.StringVal(k.Value)
	return strings.HasPrefix(f, "%s") || strings.HasPrefix(f, "%v")
}

// firstVariadic returns the first value packed into the slice of a variadic call.
func firstVariadic(v ssa.Value) ssa.Value {
	s, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	a, ok := s.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	for _, r := range usefulRefs(a) {
		ia, ok := r.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		if k, ok := ia.Index.(*ssa.Const); !ok || k.Int64() != 0 {
			continue
		}
		for _, r := range usefulRefs(ia) {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				return unwrap(st.Val)
			}
		}
	}
	return nil
}

// urlResults records in s the results of fn that carry the URL of a
// parameter: a URL built from it, or a request (a struct whose URL field
// holds it) returned.
func (c *checker) urlResults(fn *ssa.Function, s *summary) {
	res := fn.Signature.Results()
	for k := range res.Len() {
		t := res.At(k).Type()
		if !isString(t) && structOf(t) == nil && !check_isInterface(t) {
			continue
		}
		p := -1
		ok := true
		for _, b := range fn.Blocks {
			ret, isRet := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
			if !isRet || k >= len(ret.Results) {
				continue
			}
			v := unwrap(ret.Results[k])
			if k, isConst := v.(*ssa.Const); isConst && k.IsNil() {
				continue
			}
			q := c.urlParam(fn, v, 0)
			if q < 0 {
				if a, isAlloc := v.(*ssa.Alloc); isAlloc {
					q = c.urlField(fn, a)
				}
			}
			if q < 0 || p >= 0 && q != p {
				ok = false
				break
			}
			p = q
		}
		if ok && p >= 0 {
			s.urlOf[k] = p
		}
	}
}

// urlField returns the parameter stored into the URL field of a struct
// built in fn (&JsonBaseRequest{url: url}).
func (c *checker) urlField(fn *ssa.Function, a *ssa.Alloc) int {
	st := structOf(a.Type())
	if st == nil {
		return -1
	}
	for _, r := range usefulRefs(a) {
		fa, ok := r.(*ssa.FieldAddr)
		if !ok || !isString(st.Field(fa.Field).Type()) {
			continue
		}
		name := strings.ToLower(st.Field(fa.Field).Name())
		if !strings.Contains(name, "url") && !strings.Contains(name, "endpoint") {
			continue
		}
		for _, r := range usefulRefs(fa) {
			if store, ok := r.(*ssa.Store); ok && store.Addr == fa {
				if p := c.urlParam(fn, store.Val, 0); p >= 0 {
					return p
				}
			}
		}
	}
	return -1
}

func check_isInterface(t types.Type) bool {
	_, ok := t.Underlying().(*types.Interface)
	return ok
}
