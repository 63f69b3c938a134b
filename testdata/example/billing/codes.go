// Package billing is a small CBC client with the bugs cbclint finds. Run
// `make example` at the repository root to see them reported.
package billing

// Error codes this client reacts to. Two of them are mistyped.
const (
	CodeInsufficientBalance = "CBC.5003"
	CodeThrottled           = "cbc.0250"     // wrong case: CBC sends "CBC.0250"
	CodeUnsubscribeBusy     = "CBC.99003615" // digits swapped: CBC.99003651
	CodePaymentProcessing   = "CBC.99000088"
)

// describe turns an error code into a note for the operator.
func describe(code string) string {
	switch code {
	case CodeInsufficientBalance:
		return "top up the partner account"
	case "CBC.O150": // letter O instead of zero
		return "the customer does not belong to this site"
	}
	return "failed with " + code
}
