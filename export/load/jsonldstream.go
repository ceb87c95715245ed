package load

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
)

// addJSONLD adds the JSON-LD document in file, named name, to s. A
// document of the shape that streams is read once, chunk nodes at a time:
// its quads are checked and written, as N-Quads, to a temporary file,
// which writeNQuads then adds size quads at a time. Any other document is
// read whole, as Read reads it. addJSONLD reports whether the document
// streamed. A file that is not a regular file is read as addJSONLDFrom
// reads.
func addJSONLD(ctx context.Context, s Adder, file *os.File, name string, chunk, size int) (int, bool, error) {
	if fi, err := file.Stat(); err != nil || !fi.Mode().IsRegular() {
		return addJSONLDFrom(ctx, s, file, name, chunk, size)
	}
	return addJSONLDAgain(ctx, s, file, file, name, chunk, size)
}

// addJSONLDFrom is addJSONLD for a reader, read once: it is copied to a
// temporary file as it is read, in case it must be read whole.
func addJSONLDFrom(ctx context.Context, s Adder, r io.Reader, name string, chunk, size int) (int, bool, error) {
	tmp, done, err := tempFile(name, "kg-import-*.jsonld")
	if err != nil {
		return 0, false, err
	}
	defer done()
	return addJSONLDAgain(ctx, s, io.TeeReader(r, tmp), tmp, name, chunk, size)
}

// addJSONLDAgain is addJSONLD reading r, which again can read from the
// start once r is read to its end.
func addJSONLDAgain(ctx context.Context, s Adder, r io.Reader, again io.ReadSeeker, name string, chunk, size int) (int, bool, error) {
	nq, done, err := tempFile(name, "kg-import-*.nq")
	if err != nil {
		return 0, false, err
	}
	defer done()
	sums, err := checkJSONLD(ctx, s, r, nq, name, chunk, size)
	if errors.Is(err, errWhole) {
		if _, err := io.Copy(io.Discard, r); err != nil { // all of it, to again
			return 0, false, &Error{Path: name, Err: err}
		}
		if _, err := again.Seek(0, io.SeekStart); err != nil {
			return 0, false, &Error{Path: name, Err: err}
		}
		n, err := add(ctx, s, again, name, JSONLD)
		return n, false, err
	}
	if err != nil {
		return 0, true, err
	}
	if _, err := nq.Seek(0, io.SeekStart); err != nil {
		return 0, true, &Error{Path: name, Err: err}
	}
	n, err := writeNQuads(ctx, s, nq, name, sums)
	return n, true, err
}

// checkJSONLD reads all of r, converts its nodes to quads chunk nodes at
// a time, checks each quad as Read and s.CheckQuad do and writes it to w
// as an N-Quads line, and hashes r and the lines of each batch of size.
// It returns errWhole, unwrapped, when r must be read whole.
func checkJSONLD(ctx context.Context, s Adder, r io.Reader, w io.Writer, name string, chunk, size int) (fileSums, error) {
	h := sha256.New()
	r = io.TeeReader(r, h)
	g, err := newGraphReader(r, name, s.CheckQuad)
	if err != nil {
		return fileSums{}, err
	}
	out := bufio.NewWriter(w)
	sums := fileSums{size: size}
	lines := sha256.New()
	for {
		if err := ctx.Err(); err != nil {
			return fileSums{}, err
		}
		qs, err := g.next(chunk)
		if err == io.EOF {
			break
		} else if err != nil {
			return fileSums{}, err
		}
		for _, q := range qs {
			line := q.NQuad()
			writeLine(lines, line)
			writeLine(out, line)
			if sums.total++; sums.total%size == 0 {
				sums.batches = append(sums.batches, lines.Sum(nil))
				lines.Reset()
			}
		}
	}
	if sums.total%size != 0 {
		sums.batches = append(sums.batches, lines.Sum(nil))
	}
	if _, err := io.Copy(io.Discard, r); err != nil { // hash all of it
		return fileSums{}, &Error{Path: name, Err: err}
	}
	if err := out.Flush(); err != nil {
		return fileSums{}, &Error{Path: name, Err: fmt.Errorf("temporary file: %w", err)}
	}
	sums.file = hex.EncodeToString(h.Sum(nil))
	return sums, nil
}
