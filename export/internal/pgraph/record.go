package pgraph

import (
	"encoding/binary"
	"errors"

	"github.com/kgraph/kg/export/internal/extsort"
)

func appendKey(b []byte, s string) []byte { return extsort.AppendKey(b, s) }

// appendFields appends each string with its length before it.
func appendFields(b []byte, fs ...string) []byte {
	for _, f := range fs {
		b = binary.AppendUvarint(b, uint64(len(f)))
		b = append(b, f...)
	}
	return b
}

var errCorrupt = errors.New("bad key or field lengths")

// fields skips the first keys keys of rec and returns its fields.
func fields(rec []byte, keys int) ([]string, error) {
	for range keys {
		var err error
		if _, rec, err = extsort.CutKey(rec); err != nil {
			return nil, errCorrupt
		}
	}
	var out []string
	for len(rec) > 0 {
		n, k := binary.Uvarint(rec)
		if k <= 0 || uint64(len(rec)-k) < n {
			return nil, errCorrupt
		}
		out = append(out, string(rec[k:k+int(n)]))
		rec = rec[k+int(n):]
	}
	return out, nil
}
