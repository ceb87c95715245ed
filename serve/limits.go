package serve

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"runtime/metrics"
	"time"
)

// limited runs fn in its own goroutine with a context that ends at the
// query time limit, or when the server closes, holding one of the
// server's query slots. It returns when fn returns or the context ends,
// whichever is first; fn keeps its slot until it has noticed and
// returned, so a query that ignores cancellation still counts against
// MaxQueries, and Close waits for it. A panic in fn is returned as an
// error.
func (s *Server) limited(parent context.Context, fn func(ctx context.Context)) error {
	if !s.begin() {
		return errorf(http.StatusServiceUnavailable, "the server is shutting down")
	}
	withCause, cancelCause := context.WithCancelCause(parent)
	ctx, cancel := context.WithTimeout(withCause, s.opt.QueryTimeout)
	stopOnClose := context.AfterFunc(s.closing, cancel)
	stopWatching := s.watchMemory(ctx, cancelCause)
	end := func() {
		stopWatching()
		stopOnClose()
		cancel()
		cancelCause(nil)
		s.running.Done()
	}
	release, err := acquire(ctx, s.queries, "query")
	if err != nil {
		end()
		return s.stopped(parent, ctx, err)
	}
	finished := make(chan error, 1)
	go func() {
		defer end()
		defer release()
		defer func() {
			if p := recover(); p != nil {
				finished <- fmt.Errorf("query panicked: %v", p)
			}
		}()
		fn(ctx)
		finished <- nil
	}()
	select {
	case err := <-finished:
		return err
	case <-ctx.Done():
		select {
		case err := <-finished: // finished just in time
			return err
		default:
			return s.stopped(parent, ctx, ctx.Err())
		}
	}
}

// stopped explains why a query did not run to its end: the memory limit,
// the server closing, the time limit, the client going away (all 503), or
// err (busy).
func (s *Server) stopped(parent, ctx context.Context, err error) error {
	switch {
	case errors.Is(context.Cause(ctx), errMemory):
		return errorf(http.StatusServiceUnavailable, "query stopped: the server's memory passed the limit of %d MiB while it ran", s.opt.MaxQueryMemory>>20)
	case s.closing.Err() != nil:
		return errorf(http.StatusServiceUnavailable, "query stopped: the server is shutting down")
	case errors.Is(ctx.Err(), context.DeadlineExceeded) && statusOf(err) != http.StatusServiceUnavailable:
		return errorf(http.StatusServiceUnavailable, "query stopped: it ran longer than the time limit of %s", s.opt.QueryTimeout)
	case parent.Err() != nil:
		return errorf(http.StatusServiceUnavailable, "query cancelled: %v", parent.Err())
	}
	return err
}

// begin counts a query in, unless the server is closing.
func (s *Server) begin() bool {
	s.runMu.Lock()
	defer s.runMu.Unlock()
	if s.closing.Err() != nil {
		return false
	}
	s.running.Add(1)
	return true
}

// Close stops the queries that are running (their clients get 503),
// refuses new ones, and waits until every query has ended, or ctx has.
// Close the store only after Close returned nil: until then a query may
// still read it. Close does not stop the HTTP server that serves s.
func (s *Server) Close(ctx context.Context) error {
	s.runMu.Lock()
	s.stop()
	s.runMu.Unlock()
	done := make(chan struct{})
	go func() {
		s.running.Wait()
		close(done)
	}()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("queries still running after the server closed: %w", ctx.Err())
	}
}

// errMemory is the cause of queries stopped by watchMemory.
var errMemory = errors.New("memory limit")

// heapMetric is the Go heap in use, by live objects and garbage not yet
// swept: it grows as soon as a query allocates.
const heapMetric = "/memory/classes/heap/objects:bytes"

// memoryTick is how often a running query checks the heap.
const memoryTick = 20 * time.Millisecond

// watchMemory stops the query of ctx, with cause errMemory, when the heap
// passes MaxQueryMemory while it runs: a script that builds a huge value
// (a Gizmo array filled in a loop) is stopped well before the time limit,
// before the machine runs out of memory. Every query running at that
// moment is stopped: the heap does not say whose the memory is. It
// returns a func that ends the watch.
func (s *Server) watchMemory(ctx context.Context, stop context.CancelCauseFunc) func() {
	done := make(chan struct{})
	go func() {
		t := time.NewTicker(memoryTick)
		defer t.Stop()
		sample := []metrics.Sample{{Name: heapMetric}}
		for {
			select {
			case <-done:
				return
			case <-ctx.Done():
				return
			case <-t.C:
				metrics.Read(sample)
				if sample[0].Value.Kind() == metrics.KindUint64 && int64(sample[0].Value.Uint64()) > s.opt.MaxQueryMemory {
					stop(errMemory)
					return
				}
			}
		}
	}()
	return func() { close(done) }
}
