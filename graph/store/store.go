// Package store keeps kg's graph in a Cayley quad store.
//
// A Store is opened from a location string:
//
//	""                  the default, an embedded bolt file ./kg.db
//	"memory" or "mem:"  Cayley's in-memory store (tests, throw-away graphs)
//	"bolt:PATH" or PATH an embedded bolt file at PATH, created on first use
//	"leveldb:DIR"       an embedded LevelDB directory (an alternative to bolt)
//	"postgres://..."    a PostgreSQL (or CockroachDB) database through Cayley's
//	                    SQL backend; the tables are created on first use
//
// Documents are written in transactions: a batch of documents is applied
// atomically, so a failed write leaves the store as it was. An article whose
// content hash is already stored is skipped; one whose text changed replaces
// its own statements. Reads stream statements and entities with their
// provenance; Query runs Cayley's query languages.
package store

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/kgraph/kg/graph"
)

// DefaultLocation is the store used when none is given.
const DefaultLocation = "kg.db"

// ErrLocked is returned when another process holds an embedded store.
var ErrLocked = errors.New("store is locked by another kg process")

// Options configure Open.
type Options struct {
	Base     string // IRI base for new IRIs; "" means graph.DefaultBase
	ReadOnly bool   // open without writing (bolt still takes its lock)
}

// Store is a kg graph in a Cayley quad store. It is safe for concurrent
// readers; writes are serialised by the backend.
type Store struct {
	qs       cgraph.QuadStore
	ns       graph.Namespace
	location string
	buckets  *valueBuckets // bolt only
	mapped   *mappedFile   // bolt only (resident.go)
	guard    guard         // memory only (see memlock.go)
	lock     writeLock     // against other processes' deletions (sqllock.go)
	known    *knownQuads   // shared quads written; nil when others write too
	applying sync.Mutex    // held from consulting known to the end of a change

	beforeDelete func() // tests: called between the orphan check and the delete
}

// Open opens (creating if needed) the store at location.
func Open(ctx context.Context, location string, opt Options) (*Store, error) {
	ns, err := graph.NewNamespace(opt.Base)
	if err != nil {
		return nil, err
	}
	qs, buckets, err := openBackend(ctx, location, opt)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", describe(location), err)
	}
	s := &Store{qs: qs, ns: ns, location: location, buckets: buckets, lock: noLock{}}
	if !isSQL(location) {
		s.known = newKnownQuads()
	}
	if isSQL(location) && !opt.ReadOnly {
		if s.lock, err = openAdvisoryLock(ctx, location); err != nil {
			qs.Close()
			return nil, fmt.Errorf("open store %s: %w", describe(location), err)
		}
	}
	if buckets != nil {
		s.mapped = watchMapped(buckets.db)
	}
	if isMemory(location) {
		s.guard.mu = new(sync.RWMutex)
	}
	if err := s.settleBase(ctx, opt.Base, opt.ReadOnly); err != nil {
		s.Close()
		return nil, fmt.Errorf("open store %s: %w", describe(location), err)
	}
	return s, nil
}

// isMemory reports whether location names Cayley's memory store.
func isMemory(location string) bool {
	return location == "memory" || strings.HasPrefix(location, "mem:")
}

// openBackend opens the quad store at location and, for bolt, its value
// buckets.
func openBackend(ctx context.Context, location string, opt Options) (cgraph.QuadStore, *valueBuckets, error) {
	var qs cgraph.QuadStore
	var err error
	switch {
	case isMemory(location):
		qs, err = openMemory()
	case isSQL(location):
		qs, err = openPostgres(location)
	case strings.HasPrefix(location, "leveldb:"):
		qs, err = openLevelDB(strings.TrimPrefix(location, "leveldb:"))
	case strings.HasPrefix(location, "bolt:"):
		return openBolt(ctx, strings.TrimPrefix(location, "bolt:"), opt)
	case location == "":
		return openBolt(ctx, DefaultLocation, opt)
	case strings.Index(location, "://") > 0:
		return nil, nil, fmt.Errorf("unknown store scheme %q", location[:strings.Index(location, "://")])
	default:
		return openBolt(ctx, location, opt)
	}
	return qs, nil, err
}

func describe(location string) string {
	if location == "" {
		return DefaultLocation
	}
	return location
}

// Local reports whether the store's backend runs in this process (bolt,
// LevelDB, memory), so that writing to it takes this machine's CPU rather
// than waiting for a database server.
func (s *Store) Local() bool { return !isSQL(s.location) }

// Location returns the location the store was opened from.
func (s *Store) Location() string { return describe(s.location) }

// Namespace returns the namespace new IRIs are minted in.
func (s *Store) Namespace() graph.Namespace { return s.ns }

// QuadStore exposes the underlying Cayley store (for query servers), to
// read; changes go through Apply.
func (s *Store) QuadStore() cgraph.QuadStore { return s.qs }

// Apply adds or deletes raw quads in one transaction, as Cayley's
// ApplyDeltas does (the query server's write API).
func (s *Store) Apply(deltas []cgraph.Delta, opts cgraph.IgnoreOpts) error {
	defer s.guard.write()()
	s.applying.Lock()
	defer s.applying.Unlock()
	for _, d := range deltas {
		if d.Action == cgraph.Delete {
			s.known.forget()
			break
		}
	}
	return s.qs.ApplyDeltas(deltas, opts)
}

// Close releases the store.
func (s *Store) Close() error {
	s.mapped.close()
	return errors.Join(s.qs.Close(), s.lock.Close())
}
