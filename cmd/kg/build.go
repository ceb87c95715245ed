package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/debug"
	"sort"

	"github.com/spf13/cobra"

	"github.com/kgraph/kg/extract/pipeline"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

type buildOptions struct {
	*globals
	io         streams
	extractors string
	batch      int
	workers    int
	quiet      bool
	heapMiB    int
	paths      []string
	limits     limits
}

func newBuildCmd(g *globals, io streams) *cobra.Command {
	o := &buildOptions{globals: g, io: io}
	cmd := &cobra.Command{
		Use:   "build PATH...",
		Short: "Extract statements from articles and store them",
		Long: `Build reads articles from files, directories (recursively) and - (stdin):
.txt, .md, .html, .jsonl and .jsonl.gz. Each article is extracted and stored;
an article already stored with the same text is left alone, a changed one
replaces its own statements. Problems with single inputs are reported on
stderr with the file and line, the rest is built, and the exit status is
non-zero when anything was skipped.

Two limits guard against hostile input. An article (a single-article file,
or one JSON line) over --max-article-bytes is skipped like any other bad
input: reported, counted, exit status 1. A sentence over
--max-sentence-tokens tokens (almost always a table or a list the splitter
could not break) is kept as text but not analysed, so it gives no
statements; each is reported with a warning naming the file and the
sentence, and counted in the summary, but it does not change the exit
status.

Memory: the build keeps the Go heap under a soft limit of --heap-limit MiB
(the garbage collector works harder as the heap nears it, and until then
lets the heap grow to five times what is live, as GOGC=400 would; the
GOMEMLIMIT and GOGC environment variables, when set, take precedence),
and on Linux a bolt store's memory-mapped pages leave the resident set
once they pass 192 MiB.
A whole-Wikinews build (5,861 articles) peaks at about 0.9 GB resident. A
write holds more memory as the store grows: for a much larger store,
raise the limit (or set 0) if the build spends its time collecting
garbage (docs/scaling.md).`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.paths = args
			return o.run(cmd.Context())
		},
	}
	cmd.Flags().StringVar(&o.extractors, "extractors", defaultExtractors, "comma-separated extractors to run ("+extractorNames()+")")
	cmd.Flags().IntVar(&o.batch, "batch", 64, "articles per store transaction")
	cmd.Flags().IntVar(&o.workers, "workers", runtime.NumCPU(), "extraction workers")
	cmd.Flags().BoolVarP(&o.quiet, "quiet", "q", false, "print only problems (no progress, no summary)")
	cmd.Flags().IntVar(&o.heapMiB, "heap-limit", 512, "soft limit on the Go heap in MiB (0: none; GOMEMLIMIT takes precedence)")
	o.limits.register(cmd.Flags())
	return cmd
}

// buildGCPercent is the garbage collector's target under the build's heap
// limit (unless GOGC is set): the heap may grow to five times what is
// live, so that once a fifth of the limit is live (soon: the model alone
// is 78 MB) the limit, not twice the live heap, decides when to collect.
// In a whole-Wikinews build: 0.5-6 s less user CPU (median about 3 s),
// about 1.5 s less wall time, the same peak (docs/scaling.md).
const buildGCPercent = 400

// heapSettings applies the build's soft heap limit of heapMiB MiB (none
// for 0) and, under it, buildGCPercent, unless the environment (getenv)
// sets GOMEMLIMIT or GOGC; it returns a function that restores what was
// there before (the tests run many commands in one process).
func heapSettings(heapMiB int, getenv func(string) string) (restore func()) {
	if heapMiB <= 0 || getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := debug.SetMemoryLimit(int64(heapMiB) << 20)
	if getenv("GOGC") != "" {
		return func() { debug.SetMemoryLimit(limit) }
	}
	percent := debug.SetGCPercent(buildGCPercent)
	return func() {
		debug.SetMemoryLimit(limit)
		debug.SetGCPercent(percent)
	}
}

func (o *buildOptions) run(ctx context.Context) error {
	if err := o.limits.check(); err != nil {
		return err
	}
	if o.heapMiB < 0 {
		return fmt.Errorf("--heap-limit %d: want MiB, or 0 for none", o.heapMiB)
	}
	defer heapSettings(o.heapMiB, os.Getenv)()
	s, err := o.open(ctx, false)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := newPipelineWith(o.extractors, o.limits.pipelineOptions(s.Namespace()))
	if err != nil {
		return err
	}
	var total store.WriteStats
	sink := func(ctx context.Context, docs []graph.Document) error {
		st, err := s.Write(ctx, docs)
		total.Added += st.Added
		total.Replaced += st.Replaced
		total.Unchanged += st.Unchanged
		total.QuadsIn += st.QuadsIn
		total.Entities += st.Entities
		return err
	}
	prog := newProgress(ctx, o.io.Err, o.quiet, o.paths)
	rep, err := p.Build(ctx, o.paths, sink, pipeline.BuildOptions{
		Input:     o.limits.inputOptions(o.io.In),
		BatchDocs: o.batch, Workers: o.workers, Errors: o.io.Err,
		Stored: s.HasArticle, Progress: prog.update, Cores: buildCores(s)})
	prog.finish()
	if !o.quiet || rep.Skipped > 0 || rep.LongSentences > 0 || err != nil {
		o.summary(s.Location(), rep, total)
	}
	if errors.Is(err, context.Canceled) {
		return errors.New("interrupted: every article counted above as extracted was written")
	}
	if err != nil {
		return err
	}
	if rep.Skipped > 0 {
		return errFailed
	}
	return nil
}

// buildCores bounds the goroutines that extract or write at once to the
// cores Go uses when the store writes in this process (its writes are
// CPU work); a database server's writes mostly wait, so no bound.
func buildCores(s *store.Store) int {
	if s.Local() {
		return runtime.GOMAXPROCS(0)
	}
	return 0
}

func (o *buildOptions) summary(loc string, rep pipeline.Report, w store.WriteStats) {
	fmt.Fprintf(o.io.Err, "kg: built %d articles into %s: %d new, %d replaced, %d unchanged; %d sentences, %d statements extracted, %d quads written\n",
		rep.Articles+rep.Unchanged, loc, w.Added, w.Replaced, w.Unchanged+rep.Unchanged, rep.Sentences, rep.Statements, w.QuadsIn)
	if w.Entities > 0 {
		fmt.Fprintf(o.io.Err, "kg: removed %d entities that only the replaced versions mentioned\n", w.Entities)
	}
	o.limits.longSentences(o.io.Err, rep.LongSentences)
	if rep.Skipped == 0 {
		return
	}
	reasons := make([]string, 0, len(rep.Reasons))
	for r := range rep.Reasons {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	fmt.Fprintf(o.io.Err, "kg: skipped %d inputs:", rep.Skipped)
	for _, r := range reasons {
		fmt.Fprintf(o.io.Err, " %s %d;", r, rep.Reasons[r])
	}
	fmt.Fprintln(o.io.Err)
}
