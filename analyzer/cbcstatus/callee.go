package cbcstatus

import "golang.org/x/tools/go/ssa"

// calleeShift returns the function a call calls, seen through the synthetic
// wrappers of method values and method expressions (see wrapped), and how
// the call's own arguments line up with its parameters: a bound method
// wrapper (inspect := v.readErrors; inspect(body)) calls the method with the
// bound receiver, so the call's arguments are the method's parameters from 1
// on (shift 1); a method expression's thunk passes the receiver as its first
// argument (shift 0). nil when the call is dynamic.
func calleeShift(common *ssa.CallCommon) (fn *ssa.Function, shift int) {
	fn = common.StaticCallee()
	if fn == nil {
		return nil, 0
	}
	m := wrapped(fn)
	if m == nil {
		return fn, 0
	}
	if len(fn.FreeVars) == 1 {
		return m, 1
	}
	return m, 0
}
