package text

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"testing"
)

// wikinewsPath is the Wikinews corpus, relative to this package.
const wikinewsPath = "../../../shared/corpora/wikinews_en/wikinews_en.jsonl.gz"

// loadWikinews returns the normalised "text" field of the first n articles
// of the Wikinews corpus.
func loadWikinews(n int) ([]string, error) {
	f, err := os.Open(wikinewsPath)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", wikinewsPath, err)
	}
	sc := bufio.NewScanner(z)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var docs []string
	for len(docs) < n && sc.Scan() {
		var rec struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("read %s line %d: %w", wikinewsPath, len(docs)+1, err)
		}
		docs = append(docs, Normalize(rec.Text))
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", wikinewsPath, err)
	}
	return docs, nil
}

// BenchmarkSplit splits the first 500 Wikinews articles per iteration.
func BenchmarkSplit(b *testing.B) {
	docs, err := loadWikinews(500)
	if os.IsNotExist(err) {
		b.Skipf("Wikinews corpus not found at %s", wikinewsPath)
	}
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Split(d)
		}
	}
}

// BenchmarkNormalize normalises the first 500 Wikinews articles per iteration.
func BenchmarkNormalize(b *testing.B) {
	docs, err := loadWikinews(500)
	if os.IsNotExist(err) {
		b.Skipf("Wikinews corpus not found at %s", wikinewsPath)
	}
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, d := range docs {
		size += len(d)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			Normalize(d)
		}
	}
}
