package cbcstatus

// SetMaxRounds sets the round limit of a cycle's fixed point and returns
// the limit it replaced.
func SetMaxRounds(n int) int {
	old := maxRounds
	maxRounds = n
	return old
}
