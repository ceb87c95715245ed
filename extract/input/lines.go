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
	size    int64  // length of the line without its line ending
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
	afterCR := false // the fragment before this one ended with '\r'
	for {
		frag, err := lr.br.ReadSlice('\n')
		lr.off += int64(len(frag))
		l.size = lr.off - l.off - eolLen(frag, afterCR)
		afterCR = bytes.HasSuffix(frag, []byte{'\r'})
		switch {
		case l.tooLong:
		case len(lr.buf)+len(frag) > lr.limit+2: // room for "\r\n"
			l.tooLong, lr.buf = true, lr.buf[:0]
		case err == nil && len(lr.buf) == 0:
			text = frag // the common case: no copy
		default:
			lr.buf = appendDoubling(lr.buf, frag, lr.limit+2)
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

// appendDoubling appends frag to buf, at least doubling its capacity when
// it must grow, but not beyond limit bytes unless needed: a long line
// then costs about twice its length in allocations, not the five times of
// append's gentler growth.
func appendDoubling(buf, frag []byte, limit int) []byte {
	if n := len(buf) + len(frag); n > cap(buf) {
		grown := make([]byte, len(buf), min(2*cap(buf)+len(frag), max(n, limit)))
		copy(grown, buf)
		buf = grown
	}
	return append(buf, frag...)
}

// eolLen returns the length of the line ending that frag, the last
// fragment read of a line, ends with; afterCR tells whether the fragment
// before it ended with '\r'.
func eolLen(frag []byte, afterCR bool) int64 {
	switch {
	case !bytes.HasSuffix(frag, []byte{'\n'}):
		return 0
	case bytes.HasSuffix(frag, []byte("\r\n")), len(frag) == 1 && afterCR:
		return 2
	}
	return 1
}

// trimEOL drops a trailing "\n" or "\r\n".
func trimEOL(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte{'\n'})
	return bytes.TrimSuffix(b, []byte{'\r'})
}
