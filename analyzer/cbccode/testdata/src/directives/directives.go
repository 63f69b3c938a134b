package directives

const (
	//cbclint:ignore cbccode the sandbox returns this undocumented code
	sandboxCode = "CBC.99009999"

	legacyCode = "CBC.99009998" //cbclint:ignore cbccode our proxy rewrites it before dispatch

	nolintStyle = "CBC.99009995" //cbclint:ignore cbccode // a reason after "//", as with nolint

	// want +1 `//cbclint:ignore cbccode needs a reason` `unknown CBC error code CBC.99009997`
	noReason = "CBC.99009997" //cbclint:ignore cbccode

	//cbclint:ignore cbccode,cbcstatus stale after the code was fixed // want `//cbclint:ignore directive for cbccode suppresses nothing`
	fixedCode = "CBC.5003"

	//cbclint:ignore cbcode typo in the check name // want `//cbclint:ignore: unknown check "cbcode" \(did you mean cbccode\?\): the directive suppresses nothing`
	typoCheck = "CBC.5020"

	//cbclint:ignore cbcswich,cbcstatus a misspelled check among others // want `unknown check "cbcswich" \(did you mean cbcswitch\?\)`
	typoSwitch = "CBC.5020"

	//cbclint:ignore the sandbox sends it // want `//cbclint:ignore: unknown check "the" \(checks: cbccode, cbcswitch, cbcstatus\)`
	noCheck = "CBC.5020"

	// want +1 `malformed //cbclint:ignore directive: name the checks to ignore \(cbccode, cbcswitch, cbcstatus\) and then the reason`
	empty = "CBC.5020" //cbclint:ignore

	// A directive on a line of its own covers the next line only.
	//cbclint:ignore cbccode covers the blank line below // want `//cbclint:ignore directive for cbccode suppresses nothing`

	tooFar = "CBC.99009996" // want `unknown CBC error code CBC.99009996`
)

var _ = []string{sandboxCode, legacyCode, nolintStyle, noReason, fixedCode, typoCheck, typoSwitch, noCheck, empty, tooFar}
