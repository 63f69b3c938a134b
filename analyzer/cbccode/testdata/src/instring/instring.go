package instring

import "fmt"

func explain(orderID string) string {
	return fmt.Sprintf("order %s: CBC.99000088 means the payment is being processed; CBC.99000808 never comes", orderID) // want `unknown CBC error code CBC.99000808: did you mean CBC.99000088`
}

const hint = `CBC.5003 or CBC.5030: top up` // want `unknown CBC error code CBC.5030: did you mean CBC.5003`

// Only well-formed codes are checked inside longer strings.
const prose = "cbc.5030 and CBC-5030 inside text are not checked"

// The code that stands as a word is fixed, not the same characters inside a
// longer word before it.
const shadowed = "XCBC.5030 or CBC.5030" // want `unknown CBC error code CBC.5030: did you mean CBC.5003`
