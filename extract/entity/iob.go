package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// IOBError is a malformed line of an IOB2 file.
type IOBError struct {
	File string
	Line int
	Err  error
}

func (e *IOBError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *IOBError) Unwrap() error { return e.Err }

// Span is a labelled run of tokens [From, To) of a sentence. Gold spans
// carry an IOB2 label ("PER", "ORG", "LOC", "OTH"); predicted spans carry
// a kg entity type ("Person").
type Span struct {
	From, To int
	Label    string
}

// IOBSentence is one sentence of an IOB2 file: its tokens and gold spans.
type IOBSentence struct {
	Doc   string // the "# newdoc id" in force, "" before any
	ID    string // "# sent_id", if given
	Forms []string
	Gold  []Span
}

// ReadIOB reads an IOB2 file as Universal NER distributes it: one token a
// line as index<TAB>form<TAB>tag[<TAB>...], tags "O", "B-X" or "I-X",
// sentences separated by blank lines, "#" comments ("# newdoc id = ...",
// "# sent_id = ..."). An I-X tag that does not continue an X span starts
// one, as conlleval reads it. name is used in errors.
func ReadIOB(r io.Reader, name string) ([]IOBSentence, error) {
	var (
		out []IOBSentence
		cur IOBSentence
		doc string
	)
	flush := func() {
		if len(cur.Forms) > 0 {
			cur.Doc = doc
			out = append(out, cur)
		}
		cur = IOBSentence{}
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		switch {
		case strings.TrimSpace(line) == "":
			flush()
		case strings.HasPrefix(line, "#"):
			if v, ok := comment(line, "newdoc id"); ok {
				flush()
				doc = v
			} else if v, ok := comment(line, "sent_id"); ok {
				cur.ID = v
			}
		default:
			if err := cur.addToken(line); err != nil {
				return nil, &IOBError{File: name, Line: n, Err: err}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	flush()
	return out, nil
}

// comment returns the value of a "# key = value" line.
func comment(line, key string) (string, bool) {
	rest, ok := strings.CutPrefix(strings.TrimSpace(strings.TrimPrefix(line, "#")), key)
	if !ok {
		return "", false
	}
	v, ok := strings.CutPrefix(strings.TrimSpace(rest), "=")
	return strings.TrimSpace(v), ok
}

func (s *IOBSentence) addToken(line string) error {
	f := strings.Split(line, "\t")
	if len(f) < 3 {
		return fmt.Errorf("want index<TAB>form<TAB>tag, got %q", line)
	}
	form, tag := f[1], f[2]
	if form == "" {
		return fmt.Errorf("empty form in %q", line)
	}
	i := len(s.Forms)
	s.Forms = append(s.Forms, form)
	if tag == "O" {
		return nil
	}
	prefix, label, ok := strings.Cut(tag, "-")
	if !ok || label == "" || prefix != "B" && prefix != "I" {
		return fmt.Errorf("bad tag %q", tag)
	}
	if last := len(s.Gold) - 1; prefix == "I" && last >= 0 && s.Gold[last].To == i && s.Gold[last].Label == label {
		s.Gold[last].To++
		return nil
	}
	s.Gold = append(s.Gold, Span{From: i, To: i + 1, Label: label})
	return nil
}
