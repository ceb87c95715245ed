package input

import (
	"bufio"
	"bytes"
	"errors"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzJSONLines feeds arbitrary bytes to the JSON-lines reader. It must
// not panic; every error must be an *Error naming the path and a line
// >= 1; an invalid-UTF-8 offset must point at an invalid byte; every
// article must have an ID, a text and an origin naming its line.
func FuzzJSONLines(f *testing.F) {
	for _, s := range []string{
		`{"id": "a", "text": "Alpha."}` + "\n" + `{"id": "b", "text": "Beta.", "date": "2020-01-02"}`,
		`{"id": "a", "text": "x"}` + "\r\n\r\n" + `{"id": "a", "text": "dup"}`,
		`{"id": "a", "text": }`,
		`[1, 2]`,
		`{"id": 1, "text": "x"}`,
		`{"id": "a", "text": "caf` + "\xe9" + `"}`,
		`{"id": "d", "text": "x", "date": "2021-13-40"}`,
		`{"id": "long", "text": "` + strings.Repeat("x", 300) + `"}`,
		"\n\n   \n",
		"",
		`{"id": "\u0000", "text": "\ud800"}`,
	} {
		f.Add([]byte(s))
	}
	const path = "f.jsonl"
	f.Fuzz(func(t *testing.T, data []byte) {
		nonBlank := 0
		for _, l := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(l)) > 0 {
				nonBlank++
			}
		}
		yielded := 0
		yield := func(a Article, err error) bool {
			yielded++
			if err != nil {
				checkFuzzError(t, path, data, err)
				return true
			}
			if strings.TrimSpace(a.ID) == "" || strings.TrimSpace(a.Text) == "" {
				t.Errorf("article with blank ID or text: %+v", a)
			}
			n, err := strconv.Atoi(strings.TrimPrefix(a.Origin, path+":"))
			if !strings.HasPrefix(a.Origin, path+":") || err != nil || n < 1 {
				t.Errorf("article origin %q does not name a line of %s", a.Origin, path)
			}
			return true
		}
		r := newReader(t.Context(), Options{MaxArticleBytes: 256}, yield)
		r.lineLoop(path, bufio.NewReader(bytes.NewReader(data)), 0, func(err error) error { return err })
		if yielded > nonBlank {
			t.Errorf("%d items yielded for %d non-blank lines", yielded, nonBlank)
		}
	})
}

func checkFuzzError(t *testing.T, path string, data []byte, err error) {
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is a %T, want *Error", err, err)
	}
	if e.Path != path || e.Line < 1 || !strings.HasPrefix(e.Error(), path+":") {
		t.Errorf("error %q: path %q line %d, want %q and a line >= 1", e, e.Path, e.Line, path)
	}
	if e.Offset >= int64(len(data)) {
		t.Errorf("error %q: offset %d beyond the %d bytes of input", e, e.Offset, len(data))
	}
	if errors.Is(err, ErrInvalidUTF8) {
		if e.Offset < 0 {
			t.Fatalf("error %q has no offset", e)
		}
		if r, n := utf8.DecodeRune(data[e.Offset:]); r != utf8.RuneError || n != 1 {
			t.Errorf("error %q: byte %d starts a valid rune %q", e, e.Offset, r)
		}
	}
}
