package pipeline

import "context"

// cores bounds how many of the build's goroutines do heavy work at once
// (BuildOptions.Cores): each extraction of an article and each batch being
// written holds one. For a store in the process (bolt) the writer is the
// slowest stage, Cayley's writes being serial; without the bound two
// workers and the writer share two cores a third each, the writer falls
// behind and the workers then wait for it. With it the writer has a core
// of its own whenever it has a batch, and the workers use the rest
// (docs/scaling.md: the whole Wikinews corpus in 61.8-63.6 s instead of
// 65.1-69.9 s, alternating runs). A nil cores bounds nothing.
type cores chan struct{}

// newCores returns a bound of n cores; nil for n <= 0.
func newCores(n int) cores {
	if n <= 0 {
		return nil
	}
	return make(cores, n)
}

// acquire waits for a core, or for ctx to end (then it returns false).
func (c cores) acquire(ctx context.Context) bool {
	if c == nil {
		return ctx.Err() == nil
	}
	select {
	case c <- struct{}{}:
		return true
	case <-ctx.Done():
		return false
	}
}

// release gives a core back.
func (c cores) release() {
	if c != nil {
		<-c
	}
}
