package factcache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func key(s string) Key {
	h := NewHasher()
	h.String(s)
	return h.Key()
}

func TestPutGet(t *testing.T) {
	c, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := c.Get(key("a")); ok {
		t.Fatal("an empty cache has an entry")
	}
	if err := c.Put(key("a"), []byte("facts of a")); err != nil {
		t.Fatal(err)
	}
	if b, ok := c.Get(key("a")); !ok || string(b) != "facts of a" {
		t.Fatalf("Get = %q, %v", b, ok)
	}
	if _, ok := c.Get(key("b")); ok {
		t.Fatal("another key has the entry")
	}
}

// TestCorrupt: an entry cut short, changed or of another format is ignored.
func TestCorrupt(t *testing.T) {
	c, _ := New(t.TempDir())
	k := key("a")
	for name, spoil := range map[string]func([]byte) []byte{
		"cut":     func(b []byte) []byte { return b[:len(b)-3] },
		"flipped": func(b []byte) []byte { b[len(b)-1] ^= 1; return b },
		"format":  func(b []byte) []byte { return append([]byte("cbclint facts 0\n"), b[len(magic):]...) },
		"empty":   func([]byte) []byte { return nil },
	} {
		if err := c.Put(k, []byte("facts of a")); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(c.path(k))
		os.WriteFile(c.path(k), spoil(b), 0o666)
		if got, ok := c.Get(k); ok {
			t.Errorf("%s: Get = %q, want no entry", name, got)
		}
	}
}

// TestConcurrent: writers and readers of the same keys at once; a reader
// sees a whole entry or none, and no temporary file is left.
func TestConcurrent(t *testing.T) {
	dir := t.TempDir()
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			c, _ := New(dir) // as separate processes would
			for i := range 50 {
				k := key(fmt.Sprint(i % 5))
				data := bytes.Repeat([]byte{byte(i % 5)}, 1000+w)
				if err := c.Put(k, data); err != nil {
					t.Error(err)
				}
				if b, ok := c.Get(k); ok && (len(b) < 1000 || b[0] != byte(i%5) || !bytes.Equal(b, bytes.Repeat(b[:1], len(b)))) {
					t.Errorf("a torn entry: %d bytes", len(b))
				}
			}
		})
	}
	wg.Wait()
	tmp, _ := filepath.Glob(filepath.Join(dir, "*", ".tmp-*"))
	if len(tmp) > 0 {
		t.Errorf("temporary files left: %v", tmp)
	}
}

func TestOpen(t *testing.T) {
	t.Setenv(EnvVar, "off")
	if c, err := Open(); c != nil || err != nil {
		t.Errorf("CBCLINT_CACHE=off: %v, %v", c, err)
	}
	dir := filepath.Join(t.TempDir(), "elsewhere")
	t.Setenv(EnvVar, dir)
	if c, err := Open(); err != nil || c.Dir() != dir {
		t.Errorf("CBCLINT_CACHE=dir: %v, %v", c, err)
	}
}
