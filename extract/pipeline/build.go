package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"sync"

	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/graph"
)

// Sink receives documents in batches; a batch is stored atomically or not
// at all. A store's Write method, wrapped, is a Sink.
type Sink func(ctx context.Context, docs []graph.Document) error

// Stored tells whether the store already holds article id with this
// content hash; such articles are not extracted again.
type Stored func(ctx context.Context, id, hash string) (bool, error)

// BuildOptions configure Build.
type BuildOptions struct {
	Input     input.Options
	BatchDocs int       // documents per batch; 0 means 64
	Workers   int       // extraction goroutines; 0 means runtime.NumCPU()
	Errors    io.Writer // where per-input problems are reported as they happen; nil: nowhere
	Stored    Stored    // nil: extract everything
	Progress  func(Report)
	// Cores bounds how many goroutines extract or write at once, the
	// writer included (cores.go); 0: no bound, for a sink that mostly
	// waits (a database server).
	Cores int
}

// Report summarises a build.
type Report struct {
	Articles   int            // articles read and extracted
	Unchanged  int            // articles the store already held, not extracted again
	Sentences  int            // sentences of the extracted articles
	Statements int            // statements extracted
	Skipped    int            // inputs or lines that could not be read
	Reasons    map[string]int // skipped inputs by reason
	// LongSentences counts the sentences of extracted articles that were
	// over the length limit and so not analysed (a warning each, not a
	// skipped input).
	LongSentences int
}

// job is one input in reading order: an article or a problem.
type job struct {
	seq int
	art prepared
	err error
}

// result is a job done.
type result struct {
	seq       int
	doc       graph.Document
	warnings  []string // one per sentence over the length limit
	unchanged bool
	err       error
}

// Build reads every input, extracts the articles on Workers goroutines and
// hands the documents to sink in batches, in input order. Problems with one
// input are reported and counted and the build goes on; only a sink or
// store failure, or cancellation, stops it. Memory stays bounded: at most
// a few articles per worker are in flight, plus one batch.
func (p *Pipeline) Build(ctx context.Context, paths []string, sink Sink, o BuildOptions) (Report, error) {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job, 2*workers)
	results := make(chan result, 2*workers)
	go read(ctx, paths, o.Input, jobs)
	cpu := newCores(o.Cores)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			p.work(ctx, jobs, results, o.Stored, cpu)
		}()
	}
	go func() { wg.Wait(); close(results) }()
	rep, err := collect(ctx, results, sink, o, cpu)
	if err != nil {
		cancel()
		for range results { // let the workers finish
		}
	}
	return rep, err
}

func read(ctx context.Context, paths []string, opt input.Options, jobs chan<- job) {
	defer close(jobs)
	seq := 0
	for a, err := range input.Read(ctx, paths, opt) {
		j := job{seq: seq, err: err}
		if err == nil {
			j.art = prepare(a)
		}
		seq++
		select {
		case jobs <- j:
		case <-ctx.Done():
			return
		}
	}
}

func (p *Pipeline) work(ctx context.Context, jobs <-chan job, results chan<- result, stored Stored, cpu cores) {
	for j := range jobs {
		if !cpu.acquire(ctx) {
			return
		}
		r := p.extract(ctx, j, stored)
		cpu.release()
		select {
		case results <- r:
		case <-ctx.Done():
			return
		}
	}
}

// extract checks whether the store holds the article of j unchanged and,
// when it does not, extracts it.
func (p *Pipeline) extract(ctx context.Context, j job, stored Stored) result {
	r := result{seq: j.seq, err: j.err}
	if r.err == nil && stored != nil {
		r.unchanged, r.err = stored(ctx, j.art.ID, j.art.hash)
		if r.err != nil {
			r.err = &storeError{r.err}
		}
	}
	if r.err == nil && !r.unchanged {
		if r.doc, r.warnings, r.err = p.process(j.art); r.err != nil {
			r.err = fmt.Errorf("%s: %w", j.art.Origin, r.err)
		}
	}
	return r
}

// storeError is a failure of the store, which ends the build.
type storeError struct{ err error }

func (e *storeError) Error() string { return "store: " + e.err.Error() }
func (e *storeError) Unwrap() error { return e.err }

// collect puts results back in input order and hands them to a
// batchWriter in batches. When ctx is cancelled (Ctrl-C) it still writes
// the documents already extracted, in one last batch, and then returns the
// cancellation.
func collect(ctx context.Context, results <-chan result, sink Sink, o BuildOptions, cpu cores) (Report, error) {
	rep := Report{Reasons: map[string]int{}}
	batch := o.BatchDocs
	if batch <= 0 {
		batch = 64
	}
	w := startWriter(ctx, sink, cpu)
	var pending []graph.Document
	waiting := map[int]result{}
	next := 0
	var stop error
	for r := range results {
		if stop != nil {
			continue // drain
		}
		waiting[r.seq] = r
		for stop == nil {
			r, ok := waiting[next]
			if !ok {
				break
			}
			delete(waiting, next)
			next++
			if stop = rep.add(r, o.Errors); stop != nil {
				break
			}
			if r.err == nil && !r.unchanged {
				pending = append(pending, r.doc)
			}
			if len(pending) >= batch {
				if err := w.hand(pending); err != nil {
					return rep, err
				}
				pending = nil
			}
			if o.Progress != nil {
				o.Progress(rep)
			}
		}
	}
	if stop == nil {
		stop = ctx.Err()
	}
	if stop != nil && !errors.Is(stop, context.Canceled) && !errors.Is(stop, context.DeadlineExceeded) {
		w.finish() // a store failure: write nothing more
		return rep, stop
	}
	if len(pending) > 0 {
		if err := w.hand(pending); err != nil {
			return rep, err
		}
	}
	if err := w.finish(); err != nil {
		return rep, err
	}
	return rep, stop
}

// add counts one result; a store failure or cancellation is returned.
func (rep *Report) add(r result, w io.Writer) error {
	var se *storeError
	switch {
	case errors.As(r.err, &se):
		return se.err
	case errors.Is(r.err, context.Canceled), errors.Is(r.err, context.DeadlineExceeded):
		return r.err
	case r.err != nil:
		rep.Skipped++
		rep.Reasons[reason(r.err)]++
		if w != nil {
			fmt.Fprintf(w, "kg: %v\n", r.err)
		}
	case r.unchanged:
		rep.Unchanged++
	default:
		rep.Articles++
		rep.Sentences += r.doc.Article.Sentences
		rep.Statements += len(r.doc.Statements)
		rep.LongSentences += len(r.warnings)
		for _, msg := range r.warnings {
			if w != nil {
				fmt.Fprintf(w, "kg: warning: %s\n", msg)
			}
		}
	}
	return nil
}

// reason names the kind of problem for the summary.
func reason(err error) string {
	for _, e := range []error{input.ErrEmpty, input.ErrBinary, input.ErrInvalidUTF8, input.ErrTooLarge,
		input.ErrMalformedJSON, input.ErrMissingField, input.ErrBadField, input.ErrCorruptGzip,
		input.ErrDuplicateID, input.ErrNoText, input.ErrStdinReused, fs.ErrNotExist, fs.ErrPermission} {
		if errors.Is(err, e) {
			return e.Error()
		}
	}
	var ie *input.Error
	if errors.As(err, &ie) {
		return "unreadable input"
	}
	return "extraction failed"
}
