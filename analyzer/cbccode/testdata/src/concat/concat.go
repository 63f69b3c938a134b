package concat

const prefix = "CBC."

const (
	insufficientBalance = prefix + "5003"          // a known code: fine
	unsubscribeBusy     = prefix + "99003615"      // want `unknown CBC error code CBC.99003615: did you mean CBC.99003651 .*\(the value of this constant expression\)`
	throttled           = ("cbc" + ".") + ("0250") // want `malformed CBC error code "cbc.0250": CBC sends CBC.0250 .*\(the value of this constant expression\)`
	message             = "payment failed: " + prefix + "5003"
	badMessage          = "payment failed: " + prefix + "5030" // want `unknown CBC error code CBC.5030: did you mean CBC.5003 \(Insufficient balance\)\? If CBC does send CBC.5030, add it to a catalog file \(-catalog-file\) \(the value of this constant expression\)`
)

// Not constant: nothing to check.
func codeOf(n string) string { return prefix + n }

var _ = []string{insufficientBalance, unsubscribeBusy, throttled, message, badMessage}
