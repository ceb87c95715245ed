package input

import (
	"bufio"
	"bytes"
)

// stdinPath names standard input in paths, origins and errors.
const stdinPath = "-"

// readStdin reads standard input: JSON lines if its first byte other than
// white space and a UTF-8 byte order mark is '{', else one text article.
func (r *reader) readStdin() bool {
	if r.stdinRead {
		return r.fail(newError(stdinPath, ErrStdinReused))
	}
	r.stdinRead = true
	br := bufio.NewReaderSize(r.stdin, 64<<10)
	if startsWithBrace(br) {
		return r.jsonLines(stdinPath, br)
	}
	a, e := r.single(stdinPath, br, formatText)
	if e != nil {
		return r.fail(e)
	}
	a.ID = "stdin"
	a.Origin = stdinPath
	return r.emit(a, stdinPath, 0)
}

// startsWithBrace reports whether the first byte of br other than white
// space and a UTF-8 byte order mark is '{'. It reads no further than that
// byte, and gives up after a buffer full of white space.
func startsWithBrace(br *bufio.Reader) bool {
	for n := 1; n <= br.Size(); n++ {
		head, _ := br.Peek(n)
		if len(head) < n {
			return false
		}
		switch c := head[n-1]; {
		case c == '{':
			return true
		case c == ' ', c == '\t', c == '\r', c == '\n', c == '\v', c == '\f':
		case n <= len(bomUTF8) && bytes.HasPrefix(bomUTF8, head):
		default:
			return false
		}
	}
	return false
}
