package pipeline

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/kgraph/kg/graph"
)

// corpus writes n small articles and returns their directory.
func corpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		text := fmt.Sprintf("Ukrainian President Volodymyr Zelensky met %d officials in Kyiv.\n"+
			"The Pentagon supplied %d missiles to Ukraine.\n", i+1, 10*i+5)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func build(t *testing.T, p *Pipeline, dir string, o BuildOptions) ([]graph.Document, Report) {
	t.Helper()
	var got []graph.Document
	sink := func(_ context.Context, docs []graph.Document) error {
		got = append(got, docs...)
		return nil
	}
	rep, err := p.Build(context.Background(), []string{dir}, sink, o)
	if err != nil {
		t.Fatal(err)
	}
	return got, rep
}

func TestBuildOrderIndependentOfWorkers(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 20)
	one, rep1 := build(t, p, dir, BuildOptions{Workers: 1, BatchDocs: 3})
	four, rep4 := build(t, p, dir, BuildOptions{Workers: 4, BatchDocs: 7})
	if len(one) != 20 || rep1.Articles != 20 || rep1.Statements == 0 {
		t.Fatalf("1 worker: %d documents, report %+v", len(one), rep1)
	}
	if !reflect.DeepEqual(one, four) || !reflect.DeepEqual(rep1, rep4) {
		t.Error("4 workers gave other documents or another report than 1 worker")
	}
}

func TestBuildSkipsStoredArticles(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 5)
	all, _ := build(t, p, dir, BuildOptions{})
	hashes := map[string]string{}
	for _, d := range all[:3] {
		hashes[d.Article.ID] = d.Article.Hash
	}
	stored := func(_ context.Context, id, hash string) (bool, error) { return hashes[id] == hash, nil }
	calls := 0
	got, rep := build(t, p, dir, BuildOptions{Stored: stored, Progress: func(Report) { calls++ }})
	if len(got) != 2 || rep.Unchanged != 3 || rep.Articles != 2 {
		t.Errorf("got %d documents, report %+v; want 2 extracted and 3 unchanged", len(got), rep)
	}
	if calls != 5 {
		t.Errorf("progress called %d times, want once per article", calls)
	}
}

func TestBuildStopsOnSinkAndStoreErrors(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 10)
	boom := errors.New("disk full")
	_, err := p.Build(context.Background(), []string{dir}, func(context.Context, []graph.Document) error { return boom },
		BuildOptions{BatchDocs: 2})
	if !errors.Is(err, boom) {
		t.Errorf("sink error: got %v", err)
	}
	stored := func(context.Context, string, string) (bool, error) { return false, boom }
	_, err = p.Build(context.Background(), []string{dir}, func(context.Context, []graph.Document) error { return nil },
		BuildOptions{Stored: stored})
	if !errors.Is(err, boom) {
		t.Errorf("store error: got %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := p.Build(ctx, []string{dir}, func(context.Context, []graph.Document) error { return nil }, BuildOptions{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled build: got %v", err)
	}
}

// TestBuildInterruptedWritesWhatItHas cancels a build half way and checks
// that every article counted as extracted reached the sink.
func TestBuildInterruptedWritesWhatItHas(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 30)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var written []graph.Document
	sink := func(_ context.Context, docs []graph.Document) error {
		written = append(written, docs...)
		return nil
	}
	progress := func(r Report) {
		if r.Articles == 10 {
			cancel()
		}
	}
	rep, err := p.Build(ctx, []string{dir}, sink, BuildOptions{BatchDocs: 4, Workers: 2, Progress: progress})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancellation", err)
	}
	if rep.Articles < 10 || len(written) != rep.Articles {
		t.Errorf("extracted %d articles, wrote %d", rep.Articles, len(written))
	}
}

// TestBuildExtractsWhileWriting holds the first batch in the sink until
// most of the next batch has been extracted: the sink runs beside
// extraction, not in its way (before, extraction stopped at the first
// batch until the sink returned).
func TestBuildExtractsWhileWriting(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 12)
	ahead := make(chan struct{})
	var once sync.Once
	progress := func(r Report) {
		if r.Articles == 7 { // 4 in the sink, 3 of the next batch
			once.Do(func() { close(ahead) })
		}
	}
	calls := 0
	sink := func(ctx context.Context, docs []graph.Document) error {
		if calls++; calls == 1 {
			select {
			case <-ahead:
			case <-time.After(20 * time.Second):
				return errors.New("extraction waited for the sink")
			}
		}
		return nil
	}
	rep, err := p.Build(context.Background(), []string{dir}, sink, BuildOptions{BatchDocs: 4, Workers: 2, Progress: progress})
	if err != nil || rep.Articles != 12 {
		t.Fatalf("report %+v, err %v", rep, err)
	}
}

// TestBuildWritesHandedBatchWhenCancelled cancels the build while the sink
// is writing a batch: the batch is still written with a live context.
func TestBuildWritesHandedBatchWhenCancelled(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 6)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var written int
	sink := func(sctx context.Context, docs []graph.Document) error {
		cancel()
		if err := sctx.Err(); err != nil {
			return err
		}
		written += len(docs)
		return nil
	}
	rep, err := p.Build(ctx, []string{dir}, sink, BuildOptions{BatchDocs: 2, Workers: 1})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want cancellation", err)
	}
	if written != rep.Articles || written < 2 {
		t.Errorf("extracted %d articles, wrote %d", rep.Articles, written)
	}
}

// TestBuildCores bounds the build to two cores with four workers: while the
// sink writes (holding one core), at most one article is being looked up
// and extracted; without the bound, up to four are.
func TestBuildCores(t *testing.T) {
	p := newTestPipeline(t)
	dir := corpus(t, 24)
	var active, most atomic.Int32
	stored := func(ctx context.Context, id, hash string) (bool, error) {
		active.Add(1)
		time.Sleep(2 * time.Millisecond)
		active.Add(-1)
		return false, nil
	}
	sink := func(ctx context.Context, docs []graph.Document) error {
		for range 20 {
			if n := active.Load(); n > most.Load() {
				most.Store(n)
			}
			time.Sleep(time.Millisecond)
		}
		return nil
	}
	rep, err := p.Build(context.Background(), []string{dir}, sink,
		BuildOptions{BatchDocs: 4, Workers: 4, Stored: stored, Cores: 2})
	if err != nil || rep.Articles != 24 {
		t.Fatalf("report %+v, err %v", rep, err)
	}
	if got := most.Load(); got > 1 {
		t.Errorf("%d articles looked up at once while the sink wrote, want at most 1 (2 cores, one the writer's)", got)
	}
}
