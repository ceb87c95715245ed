package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/graph"
)

// Sink receives documents in batches; a batch is stored atomically or not
// at all. A store's Write method, wrapped, is a Sink.
type Sink func(ctx context.Context, docs []graph.Document) error

// BuildOptions configure Build.
type BuildOptions struct {
	Input     input.Options
	BatchDocs int       // documents per batch; 0 means 64
	Errors    io.Writer // where per-input problems are reported as they happen; nil: nowhere
}

// Report summarises a build.
type Report struct {
	Articles   int            // articles read and extracted
	Statements int            // statements extracted
	Skipped    int            // inputs or lines that could not be read
	Reasons    map[string]int // skipped inputs by reason
}

// Build reads every input, extracts each article and hands the documents
// to sink in batches. Problems with one input are reported and counted,
// and the build goes on; only a sink failure or cancellation stops it.
func (p *Pipeline) Build(ctx context.Context, paths []string, sink Sink, o BuildOptions) (Report, error) {
	rep := Report{Reasons: map[string]int{}}
	batch := o.BatchDocs
	if batch <= 0 {
		batch = 64
	}
	var pending []graph.Document
	flush := func() error {
		if len(pending) == 0 {
			return nil
		}
		err := sink(ctx, pending)
		pending = pending[:0]
		return err
	}
	for a, err := range input.Read(ctx, paths, o.Input) {
		if err != nil {
			if ctx.Err() != nil {
				return rep, ctx.Err()
			}
			rep.skip(o.Errors, err)
			continue
		}
		d, err := p.Process(a)
		if err != nil {
			rep.skip(o.Errors, fmt.Errorf("%s: %w", a.Origin, err))
			continue
		}
		rep.Articles++
		rep.Statements += len(d.Statements)
		pending = append(pending, d)
		if len(pending) >= batch {
			if err := flush(); err != nil {
				return rep, err
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return rep, err
	}
	return rep, flush()
}

func (r *Report) skip(w io.Writer, err error) {
	r.Skipped++
	r.Reasons[reason(err)]++
	if w != nil {
		fmt.Fprintf(w, "kg: %v\n", err)
	}
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
