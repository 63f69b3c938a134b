package cbcstatus

import (
	"cmp"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// Calls by name, as staticcheck's irutil.CallName: one place
// that says which function a call calls, so that no check matches the text
// of FullName() by itself.

// callName is the full name of fn's declared function or method:
// "fmt.Sprintf", "(*net/url.URL).String"; "" for a function literal.
func callName(fn *ssa.Function) string {
	if obj := funcObj(fn); obj != nil {
		return funcName(obj)
	}
	return ""
}

// funcObj is the declared function or method fn is (or instantiates); nil
// for a function literal, a wrapper, or nil.
func funcObj(fn *ssa.Function) *types.Func {
	if fn == nil {
		return nil
	}
	obj, _ := origin(fn).Object().(*types.Func)
	return obj
}

// funcName is the full name of a declared function or method, the key of
// the table of library functions (libraryCalls) and what decode and renders
// match.
func funcName(fn *types.Func) string { return fn.Origin().FullName() }

// callee returns the function a call calls: a function or method called
// directly, through a method value (c.post, whose receiver is bound) or a
// method expression ((*Client).post); nil for an interface method or an
// unknown function value.
func callee(call ssa.CallInstruction) *ssa.Function {
	fn, _ := calleeArgs(call)
	return fn
}

// calleeArgs returns callee(call) and the arguments it is handed, a bound
// receiver first.
func calleeArgs(call ssa.CallInstruction) (*ssa.Function, []ssa.Value) {
	common := call.Common()
	switch v := common.Value.(type) { // of an interface method, the receiver
	case *ssa.Function:
		return methodOf(v), common.Args // of a method expression, the receiver is the first argument
	case *ssa.MakeClosure:
		fn := v.Fn.(*ssa.Function)
		if m := methodOf(fn); m != fn && len(v.Bindings) == 1 {
			return m, append([]ssa.Value{v.Bindings[0]}, common.Args...) // a method value
		}
		return fn, common.Args
	}
	return nil, nil
}

// methodOf returns the method a bound-method or thunk wrapper calls, when
// the package declares it with a body in SSA form; else fn itself.
func methodOf(fn *ssa.Function) *ssa.Function {
	obj, ok := fn.Object().(*types.Func)
	if fn.Synthetic == "" || fn.Signature.Recv() != nil || !ok || obj.Signature().Recv() == nil {
		return fn
	}
	return cmp.Or(fn.Prog.FuncValue(obj), fn)
}
