// Package cbccodes names the CBC error codes a billing service reacts to.
package cbccodes

const prefix = "CBC."

const (
	InsufficientBalance   = "CBC.5003"
	PaymentProcessing     = "CBC.99000088"
	TokenExpired          = prefix + "0154"
	Throttled             = prefix + "0250"
	PartialFailure        = "CBC.5020"
	ResourcesUnsubscribed = "CBC.3124"
)

// Code is a typed error code.
type Code string

const OrderStatusChanged Code = "CBC.99003106"
