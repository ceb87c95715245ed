package conllu

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Reader reads sentences from CoNLL-U input.
type Reader struct {
	sc        *bufio.Scanner
	line      int   // number of the last line read
	wordLines []int // line number of each word of the current sentence
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16*1024*1024)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF when the input is exhausted.
// Malformed input yields a *SyntaxError.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			if s != nil {
				return s, r.finish(s)
			}
			continue
		}
		if s == nil {
			s = &Sentence{Line: r.line}
			r.wordLines = r.wordLines[:0]
		}
		if strings.HasPrefix(line, "#") {
			if len(s.Words) > 0 || len(s.Multi) > 0 || len(s.Empty) > 0 {
				return nil, r.errorf("comment line after token lines")
			}
			s.Comments = append(s.Comments, line[1:])
			continue
		}
		if err := r.addLine(s, line); err != nil {
			return nil, err
		}
	}
	if err := r.sc.Err(); err != nil {
		return nil, fmt.Errorf("conllu: after line %d: %w", r.line, err)
	}
	if s != nil {
		return s, r.finish(s)
	}
	return nil, io.EOF
}

// ReadAll reads all remaining sentences.
func (r *Reader) ReadAll() ([]*Sentence, error) {
	var out []*Sentence
	for {
		s, err := r.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

func (r *Reader) errorf(format string, args ...any) error {
	return &SyntaxError{Line: r.line, Msg: fmt.Sprintf(format, args...)}
}

func (r *Reader) addLine(s *Sentence, line string) error {
	f := strings.Split(line, "\t")
	if len(f) != 10 {
		return r.errorf("want 10 tab-separated fields, got %d", len(f))
	}
	id := f[0]
	if a, b, ok := strings.Cut(id, "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil || first < 1 || last < first {
			return r.errorf("bad multiword token range %q", id)
		}
		if first != len(s.Words)+1 {
			return r.errorf("multiword token %q out of order (next word is %d)", id, len(s.Words)+1)
		}
		s.Multi = append(s.Multi, MultiToken{First: first, Last: last, Form: f[1], Misc: f[9]})
		return nil
	}
	if a, _, ok := strings.Cut(id, "."); ok {
		after, err := strconv.Atoi(a)
		if err != nil || after != len(s.Words) {
			return r.errorf("bad or misplaced empty node id %q", id)
		}
		s.Empty = append(s.Empty, EmptyNode{After: after, Fields: [10]string(f)})
		return nil
	}
	n, err := strconv.Atoi(id)
	if err != nil {
		return r.errorf("bad word id %q", id)
	}
	if n != len(s.Words)+1 {
		return r.errorf("word id %d out of sequence (want %d)", n, len(s.Words)+1)
	}
	if f[1] == "" {
		return r.errorf("empty form for word %d", n)
	}
	head := -1
	if f[6] != "_" {
		head, err = strconv.Atoi(f[6])
		if err != nil || head < 0 {
			return r.errorf("bad head %q for word %d", f[6], n)
		}
	}
	r.wordLines = append(r.wordLines, r.line)
	s.Words = append(s.Words, Word{
		ID: n, Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], Deps: f[8], Misc: f[9],
	})
	return nil
}

// finish validates sentence-level constraints.
func (r *Reader) finish(s *Sentence) error {
	if len(s.Words) == 0 {
		return &SyntaxError{Line: s.Line, Msg: "sentence has no words"}
	}
	for _, m := range s.Multi {
		if m.Last > len(s.Words) {
			return &SyntaxError{Line: s.Line, Msg: fmt.Sprintf("multiword token %d-%d extends past the last word %d", m.First, m.Last, len(s.Words))}
		}
	}
	for i, w := range s.Words {
		if w.Head > len(s.Words) {
			return &SyntaxError{Line: r.wordLines[i],
				Msg: fmt.Sprintf("head %d of word %d is past the last word %d", w.Head, w.ID, len(s.Words))}
		}
	}
	return nil
}
