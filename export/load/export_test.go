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
