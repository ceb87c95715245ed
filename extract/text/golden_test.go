package text

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden from the current output")

// seedDir holds the five seed articles, relative to this package.
const seedDir = "../../../shared/seeds"

// TestGolden splits the seed articles and compares the result with
// testdata/<article>.golden: one line per sentence ("index start:end
// tokens", a token written Text{source} when its Text differs from the
// source), then one "dropped:" line per non-blank source line that no
// sentence covers.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		if os.Getenv("CI") == "true" {
			t.Fatalf("no seed articles in %s", seedDir)
		}
		t.Skipf("no seed articles in %s", seedDir)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc := Normalize(string(raw))
			sents := Split(doc)
			if err := checkInvariants(doc, sents); err != nil {
				t.Fatal(err)
			}
			got := render(doc, sents)
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("read golden file (run go test -update): %v", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run go test -update and inspect the diff):\n%s", golden, firstDiff(got, want))
			}
		})
	}
}

// render writes sentences and dropped lines in the golden format.
func render(doc string, sents []Sentence) []byte {
	var b bytes.Buffer
	for _, s := range sents {
		fmt.Fprintf(&b, "%d %d:%d", s.Index, s.Start, s.End)
		for _, t := range s.Tokens {
			b.WriteByte(' ')
			b.WriteString(t.Text)
			if src := doc[t.Start:t.End]; src != t.Text {
				fmt.Fprintf(&b, "{%s}", src)
			}
		}
		b.WriteByte('\n')
	}
	off := 0
	for _, l := range strings.SplitAfter(doc, "\n") {
		start, end := off, off+len(l)
		off = end
		if strings.TrimSpace(l) == "" {
			continue
		}
		covered := false
		for _, s := range sents {
			if s.Start < end && s.End > start {
				covered = true
				break
			}
		}
		if !covered {
			fmt.Fprintf(&b, "dropped: %s\n", strings.TrimSpace(l))
		}
	}
	return b.Bytes()
}

// firstDiff describes the first line where got and want differ.
func firstDiff(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got %q\nwant %q", i+1, gl, wl)
		}
	}
	return "no line differs"
}
