package cbcstatus

import (
	"go/ast"
	"go/types"
	"reflect"
	"strings"
)

// The JSON names under which CBC puts an error into a successful answer.
const (
	errorCodeKey = "error_code"
	errorMsgKey  = "error_msg"
)

// errorFields describes where a response type carries the errors CBC sends with HTTP 200.
type errorFields struct {
	// named are the fields a message tells the user to check: a field whose JSON
	// name is error_code, or a list (or struct) whose elements have one
	// (FailResourceInfos, ErrorDetails).
	named []*types.Var
	// read are the fields whose reading counts as checking: named, and error_msg.
	read map[*types.Var]bool
	// lists is true when a named field is a list of items that may fail one by
	// one: the answer then carries data and failures together.
	lists bool
	// message is the top-level field whose JSON name is error_msg, if any.
	message *types.Var
}

// errorFieldsOf derives the error fields of the struct behind t (through pointers) from its field tags.
func errorFieldsOf(t types.Type) errorFields {
	ef := errorFields{read: map[*types.Var]bool{}}
	st := structOf(t)
	if st == nil {
		return ef
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		switch jsonName(st.Tag(i)) {
		case errorCodeKey:
			ef.named = append(ef.named, f)
			ef.read[f] = true
			continue
		case errorMsgKey:
			ef.read[f] = true
			ef.message = f
			continue
		}
		if isFailureList(f) {
			ef.named = append(ef.named, f)
			ef.read[f] = true
			ef.lists = true
		}
	}
	return ef
}

// names lists the named fields for a message: "FailResourceInfos", "ErrorCode".
func (ef errorFields) names() string {
	var s []string
	for _, f := range ef.named {
		s = append(s, f.Name())
	}
	return strings.Join(s, " and ")
}

// isFailureList reports whether the field f holds items that carry an
// error_code: a list of failed items (FailResourceInfos, ErrorDetails), or a
// struct with one.
func isFailureList(f *types.Var) bool { return hasErrorCode(elemStruct(f.Type())) }

// isErrorField reports whether reading the field f, whose JSON name is name,
// examines CBC's error information: error_code, error_msg, or a failure list.
func isErrorField(f *types.Var, name string) bool {
	return name == errorCodeKey || name == errorMsgKey || isFailureList(f)
}

// carriesErrors reports whether a value of type t (through pointers and lists)
// can hold an error_code.
func carriesErrors(t types.Type) bool {
	return len(errorFieldsOf(t).named) > 0 || hasErrorCode(elemStruct(t))
}

// hasErrorCode reports whether st has a field whose JSON name is error_code.
func hasErrorCode(st *types.Struct) bool {
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		if jsonName(st.Tag(i)) == errorCodeKey {
			return true
		}
	}
	return false
}

// structOf returns the struct type behind t and its pointers.
func structOf(t types.Type) *types.Struct {
	for range 4 {
		if p, ok := types.Unalias(t).Underlying().(*types.Pointer); ok {
			t = p.Elem()
			continue
		}
		break
	}
	st, _ := t.Underlying().(*types.Struct)
	return st
}

// elemStruct returns the struct type of the elements of a list (or the struct)
// behind t and its pointers: FailResourceInfo for *[]FailResourceInfo.
func elemStruct(t types.Type) *types.Struct {
	for range 6 {
		switch u := types.Unalias(t).Underlying().(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Struct:
			return u
		default:
			return nil
		}
	}
	return nil
}

func jsonName(tag string) string {
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	return name
}

// selectedField returns the field a selector expression selects and its JSON
// name, following embedded fields.
func (c *checker) selectedField(sel *ast.SelectorExpr) (*types.Var, string) {
	s := c.pass.TypesInfo.Selections[sel]
	if s == nil || s.Kind() != types.FieldVal {
		return nil, ""
	}
	t := s.Recv()
	idx := s.Index()
	for i, x := range idx {
		st := structOf(t)
		if st == nil || x >= st.NumFields() {
			return nil, ""
		}
		if i == len(idx)-1 {
			return st.Field(x), jsonName(st.Tag(x))
		}
		t = st.Field(x).Type()
	}
	return nil, ""
}
