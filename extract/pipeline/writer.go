package pipeline

import (
	"context"

	"github.com/kgraph/kg/graph"
)

// batchWriter stores batches on a goroutine of its own, so that extraction
// goes on while a batch is being written; before it, the workers stopped
// each time their few results waited for the store. At most one batch is
// being written while the next one fills: hand blocks until the writer
// takes the batch.
//
// A batch handed over is written whole even if the build is cancelled
// meanwhile (Ctrl-C), so every article counted as extracted is stored.
// After a failure the writer takes nothing more: hand and finish return
// the failure.
type batchWriter struct {
	batches chan []graph.Document
	done    chan struct{} // closed when the writer has stopped
	err     error         // the failure it stopped on; read after done
}

func startWriter(ctx context.Context, sink Sink, cpu cores) *batchWriter {
	w := &batchWriter{batches: make(chan []graph.Document), done: make(chan struct{})}
	ctx = context.WithoutCancel(ctx)
	go func() {
		defer close(w.done)
		for b := range w.batches {
			cpu.acquire(ctx) // not cancelled: a batch handed over is written
			w.err = sink(ctx, b)
			cpu.release()
			if w.err != nil {
				return
			}
		}
	}()
	return w
}

// hand passes docs to the writer, which owns them from then on, or returns
// the failure it stopped on.
func (w *batchWriter) hand(docs []graph.Document) error {
	select {
	case w.batches <- docs:
		return nil
	case <-w.done:
		return w.err
	}
}

// finish waits until every batch handed over is written, and returns the
// writer's failure, if any.
func (w *batchWriter) finish() error {
	close(w.batches)
	<-w.done
	return w.err
}
