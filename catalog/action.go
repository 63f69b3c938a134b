package catalog

import "slices"

// An action is what a program calling CBC should do when it gets a code. The
// set is closed: every shipped entry has one, and docs/catalog.md explains each.
var actions = []struct{ name, meaning string }{
	{"success", "the request succeeded"},
	{"retry-later", "throttling or a transient fault: back off and send the same request again later"},
	{"wait", "an operation on the same object is in progress or its result is pending: do not redo it; wait, check its state, then continue"},
	{"refresh-credentials", "the token is invalid or expired: get a new one and send the request again"},
	{"top-up", "the balance, budget or quota the operation draws on is too small: add to it, then try again"},
	{"pay-order", "an unpaid order exists for these resources: pay or cancel that order instead of creating another"},
	{"already-done", "what the request asks for has already happened: treat the goal as reached and do not repeat it"},
	{"inspect-items", "some items of a batch failed: read the per-item results and handle the failed ones"},
	{"fix-request", "the request is wrong (a parameter, ID, format or combination): correct it; sent again unchanged it fails again"},
	{"not-permitted", "the caller, the account or the resources' current state do not allow this operation: do not retry it as is"},
	{"contact-support", "a fault only Huawei Cloud can resolve: retrying does not help; open a ticket"},
}

// Actions returns the names of the actions, in the order docs/catalog.md lists them.
func Actions() []string {
	out := make([]string, len(actions))
	for i, a := range actions {
		out[i] = a.name
	}
	return out
}

// IsAction reports whether name is one of Actions().
func IsAction(name string) bool { return slices.Contains(Actions(), name) }

// ActionMeaning says in a few words what action name asks of the program; "" for an unknown name.
func ActionMeaning(name string) string {
	for _, a := range actions {
		if a.name == name {
			return a.meaning
		}
	}
	return ""
}
