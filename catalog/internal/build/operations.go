package build

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/cbclint/cbclint/catalog"
)

// The SDK whose sources the operations table is read from, at catalog.SDKVersion.
// It is read as source text, never imported, so it is not a dependency of cbclint.
const sdkModule = "github.com/huaweicloud/huaweicloud-sdk-go-v3"

// sdkServices are the SDK's CBC services: the Chinese site's and the international site's.
var sdkServices = []string{"bss", "bssintl"}

// SDKDir downloads the SDK through the module proxy (or finds it in the module
// cache) and returns the directory of its sources.
func SDKDir() (string, error) {
	out, err := exec.Command("go", "mod", "download", "-json", sdkModule+"@"+catalog.SDKVersion).Output()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			err = fmt.Errorf("%v: %s%s", err, ee.Stderr, out)
		}
		return "", fmt.Errorf("go mod download %s@%s: %v", sdkModule, catalog.SDKVersion, err)
	}
	var mod struct{ Dir, Error string }
	if err := json.Unmarshal(out, &mod); err != nil {
		return "", err
	}
	if mod.Error != "" || mod.Dir == "" {
		return "", fmt.Errorf("go mod download %s@%s: %s", sdkModule, catalog.SDKVersion, mod.Error)
	}
	return mod.Dir, nil
}

// Operations returns operations.json: every operation of the SDK's CBC
// services found under sdkDir, sorted by service then name.
func Operations(sdkDir string) ([]byte, error) {
	var ops []catalog.Operation
	for _, svc := range sdkServices {
		more, err := serviceOperations(filepath.Join(sdkDir, "services", svc, "v2"), svc)
		if err != nil {
			return nil, fmt.Errorf("service %s: %v", svc, err)
		}
		ops = append(ops, more...)
	}
	slices.SortFunc(ops, func(a, b catalog.Operation) int {
		return cmp.Or(cmp.Compare(a.Service, b.Service), cmp.Compare(a.Name, b.Name))
	})
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(ops); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// serviceOperations reads one service: its request definitions (the
// GenReqDefForXxx functions of *_meta.go), its client's methods, and its models.
func serviceOperations(dir, service string) ([]catalog.Operation, error) {
	fset := token.NewFileSet()
	files, err := parseDir(fset, dir)
	if err != nil {
		return nil, err
	}
	models, err := parseDir(fset, filepath.Join(dir, "model"))
	if err != nil {
		return nil, err
	}
	structs := structTypes(models)
	requests := clientRequests(files)
	var ops []catalog.Operation
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "GenReqDefFor") {
				continue
			}
			op := catalog.Operation{Service: service, Name: strings.TrimPrefix(fn.Name.Name, "GenReqDefFor")}
			readRequestDef(fn.Body, &op)
			op.Request = requests[op.Name]
			if op.Method == "" || op.Path == "" || op.Request == "" || op.Response == "" {
				return nil, fmt.Errorf("%s: incomplete operation %+v", fset.Position(fn.Pos()), op)
			}
			if _, ok := structs[op.Response]; !ok {
				return nil, fmt.Errorf("%s: response type %s not found in model", op.Name, op.Response)
			}
			// An empty list rather than null: "this reply carries no error fields".
			op.ErrorFields = append([]string{}, errorFields(structs, op.Response, "", nil)...)
			ops = append(ops, op)
		}
	}
	if len(ops) == 0 {
		return nil, fmt.Errorf("no GenReqDefFor functions in %s", dir)
	}
	return ops, nil
}

func parseDir(fset *token.FileSet, dir string) ([]*ast.File, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	var files []*ast.File
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// readRequestDef reads the builder chain of a GenReqDefForXxx function:
// WithMethod(http.MethodPost), WithPath("..."), WithResponse(new(model.XxxResponse)).
func readRequestDef(body *ast.BlockStmt, op *catalog.Operation) {
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok || len(call.Args) != 1 {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		switch arg := call.Args[0]; sel.Sel.Name {
		case "WithMethod":
			if m, ok := arg.(*ast.SelectorExpr); ok {
				op.Method = strings.ToUpper(strings.TrimPrefix(m.Sel.Name, "Method"))
			}
		case "WithPath":
			if lit, ok := arg.(*ast.BasicLit); ok {
				op.Path, _ = strconv.Unquote(lit.Value)
			}
		case "WithResponse":
			if nw, ok := arg.(*ast.CallExpr); ok && len(nw.Args) == 1 {
				if t, ok := nw.Args[0].(*ast.SelectorExpr); ok {
					op.Response = t.Sel.Name
				}
			}
		}
		return true
	})
}

// clientRequests maps each client method (the operation's name) to the type
// of its request parameter: func (c *BssClient) Xxx(request *model.XxxRequest).
func clientRequests(files []*ast.File) map[string]string {
	out := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || len(fn.Type.Params.List) != 1 {
				continue
			}
			recv, ok := fn.Recv.List[0].Type.(*ast.StarExpr)
			if !ok {
				continue
			}
			if id, ok := recv.X.(*ast.Ident); !ok || !strings.HasSuffix(id.Name, "Client") {
				continue
			}
			if t, ok := fn.Type.Params.List[0].Type.(*ast.StarExpr); ok {
				if sel, ok := t.X.(*ast.SelectorExpr); ok {
					out[fn.Name.Name] = sel.Sel.Name
				}
			}
		}
	}
	return out
}

func structTypes(files []*ast.File) map[string]*ast.StructType {
	out := map[string]*ast.StructType{}
	for _, f := range files {
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok {
				if st, ok := ts.Type.(*ast.StructType); ok {
					out[ts.Name.Name] = st
				}
			}
			return true
		})
	}
	return out
}

// errorFields returns the JSON paths of the error_code and error_msg fields
// reachable from the struct named typ, in field order; a list's elements are
// written "name[]". seen stops at types already on the path (models can nest).
func errorFields(structs map[string]*ast.StructType, typ, prefix string, seen []string) []string {
	st, ok := structs[typ]
	if !ok || slices.Contains(seen, typ) {
		return nil
	}
	seen = append(seen, typ)
	var out []string
	for _, field := range st.Fields.List {
		name := jsonName(field)
		if name == "" {
			continue
		}
		if name == "error_code" || name == "error_msg" {
			out = append(out, prefix+name)
			continue
		}
		elem, list := elemType(field.Type)
		if list {
			name += "[]"
		}
		out = append(out, errorFields(structs, elem, prefix+name+".", seen)...)
	}
	return out
}

// jsonName is the field's name in the JSON body, "" when it has none.
func jsonName(field *ast.Field) string {
	if field.Tag == nil {
		return ""
	}
	tag, err := strconv.Unquote(field.Tag.Value)
	if err != nil {
		return ""
	}
	name, _, _ := strings.Cut(reflect.StructTag(tag).Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// elemType names the model type a field holds (through pointers and slices)
// and says whether it is a list.
func elemType(t ast.Expr) (name string, list bool) {
	for {
		switch x := t.(type) {
		case *ast.StarExpr:
			t = x.X
		case *ast.ArrayType:
			list, t = true, x.Elt
		case *ast.Ident:
			return x.Name, list
		default:
			return "", list
		}
	}
}
