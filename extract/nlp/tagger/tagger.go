package tagger

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
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
	t.pass(t.model, toks, nil, out, scores, buf)
	if t.second != nil {
		guide := make([]uint64, len(out))
		for i, c := range out {
			guide[i] = uint64(c) + 3
		}
		t.pass(t.second, toks, guide, out, scores, buf)
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
	}
	return toks
}

// pass tags toks left to right with model m, writing classes to out.
func (t *Tagger) pass(m *perceptron.Model, toks []token, guide []uint64, out []int, scores []int32, buf []uint64) {
	p1, p2 := uint64(1), uint64(1)
	for i := range toks {
		buf = features(buf[:0], toks, i, p1, p2, guide, t.input)
		clear(scores)
		m.Score(buf, scores)
		c := argmax32(scores)
		out[i] = c
		p2, p1 = p1, uint64(c)+3
	}
}

func argmax32(s []int32) int {
	best := 0
	for i, v := range s {
		if v > s[best] {
			best = i
		}
	}
	return best
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
