package input

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/unicode"
)

var (
	bomUTF8    = []byte{0xEF, 0xBB, 0xBF}
	bomUTF16LE = []byte{0xFF, 0xFE}
	bomUTF16BE = []byte{0xFE, 0xFF}
)

// sniffLen is how many leading bytes isBinary looks at.
const sniffLen = 8 << 10

// decode turns the bytes of a single-article file into UTF-8 text. A
// UTF-8 byte order mark is dropped and UTF-16 with a byte order mark is
// converted. Binary data, invalid UTF-8 and whitespace-only text are
// errors. With isHTML set, text that is not valid UTF-8 is decoded by the
// page's declared charset, or as windows-1252, as browsers do.
func decode(path string, data []byte, isHTML bool) (string, *Error) {
	base := int64(0) // offset of data[0] in the file
	switch {
	case bytes.HasPrefix(data, bomUTF16LE), bytes.HasPrefix(data, bomUTF16BE):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", newError(path, err)
		}
		data = out // valid UTF-8: bad UTF-16 became U+FFFD
	case bytes.HasPrefix(data, bomUTF8):
		data, base = data[len(bomUTF8):], int64(len(bomUTF8))
	}
	if isBinary(data) {
		return "", newError(path, ErrBinary)
	}
	if i := invalidUTF8(data); i >= 0 {
		if !isHTML {
			line := 1 + bytes.Count(data[:i], []byte{'\n'})
			return "", lineError(path, line, base+int64(i), ErrInvalidUTF8)
		}
		enc, _, _ := charset.DetermineEncoding(data, "text/html")
		out, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return "", newError(path, err)
		}
		data = out
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return "", newError(path, ErrEmpty)
	}
	return string(data), nil
}

// invalidUTF8 returns the index of the first byte of b that is not part of
// a valid UTF-8 sequence, or -1 if b is valid UTF-8.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// isBinary reports whether the first sniffLen bytes of b look like binary
// data: they contain a NUL byte, or more than a tenth of them are control
// characters other than tab, newline, vertical tab, form feed and
// carriage return.
func isBinary(b []byte) bool {
	if len(b) > sniffLen {
		b = b[:sniffLen]
	}
	controls := 0
	for _, c := range b {
		switch {
		case c == 0:
			return true
		case c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r', c == 0x7F:
			controls++
		}
	}
	return controls*10 > len(b)
}
