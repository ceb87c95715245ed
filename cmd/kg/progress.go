package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/pipeline"
)

// progress shows how a build goes: a bar with articles/s, sentences/s and
// an ETA on a terminal, a plain line every interval otherwise.
type progress struct {
	w        io.Writer
	bar      *progressbar.ProgressBar
	start    time.Time
	last     time.Time
	interval time.Duration
}

// newProgress returns nil when quiet. On a terminal it counts the inputs
// first (not stdin) so that the bar can show an ETA.
func newProgress(ctx context.Context, w io.Writer, quiet bool, paths []string) *progress {
	if quiet {
		return nil
	}
	p := &progress{w: w, start: time.Now(), last: time.Now(), interval: 10 * time.Second}
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return p
	}
	total := int64(-1)
	if !slices.Contains(paths, "-") {
		total = 0
		for range input.Read(ctx, paths, input.Options{}) {
			total++
		}
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription("building"),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionShowIts(),
		progressbar.OptionShowCount(),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
	return p
}

// update is the pipeline's Progress callback.
func (p *progress) update(r pipeline.Report) {
	if p == nil {
		return
	}
	done := int64(r.Articles + r.Unchanged + r.Skipped)
	secs := time.Since(p.start).Seconds()
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("%d sentences (%.0f/s), %d statements", r.Sentences, float64(r.Sentences)/secs, r.Statements))
		p.bar.Set64(done)
		return
	}
	if time.Since(p.last) < p.interval {
		return
	}
	p.last = time.Now()
	fmt.Fprintf(p.w, "kg: %d articles (%.0f/s), %d sentences (%.0f/s), %d statements, %d unchanged, %d skipped\n",
		done, float64(done)/secs, r.Sentences, float64(r.Sentences)/secs, r.Statements, r.Unchanged, r.Skipped)
}

func (p *progress) finish() {
	if p != nil && p.bar != nil {
		p.bar.Finish()
	}
}
