package nlp

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// TestGolden parses hand-tokenised sentences from the seed articles and
// compares the CoNLL-U output with testdata/seeds.golden.conllu (refresh
// with go test -update after checking the differences by eye).
func TestGolden(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open("testdata/seeds.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var sents []Sentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		sents = append(sents, Sentence{Comments: []string{" text = " + line}, Words: p.Parse(strings.Fields(line))})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteCoNLLU(&buf, sents...); err != nil {
		t.Fatal(err)
	}
	const golden = "testdata/seeds.golden.conllu"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("output differs from %s at line %d:\n got %s\nwant %s\n(run go test -update to accept)", golden, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("output has %d lines, %s has %d", len(gl), golden, len(wl))
	}
}
