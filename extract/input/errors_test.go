package input

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
)

// summary renders results one per line: "ok ORIGIN" for an article, the
// message for an error.
func summary(rs []result) []string {
	var out []string
	for _, r := range rs {
		if r.Err != "" {
			out = append(out, r.Err)
		} else {
			out = append(out, "ok "+r.Art.Origin)
		}
	}
	return out
}

// truncatedGzip returns lines compressed with a sync flush after each,
// cut short a few bytes into the last line's block.
func truncatedGzip(t *testing.T, lines []string) string {
	t.Helper()
	var b strings.Builder
	zw := newFlushWriter(&b)
	cut := 0
	for i, l := range lines {
		if i == len(lines)-1 {
			cut = b.Len() + 3
		}
		zw.write(t, l)
	}
	return b.String()[:cut]
}

func TestReadBadInput(t *testing.T) {
	good := `{"id": "g1", "text": "Good one."}`
	good3 := `{"id": "g3", "text": "Good three."}`
	tests := []struct {
		name  string
		files map[string]string
		paths []string
		stdin string
		limit int
		want  []string
		is    error // the first error must wrap this
	}{{
		name:  "nonexistent path",
		files: map[string]string{"a.txt": "Ay."},
		paths: []string{"missing.txt", "a.txt"},
		want:  []string{"missing.txt: no such file or directory", "ok a.txt"},
		is:    fs.ErrNotExist,
	}, {
		name:  "NUL byte",
		files: map[string]string{"bin.txt": "abc\x00def", "a.txt": "Ay."},
		paths: []string{"bin.txt", "a.txt"},
		want:  []string{"bin.txt: binary file", "ok a.txt"},
		is:    ErrBinary,
	}, {
		name:  "mostly control characters",
		files: map[string]string{"ctl.dat": strings.Repeat("\x01\x02\x03ab", 100)},
		paths: []string{"ctl.dat"},
		want:  []string{"ctl.dat: binary file"},
		is:    ErrBinary,
	}, {
		name:  "binary JSON lines",
		files: map[string]string{"x.jsonl": good + "\n\x00\x00\x00\n"},
		paths: []string{"x.jsonl"},
		want:  []string{"x.jsonl: binary file"},
		is:    ErrBinary,
	}, {
		name:  "UTF-16 without BOM",
		files: map[string]string{"u.txt": "H\x00i\x00"},
		paths: []string{"u.txt"},
		want:  []string{"u.txt: binary file"},
		is:    ErrBinary,
	}, {
		name:  "invalid UTF-8",
		files: map[string]string{"bad.txt": "line one\nline two caf\xE9\n"},
		paths: []string{"bad.txt"},
		want:  []string{"bad.txt:2: invalid UTF-8 (byte offset 21)"},
		is:    ErrInvalidUTF8,
	}, {
		name:  "invalid UTF-8 after a BOM",
		files: map[string]string{"bad.md": "\xEF\xBB\xBFcaf\xE9"},
		paths: []string{"bad.md"},
		want:  []string{"bad.md:1: invalid UTF-8 (byte offset 6)"},
		is:    ErrInvalidUTF8,
	}, {
		name:  "invalid UTF-8 on a JSON line",
		files: map[string]string{"x.jsonl": good + "\n" + `{"id": "b", "text": "caf` + "\xE9" + `"}` + "\n" + good3 + "\n"},
		paths: []string{"x.jsonl"},
		want:  []string{"ok x.jsonl:1", fmt.Sprintf("x.jsonl:2: invalid UTF-8 (byte offset %d)", len(good)+1+24), "ok x.jsonl:3"},
		is:    ErrInvalidUTF8,
	}, {
		name:  "empty file",
		files: map[string]string{"e.txt": ""},
		paths: []string{"e.txt"},
		want:  []string{"e.txt: empty file"},
		is:    ErrEmpty,
	}, {
		name:  "whitespace-only file",
		files: map[string]string{"w.md": " \n\t\r\n"},
		paths: []string{"w.md"},
		want:  []string{"w.md: empty file"},
		is:    ErrEmpty,
	}, {
		name:  "blank JSON lines",
		files: map[string]string{"e.jsonl": "\n  \n"},
		paths: []string{"e.jsonl"},
		want:  []string{"e.jsonl: empty file"},
		is:    ErrEmpty,
	}, {
		name:  "zero-byte gzip",
		files: map[string]string{"e.jsonl.gz": ""},
		paths: []string{"e.jsonl.gz"},
		want:  []string{"e.jsonl.gz: empty file"},
		is:    ErrEmpty,
	}, {
		name:  "gzip of nothing",
		files: map[string]string{"e.jsonl.gz": gzipped(t, "")},
		paths: []string{"e.jsonl.gz"},
		want:  []string{"e.jsonl.gz: empty file"},
		is:    ErrEmpty,
	}, {
		name:  "empty stdin",
		paths: []string{"-"},
		stdin: "\n",
		want:  []string{"-: empty file"},
		is:    ErrEmpty,
	}, {
		name:  "Markdown without text",
		files: map[string]string{"img.md": "![a photo](photo.jpg)\n\n```\ncode\n```\n"},
		paths: []string{"img.md"},
		want:  []string{"img.md: no text"},
		is:    ErrNoText,
	}, {
		name:  "malformed JSON line",
		files: map[string]string{"x.jsonl": good + "\n" + `{"id": "b", "text": }` + "\n" + good3},
		paths: []string{"x.jsonl"},
		want: []string{"ok x.jsonl:1",
			fmt.Sprintf("x.jsonl:2: malformed JSON: invalid character '}' looking for beginning of value (byte offset %d)", len(good)+1+20),
			"ok x.jsonl:3"},
		is: ErrMalformedJSON,
	}, {
		name:  "truncated JSON line",
		files: map[string]string{"x.jsonl": `{"id": "b", "te`},
		paths: []string{"x.jsonl"},
		want:  []string{"x.jsonl:1: malformed JSON: unexpected end of JSON input (byte offset 14)"},
		is:    ErrMalformedJSON,
	}, {
		name:  "JSON line that is not an object",
		files: map[string]string{"x.jsonl": "[1, 2]\n" + good},
		paths: []string{"x.jsonl"},
		want:  []string{"x.jsonl:1: malformed JSON: a JSON array, want an object", "ok x.jsonl:2"},
		is:    ErrMalformedJSON,
	}, {
		name:  "missing id",
		files: map[string]string{"x.jsonl": `{"text": "No id."}` + "\n" + good},
		paths: []string{"x.jsonl"},
		want:  []string{`x.jsonl:1: missing field "id"`, "ok x.jsonl:2"},
		is:    ErrMissingField,
	}, {
		name:  "blank text",
		files: map[string]string{"x.jsonl": good + "\n" + `{"id": "b", "text": " \n "}`},
		paths: []string{"x.jsonl"},
		want:  []string{"ok x.jsonl:1", `x.jsonl:2: missing field "text"`},
		is:    ErrMissingField,
	}, {
		name:  "null text",
		files: map[string]string{"x.jsonl": `{"id": "b", "text": null}`},
		paths: []string{"x.jsonl"},
		want:  []string{`x.jsonl:1: missing field "text"`},
		is:    ErrMissingField,
	}, {
		name:  "id of the wrong type",
		files: map[string]string{"x.jsonl": `{"id": 17, "text": "Numbered."}`},
		paths: []string{"x.jsonl"},
		want:  []string{`x.jsonl:1: bad field "id": a JSON number, want a string`},
		is:    ErrBadField,
	}, {
		name:  "bad date",
		files: map[string]string{"x.jsonl": `{"id": "b", "text": "Dated.", "date": "05/03/2021"}`},
		paths: []string{"x.jsonl"},
		want:  []string{`x.jsonl:1: bad field "date": "05/03/2021" is not a date like 2006-01-02`},
		is:    ErrBadField,
	}, {
		name:  "file over the limit",
		files: map[string]string{"big.txt": "12345678901", "ok.txt": "1234567890"},
		paths: []string{"big.txt", "ok.txt"},
		limit: 10,
		want:  []string{"big.txt: article too large: 11 bytes exceeds the article size limit (10)", "ok ok.txt"},
		is:    ErrTooLarge,
	}, {
		name:  "standard input over the limit",
		paths: []string{"-"},
		stdin: "12345678901",
		limit: 10,
		want:  []string{"-: article too large: more than 10 bytes exceeds the article size limit (10)"},
		is:    ErrTooLarge,
	}, {
		name: "JSON line over the limit",
		files: map[string]string{"x.jsonl": good + "\n" +
			`{"id": "long", "text": "` + strings.Repeat("x", 100) + `"}` + "\n" + good3 + "\r\n"},
		paths: []string{"x.jsonl"},
		limit: len(good3), // the limit does not count the line ending
		want:  []string{"ok x.jsonl:1", "x.jsonl:2: article too large: 126 bytes exceeds the article size limit (35)", "ok x.jsonl:3"},
		is:    ErrTooLarge,
	}, {
		name:  "not gzip",
		files: map[string]string{"x.jsonl.gz": good},
		paths: []string{"x.jsonl.gz"},
		want:  []string{"x.jsonl.gz: corrupt gzip: gzip: invalid header"},
		is:    ErrCorruptGzip,
	}, {
		name:  "truncated gzip",
		files: map[string]string{"x.jsonl.gz": truncatedGzip(t, []string{good + "\n", good3 + "\n", `{"id": "lost", "text": "Lost."}` + "\n"})},
		paths: []string{"x.jsonl.gz"},
		want:  []string{"ok x.jsonl.gz:1", "ok x.jsonl.gz:2", "x.jsonl.gz:3: corrupt gzip: unexpected EOF"},
		is:    ErrCorruptGzip,
	}, {
		name:  "gzip with a bad checksum",
		files: map[string]string{"x.jsonl.gz": badChecksum(gzipped(t, good+"\n"+good3+"\n"))},
		paths: []string{"x.jsonl.gz"},
		want:  []string{"ok x.jsonl.gz:1", "ok x.jsonl.gz:2", "x.jsonl.gz:3: corrupt gzip: gzip: invalid checksum"},
		is:    ErrCorruptGzip,
	}, {
		name:  "duplicate id",
		files: map[string]string{"g1.txt": "Text.", "x.jsonl": good + "\n" + good3 + "\n" + good3},
		paths: []string{"g1.txt", "x.jsonl"},
		want: []string{"ok g1.txt",
			`x.jsonl:1: duplicate id "g1": first read from g1.txt`,
			"ok x.jsonl:2",
			`x.jsonl:3: duplicate id "g3": first read from x.jsonl:2`},
		is: ErrDuplicateID,
	}, {
		name:  "stdin twice",
		paths: []string{"-", "-"},
		stdin: "Some text.",
		want:  []string{"ok -", "-: standard input named more than once"},
		is:    ErrStdinReused,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			writeFiles(t, dir, tt.files)
			got, firstErr := readWithFirstError(t, tt.paths, Options{Stdin: strings.NewReader(tt.stdin), MaxArticleBytes: tt.limit})
			if !reflect.DeepEqual(summary(got), tt.want) {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(summary(got), "\n"), strings.Join(tt.want, "\n"))
			}
			if !errors.Is(firstErr, tt.is) {
				t.Errorf("first error %v does not wrap %v", firstErr, tt.is)
			}
		})
	}
}

// readWithFirstError is readAll that also returns the first error.
func readWithFirstError(t *testing.T, paths []string, opt Options) ([]result, error) {
	var first error
	var got []result
	for a, err := range Read(context.Background(), paths, opt) {
		if err == nil {
			got = append(got, result{Art: a})
			continue
		}
		if first == nil {
			first = err
		}
		var e *Error
		if !errors.As(err, &e) || e.Path == "" {
			t.Errorf("error %v: want an *Error with a path", err)
		}
		got = append(got, result{Err: err.Error()})
	}
	return got, first
}

// badChecksum flips a bit of the CRC-32 in a gzip stream's trailer.
func badChecksum(gz string) string {
	b := []byte(gz)
	b[len(b)-8] ^= 1
	return string(b)
}

func TestReadUnreadable(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"secret.txt": "Hidden.", "locked/in.txt": "In.", "a.txt": "Ay."})
	for _, p := range []string{"secret.txt", "locked"} {
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(p, 0o755)
	}
	if f, err := os.Open("secret.txt"); err == nil {
		f.Close()
		t.Skipf("running as uid %d, which can read files without permission: cannot test unreadable files", os.Geteuid())
	}
	got, firstErr := readWithFirstError(t, []string{"secret.txt", "locked", "a.txt"}, Options{})
	want := []string{"secret.txt: permission denied", "locked: permission denied", "ok a.txt"}
	if !reflect.DeepEqual(summary(got), want) {
		t.Errorf("got %q, want %q", summary(got), want)
	}
	if !errors.Is(firstErr, fs.ErrPermission) {
		t.Errorf("first error %v does not wrap fs.ErrPermission", firstErr)
	}
}

func TestReadBrokenSymlink(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{"d/a.txt": "Ay."})
	if err := os.Symlink("gone.txt", "d/b.txt"); err != nil {
		t.Skipf("cannot make symbolic links here: %v", err)
	}
	got := summary(readAll(t, []string{"d"}, Options{}))
	want := []string{"ok d/a.txt", "d/b.txt: no such file or directory"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestErrorMessage(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{Path: "a.txt", Offset: -1, Err: ErrEmpty}, "a.txt: empty file"},
		{&Error{Path: "x.jsonl", Line: 12, Offset: -1, Err: ErrBinary}, "x.jsonl:12: binary file"},
		{&Error{Path: "-", Line: 3, Offset: 0, Err: ErrInvalidUTF8}, "-:3: invalid UTF-8 (byte offset 0)"},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}
