package load

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph/store"
)

// batchQuads is the number of quads an N-Quads file is handed to the
// Adder at a time: as many as store.AddQuads writes in one transaction.
// Only one batch of the file's quads is held at a time.
const batchQuads = 50000

// addNQuads adds the N-Quads of file, named name, to s in two passes. The
// first checks every statement (with s.CheckQuad too), hashes the file and
// the statements of each batch of size, and holds no quads; the second
// reads the statements again and adds them size at a time, blank nodes
// renamed with the file's hash, each batch only if its statements are the
// ones the first pass checked. A file that is not a regular file, which
// cannot be read twice, is copied to a temporary file first.
func addNQuads(ctx context.Context, s Adder, file *os.File, name string, size int) (int, error) {
	if fi, err := file.Stat(); err != nil || !fi.Mode().IsRegular() {
		return addNQuadsFrom(ctx, s, file, name, size)
	}
	sums, err := checkNQuads(ctx, s, file, name, size)
	if err != nil {
		return 0, err
	}
	if _, err := file.Seek(0, io.SeekStart); err != nil {
		return 0, &Error{Path: name, Err: err}
	}
	return writeNQuads(ctx, s, file, name, sums)
}

// addNQuadsFrom is addNQuads for a reader, read once: the first pass
// copies it to a temporary file, which the second reads.
func addNQuadsFrom(ctx context.Context, s Adder, r io.Reader, name string, size int) (int, error) {
	tmp, done, err := tempFile(name, "kg-import-*.nq")
	if err != nil {
		return 0, err
	}
	defer done()
	sums, err := checkNQuads(ctx, s, io.TeeReader(r, tmp), name, size)
	if err != nil {
		return 0, err
	}
	if _, err := tmp.Seek(0, io.SeekStart); err != nil {
		return 0, &Error{Path: name, Err: err}
	}
	return writeNQuads(ctx, s, tmp, name, sums)
}

// tempFile creates a temporary file (pattern as for os.CreateTemp) for
// importing name; done closes and removes it.
func tempFile(name, pattern string) (f *os.File, done func(), err error) {
	f, err = os.CreateTemp("", pattern)
	if err != nil {
		return nil, nil, &Error{Path: name, Err: fmt.Errorf("temporary file: %w", err)}
	}
	return f, func() {
		f.Close()
		os.Remove(f.Name())
	}, nil
}

// fileSums is what the first pass over an N-Quads file found.
type fileSums struct {
	file    string   // the hash of the whole file, which scopes its blank nodes
	total   int      // its statements
	size    int      // the statements of a batch
	batches [][]byte // the hash of each batch's statement lines
}

// checkNQuads reads all of r, checks each statement as readNQuads and
// s.CheckQuad do, and hashes r and each batch of size statements.
func checkNQuads(ctx context.Context, s Adder, r io.Reader, name string, size int) (fileSums, error) {
	h := sha256.New()
	r = io.TeeReader(r, h)
	check := func(q quad.Quad) (quad.Quad, error) {
		q, err := importable(q)
		if err == nil {
			err = s.CheckQuad(q)
		}
		return q, err
	}
	sums := fileSums{size: size}
	lines := sha256.New()
	err := scanNQuads(r, name, check, func(line string, _ quad.Quad) error {
		writeLine(lines, line)
		if sums.total++; sums.total%size == 0 {
			sums.batches = append(sums.batches, lines.Sum(nil))
			lines.Reset()
			return ctx.Err()
		}
		return nil
	})
	if err != nil {
		return fileSums{}, err
	}
	if sums.total%size != 0 {
		sums.batches = append(sums.batches, lines.Sum(nil))
	}
	if _, err := io.Copy(io.Discard, r); err != nil { // hash all of it
		return fileSums{}, &Error{Path: name, Err: err}
	}
	sums.file = hex.EncodeToString(h.Sum(nil))
	return sums, nil
}

func writeLine(w io.Writer, line string) {
	io.WriteString(w, line)
	w.Write([]byte{'\n'})
}

// writeNQuads reads r again, which checkNQuads summed up as sums, and adds
// its statements to s a batch at a time. A failed write is an *Error
// holding a *store.ImportError that counts the quads of r stored before
// it; so is a file that changed since checkNQuads read it, detected before
// the first batch that differs is written (what was stored stays).
func writeNQuads(ctx context.Context, s Adder, r io.Reader, name string, sums fileSums) (int, error) {
	b := &batcher{ctx: ctx, s: s, sums: sums, lines: sha256.New()}
	// The first pass checked every statement: rewrite them only.
	err := scanNQuads(r, name, nil, func(line string, q quad.Quad) error {
		return b.add(line, scoped(inFull(q), sums.file))
	})
	if err == nil {
		err = b.flush()
	}
	if err == nil && b.stored != sums.total {
		err = errChanged
	}
	if err == nil {
		return b.stored, nil
	}
	var bad *Error
	if !errors.As(err, &bad) {
		return 0, &Error{Path: name, Err: b.failed(err)}
	}
	if err = bad.Err; bad.Line > 0 { // a line that was good in the first pass
		err = fmt.Errorf("%w: %w", errChanged, err)
	}
	return 0, &Error{Path: name, Line: bad.Line, Err: b.failed(err)}
}

var errChanged = errors.New("the file changed while it was imported")

// batcher hands quads to an Adder a batch at a time, each batch only if
// the hash of its lines is the one the first pass found.
type batcher struct {
	ctx    context.Context
	s      Adder
	sums   fileSums
	batch  []quad.Quad
	lines  hash.Hash // of the batch's lines
	stored int       // the quads added
}

func (b *batcher) add(line string, q quad.Quad) error {
	writeLine(b.lines, line)
	if b.batch = append(b.batch, q); len(b.batch) == b.sums.size {
		return b.flush()
	}
	return nil
}

func (b *batcher) flush() error {
	if len(b.batch) == 0 {
		return nil
	}
	k := b.stored / b.sums.size
	if k >= len(b.sums.batches) || !bytes.Equal(b.lines.Sum(nil), b.sums.batches[k]) {
		return errChanged
	}
	if err := b.s.AddQuads(b.ctx, b.batch); err != nil {
		return err
	}
	b.stored += len(b.batch)
	b.batch = b.batch[:0]
	b.lines.Reset()
	return nil
}

// failed returns err as a *store.ImportError counting the quads stored:
// those of the batches before, and those of the failed batch that its
// own *store.ImportError counts.
func (b *batcher) failed(err error) error {
	if part := (*store.ImportError)(nil); errors.As(err, &part) {
		return &store.ImportError{Stored: b.stored + part.Stored, Total: b.sums.total, Err: part.Err}
	}
	return &store.ImportError{Stored: b.stored, Total: b.sums.total, Err: err}
}
