package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// findCatalogFile finds the catalog file a relative catalog-file setting names:
// in the current directory, else in the directories above it up to the module
// root (the first one with a go.mod). go vet runs cbclint in each package's
// directory, so `go vet -vettool=... -catalog-file=codes.json ./...` at the
// module root must still find codes.json from a package three directories down.
// An absolute path is used as it is.
func findCatalogFile(name string) (string, error) {
	if filepath.IsAbs(name) {
		return name, nil
	}
	if exists(name) {
		return name, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return name, nil // let reading name report the problem
	}
	for dir := wd; ; {
		if p := filepath.Join(dir, name); exists(p) {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if exists(filepath.Join(dir, "go.mod")) || parent == dir {
			return "", fmt.Errorf("catalog file %s: not found in %s or the directories above it up to the module root", name, wd)
		}
		dir = parent
	}
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return !errors.Is(err, fs.ErrNotExist)
}
