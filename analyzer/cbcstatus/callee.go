package cbcstatus

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// callee returns the function a call calls, seen through the synthetic
// wrappers of method values and method expressions: a bound method wrapper
// (inspect := v.readErrors; inspect(body)) resolves to the method, whose
// receiver is the bound value, so the call's arguments are the method's
// parameters from 1 on (shift 1); a thunk or an interface-method wrapper
// ((*T).m as a function value) resolves to the method with the same
// parameters. nil when the call is dynamic.
func (c *checker) callee(common *ssa.CallCommon) (fn *ssa.Function, shift int) {
	fn = common.StaticCallee()
	if fn == nil || fn.Synthetic == "" {
		return fn, 0
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Signature().Recv() == nil {
		return fn, 0
	}
	method := c.ssaFuncs[obj.Origin()]
	if method == nil {
		method = fn.Prog.FuncValue(obj.Origin())
	}
	if method == nil || method == fn {
		return fn, 0
	}
	if len(fn.FreeVars) == 1 && fn.Signature.Params().Len() == obj.Signature().Params().Len() {
		return method, 1 // a bound method wrapper: the receiver is its free variable
	}
	if fn.Signature.Params().Len() == obj.Signature().Params().Len()+1 {
		return method, 0 // a thunk: the receiver is the first parameter
	}
	return fn, 0
}
