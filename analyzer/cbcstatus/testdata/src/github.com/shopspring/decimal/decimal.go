// Package decimal is a stub of github.com/shopspring/decimal: the type the SDK models use.
package decimal

import "math/big"

type Decimal struct {
	value *big.Int
	exp   int32
}
