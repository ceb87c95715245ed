package perceptron

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

const magic = "kgperc1\n"

// WriteTo writes m in a compact binary form.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	cw := &countWriter{w: bufio.NewWriter(w)}
	cw.Write([]byte(magic))
	cw.uvarint(uint64(m.nclass))
	cw.uvarint(math.Float64bits(m.scale))
	nf := m.NFeatures()
	cw.uvarint(uint64(nf))
	keys := make([]uint32, nf)
	for _, s := range m.slots {
		if s.key != 0 {
			keys[s.feat] = s.key
		}
	}
	prev := uint32(0)
	for i, k := range keys {
		lo, hi := m.offs[i], m.offs[i+1]
		cw.uvarint(uint64(k - prev))
		prev = k
		cw.uvarint(uint64(hi - lo))
		cw.Write(m.cls[lo:hi])
		for _, x := range m.ws[lo:hi] {
			cw.varint(int64(x))
		}
	}
	if cw.err != nil {
		return cw.n, cw.err
	}
	return cw.n, cw.w.(*bufio.Writer).Flush()
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
	buf [binary.MaxVarintLen64]byte
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}

func (c *countWriter) uvarint(x uint64) { c.Write(c.buf[:binary.PutUvarint(c.buf[:], x)]) }
func (c *countWriter) varint(x int64)   { c.Write(c.buf[:binary.PutVarint(c.buf[:], x)]) }

// ReadModel reads a model written by WriteTo.
func ReadModel(r io.ByteReader) (*Model, error) {
	head := make([]byte, len(magic))
	for i := range head {
		b, err := r.ReadByte()
		if err != nil {
			return nil, fmt.Errorf("perceptron: read header: %w", err)
		}
		head[i] = b
	}
	if string(head) != magic {
		return nil, errors.New("perceptron: bad magic")
	}
	d := &decoder{r: r}
	m := &Model{nclass: int(d.uvarint())}
	m.scale = math.Float64frombits(d.uvarint())
	nf := int(d.uvarint())
	if d.err == nil && (m.nclass < 1 || m.nclass > 256 || nf > 1<<28) {
		return nil, errors.New("perceptron: corrupt header")
	}
	keys := make([]uint32, 0, nf)
	m.offs = make([]uint32, 1, nf+1)
	prev := uint32(0)
	for i := 0; i < nf && d.err == nil; i++ {
		prev += uint32(d.uvarint())
		keys = append(keys, prev)
		n := int(d.uvarint())
		if n > m.nclass {
			return nil, fmt.Errorf("perceptron: feature %d has %d entries", i, n)
		}
		for j := 0; j < n; j++ {
			c := d.byte()
			if int(c) >= m.nclass {
				d.fail(fmt.Errorf("perceptron: class %d out of range", c))
			}
			m.cls = append(m.cls, c)
		}
		for j := 0; j < n; j++ {
			m.ws = append(m.ws, int16(d.varint()))
		}
		m.offs = append(m.offs, uint32(len(m.ws)))
	}
	if d.err != nil {
		return nil, fmt.Errorf("perceptron: read weights: %w", d.err)
	}
	m.index(keys)
	return m, nil
}

type decoder struct {
	r   io.ByteReader
	err error
}

func (d *decoder) fail(err error) {
	if d.err == nil {
		d.err = err
	}
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadUvarint(d.r)
	d.fail(err)
	return x
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	x, err := binary.ReadVarint(d.r)
	d.fail(err)
	return x
}

func (d *decoder) byte() uint8 {
	if d.err != nil {
		return 0
	}
	b, err := d.r.ReadByte()
	d.fail(err)
	return b
}
