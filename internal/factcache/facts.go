package factcache

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"go/types"
	"reflect"
	"sync"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// record is one fact of an entry.
type record struct {
	Object string // its object's path in the package (objectpath); "" for a package fact
	Type   string // the fact's type, one of the analyzer's FactTypes
	Data   []byte // the fact, gob-encoded
}

// collect encodes the facts pass exported on its package and on its
// objects. Facts of objects without a path (local, or unexported and
// unreachable from the package's exported API) are left out: no importer can
// ask for them, as with go vet's fact files.
func collect(pass *analysis.Pass) ([]byte, error) {
	var recs []record
	add := func(obj string, f analysis.Fact) error {
		var b bytes.Buffer
		if err := gob.NewEncoder(&b).Encode(f); err != nil {
			return fmt.Errorf("encoding %T: %v", f, err)
		}
		recs = append(recs, record{obj, reflect.TypeOf(f).String(), b.Bytes()})
		return nil
	}
	for _, f := range pass.AllPackageFacts() {
		if f.Package == pass.Pkg {
			if err := add("", f.Fact); err != nil {
				return nil, err
			}
		}
	}
	var enc objectpath.Encoder // one walk of the package for all its objects
	for _, f := range pass.AllObjectFacts() {
		if f.Object.Pkg() != pass.Pkg {
			continue
		}
		path, err := enc.For(f.Object)
		if err != nil {
			continue
		}
		if err := add(string(path), f.Fact); err != nil {
			return nil, err
		}
	}
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(recs); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// restore exports on pass the facts that collect encoded in data, on the
// package's objects as pass sees them (from export data).
func restore(pass *analysis.Pass, data []byte) error {
	var recs []record
	if err := gob.NewDecoder(bytes.NewReader(data)).Decode(&recs); err != nil {
		return err
	}
	types := map[string]reflect.Type{}
	for _, f := range pass.Analyzer.FactTypes {
		t := reflect.TypeOf(f)
		types[t.String()] = t
	}
	for _, r := range recs {
		t := types[r.Type]
		if t == nil || t.Kind() != reflect.Pointer {
			return fmt.Errorf("unknown fact type %s", r.Type)
		}
		f := reflect.New(t.Elem()).Interface().(analysis.Fact)
		if err := gob.NewDecoder(bytes.NewReader(r.Data)).Decode(f); err != nil {
			return err
		}
		if r.Object == "" {
			pass.ExportPackageFact(f)
			continue
		}
		obj, err := objectpath.Object(pass.Pkg, objectpath.Path(r.Object))
		if err != nil {
			continue // not in the export data: no importer can name it
		}
		pass.ExportObjectFact(obj, f)
	}
	return nil
}

// Session is one run's use of the cache: the packages whose facts it read,
// and those whose facts it writes once analysed.
type Session struct {
	cache *Cache
	salt  Key // the toolchain, cbclint and the settings

	mu    sync.Mutex
	read  map[*types.Package]map[string][]byte // analyzer name → entry
	write map[*types.Package]Key
	// Read and Written count the entries read and written.
	Read, Written int
}

// Session starts a run whose facts depend on salt besides each package's key.
func (c *Cache) Session(salt Key) *Session {
	return &Session{cache: c, salt: salt, read: map[*types.Package]map[string][]byte{}, write: map[*types.Package]Key{}}
}

func (s *Session) entryKey(k Key, analyzer string) Key {
	h := NewHasher()
	h.String(s.salt.String())
	h.String(k.String())
	h.String(analyzer)
	return h.Key()
}

// Lookup reports whether the cache holds the facts of every analyzer on the
// package of key k; if so, the analyzers, wrapped (Wrap), will export them
// on pkg instead of analysing it.
func (s *Session) Lookup(pkg *types.Package, k Key, analyzers []*analysis.Analyzer) bool {
	entries := map[string][]byte{}
	for _, a := range analyzers {
		data, ok := s.cache.Get(s.entryKey(k, a.Name))
		if !ok {
			return false
		}
		entries[a.Name] = data
	}
	s.mu.Lock()
	s.read[pkg] = entries
	s.Read += len(entries)
	s.mu.Unlock()
	return true
}

// Keep says that the facts of the analyzers on pkg, of key k, are to be
// written once computed.
func (s *Session) Keep(pkg *types.Package, k Key) {
	s.mu.Lock()
	s.write[pkg] = k
	s.mu.Unlock()
}

// Wrap returns analyzers with those that use facts wrapped: on a package
// Lookup found, the wrapper exports the cached facts instead of running the
// analyzer; on a package to Keep, it runs the analyzer and writes its facts.
// An analyzer with a result is not wrapped (nothing could stand for it).
func (s *Session) Wrap(analyzers []*analysis.Analyzer) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(analyzers))
	for i, a := range analyzers {
		out[i] = a
		if len(a.FactTypes) == 0 || a.ResultType != nil {
			continue
		}
		w := &analysis.Analyzer{
			Name: a.Name, Doc: a.Doc, URL: a.URL, Requires: a.Requires,
			FactTypes: a.FactTypes, RunDespiteErrors: a.RunDespiteErrors,
		}
		w.Run = func(pass *analysis.Pass) (any, error) {
			s.mu.Lock()
			data, cached := s.read[pass.Pkg][a.Name]
			k, keep := s.write[pass.Pkg]
			s.mu.Unlock()
			if cached {
				if err := restore(pass, data); err == nil {
					return nil, nil
				}
			}
			res, err := a.Run(pass)
			if err != nil || !keep {
				return res, err
			}
			if _, ok := s.cache.Get(s.entryKey(k, a.Name)); ok {
				return res, nil // a root, whose facts an earlier run wrote
			}
			if data, err := collect(pass); err == nil {
				if s.cache.Put(s.entryKey(k, a.Name), data) == nil {
					s.mu.Lock()
					s.Written++
					s.mu.Unlock()
				}
			}
			return res, nil
		}
		out[i] = w
	}
	return out
}
