// Package factcache keeps, on disk, the facts analyzers export on a package,
// so that a later run of the standalone driver reads them instead of loading
// the package from source and analysing it again — what go vet and
// golangci-lint do with their caches.
//
// An entry is keyed by a hash of everything the facts depend on: the
// package's build (the name go gives its export data, a hash of its content
// and so of its files; its files when it has none) and its dependencies'
// keys (the driver's keyer), the Go toolchain, cbclint's own executable and the analyzers' settings
// (Key). Entries are written to a temporary file and renamed into place, so
// that concurrent runs only ever see whole entries; an entry whose checksum
// does not match is ignored, and the package is analysed again.
//
// The driver keeps each root package's results (its findings) as entries of
// the same cache, under keys of its own (internal/driver/results.go).
//
// Where: CBCLINT_CACHE names the directory (default: cbclint under
// os.UserCacheDir); CBCLINT_CACHE=off turns
// the cache off.
package factcache

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// EnvVar is the environment variable that relocates or disables the cache.
const EnvVar = "CBCLINT_CACHE"

// Cache is a directory of entries.
type Cache struct{ dir string }

// Open returns the cache that CBCLINT_CACHE names, or nil when it is "off".
func Open() (*Cache, error) {
	dir := os.Getenv(EnvVar)
	switch dir {
	case "off":
		return nil, nil
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return nil, fmt.Errorf("fact cache: %v (set %s=off or to a directory)", err, EnvVar)
		}
		dir = filepath.Join(base, "cbclint")
	}
	return New(dir)
}

// New returns the cache in dir, creating it.
func New(dir string) (*Cache, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return nil, fmt.Errorf("fact cache: %v", err)
	}
	return &Cache{dir: dir}, nil
}

// Dir is where the cache keeps its entries.
func (c *Cache) Dir() string { return c.dir }

// Key is what identifies an entry: a hash.
type Key [sha256.Size]byte

func (k Key) String() string { return hex.EncodeToString(k[:]) }

// Hasher builds a Key.
type Hasher struct{ h io.Writer }

// NewHasher starts a Key.
func NewHasher() *Hasher { return &Hasher{sha256.New()} }

// String adds s, delimited.
func (h *Hasher) String(s string) {
	fmt.Fprintf(h.h, "%d:%s\n", len(s), s)
}

// File adds the contents of the file name; an unreadable file makes the key
// unusable (false).
func (h *Hasher) File(name string) bool {
	f, err := os.Open(name)
	if err != nil {
		return false
	}
	defer f.Close()
	h.String(name)
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return false
	}
	fmt.Fprintf(h.h, "%x\n", sum.Sum(nil))
	return true
}

// Key returns the key of what was added.
func (h *Hasher) Key() Key {
	var k Key
	copy(k[:], h.h.(interface{ Sum([]byte) []byte }).Sum(nil))
	return k
}

// magic starts every entry, with the format's version.
const magic = "cbclint facts 1\n"

func (c *Cache) path(k Key) string {
	s := k.String()
	return filepath.Join(c.dir, s[:2], s+"-f")
}

// Get returns the data of the entry k, if there is a whole one.
func (c *Cache) Get(k Key) ([]byte, bool) {
	b, err := os.ReadFile(c.path(k))
	if err != nil {
		return nil, false
	}
	rest, ok := bytes.CutPrefix(b, []byte(magic))
	if !ok || len(rest) < sha256.Size {
		return nil, false
	}
	sum, data := rest[:sha256.Size], rest[sha256.Size:]
	if got := sha256.Sum256(data); !bytes.Equal(got[:], sum) {
		return nil, false
	}
	return data, true
}

// Put writes data as the entry k: into a temporary file of the same
// directory, then renamed over the entry, so that a reader sees the old
// entry, the new one, or none.
func (c *Cache) Put(k Key, data []byte) error {
	name := c.path(k)
	if err := os.MkdirAll(filepath.Dir(name), 0o777); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(name), ".tmp-*")
	if err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	_, err = f.Write(append(append([]byte(magic), sum[:]...), data...))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
		return errors.Join(errors.New("fact cache"), err)
	}
	return nil
}
