package input

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestTooLargeRefusedUnread gives a sparse file of 1 GiB: it is refused
// from its size alone, at once, with the size and the limit's name; its
// content (all NUL bytes) is never read, or it would be called binary.
func TestTooLargeRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.txt")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(1 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	start := time.Now()
	var got []error
	for _, err := range Read(context.Background(), []string{path}, Options{MaxArticleBytesName: "--max-article-bytes"}) {
		got = append(got, err)
	}
	want := path + ": article too large: 1,073,741,824 bytes exceeds --max-article-bytes (16777216)"
	if len(got) != 1 || got[0] == nil || got[0].Error() != want || !errors.Is(got[0], ErrTooLarge) {
		t.Errorf("got %v, want one error %q", got, want)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("refusing took %v", d)
	}
}

func TestGroupDigits(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{{0, "0"}, {7, "7"}, {999, "999"}, {1000, "1,000"}, {16777216, "16,777,216"}, {123456789012, "123,456,789,012"}}
	for _, tt := range tests {
		if got := groupDigits(tt.n); got != tt.want {
			t.Errorf("groupDigits(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}

// TestAppendedWhileReadIsNotRead appends lines to a JSON-lines file after
// its first article was yielded: Read stops at the size the file had when
// it was opened, so a file written faster than it is read still ends.
func TestAppendedWhileReadIsNotRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.jsonl")
	var b strings.Builder
	const n = 2000 // well past one buffer fill
	for i := range n {
		fmt.Fprintf(&b, `{"id": "a%d", "text": "Article number %d."}`+"\n", i, i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got := 0
	for a, err := range Read(context.Background(), []string{path}, Options{}) {
		if err != nil {
			t.Fatal(err)
		}
		if got++; got == 1 {
			f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(f, `{"id": "late", "text": "Appended after %s was read."}`+"\n", a.ID)
			f.Close()
		}
	}
	if got != n {
		t.Errorf("read %d articles, want the %d there were when the file was opened", got, n)
	}
}
