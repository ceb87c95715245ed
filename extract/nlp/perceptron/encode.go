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
	keys := m.keys()
	cw.uvarint(uint64(len(keys)))
	prev := uint32(0)
	var cls []uint8
	var ws []int16
	for _, k := range keys {
		cls, ws = m.featureWeights(k, cls[:0], ws[:0])
		cw.uvarint(uint64(k - prev))
		prev = k
		cw.uvarint(uint64(len(cls)))
		cw.Write(cls)
		for _, x := range ws {
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
	nc := d.uvarint()
	m := &Model{nclass: int(min(nc, 1<<10))}
	m.scale = math.Float64frombits(d.uvarint())
	nf64 := d.uvarint()
	nf := int(min(nf64, 1<<28))
	if d.err == nil && (nc < 1 || nc > 256 || nf64 > 1<<28) {
		return nil, errors.New("perceptron: corrupt header")
	}
	keys := make([]uint32, 0, min(nf, 1<<16)) // nf is untrusted
	feats := make([]slot, 0, min(nf, 1<<16))
	prev := uint32(0)
	cls := make([]uint8, 0, 256)
	ws := make([]int16, 0, 256)
	for i := 0; i < nf && d.err == nil; i++ {
		delta := uint32(d.uvarint())
		if i > 0 && delta == 0 {
			d.fail(errors.New("duplicate feature key"))
		}
		prev += delta
		n := int(d.uvarint())
		if n == 0 || n > m.nclass {
			return nil, fmt.Errorf("perceptron: feature %d has %d entries", i, n)
		}
		cls = cls[:0]
		ws = ws[:0]
		for j := 0; j < n; j++ {
			c := d.byte()
			if int(c) >= m.nclass || (j > 0 && c <= cls[j-1]) {
				d.fail(fmt.Errorf("class %d out of range or order", c))
			}
			cls = append(cls, c)
		}
		for j := 0; j < n; j++ {
			w := d.varint()
			if w == 0 || w < -32767 || w > 32767 {
				d.fail(fmt.Errorf("bad weight %d", w))
			}
			ws = append(ws, int16(w))
		}
		if d.err != nil {
			break
		}
		keys = append(keys, prev)
		feats = append(feats, m.appendFeature(cls, ws))
	}
	if d.err != nil {
		return nil, fmt.Errorf("perceptron: read weights: %w", d.err)
	}
	if d.err == nil && len(keys) > 0 && keys[0] == 0 {
		return nil, errors.New("perceptron: zero feature key")
	}
	m.index(keys, feats)
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
