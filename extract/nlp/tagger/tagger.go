package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// Tagger is a trained part-of-speech tagger. It is safe for concurrent use.
type Tagger struct {
	upos, xpos []string          // class -> tags
	amb        map[uint64]uint64 // norm hash -> ambiguity class hash
	model      *perceptron.Model // first pass
	second     *perceptron.Model // second pass using first-pass tags of the right context; may be nil
	clusters   *cluster.Clusters // word clusters; may be nil
	input      bool              // trained with input tags (Sentence.Input)
	sure       float64           // first-pass margin above which the second pass keeps the tag; 0: never
	fixed      map[uint64]int32  // sureKey of form and input -> class given without scoring (WithSure)
}

// WithSureMargin returns a copy of t whose second pass keeps the first
// pass's tag of every token whose best score beats the runner-up by at
// least margin (real-valued score units), saving the second pass's work
// where it almost never changes anything. Zero re-tags every token.
func (t *Tagger) WithSureMargin(margin float64) *Tagger {
	q := *t
	q.sure = margin
	return &q
}

// Classes returns the number of UPOS|XPOS classes.
func (t *Tagger) Classes() int { return len(t.upos) }

// Model returns the underlying perceptron (for size reporting).
func (t *Tagger) Model() *perceptron.Model { return t.model }

// Tag returns the UPOS and XPOS tags of forms.
func (t *Tagger) Tag(forms []string) (upos, xpos []string) {
	return t.TagWith(forms, nil)
}

// TagWith is Tag for a tagger trained with input tags (Sentence.Input);
// input must be nil or as long as forms.
func (t *Tagger) TagWith(forms, input []string) (upos, xpos []string) {
	upos = make([]string, len(forms))
	xpos = make([]string, len(forms))
	for i, c := range t.classes(forms, input) {
		upos[i], xpos[i] = t.upos[c], t.xpos[c]
	}
	return upos, xpos
}

// classes returns the class number of every token.
func (t *Tagger) classes(forms, input []string) []int {
	toks := t.tokens(forms, input)
	out := make([]int, len(forms))
	scores := make([]int32, len(t.upos))
	buf := make([]uint64, 0, 96)
	var sure []bool
	if t.second != nil && t.sure > 0 {
		sure = make([]bool, len(forms))
	}
	t.pass(t.model, toks, nil, out, scores, buf, sure)
	if t.second != nil {
		guide := make([]uint64, len(out))
		for i, c := range out {
			guide[i] = uint64(c) + 3
		}
		t.pass(t.second, toks, guide, out, scores, buf, sure)
	}
	return out
}

func (t *Tagger) tokens(forms, input []string) []token {
	toks := make([]token, len(forms))
	for i, f := range forms {
		toks[i] = makeToken(f, t.amb, t.clusters)
		if i < len(input) {
			toks[i].in = perceptron.Hash(input[i])
		}
		if t.fixed != nil {
			if c, ok := t.fixed[sureKey(toks[i].form, toks[i].in)]; ok {
				toks[i].fixed = c + 1
			}
		}
	}
	return toks
}

// pass tags toks left to right with model m, writing classes to out. In
// the first pass (guide nil) a non-nil sure records which tokens won by
// the sure margin; the second pass keeps their tags.
func (t *Tagger) pass(m *perceptron.Model, toks []token, guide []uint64, out []int, scores []int32, buf []uint64, sure []bool) {
	p1, p2 := uint64(1), uint64(1)
	for i := range toks {
		if c := toks[i].fixed; c > 0 { // a sure tag (WithSure): both passes keep it
			out[i] = int(c - 1)
			p2, p1 = p1, uint64(c-1)+3
			continue
		}
		if guide != nil && sure != nil && sure[i] {
			p2, p1 = p1, uint64(out[i])+3
			continue
		}
		buf = features(buf[:0], toks, i, p1, p2, guide, t.input)
		clear(scores)
		m.Score(buf, scores)
		c, margin := argmax32(scores)
		if guide == nil && sure != nil {
			sure[i] = float64(margin)*m.Scale() >= t.sure
		}
		out[i] = c
		p2, p1 = p1, uint64(c)+3
	}
}

// argmax32 returns the best class and its lead over the runner-up.
func argmax32(s []int32) (best int, margin int32) {
	second := int32(math.MinInt32)
	for i, v := range s {
		switch {
		case v > s[best]:
			second = s[best]
			best = i
		case i != best && v > second:
			second = v
		}
	}
	if len(s) < 2 {
		return best, 0
	}
	return best, s[best] - second
}

const (
	magic   = "kgtagger2\n"
	magicV1 = "kgtagger1\n" // no input flag; still readable
)

// WriteTo writes the tagger in binary form.
func (t *Tagger) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	if t.input {
		bw.WriteByte(1)
	} else {
		bw.WriteByte(0)
	}
	var b [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(b[:binary.PutUvarint(b[:], x)]) }
	uv(uint64(len(t.upos)))
	for i := range t.upos {
		str(bw, uv, t.upos[i])
		str(bw, uv, t.xpos[i])
	}
	keys := make([]uint64, 0, len(t.amb))
	for k := range t.amb {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	uv(uint64(len(keys)))
	for _, k := range keys {
		binary.Write(bw, binary.LittleEndian, k)
		binary.Write(bw, binary.LittleEndian, t.amb[k])
	}
	if _, err := t.model.WriteTo(bw); err != nil {
		return 0, err
	}
	if t.second == nil {
		bw.WriteByte(0)
	} else {
		bw.WriteByte(1)
		if _, err := t.second.WriteTo(bw); err != nil {
			return 0, err
		}
	}
	return 0, bw.Flush()
}

func str(w *bufio.Writer, uv func(uint64), s string) {
	uv(uint64(len(s)))
	w.WriteString(s)
}

// Read reads a tagger written by WriteTo; cl must be the clusters it was
// trained with.
func Read(r *bufio.Reader, cl *cluster.Clusters) (*Tagger, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || (string(head) != magic && string(head) != magicV1) {
		return nil, errors.New("tagger: bad header")
	}
	inFlag := byte(0)
	if string(head) == magic {
		var err error
		if inFlag, err = r.ReadByte(); err != nil || inFlag > 1 {
			return nil, errors.New("tagger: bad input flag")
		}
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n == 0 || n > 256 {
		return nil, fmt.Errorf("tagger: bad class count %d: %v", n, err)
	}
	t := &Tagger{clusters: cl, input: inFlag == 1}
	for range n {
		u, err1 := readStr(r)
		x, err2 := readStr(r)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("tagger: read classes: %w", err)
		}
		t.upos, t.xpos = append(t.upos, u), append(t.xpos, x)
	}
	na, err := binary.ReadUvarint(r)
	if err != nil || na > 1<<24 {
		return nil, fmt.Errorf("tagger: bad dictionary size %d: %v", na, err)
	}
	t.amb = make(map[uint64]uint64, na)
	var kv [2]uint64
	for range na {
		if err := binary.Read(r, binary.LittleEndian, &kv); err != nil {
			return nil, fmt.Errorf("tagger: read dictionary: %w", err)
		}
		t.amb[kv[0]] = kv[1]
	}
	if t.model, err = perceptron.ReadModel(r); err != nil {
		return nil, fmt.Errorf("tagger: %w", err)
	}
	if t.model.NClass() != len(t.upos) {
		return nil, errors.New("tagger: model and class list disagree")
	}
	switch flag, err := r.ReadByte(); {
	case err != nil:
		return nil, fmt.Errorf("tagger: %w", err)
	case flag == 1:
		if t.second, err = perceptron.ReadModel(r); err != nil {
			return nil, fmt.Errorf("tagger: second pass: %w", err)
		}
		if t.second.NClass() != len(t.upos) {
			return nil, errors.New("tagger: second-pass model and class list disagree")
		}
	case flag != 0:
		return nil, fmt.Errorf("tagger: bad second-pass flag %d", flag)
	}
	return t, nil
}

func readStr(r *bufio.Reader) (string, error) {
	n, err := binary.ReadUvarint(r)
	if err != nil || n > 1<<10 {
		return "", fmt.Errorf("bad string length %d: %v", n, err)
	}
	var b strings.Builder
	for range n {
		c, err := r.ReadByte()
		if err != nil {
			return "", err
		}
		b.WriteByte(c)
	}
	return b.String(), nil
}

// Prune returns a copy of t whose models keep only weights of magnitude at
// least minAbs (quantised units).
func (t *Tagger) Prune(minAbs int) *Tagger {
	q := *t
	q.model = t.model.Prune(minAbs)
	if t.second != nil {
		q.second = t.second.Prune(minAbs)
	}
	return &q
}
