package nlp

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kgraph/kg/extract/nlp/parser"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

// SureTags are the tokens whose tag (Tag) or supertag (Super) the
// training data settles (tagger.SureTag): the tagger and the supertagger
// give them their class without scoring them. They are derived from the
// treebank's training split alone (DeriveSureTags) and kept in a small
// text file beside the model:
//
//   - one tag per line, five fields separated by tabs: the table (tag or
//     super), the form, the input tag (empty for tag; UPOS|XPOS for super),
//     the UPOS and the XPOS of the class (for super: the supertag and "_");
//   - blank lines and lines starting with '#' are ignored.
type SureTags struct {
	Tag, Super []tagger.SureTag
}

// superXPOS is the XPOS half of every supertagger class: the supertagger
// is trained on (supertag, "_") pairs (cmd train).
const superXPOS = "_"

// DeriveSureTags returns the sure tags of gold training sentences: forms
// (for supertags: forms with their UPOS|XPOS) seen at least minCount times,
// with one class at least the fraction purity of the time.
func DeriveSureTags(train []Sentence, minCount int, purity float64) SureTags {
	tags := make([]tagger.Sentence, len(train))
	super := make([]tagger.Sentence, len(train))
	for i, s := range train {
		n := len(s.Words)
		forms, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
		heads, rels, none := make([]int, n), make([]string, n), make([]string, n)
		for j, w := range s.Words {
			forms[j], upos[j], xpos[j], heads[j], rels[j], none[j] = w.Form, w.UPOS, w.XPOS, w.Head, w.Rel, superXPOS
		}
		tags[i] = tagger.Sentence{Forms: forms, UPOS: upos, XPOS: xpos}
		super[i] = tagger.Sentence{Forms: forms, UPOS: parser.Supertags(heads, rels), XPOS: none,
			Input: parser.SupertagInput(upos, xpos)}
	}
	return SureTags{Tag: tagger.SureTags(tags, minCount, purity), Super: tagger.SureTags(super, minCount, purity)}
}

// WriteSureTags writes s in the file format above, after the comment
// lines header (without their '#').
func WriteSureTags(w io.Writer, s SureTags, header ...string) error {
	bw := bufio.NewWriter(w)
	for _, h := range header {
		fmt.Fprintf(bw, "#%s\n", h)
	}
	for _, table := range []struct {
		name string
		tags []tagger.SureTag
	}{{"tag", s.Tag}, {"super", s.Super}} {
		for _, t := range table.tags {
			fields := []string{table.name, t.Form, t.Input, t.UPOS, t.XPOS}
			for _, f := range fields {
				if strings.ContainsAny(f, "\t\n\r") {
					return fmt.Errorf("sure tag %q: a field holds a tab or line break", t.Form)
				}
			}
			bw.WriteString(strings.Join(fields, "\t") + "\n")
		}
	}
	return bw.Flush()
}

// ReadSureTags reads sure tags in the file format above. An error names
// the line.
func ReadSureTags(r io.Reader) (SureTags, error) {
	var s SureTags
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 || f[1] == "" || f[3] == "" {
			return SureTags{}, fmt.Errorf("sure tags: line %d: want 5 tab-separated fields (table, form, input, UPOS, XPOS)", n)
		}
		t := tagger.SureTag{Form: f[1], Input: f[2], UPOS: f[3], XPOS: f[4]}
		switch f[0] {
		case "tag":
			s.Tag = append(s.Tag, t)
		case "super":
			s.Super = append(s.Super, t)
		default:
			return SureTags{}, fmt.Errorf("sure tags: line %d: unknown table %q (want tag or super)", n, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return SureTags{}, fmt.Errorf("sure tags: %w", err)
	}
	return s, nil
}

// WithSureTags returns a copy of p whose tagger and supertagger give the
// tokens of s their class without scoring them.
func (p *Pipeline) WithSureTags(s SureTags) (*Pipeline, error) {
	q := *p
	var err error
	if q.tagger, err = p.tagger.WithSure(s.Tag); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if p.super == nil {
		if len(s.Super) > 0 {
			return nil, errors.New("supertagger: the model has none")
		}
		return &q, nil
	}
	if q.super, err = p.super.WithSure(s.Super); err != nil {
		return nil, fmt.Errorf("supertagger: %w", err)
	}
	return &q, nil
}

// WithoutSureTags returns a copy of p whose taggers score every token: the
// reference sure tags are measured against.
func (p *Pipeline) WithoutSureTags() *Pipeline {
	q := *p
	q.tagger, _ = p.tagger.WithSure(nil) // no tags, no error
	if p.super != nil {
		q.super, _ = p.super.WithSure(nil)
	}
	return &q
}
