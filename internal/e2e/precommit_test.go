package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cbclint/cbclint/internal/e2etest"
)

// hookRepo makes a git repository of this checkout's working tree (committed or
// not, without ignored files) with one commit, for pre-commit to install the
// hook from, and returns it and the commit.
func hookRepo(t *testing.T, env []string) (string, string) {
	t.Helper()
	root := e2etest.Root()
	ls := run(t, root, nil, "git", "ls-files", "--cached", "--others", "--exclude-standard", "-z")
	if ls.Code != 0 {
		t.Fatalf("git ls-files: %s", ls.Out)
	}
	repo := t.TempDir()
	for _, name := range strings.Split(strings.TrimRight(ls.Out, "\x00"), "\x00") {
		if target, err := os.Readlink(filepath.Join(root, name)); err == nil {
			// A link of the tree (testdata sharing internal/check's SDK stubs).
			if err := os.MkdirAll(filepath.Dir(filepath.Join(repo, name)), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink(target, filepath.Join(repo, name)); err != nil {
				t.Fatal(err)
			}
			continue
		}
		data, err := os.ReadFile(filepath.Join(root, name))
		if os.IsNotExist(err) {
			continue // deleted in the working tree
		} else if err != nil {
			t.Fatal(err)
		}
		writeFile(t, filepath.Join(repo, name), string(data))
	}
	git(t, repo, env, "init", "-q")
	git(t, repo, env, "add", "-A")
	git(t, repo, env, "commit", "-q", "-m", "cbclint working tree")
	return repo, strings.TrimSpace(git(t, repo, env, "rev-parse", "HEAD"))
}

func git(t *testing.T, dir string, env []string, args ...string) string {
	t.Helper()
	r := run(t, dir, env, "git", args...)
	if r.Code != 0 {
		t.Fatalf("git %v: exit status %d\n%s", args, r.Code, r.Out)
	}
	return r.Out
}

func TestE2EPreCommit(t *testing.T) {
	e2etest.Require(t)
	preCommit, err := exec.LookPath("pre-commit")
	if err != nil {
		// A developer's machine with only Go still passes make test; CI, which
		// installs pre-commit in .ci/run, must never skip this test.
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed: apt-get install pre-commit (.ci/run does)")
		}
		t.Skip("skipped: pre-commit is not on PATH, so the pre-commit hook is not tested here; install it (apt-get install pre-commit, or pip install pre-commit) to run this test. CI installs it and never skips it")
	}
	env := []string{
		"PRE_COMMIT_HOME=" + t.TempDir(),
		// pre-commit installs the hook with its own GOPATH; keep the module cache,
		// the proxy and the flags the go command has here.
		"GOMODCACHE=" + goEnv(t, "GOMODCACHE"),
		"GOPROXY=" + goEnv(t, "GOPROXY"),
		"GOFLAGS=" + goEnv(t, "GOFLAGS"),
		"GIT_AUTHOR_NAME=cbclint e2e", "GIT_AUTHOR_EMAIL=e2e@cbclint.invalid",
		"GIT_COMMITTER_NAME=cbclint e2e", "GIT_COMMITTER_EMAIL=e2e@cbclint.invalid",
		"GIT_CONFIG_NOSYSTEM=1",
	}
	hooks, rev := hookRepo(t, env)

	repo := writeModule(t, map[string]string{
		"go.mod": billing["go.mod"],
		".pre-commit-config.yaml": `repos:
  - repo: ` + hooks + `
    rev: ` + rev + `
    hooks:
      - id: cbclint
`,
		"pay/pay.go": `package pay

// Throttled is CBC's throttling code, mistyped.
const Throttled = "cbc.0250"
`,
	})
	git(t, repo, env, "init", "-q")
	if r := run(t, repo, env, preCommit, "install"); r.Code != 0 {
		t.Fatalf("pre-commit install: exit status %d\n%s", r.Code, r.Out)
	}

	// A commit with the bad file is refused, with the finding.
	git(t, repo, env, "add", "-A")
	r := run(t, repo, env, "git", "commit", "-m", "throttling code")
	if r.Code == 0 || !strings.Contains(r.Out, "cbclint") || !strings.Contains(r.Out, "Failed") ||
		!strings.Contains(r.Out, `pay/pay.go:4:19: malformed CBC error code "cbc.0250"`) {
		t.Fatalf("git commit of a bad file: exit status %d, want the hook to fail with the finding:\n%s", r.Code, r.Out)
	}

	t.Logf("pre-commit on the bad file:\n%s", r.Out)

	// Fixed, it goes through.
	writeFile(t, filepath.Join(repo, "pay", "pay.go"), "package pay\n\n// Throttled is CBC's throttling code.\nconst Throttled = \"CBC.0250\"\n")
	git(t, repo, env, "add", "-A")
	r = run(t, repo, env, "git", "commit", "-m", "throttling code")
	if r.Code != 0 || !strings.Contains(r.Out, "Passed") {
		t.Fatalf("git commit of a good file: exit status %d, want the hook to pass:\n%s", r.Code, r.Out)
	}
	t.Logf("pre-commit on the good file:\n%s", r.Out)
}
