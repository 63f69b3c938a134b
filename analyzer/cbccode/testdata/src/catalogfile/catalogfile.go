// Package catalogfile: a code from the user's catalog file is known, and is offered as a neighbour.
package catalogfile

const (
	quota    = "CBC.99009999"
	quotaTyp = "CBC.99009990" // want `unknown CBC error code CBC.99009990: did you mean CBC.99009999 \(Contract quota exhausted\)\?`
)
