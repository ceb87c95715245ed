package input

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// writeFiles creates the files in dir, making parent directories. Data
// is written as given.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func gzipped(t testing.TB, s string) string {
	t.Helper()
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// result is one item yielded by Read, in a form easy to compare.
type result struct {
	Art Article
	Err string // err.Error(), or "" for an article
}

// readAll runs Read and returns everything it yields.
func readAll(t *testing.T, paths []string, opt Options) []result {
	t.Helper()
	var got []result
	for a, err := range Read(context.Background(), paths, opt) {
		if err != nil {
			if _, ok := err.(*Error); !ok {
				t.Errorf("error %v is a %T, want *Error", err, err)
			}
			got = append(got, result{Err: err.Error()})
			continue
		}
		got = append(got, result{Art: a})
	}
	return got
}
