package input

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// shared returns the path of rel in the shared data beside the repository.
// Without it, tests fail under CI=true and skip elsewhere.
func shared(tb testing.TB, rel string) string {
	tb.Helper()
	p := filepath.Join("..", "..", "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			tb.Fatalf("shared data missing: %v", err)
		}
		tb.Skipf("shared data missing: %v", err)
	}
	return p
}

func TestReadSeeds(t *testing.T) {
	dir := shared(t, "seeds")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var want []Article
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, Article{ID: strings.TrimSuffix(e.Name(), ".txt"), Text: string(data), Origin: path})
	}
	if len(want) != 5 {
		t.Fatalf("%s has %d files, want the 5 seeds", dir, len(want))
	}
	var got []Article
	for a, err := range Read(t.Context(), []string{dir}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, a)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d articles, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("article %d: got ID %q origin %q (%d bytes), want ID %q origin %q (%d bytes)",
				i, got[i].ID, got[i].Origin, len(got[i].Text), want[i].ID, want[i].Origin, len(want[i].Text))
		}
	}
}

// TestReadUkraine reads the Wikinews Ukraine subset and checks each
// article against the line decoded independently.
func TestReadUkraine(t *testing.T) {
	path := shared(t, "corpora/wikinews_en/ukraine.jsonl.gz")
	want := decodeCorpus(t, path)
	if len(want) != 53 {
		t.Fatalf("independent decoding found %d articles, want 53", len(want))
	}
	n := 0
	for a, err := range Read(t.Context(), []string{path}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		if n >= len(want) {
			t.Fatalf("more articles than the %d lines", len(want))
		}
		w := want[n]
		n++
		w.Origin = path + ":" + strconv.Itoa(n)
		if a != w {
			t.Errorf("line %d: got %+.80v\nwant %+.80v", n, a, w)
		}
	}
	if n != 53 {
		t.Errorf("got %d articles, want 53", n)
	}
}

// decodeCorpus decodes a gzipped JSON-lines corpus into articles with
// bufio.Scanner and a map, independently of Read.
func decodeCorpus(tb testing.TB, path string) []Article {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		tb.Fatal(err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(nil, 1<<20)
	var out []Article
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			tb.Fatal(err)
		}
		str := func(k string) string { s, _ := m[k].(string); return s }
		out = append(out, Article{ID: str("id"), Title: str("title"), Text: str("text"), Date: str("date"), URL: str("url")})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// BenchmarkReadWikinews reads the whole Wikinews corpus. Bytes are the
// decompressed JSON lines.
func BenchmarkReadWikinews(b *testing.B) {
	path := shared(b, "corpora/wikinews_en/wikinews_en.jsonl.gz")
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		b.Fatal(err)
	}
	size, err := io.Copy(io.Discard, zr)
	f.Close()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range Read(context.Background(), []string{path}, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 5861 {
			b.Fatalf("read %d articles, want 5861", n)
		}
	}
}
