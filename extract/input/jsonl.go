package input

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// jsonArticle is the form of one JSON line. Other fields are ignored.
type jsonArticle struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Text  string `json:"text"`
	Date  string `json:"date"`
	URL   string `json:"url"`
}

// gzipJSONLines reads gzip-compressed JSON lines from src.
func (r *reader) gzipJSONLines(path string, src io.Reader) bool {
	zr, err := gzip.NewReader(bufio.NewReader(src))
	if errors.Is(err, io.EOF) {
		return r.fail(newError(path, ErrEmpty))
	}
	if err != nil {
		return r.fail(newError(path, fmt.Errorf("%w: %w", ErrCorruptGzip, err)))
	}
	defer zr.Close()
	return r.lines(path, zr, func(err error) error {
		return fmt.Errorf("%w: %w", ErrCorruptGzip, err)
	})
}

// jsonLines reads JSON lines from src.
func (r *reader) jsonLines(path string, src io.Reader) bool {
	return r.lines(path, src, func(err error) error { return err })
}

// lines reads JSON lines from src, which may start with a byte order mark,
// and yields an article or an error for each line that is not blank. Read
// errors are passed through wrapErr.
func (r *reader) lines(path string, src io.Reader, wrapErr func(error) error) bool {
	br := bufio.NewReaderSize(src, 64<<10)
	head, _ := br.Peek(sniffLen)
	base := int64(0)
	switch {
	case bytes.HasPrefix(head, bomUTF8):
		br.Discard(len(bomUTF8))
		base = int64(len(bomUTF8))
	case bytes.HasPrefix(head, bomUTF16LE), bytes.HasPrefix(head, bomUTF16BE):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder()
		br = bufio.NewReaderSize(transform.NewReader(br, dec), 64<<10)
		head, _ = br.Peek(sniffLen)
		base = -1
	}
	if isBinary(head) {
		return r.fail(newError(path, ErrBinary))
	}
	more, sawLine := r.lineLoop(path, br, base, wrapErr)
	if more && !sawLine {
		return r.fail(newError(path, ErrEmpty))
	}
	return more
}

// lineLoop yields an article or an error for each line of br that is not
// blank, and reports whether reading may go on and whether there was such
// a line. Read errors are passed through wrapErr and end the loop.
func (r *reader) lineLoop(path string, br *bufio.Reader, base int64, wrapErr func(error) error) (more, sawLine bool) {
	lr := &lineReader{br: br, limit: r.limit}
	for {
		if r.cancelled() {
			return false, sawLine
		}
		l, err := lr.next()
		if err == io.EOF {
			return true, sawLine
		}
		if err != nil {
			return r.fail(lineError(path, l.num, -1, wrapErr(err))), true
		}
		if !l.tooLong && len(bytes.TrimSpace(l.text)) == 0 {
			continue
		}
		sawLine = true
		if !r.line(path, l, base) {
			return false, true
		}
	}
}

// line yields the article on l, or an error. base is the stream offset of
// the file's first byte, or -1 when offsets are not meaningful.
func (r *reader) line(path string, l line, base int64) bool {
	at := func(i int) int64 {
		if base < 0 || i < 0 {
			return -1
		}
		return base + l.off + int64(i)
	}
	if l.tooLong {
		return r.fail(lineError(path, l.num, -1, r.tooLarge(l.size)))
	}
	if i := invalidUTF8(l.text); i >= 0 {
		return r.fail(lineError(path, l.num, at(i), ErrInvalidUTF8))
	}
	a, i, err := parseLine(l.text)
	if err != nil {
		return r.fail(lineError(path, l.num, at(i), err))
	}
	a.Origin = path + ":" + strconv.Itoa(l.num)
	return r.emit(a, path, l.num)
}

// parseLine decodes one JSON line. On error it also returns the index in b
// of the byte where decoding stopped, or -1.
func parseLine(b []byte) (Article, int, error) {
	var j jsonArticle
	if err := json.Unmarshal(b, &j); err != nil {
		i, err := jsonError(err)
		return Article{}, i, err
	}
	switch {
	case strings.TrimSpace(j.ID) == "":
		return Article{}, -1, fmt.Errorf("%w %q", ErrMissingField, "id")
	case strings.TrimSpace(j.Text) == "":
		return Article{}, -1, fmt.Errorf("%w %q", ErrMissingField, "text")
	}
	date, ok := normDate(j.Date)
	if !ok {
		return Article{}, -1, fmt.Errorf("%w %q: %q is not a date like 2006-01-02", ErrBadField, "date", j.Date)
	}
	return Article{ID: j.ID, Title: j.Title, Text: j.Text, Date: date, URL: j.URL}, -1, nil
}

// jsonError describes an error from json.Unmarshal, and returns the index
// of the byte where decoding stopped, or -1.
func jsonError(err error) (int, error) {
	if se, ok := errors.AsType[*json.SyntaxError](err); ok {
		return max(int(se.Offset)-1, 0), fmt.Errorf("%w: %s", ErrMalformedJSON, se)
	}
	if te, ok := errors.AsType[*json.UnmarshalTypeError](err); ok {
		if te.Field == "" {
			return -1, fmt.Errorf("%w: a JSON %s, want an object", ErrMalformedJSON, te.Value)
		}
		return -1, fmt.Errorf("%w %q: a JSON %s, want a string", ErrBadField, te.Field, te.Value)
	}
	return -1, fmt.Errorf("%w: %w", ErrMalformedJSON, err)
}

// normDate returns the YYYY-MM-DD form of s, which must be empty, a
// YYYY-MM-DD date or an RFC 3339 time (whose date part is kept as
// written).
func normDate(s string) (string, bool) {
	if s == "" {
		return "", true
	}
	if len(s) < len(time.DateOnly) {
		return "", false
	}
	if _, err := time.Parse(time.DateOnly, s[:len(time.DateOnly)]); err != nil {
		return "", false
	}
	if len(s) > len(time.DateOnly) {
		if _, err := time.Parse(time.RFC3339, s); err != nil {
			return "", false
		}
	}
	return s[:len(time.DateOnly)], true
}
