package cbcstatus

// SetMaxRounds sets how many times a function of a cycle may be looked at
// on the way to the fixed point, and returns the limit it replaced.
func SetMaxRounds(n int) int {
	old := maxRounds
	maxRounds = n
	return old
}
