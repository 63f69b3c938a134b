package cbcswitch

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strconv"

	"golang.org/x/tools/go/analysis"

	"github.com/cbclint/cbclint/internal/check"
)

// codeText is how a new case or branch writes code: by the name the package
// already gives it (CodeThrottled, or cbccodes.Throttled from a package the
// file imports), so the fix reads like the code around it, or else as a
// literal. The constant must fit the operand's type and its name must mean
// the constant where the fix puts it (not shadowed there).
func codeText(pass *analysis.Pass, code string, operand types.Type, at token.Pos) string {
	if _, generic := operand.(*types.TypeParam); !generic {
		if name := constantFor(pass, code, operand, at); name != "" {
			return name
		}
	}
	return strconv.Quote(code)
}

// constantFor returns the name of a constant of the package, or an exported
// one of a package the file at imports, whose value is code; "" if none.
// Of several, the package's own come first, then by name.
func constantFor(pass *analysis.Pass, code string, operand types.Type, at token.Pos) string {
	scope := pass.Pkg.Scope().Innermost(at)
	if scope == nil {
		return ""
	}
	fits := func(c *types.Const) bool {
		return c.Val().Kind() == constant.String && constant.StringVal(c.Val()) == code && types.AssignableTo(c.Type(), operand)
	}
	if name := firstConst(pass.Pkg.Scope(), fits, false); name != "" {
		if _, obj := scope.LookupParent(name, at); obj == pass.Pkg.Scope().Lookup(name) {
			return name
		}
	}
	file := check.FileAt(pass, at)
	if file == nil {
		return ""
	}
	for _, imp := range file.Imports {
		pkgName := pass.TypesInfo.PkgNameOf(imp)
		if pkgName == nil || pkgName.Name() == "_" || pkgName.Name() == "." {
			continue
		}
		name := firstConst(pkgName.Imported().Scope(), fits, true)
		if _, obj := scope.LookupParent(pkgName.Name(), at); name != "" && obj == pkgName {
			return pkgName.Name() + "." + name
		}
	}
	return ""
}

// firstConst returns the first name, in order, of a constant in scope that
// fits; only exported ones when exported is set.
func firstConst(scope *types.Scope, fits func(*types.Const) bool, exported bool) string {
	names := scope.Names() // sorted
	i := slices.IndexFunc(names, func(name string) bool {
		c, ok := scope.Lookup(name).(*types.Const)
		return ok && (!exported || token.IsExported(name)) && fits(c)
	})
	if i < 0 {
		return ""
	}
	return names[i]
}
