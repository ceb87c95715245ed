// Package extsort sorts byte records that need not fit in memory, so that
// exporters can write in a canonical order with bounded memory.
//
// A Sorter buffers records up to a byte limit, then sorts them and spills
// them to a temporary file as a sorted run; Each merges the runs (and what
// is still buffered) and yields every distinct record once, in bytewise
// order. Memory use is the limit plus one read buffer per run; a graph of
// any size costs disk space instead.
package extsort

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
)

// DefaultLimit is the buffer size of a Sorter made with limit 0.
const DefaultLimit = 16 << 20

// maxFan is how many runs one merge reads at once; more are first merged
// into bigger runs.
const maxFan = 64

// readBuffer is the read buffer of each run during a merge.
const readBuffer = 64 << 10

// A Sorter sorts records. It is not safe for concurrent use.
type Sorter struct {
	dir   string
	limit int
	arena []byte   // buffered records, back to back
	recs  [][2]int // offset and length of each buffered record in arena
	runs  []*os.File
	done  bool
}

// New returns a Sorter that buffers up to limit bytes of records (0:
// DefaultLimit) and spills to temporary files in dir ("": os.TempDir).
func New(dir string, limit int) *Sorter {
	if limit <= 0 {
		limit = DefaultLimit
	}
	return &Sorter{dir: dir, limit: limit}
}

// Add adds a copy of rec.
func (s *Sorter) Add(rec []byte) error {
	if s.done {
		return errors.New("extsort: Add after Each")
	}
	if len(s.arena) > 0 && len(s.arena)+len(rec) > s.limit {
		if err := s.spill(); err != nil {
			return err
		}
	}
	if need := len(s.arena) + len(rec); need > cap(s.arena) {
		// Grow by doubling, but not past the limit: append's own growth
		// would let a 16 MiB buffer take 32.
		grown := make([]byte, len(s.arena), max(need, min(2*cap(s.arena)+4096, s.limit)))
		copy(grown, s.arena)
		s.arena = grown
	}
	s.recs = append(s.recs, [2]int{len(s.arena), len(rec)})
	s.arena = append(s.arena, rec...)
	return nil
}

func (s *Sorter) rec(i int) []byte {
	r := s.recs[i]
	return s.arena[r[0] : r[0]+r[1]]
}

// sortBuffer sorts the buffered records.
func (s *Sorter) sortBuffer() {
	slices.SortFunc(s.recs, func(a, b [2]int) int {
		return bytes.Compare(s.arena[a[0]:a[0]+a[1]], s.arena[b[0]:b[0]+b[1]])
	})
}

// spill writes the buffered records, sorted and without repeats, to a new
// run and empties the buffer.
func (s *Sorter) spill() error {
	s.sortBuffer()
	f, err := os.CreateTemp(s.dir, "kg-sort-*")
	if err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	s.runs = append(s.runs, f)
	w := bufio.NewWriter(f)
	var last []byte
	for i := range s.recs {
		r := s.rec(i)
		if i > 0 && bytes.Equal(r, last) {
			continue
		}
		if err := writeRecord(w, r); err != nil {
			return fmt.Errorf("extsort: %w", err)
		}
		last = r
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	s.arena, s.recs = s.arena[:0], s.recs[:0]
	return nil
}

func writeRecord(w *bufio.Writer, r []byte) error {
	var n [binary.MaxVarintLen64]byte
	if _, err := w.Write(n[:binary.PutUvarint(n[:], uint64(len(r)))]); err != nil {
		return err
	}
	_, err := w.Write(r)
	return err
}

// Each calls fn with every distinct record, in bytewise order, until fn
// returns an error. rec is valid only during the call. Each may be called
// once; Add may not be called after it.
func (s *Sorter) Each(fn func(rec []byte) error) error {
	if s.done {
		return errors.New("extsort: Each called twice")
	}
	s.done = true
	if len(s.runs) == 0 {
		s.sortBuffer()
		var last []byte
		for i := range s.recs {
			r := s.rec(i)
			if i > 0 && bytes.Equal(r, last) {
				continue
			}
			if err := fn(r); err != nil {
				return err
			}
			last = r
		}
		return nil
	}
	if len(s.recs) > 0 {
		if err := s.spill(); err != nil {
			return err
		}
	}
	s.arena, s.recs = nil, nil
	for len(s.runs) > maxFan {
		if err := s.mergeRuns(); err != nil {
			return err
		}
	}
	return merge(s.runs, fn)
}

// mergeRuns merges the first maxFan runs into one new run.
func (s *Sorter) mergeRuns() error {
	f, err := os.CreateTemp(s.dir, "kg-sort-*")
	if err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	w := bufio.NewWriter(f)
	err = merge(s.runs[:maxFan], func(r []byte) error { return writeRecord(w, r) })
	if err == nil {
		err = w.Flush()
	}
	for _, r := range s.runs[:maxFan] {
		closeRun(r)
	}
	s.runs = append(s.runs[maxFan:], f)
	if err != nil {
		return fmt.Errorf("extsort: %w", err)
	}
	return nil
}

// Close removes the temporary files. It is safe to call more than once.
func (s *Sorter) Close() error {
	var err error
	for _, f := range s.runs {
		err = errors.Join(err, closeRun(f))
	}
	s.runs, s.arena, s.recs, s.done = nil, nil, nil, true
	return err
}

func closeRun(f *os.File) error {
	err := f.Close()
	if rerr := os.Remove(f.Name()); rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
		err = errors.Join(err, rerr)
	}
	return err
}

// A cursor reads one run.
type cursor struct {
	r   *bufio.Reader
	rec []byte
}

func (c *cursor) next() (bool, error) {
	n, err := binary.ReadUvarint(c.r)
	if err == io.EOF {
		return false, nil
	} else if err != nil {
		return false, err
	}
	c.rec = slices.Grow(c.rec[:0], int(n))[:n]
	if _, err := io.ReadFull(c.r, c.rec); err != nil {
		return false, fmt.Errorf("truncated run: %w", err)
	}
	return true, nil
}

// cursors is a min-heap of cursors by current record.
type cursors []*cursor

func (h cursors) Len() int           { return len(h) }
func (h cursors) Less(i, j int) bool { return bytes.Compare(h[i].rec, h[j].rec) < 0 }
func (h cursors) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *cursors) Push(x any)        { *h = append(*h, x.(*cursor)) }
func (h *cursors) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// merge yields the distinct records of sorted runs in order.
func merge(runs []*os.File, fn func([]byte) error) error {
	var h cursors
	for _, f := range runs {
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("extsort: %w", err)
		}
		c := &cursor{r: bufio.NewReaderSize(f, readBuffer)}
		ok, err := c.next()
		if err != nil {
			return fmt.Errorf("extsort: %w", err)
		}
		if ok {
			h = append(h, c)
		}
	}
	heap.Init(&h)
	var last []byte
	first := true
	for h.Len() > 0 {
		c := h[0]
		if first || !bytes.Equal(c.rec, last) {
			if err := fn(c.rec); err != nil {
				return err
			}
			last = append(last[:0], c.rec...)
			first = false
		}
		ok, err := c.next()
		if err != nil {
			return fmt.Errorf("extsort: %w", err)
		}
		if ok {
			heap.Fix(&h, 0)
		} else {
			heap.Pop(&h)
		}
	}
	return nil
}

// AppendKey appends s to b as a sort key: keys compare bytewise in the
// order of their strings whatever follows them, so records made of keys
// and then anything sort by their keys first. 0x00 is written 0x00 0xff
// and the key ends with 0x00 0x01.
func AppendKey(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		b = append(b, s[i])
		if s[i] == 0 {
			b = append(b, 0xff)
		}
	}
	return append(b, 0, 1)
}

// CutKey returns the first key of rec, as AppendKey wrote it, and the
// rest of rec.
func CutKey(rec []byte) (key string, rest []byte, err error) {
	var k []byte
	for {
		i := bytes.IndexByte(rec, 0)
		if i < 0 || i+1 == len(rec) {
			return "", nil, errors.New("extsort: record without a key end")
		}
		k = append(k, rec[:i]...)
		end := rec[i+1] == 1
		if !end {
			k = append(k, 0)
		}
		rec = rec[i+2:]
		if end {
			return string(k), rec, nil
		}
	}
}
