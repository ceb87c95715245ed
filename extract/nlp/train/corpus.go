package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/kgraph/kg/extract/nlp/tagger"
)

// readCorpus reads the "text" field of every JSON line of the gzip files in
// dir and returns its sentences (lines) as normalised tokens.
func readCorpus(dir string) ([][]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.jsonl.gz"))
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, path := range files {
		if strings.Contains(filepath.Base(path), "ukraine") {
			continue // a subset of the main file
		}
		s, err := readJSONL(path)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("no text in %s", dir)
	}
	return out, nil
}

func readJSONL(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	var out [][]string
	for line := 1; sc.Scan(); line++ {
		var rec struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for _, para := range strings.Split(rec.Text, "\n") {
			if toks := tokenize(para); len(toks) > 0 {
				out = append(out, toks)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// tokenize splits text roughly the way UD English does: punctuation is
// separated and clitics (n't, 's, 're, ...) split off. Tokens are
// normalised with tagger.Norm.
func tokenize(text string) []string {
	var toks []string
	for _, field := range strings.Fields(text) {
		field = strings.NewReplacer("’", "'", "“", "\"", "”", "\"").Replace(field)
		var tail []string
		for len(field) > 0 && isPunct(rune(field[len(field)-1])) {
			tail = append(tail, field[len(field)-1:])
			field = field[:len(field)-1]
		}
		for len(field) > 0 && isPunct(rune(field[0])) {
			toks = append(toks, field[:1])
			field = field[1:]
		}
		if field != "" {
			low := strings.ToLower(field)
			cut := -1
			for _, cl := range []string{"n't", "'s", "'re", "'ve", "'ll", "'d", "'m"} {
				if strings.HasSuffix(low, cl) && len(low) > len(cl) {
					cut = len(field) - len(cl)
					break
				}
			}
			if cut > 0 {
				toks = append(toks, field[:cut], field[cut:])
			} else {
				toks = append(toks, field)
			}
		}
		for i := len(tail) - 1; i >= 0; i-- {
			toks = append(toks, tail[i])
		}
	}
	for i, t := range toks {
		toks[i] = tagger.Norm(t)
	}
	return toks
}

func isPunct(r rune) bool {
	return strings.ContainsRune(".,;:!?\"'()[]{}$%", r)
}
