package catalog

import "slices"

// The questions the checks ask about codes. The checks never dig through
// entries themselves, so a user's catalog file changes every answer alike.

// Success returns the code CBC sends when nothing went wrong: the one whose
// action is "success" (CBC.0000); "" if a catalog file took that action away.
func (c *Catalog) Success() string {
	for _, e := range c.entries {
		if e.Action == "success" {
			return e.Code
		}
	}
	return ""
}

// HTTP200Codes returns the error codes that can come with HTTP status 200 (any
// of their sources lists them with 200), sorted; success is no error and is left out.
func (c *Catalog) HTTP200Codes() []string {
	success := c.Success()
	var out []string
	for _, code := range c.codes {
		if code == success {
			continue
		}
		for _, e := range c.All(code) {
			if e.HTTP200 {
				out = append(out, code)
				break
			}
		}
	}
	return out
}

// Twins returns the twins of code over all its entries that are in the catalog, sorted.
func (c *Catalog) Twins(code string) []string {
	var out []string
	for _, e := range c.All(code) {
		for _, t := range e.Twins {
			if _, known := c.byCode[t]; known && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
}

// HasTopic reports whether any entry of code has one of topics.
func (c *Catalog) HasTopic(code string, topics []string) bool {
	for _, e := range c.All(code) {
		for _, t := range e.Topics {
			if slices.Contains(topics, t) {
				return true
			}
		}
	}
	return false
}

// Critical returns the criticality of code, nil if it is not critical: that of
// its first critical entry (a catalog file may mark one meaning of a code with
// several).
func (c *Catalog) Critical(code string) *Critical {
	for _, e := range c.All(code) {
		if e.Critical != nil {
			return e.Critical
		}
	}
	return nil
}

// A Requirement is a critical code that a dispatch must handle.
type Requirement struct {
	Code   string
	Reason string
	// Because is the handled code that makes Code required, for a code critical
	// only where a code of certain topics is handled; empty for one critical everywhere.
	Because string
}

// CriticalFor returns the critical codes that a dispatch handling the codes
// handled (in source order) must handle and does not, sorted by code. For a
// topic-scoped code, Because is the first handled code of one of its topics.
func (c *Catalog) CriticalFor(handled []string) []Requirement {
	var out []Requirement
	for _, code := range c.codes {
		crit := c.Critical(code)
		if crit == nil || slices.Contains(handled, code) {
			continue
		}
		if len(crit.When) == 0 {
			out = append(out, Requirement{Code: code, Reason: crit.Reason})
			continue
		}
		for _, h := range handled {
			if c.HasTopic(h, crit.When) {
				out = append(out, Requirement{Code: code, Reason: crit.Reason, Because: h})
				break
			}
		}
	}
	return out
}

// TopicThrottling is the topic of the codes that say a request was throttled,
// by CBC or by the API gateway in front of it.
const TopicThrottling = "throttling"

// Throttling returns the codes that say a request was throttled, CBC's
// (CBC.0250) and the API gateway's (APIGW.0308, APIG.0308), sorted: one
// concern, which a backoff must handle alike whoever answers.
func (c *Catalog) Throttling() []string {
	var out []string
	for _, code := range c.codes {
		if c.HasTopic(code, []string{TopicThrottling}) {
			out = append(out, code)
		}
	}
	return out
}
