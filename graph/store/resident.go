package store

import (
	"time"

	boltdb "github.com/boltdb/bolt"
)

// A bolt store is one file that bolt maps into memory and reads through the
// map; writes go to the file with ordinary writes. Every page read through
// the map (the B+tree nodes a write descends and rewrites, or a scan reads)
// stays in the process's resident memory as a file-backed page until the
// process ends. Near the end of a whole-Wikinews build one write of 64
// articles left 400-570 MB of the file resident (a build instrumented to
// print RssFile after each write), and the build ends up holding most of
// the file: 0.8 of the 1.5 GB peak of a whole-corpus build
// (docs/scaling.md).
//
// Those pages are page cache the kernel can drop at any time, but they count
// in the process's resident set, which is what users and memory limits see.
// So, while a bolt store is open, a watcher checks the process's
// file-backed resident memory every mappedEvery and, above mappedLimit,
// tells the kernel the mapped pages are not needed (madvise MADV_DONTNEED,
// Linux only). For a read-only shared file mapping, which bolt's is, this
// only takes the pages out of the process's page tables: the data stays in
// the file and in the page cache, and the next read of a page maps it again
// from the cache (a minor fault). The advice is given inside a read
// transaction, which holds bolt's map in place (bolt replaces its map only
// when no transaction reads it); a write or read going on meanwhile only
// faults its pages back in, with the same contents, since bolt never
// rewrites a page an open transaction can see.
const (
	mappedLimit = 192 << 20
	mappedEvery = 100 * time.Millisecond
)

// mappedFile watches and releases the resident pages of a bolt file's map.
type mappedFile struct {
	db    *boltdb.DB
	limit int64 // file-backed resident bytes above which the map is released
	stop  chan struct{}
	done  chan struct{}
}

// watchMapped starts watching db's map; it returns nil where releasing is
// not supported.
func watchMapped(db *boltdb.DB) *mappedFile {
	if !canRelease {
		return nil
	}
	m := &mappedFile{db: db, limit: mappedLimit, stop: make(chan struct{}), done: make(chan struct{})}
	go m.watch(mappedEvery)
	return m
}

func (m *mappedFile) watch(every time.Duration) {
	defer close(m.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-m.stop:
			return
		case <-t.C:
			m.check()
		}
	}
}

// check releases the map if the process holds more than m.limit bytes of
// file-backed pages. A failure only leaves the pages resident, so it is
// not reported.
func (m *mappedFile) check() {
	if held, err := residentFileBytes(); err == nil && held > m.limit {
		_ = m.release()
	}
}

// release advises the kernel that no page of the map is needed.
func (m *mappedFile) release() error {
	tx, err := m.db.Begin(false) // holds the map in place
	if err != nil {
		return err
	}
	defer tx.Rollback()
	return adviseDontNeed(m.db.Info().Data)
}

// close stops the watcher; call it before closing the database. It does
// nothing for m nil.
func (m *mappedFile) close() {
	if m == nil {
		return
	}
	close(m.stop)
	<-m.done
}
