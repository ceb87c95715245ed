package tagger

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// A SureTag is a token whose class the training data settles: a word form
// (with its input tag, for a tagger trained with input tags) seen often
// and nearly always with one class, like "the" (DET|DT) or "," (PUNCT|,),
// or "the" with input DET|DT for the supertagger (det/R). A tagger given
// sure tags (WithSure) assigns them without scoring the token, which saves
// its feature lookups; the tokens after it see the class as usual.
type SureTag struct {
	Form, Input string // Input is empty for a tagger without input tags
	UPOS, XPOS  string // the class (XPOS empty for a supertagger)
}

// SureTags returns the (form, input tag) pairs of sents seen at least
// minCount times and with their most frequent class at least the fraction
// purity of those times, sorted by form and input.
func SureTags(sents []Sentence, minCount int, purity float64) []SureTag {
	type key struct{ form, input string }
	counts := map[key]map[[2]string]int{}
	for _, s := range sents {
		for i, f := range s.Forms {
			k := key{form: f}
			if s.Input != nil {
				k.input = s.Input[i]
			}
			if counts[k] == nil {
				counts[k] = map[[2]string]int{}
			}
			counts[k][[2]string{s.UPOS[i], s.XPOS[i]}]++
		}
	}
	var out []SureTag
	for k, byClass := range counts {
		total, best, top := 0, [2]string{}, 0
		for c, n := range byClass {
			total += n
			if n > top || n == top && (c[0]+"\t"+c[1]) < (best[0]+"\t"+best[1]) {
				best, top = c, n
			}
		}
		if total >= minCount && float64(top) >= purity*float64(total) {
			out = append(out, SureTag{Form: k.form, Input: k.input, UPOS: best[0], XPOS: best[1]})
		}
	}
	slices.SortFunc(out, func(a, b SureTag) int {
		return cmp.Or(strings.Compare(a.Form, b.Form), strings.Compare(a.Input, b.Input))
	})
	return out
}

// WithSure returns a copy of t that gives the tokens of tags their class
// without scoring them (nil or empty tags: none). Every class must be one
// of t's, and the tags must have input tags exactly when t was trained
// with them.
func (t *Tagger) WithSure(tags []SureTag) (*Tagger, error) {
	classOf := make(map[[2]string]int32, len(t.upos))
	for c := range t.upos {
		classOf[[2]string{t.upos[c], t.xpos[c]}] = int32(c)
	}
	fixed := make(map[uint64]int32, len(tags))
	for _, s := range tags {
		c, ok := classOf[[2]string{s.UPOS, s.XPOS}]
		if !ok {
			return nil, fmt.Errorf("sure tag %q: unknown class %s|%s", s.Form, s.UPOS, s.XPOS)
		}
		if (s.Input != "") != t.input {
			return nil, fmt.Errorf("sure tag %q: input tag %q does not fit the tagger", s.Form, s.Input)
		}
		var in uint64
		if t.input {
			in = perceptron.Hash(s.Input)
		}
		fixed[sureKey(perceptron.Hash(s.Form), in)] = c
	}
	q := *t
	q.fixed = fixed
	if len(fixed) == 0 {
		q.fixed = nil
	}
	return &q, nil
}

// sureKey combines the hashes of a form and its input tag.
func sureKey(form, input uint64) uint64 { return perceptron.Mix(form, input) }
