package load_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/load"
	"github.com/kgraph/kg/graph/store"
)

// recorder is a store that records the size of every AddQuads call, and
// can fail the fail-th call with failErr or run onAdd before each call.
type recorder struct {
	*store.Store
	sizes   []int
	fail    int
	failErr error
	onAdd   func()
}

func (r *recorder) AddQuads(ctx context.Context, qs []quad.Quad) error {
	r.sizes = append(r.sizes, len(qs))
	if r.onAdd != nil {
		r.onAdd()
	}
	if len(r.sizes) == r.fail {
		return r.failErr
	}
	return r.Store.AddQuads(ctx, qs)
}

// lines returns the quads of s as sorted N-Quads lines.
func lines(t *testing.T, s *store.Store) []string {
	t.Helper()
	var out []string
	if err := s.Quads(context.Background(), func(q quad.Quad) error {
		out = append(out, q.NQuad())
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// streamFile writes the N-Quads export of a synthetic store, with lines
// of blank nodes, a comment and a repeated line, and returns its path
// and the quads of a store that read it whole.
func streamFile(t *testing.T) (string, int, []string) {
	t.Helper()
	text := exports(t, exporttest.Store(t, exporttest.Synthetic(6)))["kg.nq"]
	text = append(text, "# blank nodes\n_:b0 <http://ex.org/knows> _:b1 .\n_:b1 <http://ex.org/name> \"B\" _:g .\n"...)
	text = append(text, bytes.SplitAfter(text, []byte("\n"))[0]...)
	path := filepath.Join(t.TempDir(), "kg.nq")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	qs, err := load.Read(bytes.NewReader(text), path, load.NQuads)
	if err != nil {
		t.Fatal(err)
	}
	whole := open(t, "")
	if err := whole.AddQuads(context.Background(), qs); err != nil {
		t.Fatal(err)
	}
	return path, len(qs), lines(t, whole)
}

// TestFileBatches adds an N-Quads file in batches of several sizes: each
// call of AddQuads gets at most a batch, and the store ends the same as
// one that read the file whole (blank nodes named alike).
func TestFileBatches(t *testing.T) {
	ctx := context.Background()
	path, total, want := streamFile(t)
	for _, size := range []int{1, 7, 100, total - 1, total, total + 1} {
		s := &recorder{Store: open(t, "")}
		n, err := load.FileIn(ctx, s, path, size)
		if err != nil || n != total {
			t.Fatalf("batches of %d: %d quads, %v; want %d", size, n, err, total)
		}
		if calls := (total + size - 1) / size; len(s.sizes) != calls || slices.Max(s.sizes) > size {
			t.Errorf("batches of %d: AddQuads called with %v, want %d calls of at most %d", size, s.sizes, calls, size)
		}
		if got := lines(t, s.Store); !slices.Equal(got, want) {
			t.Errorf("batches of %d: %d quads stored, reading the file whole stores %d", size, len(got), len(want))
		}
	}
}

// TestFileBadLineLate puts a line that does not parse, and then a quad the
// store refuses, at the end of a file of many batches: nothing of the file
// is stored, and the error gives the line.
func TestFileBadLineLate(t *testing.T) {
	ctx := context.Background()
	path, _, _ := streamFile(t)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	last := bytes.Count(good, []byte("\n")) + 1
	for _, bad := range []string{
		"<http://ex.org/a> oops .\n",
		"<https://example.org/kg/ns#store> <https://example.org/kg/ns#base> \"https://other.example/\" .\n",
	} {
		if err := os.WriteFile(path, append(slices.Clip(good), bad...), 0o644); err != nil {
			t.Fatal(err)
		}
		s := &recorder{Store: open(t, "")}
		before := lines(t, s.Store)
		_, err := load.FileIn(ctx, s, path, 7)
		var lerr *load.Error
		if !errors.As(err, &lerr) || lerr.Line != last {
			t.Errorf("%q: error %v, want one at line %d", bad, err, last)
		}
		if len(s.sizes) != 0 || !slices.Equal(lines(t, s.Store), before) {
			t.Errorf("%q: AddQuads called %d times; the store changed", bad, len(s.sizes))
		}
	}
}

// TestFileFailsPartWay fails the third write: the error counts the quads
// of the two batches before it, and of the third when its own error
// counts some, and the store holds those.
func TestFileFailsPartWay(t *testing.T) {
	ctx := context.Background()
	path, total, _ := streamFile(t)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	qs, err := load.Read(bytes.NewReader(text), path, load.NQuads)
	if err != nil {
		t.Fatal(err)
	}
	const size = 10
	for _, tc := range []struct {
		failErr error
		stored  int
	}{
		{errors.New("disk full"), 2 * size},
		{&store.ImportError{Stored: 0, Total: size, Err: errors.New("disk full")}, 2 * size},
		{&store.ImportError{Stored: 3, Total: size, Err: errors.New("disk full")}, 2*size + 3},
	} {
		s := &recorder{Store: open(t, ""), fail: 3, failErr: tc.failErr}
		_, err := load.FileIn(ctx, s, path, size)
		var lerr *load.Error
		var ie *store.ImportError
		if !errors.As(err, &lerr) || lerr.Path != path || !errors.As(err, &ie) ||
			ie.Stored != tc.stored || ie.Total != total || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("third write failing with %v: error %v, want an *Error holding an *ImportError of %d of %d quads stored",
				tc.failErr, err, tc.stored, total)
		}
		if got, want := lines(t, s.Store), storedLines(t, qs[:2*size]); !slices.Equal(got, want) {
			t.Errorf("third write failing with %v: the store holds %d quads, want the first two batches' %d", tc.failErr, len(got), len(want))
		}
	}
}

// storedLines returns the lines of a new store holding qs.
func storedLines(t *testing.T, qs []quad.Quad) []string {
	t.Helper()
	s := open(t, "")
	if err := s.AddQuads(context.Background(), qs); err != nil {
		t.Fatal(err)
	}
	return lines(t, s)
}

// onlyReader hides every method of its reader but Read, as a pipe would.
type onlyReader struct{ r io.Reader }

func (o onlyReader) Read(p []byte) (int, error) { return o.r.Read(p) }

// TestFromReader adds N-Quads from a reader read once (standard input):
// the same store as from the file, a bad last line stores nothing, and
// the temporary copy is gone afterwards.
func TestFromReader(t *testing.T) {
	ctx := context.Background()
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	path, total, want := streamFile(t)
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := &recorder{Store: open(t, "")}
	n, err := load.FromReaderIn(ctx, s, onlyReader{bytes.NewReader(text)}, "standard input", 7)
	if err != nil || n != total || len(s.sizes) != (total+6)/7 {
		t.Errorf("from a reader: %d quads in %d calls, %v; want %d in %d", n, len(s.sizes), err, total, (total+6)/7)
	}
	if got := lines(t, s.Store); !slices.Equal(got, want) {
		t.Errorf("from a reader: %d quads stored, from the file %d", len(got), len(want))
	}
	bad := &recorder{Store: open(t, "")}
	_, err = load.FromReaderIn(ctx, bad, onlyReader{io.MultiReader(bytes.NewReader(text), strings.NewReader("oops\n"))}, "standard input", 7)
	if !strings.HasPrefix(fmt.Sprint(err), fmt.Sprintf("standard input:%d:", bytes.Count(text, []byte("\n"))+1)) || len(bad.sizes) != 0 {
		t.Errorf("a bad last line from a reader: error %v, %d calls of AddQuads; want the line and none", err, len(bad.sizes))
	}
	if left, _ := os.ReadDir(tmp); len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

// TestFileChanged changes the file after the first write, adding a line
// or spoiling its last: the import fails before it writes the batch that
// changed, saying that the file changed and how many quads were stored.
func TestFileChanged(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		change func(f *os.File, size int64) error
		line   bool // the error gives a line
	}{
		{"a line added", func(f *os.File, size int64) error {
			_, err := f.WriteAt([]byte("<http://ex.org/late> <http://ex.org/p> \"q\" .\n"), size)
			return err
		}, false},
		{"the last line spoiled", func(f *os.File, size int64) error {
			_, err := f.WriteAt([]byte("oops"), size-5)
			return err
		}, true},
	} {
		path, total, _ := streamFile(t)
		s := &recorder{Store: open(t, "")}
		s.onAdd = func() {
			if len(s.sizes) > 1 {
				return
			}
			f, err := os.OpenFile(path, os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			fi, err := f.Stat()
			if err == nil {
				err = tc.change(f, fi.Size())
			}
			if err != nil {
				t.Fatal(err)
			}
		}
		_, err := load.FileIn(ctx, s, path, 10)
		var ie *store.ImportError
		var lerr *load.Error
		stored := total - total%10 // the last batch holds the change
		if !errors.As(err, &ie) || ie.Total != total || ie.Stored != stored || !strings.Contains(err.Error(), "changed") ||
			!errors.As(err, &lerr) || (lerr.Line > 0) != tc.line {
			t.Errorf("%s: error %v, want an *ImportError of %d of %d quads stored saying the file changed (with the line: %v)",
				tc.name, err, stored, total, tc.line)
		}
		if got := strings.Join(lines(t, s.Store), "\n"); strings.Contains(got, "http://ex.org/late") {
			t.Errorf("%s: the line added after the first pass was stored", tc.name)
		}
	}
}

// FuzzFileNQuads checks that adding an N-Quads file in batches of two
// stores what reading it whole and adding it in one call stores, and that
// both refuse the same files, the batches then storing nothing.
func FuzzFileNQuads(f *testing.F) {
	for _, s := range []string{
		"<http://a.example/s> <http://a.example/p> <http://a.example/o> .\n",
		"_:b0 <http://a.example/p> _:b1 .\n_:b1 <http://a.example/p> \"x\"@en _:g .\n_:b0 <http://a.example/p> _:b1 .\n",
		"<http://a.example/s> <http://a.example/p> \"1\" .\n<http://a.example/s> <http://a.example/p> \"2\" .\n<s> <p> <o> .\n",
		"<http://a.example/s> <http://a.example/p> \"1\" .\n<http://a.example/s> <http://a.example/p> \"2\" .\n" +
			"<https://example.org/kg/ns#store> <https://example.org/kg/ns#base> \"https://other.example/\" .\n",
		"# only a comment\n",
		"<http://a.example/s> <http://a.example/p> \"unterminated .\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		ref := loadWhole(t, data, "f.nq", load.NQuads)
		s := &recorder{Store: open(t, "")}
		n, err := load.FileIn(context.Background(), s, ref.path, 2)
		ref.match(t, "in batches", s, n, err)
	})
}

// wholeLoad is the reference a streamed load must match: a file read
// whole and added in one call.
type wholeLoad struct {
	path  string       // the file
	store *store.Store // what adding it stored
	n     int          // the quads read
	err   error        // why it was refused, if it was
}

// loadWhole writes data to a temporary file named name and loads it whole
// in format f.
func loadWhole(t *testing.T, data, name string, f load.Format) wholeLoad {
	t.Helper()
	w := wholeLoad{path: filepath.Join(t.TempDir(), name), store: open(t, "")}
	if err := os.WriteFile(w.path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	qs, err := load.Read(strings.NewReader(data), w.path, f)
	if err == nil {
		err = w.store.AddQuads(context.Background(), qs)
	}
	w.n, w.err = len(qs), err
	return w
}

// match fails t unless a streamed load (how), which added n quads to s
// and returned err, refused the file exactly when the whole load did,
// then storing nothing, or else stored the same quads.
func (w wholeLoad) match(t *testing.T, how string, s *recorder, n int, err error) {
	t.Helper()
	switch {
	case (err == nil) != (w.err == nil):
		t.Fatalf("%s: %v; read whole: %v", how, err, w.err)
	case err != nil:
		if len(s.sizes) != 0 || !slices.Equal(lines(t, s.Store), lines(t, open(t, ""))) {
			t.Fatalf("%s: a refused file (%v) stored quads in %d calls", how, err, len(s.sizes))
		}
	case n != w.n || !slices.Equal(lines(t, s.Store), lines(t, w.store)):
		t.Fatalf("%s: %d quads, store\n%s\nread whole: %d quads, store\n%s", how, n,
			strings.Join(lines(t, s.Store), "\n"), w.n, strings.Join(lines(t, w.store), "\n"))
	}
}
