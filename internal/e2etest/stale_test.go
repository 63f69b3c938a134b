package e2etest

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"testing"
	"time"
)

// A test process that timed out leaves its directory behind; the next run
// removes it, and never the directory of a test process still running.
func TestRemoveStale(t *testing.T) {
	gone := exec.Command(os.Args[0], "-test.run=^$")
	if err := gone.Run(); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	dirs := map[string]bool{ // name: removed
		stalePrefix + strconv.Itoa(gone.Process.Pid) + "-123": true,
		stalePrefix + strconv.Itoa(os.Getpid()) + "-456":      false,
		"cbclint-e2e-789":            true,  // an earlier version's, two days old
		"cbclint-e2e-frontends-1011": false, // an earlier version's, fresh: may be in use
		"other-1213":                 false,
	}
	old := time.Now().Add(-48 * time.Hour)
	for name := range dirs {
		if err := os.Mkdir(filepath.Join(tmp, name), 0o755); err != nil {
			t.Fatal(err)
		}
		if name == "cbclint-e2e-789" || name == "other-1213" {
			if err := os.Chtimes(filepath.Join(tmp, name), old, old); err != nil {
				t.Fatal(err)
			}
		}
	}
	removeStale(tmp)
	entries, err := os.ReadDir(tmp)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
	}
	for name, removed := range dirs {
		if slices.Contains(left, name) == removed {
			t.Errorf("%s: removed %v, want %v", name, !removed, removed)
		}
	}
}
