package input

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

func TestLineReader(t *testing.T) {
	long := strings.Repeat("x", 100)
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string // "!N" for a line of N bytes over the limit
	}{
		{"empty", "", 10, nil},
		{"one line without newline", "abc", 10, []string{"abc"}},
		{"line endings", "a\nb\r\nc\n", 10, []string{"a", "b", "c"}},
		{"blank lines kept", "\n\na\n", 10, []string{"", "", "a"}},
		{"longer than the buffer", long + "\nb\n", 1000, []string{long, "b"}},
		{"exactly the limit", "12345\n123456\n1234\n", 5, []string{"12345", "!6", "1234"}},
		{"over the limit across buffer fills", long + "\nok\n" + long, 10, []string{"!100", "ok", "!100"}},
		{"limit excludes CRLF", "1234567890\r\n", 10, []string{"1234567890"}},
	}
	// Long lines ending in CRLF, with "\r" and "\n" in one buffer fill
	// or in two.
	for n := 14; n <= 20; n++ {
		tests = append(tests, struct {
			name  string
			in    string
			limit int
			want  []string
		}{fmt.Sprintf("CRLF after %d bytes", n), strings.Repeat("y", n) + "\r\nok\r\n", 5, []string{fmt.Sprintf("!%d", n), "ok"}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// The smallest buffer bufio allows, to exercise ErrBufferFull.
			br := bufio.NewReaderSize(iotest.HalfReader(strings.NewReader(tt.in)), 16)
			lr := &lineReader{br: br, limit: tt.limit}
			var got []string
			var off int64
			for {
				l, err := lr.next()
				if err == io.EOF {
					break
				}
				if err != nil {
					t.Fatal(err)
				}
				if l.num != len(got)+1 || l.off != off {
					t.Errorf("line %q: number %d offset %d, want %d and %d", l.text, l.num, l.off, len(got)+1, off)
				}
				off = lr.off
				if l.tooLong {
					got = append(got, fmt.Sprintf("!%d", l.size))
				} else {
					got = append(got, string(l.text))
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLineReaderError checks that a read error reports the line being read
// and drops its partial text.
func TestLineReaderError(t *testing.T) {
	boom := errors.New("boom")
	src := io.MultiReader(strings.NewReader("one\ntw"), iotest.ErrReader(boom))
	lr := &lineReader{br: bufio.NewReader(src), limit: 100}
	if l, err := lr.next(); err != nil || string(l.text) != "one" {
		t.Fatalf("first line: got %q, %v", l.text, err)
	}
	l, err := lr.next()
	if err != boom || l.num != 2 || l.text != nil {
		t.Errorf("got line %d %q error %v, want line 2, no text, %v", l.num, l.text, err, boom)
	}
}

func TestReadCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	stdin := strings.NewReader(`{"id": "a", "text": "A."}` + "\n" + `{"id": "b", "text": "B."}` + "\n")
	var got []string
	for a, err := range Read(ctx, []string{"-"}, Options{Stdin: stdin}) {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, a.ID)
		cancel()
	}
	want := []string{"a", context.Canceled.Error()}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestReadBreak checks that Read stops when the consumer does, whatever
// it is reading.
func TestReadBreak(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFiles(t, dir, map[string]string{
		"d/a.txt": "A.", "d/b.jsonl": `{"id": "b1", "text": "B."}` + "\n" + `{"id": "b2", "text": "B."}`,
		"d/c.txt": "",
	})
	for stop := 1; stop <= 4; stop++ {
		n := 0
		for range Read(context.Background(), []string{"d", "missing"}, Options{}) {
			if n++; n == stop {
				break
			}
		}
		if n != stop {
			t.Errorf("stop after %d: got %d items", stop, n)
		}
	}
}
