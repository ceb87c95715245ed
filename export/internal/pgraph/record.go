package pgraph

import (
	"bytes"
	"encoding/binary"
	"errors"
)

// appendKey appends s so that keys compare bytewise in the order of their
// strings, whatever follows: 0x00 is written 0x00 0xff and the key ends
// with 0x00 0x01.
func appendKey(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		b = append(b, s[i])
		if s[i] == 0 {
			b = append(b, 0xff)
		}
	}
	return append(b, 0, 1)
}

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
		for {
			i := bytes.IndexByte(rec, 0)
			if i < 0 || i+1 == len(rec) {
				return nil, errCorrupt
			}
			end := rec[i+1] == 1
			rec = rec[i+2:]
			if end {
				break
			}
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
