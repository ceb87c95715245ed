package input

import (
	"compress/gzip"
	"io"
	"testing"
)

// flushWriter gzips with a sync flush after each write, so a reader can
// decompress each write before the rest of the stream arrives.
type flushWriter struct{ zw *gzip.Writer }

func newFlushWriter(w io.Writer) *flushWriter { return &flushWriter{gzip.NewWriter(w)} }

func (f *flushWriter) write(t *testing.T, s string) {
	t.Helper()
	if _, err := io.WriteString(f.zw, s); err != nil {
		t.Fatal(err)
	}
	if err := f.zw.Flush(); err != nil {
		t.Fatal(err)
	}
}
