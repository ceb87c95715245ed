package load

import (
	"context"
	"io"
	"os"
)

// FileIn is File for N-Quads, handing the Adder size quads at a time.
func FileIn(ctx context.Context, s Adder, path string, size int) (int, error) {
	file, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer file.Close()
	return addNQuads(ctx, s, file, path, size)
}

// FromReaderIn is FromReader for N-Quads, handing the Adder size quads at
// a time.
func FromReaderIn(ctx context.Context, s Adder, r io.Reader, name string, size int) (int, error) {
	return addNQuadsFrom(ctx, s, r, name, size)
}

// JSONLDIn is File for JSON-LD, converting chunk nodes at a time and
// handing the Adder size quads at a time. It reports whether the document
// streamed (was read in two passes) rather than whole.
func JSONLDIn(ctx context.Context, s Adder, path string, chunk, size int) (int, bool, error) {
	file, err := os.Open(path)
	if err != nil {
		return 0, false, err
	}
	defer file.Close()
	return addJSONLD(ctx, s, file, path, chunk, size)
}

// JSONLDFromReaderIn is FromReader for JSON-LD, as JSONLDIn.
func JSONLDFromReaderIn(ctx context.Context, s Adder, r io.Reader, name string, chunk, size int) (int, bool, error) {
	return addJSONLDFrom(ctx, s, r, name, chunk, size)
}
