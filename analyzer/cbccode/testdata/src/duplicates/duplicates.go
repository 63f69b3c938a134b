// Package duplicates holds dispatches whose misspelt codes cannot be fixed
// without making two cases of a switch, keys of a map literal or comparisons
// in a chain of || equal: the file would not compile, or not pass go vet.
// Those findings come without a fix and say what to do; the others are fixed.
package duplicates

import "errors"

// ServiceResponseError has the fields of the SDK's sdkerr.ServiceResponseError
// that a dispatch reads.
type ServiceResponseError struct {
	StatusCode   int
	ErrorCode    string
	ErrorMessage string
}

func (e *ServiceResponseError) Error() string { return e.ErrorMessage }

var (
	ErrTopUp     = errors.New("top up the account")
	ErrThrottled = errors.New("throttled")
	ErrPartial   = errors.New("partial failure")
)

// payError: the misspelling sits beside the code it means.
func payError(se *ServiceResponseError) error {
	switch se.ErrorCode {
	case "CBC.5003", "CBC.50O3": // want `malformed CBC error code "CBC.50O3": CBC sends CBC.5003 \(Insufficient balance\), so this never matches; this switch already has the case "CBC.5003" \(line 28\), so this case is dead: delete it`
		return ErrTopUp
	case "cbc.0250": // want `malformed CBC error code "cbc.0250": CBC sends CBC.0250`
		return ErrThrottled
	}
	return se
}

// renewError: the misspelling is a case of its own, and an unknown code whose
// only near code is handled already (no fix: it may be a real code).
func renewError(se *ServiceResponseError) error {
	switch se.ErrorCode {
	case "CBC.5020":
		return ErrPartial
	case "CBC.5003":
		return ErrTopUp
	case "CBC.5030": // want `unknown CBC error code CBC.5030: did you mean CBC.5003 \(Insufficient balance\)\? If CBC does send CBC.5030, add it to a catalog file \(-catalog-file\)$`
		return ErrTopUp
	}
	return se
}

// Two misspellings of one code: fixing both would make them equal, so neither
// is fixed.
func throttled(se *ServiceResponseError) bool {
	switch se.ErrorCode {
	case "cbc.0250", // want `malformed CBC error code "cbc.0250": CBC sends CBC.0250 \(Connection request control triggered\), so this never matches; the case "CBC.O250" \(line 55\) stands for "CBC.0250" too: keep one of the two, written "CBC.0250"`
		"CBC.O250": // want `malformed CBC error code "CBC.O250": CBC sends CBC.0250 .*; the case "cbc.0250" \(line 54\) stands for "CBC.0250" too: keep one of the two, written "CBC.0250"`
		return true
	}
	return false
}

// Of two equally close codes, neither is a fix: the one not handled yet is not
// offered in place of the one handled already.
func partial(se *ServiceResponseError) bool {
	switch se.ErrorCode {
	case "CBC.0250":
		return false
	case "CBC.0520": // want `unknown CBC error code CBC.0520: 2 documented codes are equally close: CBC.0250 \(Connection request control triggered\) or CBC.5020 \(Partial failure\); pick the one CBC returns, or if CBC does send CBC.0520, add it to a catalog file \(-catalog-file\)$`
		return true
	}
	return false
}

// Map keys: a misspelt key beside the right one, and one that is safe to fix.
var advice = map[string]string{
	"CBC.5003":     "top up the account",
	"cbc.5003":     "top up the account", // want `malformed CBC error code "cbc.5003": CBC sends CBC.5003 .*; this map literal already has the key "CBC.5003" \(line 75\), so this entry is dead: delete it`
	"CBC.99000808": "never pay again",    // want `unknown CBC error code CBC.99000808: did you mean CBC.99000088`
}

// Constants: the literal is fixed where the constant is declared, so a
// constant used beside the code it means keeps its finding but loses its fix.
const (
	CodeBalance     = "CBC.5003"
	CodeBalanceTypo = "CBC.50O3" // want `malformed CBC error code "CBC.50O3": CBC sends CBC.5003 .*; this switch already has the case CodeBalance \(line 92\), so this case is dead: delete it`
	CodeThrottled   = "CBC.0250"
)

type Code string

func balanceError(code Code) error {
	switch code {
	case CodeBalance, Code(CodeBalanceTypo):
		return ErrTopUp
	}
	return nil
}

// In a chain of || (or of &&), a fix that makes two comparisons of one
// expression equal leaves a redundant one, which go vet rejects; no such fix
// is offered. Comparisons of other expressions, and the conditions of a
// tagless switch, may repeat: they are fixed.
func balanceErrorIf(code string, se *ServiceResponseError) bool {
	switch {
	case code == "CBC.5003" || code == "CBC-5003": // want `malformed CBC error code "CBC-5003": CBC sends CBC.5003 \(Insufficient balance\), so this never matches; this condition already has the comparison code == "CBC.5003" \(line 104\), so this comparison is dead: delete it`
		return true
	case code == "CBC.5003" || se.ErrorCode == "cbc.5003": // want `malformed CBC error code "cbc.5003": CBC sends CBC.5003`
		return true
	case code == "CBC_5003": // want `malformed CBC error code "CBC_5003": CBC sends CBC.5003`
		return true
	}
	if code != "cbc.0250" && code != "CBC-0250" { // want `malformed CBC error code "cbc.0250": CBC sends CBC.0250 .*; the comparison code != "CBC-0250" \(line 111\) stands for "CBC.0250" too: keep one of the two, written "CBC.0250"` `malformed CBC error code "CBC-0250": CBC sends CBC.0250 .*; the comparison code != "cbc.0250" \(line 111\) stands for "CBC.0250" too: keep one of the two, written "CBC.0250"`
		return false
	}
	return code == CodeThrottled
}
