package cli

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// Every error is one line on standard error starting with cbclint:, its
// position first where it has one, go list's words only where they say more
// than "matched no packages"; a package that does not compile adds the
// compiler's lines, each a position and a message.
func TestOneLineErrors(t *testing.T) {
	t.Parallel()
	dir := writeModule(t, map[string]string{
		"pay/pay.go":    throttled,
		"syn/syn.go":    "package syn\n\nfunc f() {\n\tx := \n}\n",
		"sub/go.mod":    "module example.com/sub\n\ngo 1.26\n",
		"sub/sub.go":    "package sub\n",
		"cat-dup.json":  "[\n  {\"code\": \"CBC.99009999\", \"message\": \"Quota exhausted.\"},\n  {\"code\": \"CBC.99009999\", \"status\": 400}\n]\n",
		"cat-bad.json":  "{\"code\": \"CBC.99009999\"}\n",
		"bad/go.mod":    "module example.com/bad\n\ngo 1.26\n\nrequire foo\n",
		"bad/bad.go":    "package bad\n",
		"nomod/main.go": "package main\n",
	})
	dup := filepath.Join(dir, "cat-dup.json")
	compiler := regexp.MustCompile(`^[^ :]+\.go:\d+:\d+: `)
	for _, c := range []struct {
		dir  string
		args []string
		code int
		want string // the line starting with cbclint:
	}{
		{dir, []string{"-x", "./..."}, 2, "cbclint: flag provided but not defined: -x (cbclint help lists the flags)"},
		{dir, []string{"-diff=maybe", "./..."}, 2, "cbclint: -diff=maybe: want true or false"},
		{dir, []string{"-catalog-file"}, 2, "cbclint: flag needs an argument: -catalog-file"},
		{dir, []string{"-checks=cbcswich", "./..."}, 2, `cbclint: checks: unknown check "cbcswich" (did you mean cbcswitch?)`},
		{dir, []string{"-cbcswitch.critical=+CBC.99999999", "./..."}, 2, `cbclint: critical "+CBC.99999999": unknown code CBC.99999999 (add it with catalog-file first)`},
		{dir, []string{"-format=xml", "./..."}, 2, "cbclint: -format=xml: want text, json or sarif"},
		{dir, []string{"-catalog-file=" + dup, "./..."}, 2, "cbclint: " + dup + ":3:3: duplicate entry for CBC.99009999: line 2 has one already"},
		{dir, []string{"-catalog-file=" + filepath.Join(dir, "cat-bad.json"), "./..."}, 2, "cbclint: " + filepath.Join(dir, "cat-bad.json") + ":1:2: a catalog file is a JSON array of entries"},
		{dir, []string{"./nothing"}, 2, "cbclint: ./nothing matched no packages: no directory ./nothing"},
		{dir, []string{"example.com/nosuch/billing"}, 2, "cbclint: example.com/nosuch/billing matched no packages: no required module provides package example.com/nosuch/billing"},
		{dir, []string{"./sub/..."}, 2, "cbclint: ./sub/... matched no packages: sub is a module of its own: run cbclint in it"},
		{dir, []string{"./pay", "./nothing"}, 1, "cbclint: ./nothing matched no packages: no directory ./nothing"},
		{filepath.Join(dir, "bad"), []string{"./..."}, 2, "cbclint: ./... matched no packages: errors parsing go.mod: go.mod:5: usage: require module/path v1.2.3"},
		{filepath.Join(dir, "syn"), []string{"."}, 1, "cbclint: example.com/m/syn: not analysed because of the errors above"},
	} {
		code, _, errOut := runIn(t, c.dir, c.args...)
		var ours, others []string
		for _, l := range strings.Split(strings.TrimSuffix(errOut, "\n"), "\n") {
			if strings.HasPrefix(l, "cbclint:") {
				ours = append(ours, l)
			} else if !compiler.MatchString(l) {
				others = append(others, l)
			}
		}
		if code != c.code || len(ours) != 1 || !strings.HasPrefix(ours[0], c.want) || len(others) > 0 {
			t.Errorf("cbclint %s: exit %d, want %d and one line %q, got:\n%s", strings.Join(c.args, " "), code, c.code, c.want, errOut)
		}
	}
}

// Outside any module: one line that says so.
func TestNotInModule(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "main.go"), []byte("package main\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GOWORK", "off")
	code, _, errOut := runIn(t, dir, "./...")
	if want := "cbclint: ./... matched no packages: not in a Go module (no go.mod here or above): run cbclint in a module\n"; code != 2 || errOut != want {
		t.Errorf("exit %d, stderr %q; want 2 and %q", code, errOut, want)
	}
}

// Under go vet too, a bad flag or value is one line starting with cbclint:,
// without the flag package's list of every flag.
func TestVetFlagErrors(t *testing.T) {
	for _, c := range []struct{ flag, want string }{
		{"-x", "cbclint: flag provided but not defined: -x (cbclint help lists the flags)\n"},
		{"-checks=cbcswich", "cbclint: checks: unknown check \"cbcswich\" (did you mean cbcswitch?)\n"},
		{"-cbcswitch.default-handles=maybe", "cbclint: -cbcswitch.default-handles=maybe: want true or false\n"},
	} {
		cmd := exec.Command(os.Args[0], c.flag, filepath.Join(t.TempDir(), "vet.cfg"))
		cmd.Env = append(os.Environ(), "CBCLINT_TEST_MAIN=1")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		err := cmd.Run()
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 2 || stderr.String() != c.want {
			t.Errorf("cbclint %s vet.cfg: %v, stderr %q; want exit status 2 and %q", c.flag, err, stderr.String(), c.want)
		}
	}
}
