package parser

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// RootLabel is the relation of the sentence root.
const RootLabel = "root"

// Parser is a trained dependency parser. It is safe for concurrent use.
type Parser struct {
	labels    []string
	root      int               // index of RootLabel in labels
	model     *perceptron.Model // transitions: 1+2*len(labels) classes, or 3 with a labeller
	labeler   *perceptron.Model // relation of each arc as it is built; may be nil
	clusters  *cluster.Clusters // word clusters; may be nil
	super     bool              // trained with supertags
	relabeler *perceptron.Model // relation classifier over finished trees; may be nil
	lead      int32             // early exit (exit.go), in the model's units; 0 scores every feature
}

// Model returns the underlying perceptron (for size reporting).
func (p *Parser) Model() *perceptron.Model { return p.model }

// Labels returns the relation labels the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse returns the head (1-based, 0 for the root) and relation of every
// word of a tagged sentence. The slices must have equal length; super
// (supertags, see Supertags) may be nil for a parser trained without them.
func (p *Parser) Parse(forms, upos, xpos, super []string) (heads []int, rels []string) {
	n := len(forms)
	heads, rels = make([]int, n), make([]string, n)
	if n == 0 {
		return heads, rels
	}
	x := newSentence(forms, upos, xpos, super, p.clusters)
	st := newState(n)
	scores := make([]int32, p.model.NClass())
	buf := make([]uint64, 0, 128)
	var ordered []uint64
	var lscores []int32
	if p.labeler != nil {
		lscores = make([]int32, p.labeler.NClass())
	}
	for !st.done() {
		if st.onlyShift() { // no choice: skip the scoring
			st.apply(shift, 0)
			continue
		}
		buf = features(buf[:0], x, st, p.super)
		clear(scores)
		ordered = p.score(buf, st, scores, ordered)
		if p.labeler != nil {
			kind := chooseKind(st, scores)
			st.apply(kind, p.label(x, st, kind, buf, lscores))
			continue
		}
		best, bestScore := -1, int32(0)
		for c, v := range scores {
			if (best < 0 || v > bestScore) && p.validClass(st, c) {
				best, bestScore = c, v
			}
		}
		st.apply(kindOf(best))
	}
	copy(heads, st.head[1:])
	if p.relabeler != nil {
		p.relabel(x, heads, st.label)
	}
	for i := 1; i <= n; i++ {
		rels[i-1] = p.labels[st.label[i]]
	}
	return heads, rels
}

// label returns the relation of the arc a left or right transition
// would build in st; buf and scores are scratch space.
func (p *Parser) label(x *sentence, st *state, kind int, buf []uint64, scores []int32) int {
	if kind == shift {
		return 0
	}
	h, d := st.arc(kind)
	if h == 0 {
		return p.root
	}
	clear(scores)
	p.labeler.Score(labelFeatures(buf[:0], x, st, h, d), scores)
	return p.bestLabel(scores)
}

// validClass reports whether class c may be applied in st: the root label
// is used exactly for the final attachment to the root.
func (p *Parser) validClass(st *state, c int) bool {
	kind, label := kindOf(c)
	if !st.valid(kind) {
		return false
	}
	switch kind {
	case left:
		return label != p.root
	case right:
		return (st.s(1) == 0) == (label == p.root)
	}
	return true
}

const (
	magic   = "kgparser3\n" // flags: bit 0 supertags, bit 1 labeller
	magicV2 = "kgparser2\n" // supertag flag, no labeller; still readable
	magicV1 = "kgparser1\n" // no supertag flag; still readable
)

const (
	flagSuper   = 1
	flagLabeler = 2
)

// WriteTo writes the parser in binary form.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	flags := byte(0)
	if p.super {
		flags |= flagSuper
	}
	if p.labeler != nil {
		flags |= flagLabeler
	}
	bw.WriteByte(flags)
	var b [binary.MaxVarintLen64]byte
	bw.Write(b[:binary.PutUvarint(b[:], uint64(len(p.labels)))])
	for _, l := range p.labels {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if _, err := p.model.WriteTo(bw); err != nil {
		return 0, err
	}
	if p.labeler != nil {
		if _, err := p.labeler.WriteTo(bw); err != nil {
			return 0, err
		}
	}
	if p.relabeler == nil {
		bw.WriteByte(0)
	} else {
		bw.WriteByte(1)
		if _, err := p.relabeler.WriteTo(bw); err != nil {
			return 0, err
		}
	}
	return 0, bw.Flush()
}

// Read reads a parser written by WriteTo; cl must be the clusters it was
// trained with.
func Read(r *bufio.Reader, cl *cluster.Clusters) (*Parser, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil {
		return nil, errors.New("parser: bad header")
	}
	flags := byte(0)
	switch string(head) {
	case magic, magicV2:
		var err error
		if flags, err = r.ReadByte(); err != nil || flags > flagSuper|flagLabeler || (string(head) == magicV2 && flags > 1) {
			return nil, errors.New("parser: bad flags")
		}
	case magicV1:
	default:
		return nil, errors.New("parser: bad header")
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n == 0 || n > 127 {
		return nil, fmt.Errorf("parser: bad label count %d: %v", n, err)
	}
	p := &Parser{root: -1, clusters: cl, super: flags&flagSuper != 0}
	for i := range int(n) {
		l, err := r.ReadString('\n')
		if err != nil {
			return nil, fmt.Errorf("parser: read labels: %w", err)
		}
		l = strings.TrimSuffix(l, "\n")
		if l == RootLabel {
			p.root = i
		}
		p.labels = append(p.labels, l)
	}
	if p.root < 0 {
		return nil, errors.New("parser: no root label")
	}
	if p.model, err = perceptron.ReadModel(r); err != nil {
		return nil, fmt.Errorf("parser: %w", err)
	}
	if flags&flagLabeler != 0 {
		if p.labeler, err = perceptron.ReadModel(r); err != nil {
			return nil, fmt.Errorf("parser: labeller: %w", err)
		}
		if p.model.NClass() != 3 || p.labeler.NClass() != len(p.labels) {
			return nil, errors.New("parser: models and label list disagree")
		}
	} else if p.model.NClass() != 1+2*len(p.labels) {
		return nil, errors.New("parser: model and label list disagree")
	}
	p.lead = leadOf(p.model.Scale())
	if string(head) == magicV1 {
		return p, nil
	}
	switch flag, err := r.ReadByte(); {
	case err != nil || flag > 1:
		return nil, errors.New("parser: bad relabeller flag")
	case flag == 1:
		if p.relabeler, err = perceptron.ReadModel(r); err != nil {
			return nil, fmt.Errorf("parser: relabeller: %w", err)
		}
		if p.relabeler.NClass() != len(p.labels) {
			return nil, errors.New("parser: relabeller and label list disagree")
		}
	}
	return p, nil
}

// Prune returns a copy of p whose model keeps only weights of magnitude at
// least minAbs (quantised units), trading a little accuracy for size and
// speed.
func (p *Parser) Prune(minAbs int) *Parser {
	q := *p
	q.model = p.model.Prune(minAbs)
	return &q
}

// Supertags returns the supertag of every word of a gold tree: its relation
// and the side of its head ("nsubj/R": head to the right), or "root".
func Supertags(heads []int, rels []string) []string {
	out := make([]string, len(heads))
	for i, h := range heads {
		switch {
		case h == 0:
			out[i] = RootLabel
		case h < i+1:
			out[i] = rels[i] + "/L"
		default:
			out[i] = rels[i] + "/R"
		}
	}
	return out
}

// SupertagInput returns the input tags the supertagger is trained and run
// with: "UPOS|XPOS" per word.
func SupertagInput(upos, xpos []string) []string {
	out := make([]string, len(upos))
	for i := range upos {
		out[i] = upos[i] + "|" + xpos[i]
	}
	return out
}
