package cbccode

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/cbclint/cbclint/catalog"
)

var update = flag.Bool("update", false, "rewrite the fix-policy table in docs/cbccode.md with the measured figures")

// A mistake turns a code into the forms a hand or a copy makes of it.
type mistake struct {
	name string
	make func(code string) []string
}

// mistakes are the nine kinds of mistake cbccode knows: five that make a form
// no code has, four in the digits.
var mistakes = []mistake{
	{"lower case", func(c string) []string { p, d := split(c); return []string{strings.ToLower(p) + "." + d} }},
	{"missing dot", func(c string) []string { p, d := split(c); return []string{p + d} }},
	{"dash for the dot", func(c string) []string { p, d := split(c); return []string{p + "-" + d} }},
	{"space for the dot", func(c string) []string { p, d := split(c); return []string{p + " " + d} }},
	{"letter O for a zero", func(c string) []string {
		return edits(c, func(d byte) []string {
			if d == '0' {
				return []string{"O"}
			}
			return nil
		})
	}},
	{"adjacent digits swapped", func(c string) []string {
		var out []string
		for i := digitsAt(c); i+1 < len(c); i++ {
			if c[i] != c[i+1] {
				out = append(out, c[:i]+c[i+1:i+2]+c[i:i+1]+c[i+2:])
			}
		}
		return out
	}},
	{"one wrong digit", func(c string) []string {
		return edits(c, func(d byte) []string {
			var out []string
			for r := byte('0'); r <= '9'; r++ {
				if r != d {
					out = append(out, string(r))
				}
			}
			return out
		})
	}},
	{"one digit missing", func(c string) []string {
		return edits(c, func(byte) []string { return []string{""} })
	}},
	{"one digit extra", func(c string) []string {
		var out []string
		for i := digitsAt(c); i <= len(c); i++ {
			for r := byte('0'); r <= '9'; r++ {
				out = append(out, c[:i]+string(r)+c[i:])
			}
		}
		return out
	}},
}

// split returns the prefix and digits of the canonical code c: "CBC", "5003".
func split(c string) (prefix, digits string) {
	prefix, digits, _ = catalog.Split(c)
	return prefix, digits
}

// digitsAt is where c's digits start: after "CBC." or "APIGW.".
func digitsAt(c string) int { return strings.IndexByte(c, '.') + 1 }

// edits returns c with one of its digits replaced by each of what replace gives for it.
func edits(c string, replace func(digit byte) []string) []string {
	var out []string
	for i := digitsAt(c); i < len(c); i++ {
		for _, r := range replace(c[i]) {
			out = append(out, c[:i]+r+c[i+1:])
		}
	}
	return out
}

// figures are what the policy does with one kind of mistake.
type figures struct {
	forms    int // distinct mistyped forms of catalog codes
	another  int // forms that are another catalog code: nothing can tell them
	detected int // forms reported
	fixed    int // forms given a fix
	wrong    int // fixes that write another code than the one mistyped

	lackingForms int // the forms of each code, made with the code left out of the catalog
	lackingFixed int // of those, the ones given a fix: always to another code
}

func (f figures) row(name string) string {
	share := func(n int) string { return fmt.Sprintf("%d (%.1f%%)", n, 100*float64(n)/float64(f.forms)) }
	lacking := fmt.Sprintf("%d of %d (%.1f%%)", f.lackingFixed, f.lackingForms, 100*float64(f.lackingFixed)/float64(f.lackingForms))
	return fmt.Sprintf("| %s | %d | %d | %s | %s | %d | %s |", name, f.forms, f.another, share(f.detected), share(f.fixed), f.wrong, lacking)
}

// TestFixPolicy measures the fix policy over every mistyped form of every
// catalog code and over real codes the catalog lacks. It asserts that no fix
// writes another code than the one meant, and that no real code is rewritten;
// the table of docs/cbccode.md must show the figures measured.
func TestFixPolicy(t *testing.T) {
	t.Parallel()
	cat := catalog.Default()
	real := uncatalogued(t)
	lacking := map[string]*catalog.Catalog{} // a real code -> the catalog without it
	for _, code := range append(real, cat.Codes()...) {
		var entries []catalog.Entry
		for _, e := range cat.Entries() {
			if e.Code != code {
				entries = append(entries, e)
			}
		}
		lacking[code] = catalog.New(entries)
	}

	table := []string{
		"| mistake | forms | another code | detected | fixed | wrong fixes | forms of a code the catalog lacks, fixed |",
		"| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
	}
	// The mistakes are measured in parallel, each on its own (the catalogs
	// are only read): the measure takes seconds of CPU.
	rows := make([]string, len(mistakes))
	var wg sync.WaitGroup
	for i, m := range mistakes {
		wg.Go(func() { rows[i] = measure(t, cat, lacking, m).row(m.name) })
	}
	wg.Wait()
	table = append(table, rows...)

	// Real codes the catalog lacks, and every catalog code as if it lacked it:
	// none may be rewritten into another code.
	rewritten := 0
	for code, without := range lacking {
		if ps := problems(without, code); len(ps) == 1 && ps[0].fix != "" {
			rewritten++
			t.Errorf("the real code %s would be rewritten to %s by a catalog that lacks it", code, ps[0].fix)
		}
	}
	table = append(table, "",
		fmt.Sprintf("Real codes rewritten: %d of %d (%d real codes the catalog lacks, listed in `analyzer/cbccode/testdata/uncatalogued.tsv`, and each of the catalog's %d codes taken out of it in turn).",
			rewritten, len(lacking), len(lacking)-len(cat.Codes()), len(cat.Codes())))

	got := strings.Join(table, "\n") + "\n"
	t.Logf("fix policy figures:\n%s", got)
	checkReadme(t, got)
}

// measure counts what the policy does with mistake m made on every code of cat,
// and on each code with the catalog lacking it (lacking).
func measure(t *testing.T, cat *catalog.Catalog, lacking map[string]*catalog.Catalog, m mistake) figures {
	var f figures
	for _, code := range cat.Codes() {
		for _, form := range distinct(m.make(code)) {
			f.forms++
			if _, known := cat.Lookup(form); known {
				f.another++
				continue
			}
			ps := problems(cat, form)
			if len(ps) == 0 {
				continue
			}
			f.detected++
			if fix := ps[0].fix; fix != "" {
				f.fixed++
				if fix != code {
					f.wrong++
					t.Errorf("%s of %s: %q is fixed to %s", m.name, code, form, fix)
				}
			}
		}
		// The same mistake made on a real code the catalog lacked:
		// any fix writes another code. Measured, not asserted: a digit
		// too many or too few is fixed by the catalog alone.
		for _, form := range distinct(m.make(code)) {
			if _, known := lacking[code].Lookup(form); known {
				continue
			}
			f.lackingForms++
			if ps := problems(lacking[code], form); len(ps) > 0 && ps[0].fix != "" {
				f.lackingFixed++
			}
		}
	}
	return f
}

// distinct returns forms without repeats, in order.
func distinct(forms []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range forms {
		if !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}

// uncatalogued reads the list of real codes the catalog lacked.
func uncatalogued(t *testing.T) []string {
	f, err := os.Open("testdata/uncatalogued.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var codes []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		code, _, _ := strings.Cut(sc.Text(), "\t")
		if catalog.IsCanonical(code) {
			codes = append(codes, code)
		}
	}
	if err := sc.Err(); err != nil || len(codes) == 0 {
		t.Fatalf("testdata/uncatalogued.tsv: %d codes, %v", len(codes), err)
	}
	return codes
}

// checkReadme compares the fix-policy table of docs/cbccode.md with the measured one,
// or rewrites it with -update.
func checkReadme(t *testing.T, table string) {
	const path = "../../docs/cbccode.md"
	const begin, end = "<!-- fix-policy figures: go test ./analyzer/cbccode -run TestFixPolicy -update -->\n", "<!-- /fix-policy figures -->"
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i, j := strings.Index(readme, begin), strings.Index(readme, end)
	if i < 0 || j < i+len(begin) {
		t.Fatalf("docs/cbccode.md has no fix-policy table between %q and %q", begin, end)
	}
	if readme[i+len(begin):j] == table {
		return
	}
	if !*update {
		t.Errorf("docs/cbccode.md's fix-policy table differs from the measured figures; run go test ./analyzer/cbccode -run TestFixPolicy -update")
		return
	}
	if err := os.WriteFile(path, []byte(readme[:i+len(begin)]+table+readme[j:]), 0o644); err != nil {
		t.Fatal(err)
	}
}
