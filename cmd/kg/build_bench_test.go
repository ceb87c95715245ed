package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/graph/store"
)

const wikinews = "../../../shared/corpora/wikinews_en/wikinews_en.jsonl.gz"

var buildArticles = flag.Int("build.articles", 600, "Wikinews articles BenchmarkBuildWikinews builds (0: all 5,861)")

// BenchmarkBuildWikinews runs `kg build` as the command line does
// (reading, extraction, writing; --quiet) on the first
// -build.articles Wikinews articles into a fresh bolt store, with one
// worker and with two, and reports the articles, sentences, statements
// and quads of the store per second of the whole build. The counts come
// from the store's Stats after the first build, untimed. The models load
// once per process, in an untimed build of the seed articles first (about
// 1 s that the command line spends in every run).
//
//	go test ./cmd/kg -run '^$' -bench BuildWikinews -benchtime 1x -count 3
//	go test ./cmd/kg -run '^$' -bench BuildWikinews -benchtime 1x -build.articles 0
func BenchmarkBuildWikinews(b *testing.B) {
	corpus := wikinews
	if *buildArticles > 0 {
		corpus = firstLines(b, wikinews, *buildArticles)
	} else if _, err := os.Stat(wikinews); err != nil && os.Getenv("CI") == "true" {
		b.Fatalf("corpus missing in CI: %v", err)
	} else if err != nil {
		b.Skipf("corpus missing: %v", err)
	}
	buildInto(b, filepath.Join(b.TempDir(), "warm.db"), 2, "../../data/articles")
	for _, workers := range []int{1, 2} {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.ReportAllocs()
			var st store.Stats
			for i := range b.N {
				db := filepath.Join(b.TempDir(), "kg.db")
				buildInto(b, db, workers, corpus)
				if i == 0 {
					b.StopTimer()
					st = storeStats(b, db)
					b.StartTimer()
				}
			}
			secs := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(st.Articles)/secs, "articles/s")
			b.ReportMetric(float64(st.Sentences)/secs, "sentences/s")
			b.ReportMetric(float64(st.Statements)/secs, "statements/s")
			b.ReportMetric(float64(st.Quads)/secs, "quads/s")
		})
	}
}

// buildInto runs kg build --quiet of corpus into db with workers workers.
func buildInto(b *testing.B, db string, workers int, corpus string) {
	b.Helper()
	var errb strings.Builder
	args := []string{"--db", db, "build", "--quiet", "--workers", fmt.Sprint(workers), corpus}
	if code := run(context.Background(), args, streams{In: strings.NewReader(""), Out: io.Discard, Err: &errb}); code != 0 {
		b.Fatalf("build exited %d: %s", code, errb.String())
	}
}

// storeStats opens the store at db read-only and counts what it holds.
func storeStats(b *testing.B, db string) store.Stats {
	b.Helper()
	s, err := store.Open(context.Background(), db, store.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	return st
}
