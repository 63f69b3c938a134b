// Package generics: codes compared with values of a type parameter are checked too.
package generics

type Code interface{ ~string }

func retryable[C Code](c C) bool {
	switch c {
	case "CBC.0250", "CBC.99003615": // want `unknown CBC error code CBC.99003615: did you mean CBC.99003651`
		return true
	}
	return c == "cbc.0250" // want `malformed CBC error code "cbc.0250"`
}
