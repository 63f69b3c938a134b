package cbcswitch

import (
	"fmt"
	"slices"
	"strings"

	"github.com/cbclint/cbclint/catalog"
	"github.com/cbclint/cbclint/internal/config"
)

// The critical setting is cbcswitch's: it applies it while the settings are
// resolved, so that a bad change is reported with the other bad settings, and
// the catalog every check sees has the critical set the user chose.
func init() {
	config.AddResolver(func(s *config.Settings, r *config.Resolved) error {
		cat, err := applyCritical(r.Catalog, s.Critical)
		if err == nil {
			r.Catalog = cat
		}
		return err
	})
}

// applyCritical applies changes to the critical set: "+CBC.x" (everywhere),
// "+CBC.x:topic|topic" (where the dispatch handles one of those topics) and
// "-CBC.x". Codes must be in the catalog.
func applyCritical(cat *catalog.Catalog, changes []string) (*catalog.Catalog, error) {
	if len(changes) == 0 {
		return cat, nil
	}
	set := map[string]*catalog.Critical{}
	for _, ch := range changes {
		code, crit, err := parseCriticalChange(cat, ch)
		if err != nil {
			return nil, err
		}
		set[code] = crit
	}
	return cat.WithCritical(set), nil
}

func parseCriticalChange(cat *catalog.Catalog, ch string) (string, *catalog.Critical, error) {
	fail := func(format string, args ...any) (string, *catalog.Critical, error) {
		return "", nil, fmt.Errorf("critical %q: %s", ch, fmt.Sprintf(format, args...))
	}
	ch = strings.TrimSpace(ch)
	if ch == "" || (ch[0] != '+' && ch[0] != '-') {
		return fail(`write "+CBC.x" to add a code everywhere, "+CBC.x:topic|topic" to add it for topics, "-CBC.x" to remove it`)
	}
	add := ch[0] == '+'
	code, topicList, scoped := strings.Cut(ch[1:], ":")
	if _, ok := cat.Lookup(code); !ok {
		if norm, ok := catalog.Normalize(code); ok && norm != code {
			return fail("write the code as %s", norm)
		}
		return fail("unknown code %s (add it with catalog-file first)", code)
	}
	if !add {
		if scoped {
			return fail(`"-" removes a code from the critical set entirely; it takes no topics`)
		}
		return code, nil, nil
	}
	// The reason is printed in findings: say what the code means.
	e, _ := cat.Lookup(code)
	crit := &catalog.Critical{Reason: strings.TrimSuffix(e.Meaning(), ".") + "; critical by configuration"}
	if known := cat.Critical(code); known != nil {
		crit.Reason, crit.Evidence = known.Reason, known.Evidence
	}
	if scoped {
		for _, t := range strings.Split(topicList, "|") {
			if !slices.Contains(catalog.Topics(), t) {
				return fail("unknown topic %q (topics: %s)", t, strings.Join(catalog.Topics(), ", "))
			}
			crit.When = append(crit.When, t)
		}
	}
	return code, crit, nil
}
