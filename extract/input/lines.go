package input

import (
	"bufio"
	"bytes"
	"io"
)

// A lineReader splits a stream into lines of any length up to a limit,
// without holding more than one line (and a buffer) in memory.
type lineReader struct {
	br    *bufio.Reader
	limit int    // longest line kept, in bytes, without its line ending
	buf   []byte // holds a line that spans more than one buffer fill
	n     int    // lines read so far
	off   int64  // offset of the next line in the stream
}

// A line is one line of input.
type line struct {
	text    []byte // without the line ending; valid until the next call to next
	num     int    // 1-based line number
	off     int64  // offset of text[0] in the stream
	tooLong bool   // the line exceeded the limit; text is empty
}

// next returns the next line. At the end of the stream it returns io.EOF.
// If reading fails, it returns the error, and the partly read line is
// dropped; the returned line then carries the number of the line that was
// being read.
func (lr *lineReader) next() (line, error) {
	lr.n++
	l := line{num: lr.n, off: lr.off}
	lr.buf = lr.buf[:0]
	var text []byte
	for {
		frag, err := lr.br.ReadSlice('\n')
		lr.off += int64(len(frag))
		switch {
		case l.tooLong:
		case len(lr.buf)+len(frag) > lr.limit+2: // room for "\r\n"
			l.tooLong, lr.buf = true, lr.buf[:0]
		case err == nil && len(lr.buf) == 0:
			text = frag // the common case: no copy
		default:
			lr.buf = append(lr.buf, frag...)
			text = lr.buf
		}
		switch err {
		case bufio.ErrBufferFull:
			continue
		case nil:
		case io.EOF:
			if len(lr.buf) == 0 && !l.tooLong {
				return l, io.EOF
			}
		default:
			return l, err
		}
		if !l.tooLong {
			l.text = trimEOL(text)
			l.tooLong = len(l.text) > lr.limit
			if l.tooLong {
				l.text = nil
			}
		}
		return l, nil
	}
}

// trimEOL drops a trailing "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}
