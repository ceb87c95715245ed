package cluster

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
)

const magic = "kgclust1\n"

// WriteTo writes c in binary form: the word count, then (hash, bits, length)
// records sorted by hash.
func (c *Clusters) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	var paths map[uint64]Path
	if c != nil {
		paths = c.paths
	}
	keys := make([]uint64, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var b [13]byte
	binary.LittleEndian.PutUint64(b[:8], uint64(len(keys)))
	bw.Write(b[:8])
	for _, k := range keys {
		p := paths[k]
		binary.LittleEndian.PutUint64(b[:8], k)
		binary.LittleEndian.PutUint32(b[8:12], p.Bits)
		b[12] = p.Len
		bw.Write(b[:])
	}
	return 0, bw.Flush()
}

// Read reads clusters written by WriteTo.
func Read(r *bufio.Reader) (*Clusters, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("cluster: bad header")
	}
	var b [13]byte
	if _, err := io.ReadFull(r, b[:8]); err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	n := binary.LittleEndian.Uint64(b[:8])
	if n > 1<<24 {
		return nil, fmt.Errorf("cluster: bad word count %d", n)
	}
	c := &Clusters{paths: make(map[uint64]Path, n)}
	for range n {
		if _, err := io.ReadFull(r, b[:]); err != nil {
			return nil, fmt.Errorf("cluster: %w", err)
		}
		if b[12] > 32 {
			return nil, fmt.Errorf("cluster: bad path length %d", b[12])
		}
		c.paths[binary.LittleEndian.Uint64(b[:8])] = Path{Bits: binary.LittleEndian.Uint32(b[8:12]), Len: b[12]}
	}
	return c, nil
}
