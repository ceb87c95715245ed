package store

import "sync"

// Cayley's memory store has no locking of its own: a read running while a
// batch is applied can crash the process ("concurrent map read and map
// write"), which is what a parallel kg build does when its workers ask
// whether an article is stored while the writer writes. For that backend the
// Store serialises writes against reads with a RWMutex; the other backends
// have their own transactions, and the guard does nothing.

// guard is a Store's lock for backends without their own; nil means none.
type guard struct{ mu *sync.RWMutex }

// read takes the read lock and returns its release.
func (g guard) read() func() {
	if g.mu == nil {
		return func() {}
	}
	g.mu.RLock()
	return g.mu.RUnlock
}

// write takes the write lock and returns its release.
func (g guard) write() func() {
	if g.mu == nil {
		return func() {}
	}
	g.mu.Lock()
	return g.mu.Unlock
}
