package input

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
)

// Errors wrapped by *Error. Test for them with errors.Is. Errors from the
// file system (fs.ErrNotExist, fs.ErrPermission, ...) are wrapped as well.
var (
	ErrEmpty         = errors.New("empty file")
	ErrBinary        = errors.New("binary file")
	ErrInvalidUTF8   = errors.New("invalid UTF-8")
	ErrTooLarge      = errors.New("article too large")
	ErrMalformedJSON = errors.New("malformed JSON")
	ErrMissingField  = errors.New("missing field")
	ErrBadField      = errors.New("bad field")
	ErrCorruptGzip   = errors.New("corrupt gzip")
	ErrDuplicateID   = errors.New("duplicate id")
	ErrNoText        = errors.New("no text")
	ErrStdinReused   = errors.New("standard input named more than once")
)

// An Error is a problem with one input: a file, a line of a JSON-lines
// file, or standard input. Its message reads like
//
//	data/x.jsonl:12: malformed JSON: unexpected end of JSON input (byte offset 4711)
type Error struct {
	// Path is the input's path as given or as found in a directory walk,
	// or "-" for standard input.
	Path string

	// Line is the 1-based line number the problem is on, or 0 when the
	// problem concerns the whole input.
	Line int

	// Offset is the 0-based byte offset of the offending byte (for
	// malformed JSON, the byte where the parser stopped), or -1 when no
	// single byte is at fault. It counts bytes of the file as stored,
	// except for gzip files, where it counts decompressed bytes, and for
	// UTF-16 files, where it is always -1.
	Offset int64

	// Err is the underlying problem. It wraps one of the Err* variables
	// of this package or an error from the file system.
	Err error
}

func (e *Error) Error() string {
	s := e.Path
	if e.Line > 0 {
		s += ":" + strconv.Itoa(e.Line)
	}
	s += ": " + e.Err.Error()
	if e.Offset >= 0 {
		s += " (byte offset " + strconv.FormatInt(e.Offset, 10) + ")"
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// newError returns an *Error for the whole input at path. A *fs.PathError
// is unwrapped, since Error already names the path.
func newError(path string, err error) *Error {
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		err = pe.Err
	}
	return &Error{Path: path, Offset: -1, Err: err}
}

// lineError returns an *Error for line n of the input at path.
func lineError(path string, n int, offset int64, err error) *Error {
	return &Error{Path: path, Line: n, Offset: offset, Err: err}
}

// tooLarge reports an input or line of size bytes, more than the limit;
// a negative size means only that it is more. The message reads like
//
//	article too large: 17,000,000 bytes exceeds --max-article-bytes (16777216)
//
// with the size grouped for reading and the limit as it is set.
func (r *reader) tooLarge(size int64) error {
	s := "more than " + groupDigits(int64(r.limit))
	if size >= 0 {
		s = groupDigits(size)
	}
	return fmt.Errorf("%w: %s bytes exceeds %s (%d)", ErrTooLarge, s, r.limitName, r.limit)
}

// groupDigits writes n, which is not negative, with a comma between
// groups of three digits.
func groupDigits(n int64) string {
	s := strconv.FormatInt(n, 10)
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
