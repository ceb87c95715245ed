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
	labels   []string
	root     int // index of RootLabel in labels
	model    *perceptron.Model
	clusters *cluster.Clusters // word clusters; may be nil
}

// Model returns the underlying perceptron (for size reporting).
func (p *Parser) Model() *perceptron.Model { return p.model }

// Labels returns the relation labels the parser can assign.
func (p *Parser) Labels() []string { return append([]string(nil), p.labels...) }

// Parse returns the head (1-based, 0 for the root) and relation of every
// word of a tagged sentence. The three slices must have equal length.
func (p *Parser) Parse(forms, upos, xpos []string) (heads []int, rels []string) {
	n := len(forms)
	heads, rels = make([]int, n), make([]string, n)
	if n == 0 {
		return heads, rels
	}
	x := newSentence(forms, upos, xpos, p.clusters)
	st := newState(n)
	scores := make([]int32, p.model.NClass())
	buf := make([]uint64, 0, 128)
	for !st.done() {
		buf = features(buf[:0], x, st)
		clear(scores)
		p.model.Score(buf, scores)
		best, bestScore := -1, int32(0)
		for c, v := range scores {
			if (best < 0 || v > bestScore) && p.validClass(st, c) {
				best, bestScore = c, v
			}
		}
		st.apply(kindOf(best))
	}
	for i := 1; i <= n; i++ {
		heads[i-1], rels[i-1] = st.head[i], p.labels[st.label[i]]
	}
	return heads, rels
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

const magic = "kgparser1\n"

// WriteTo writes the parser in binary form.
func (p *Parser) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	bw.WriteString(magic)
	var b [binary.MaxVarintLen64]byte
	bw.Write(b[:binary.PutUvarint(b[:], uint64(len(p.labels)))])
	for _, l := range p.labels {
		bw.WriteString(l)
		bw.WriteByte('\n')
	}
	if _, err := p.model.WriteTo(bw); err != nil {
		return 0, err
	}
	return 0, bw.Flush()
}

// Read reads a parser written by WriteTo; cl must be the clusters it was
// trained with.
func Read(r *bufio.Reader, cl *cluster.Clusters) (*Parser, error) {
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(r, head); err != nil || string(head) != magic {
		return nil, errors.New("parser: bad header")
	}
	n, err := binary.ReadUvarint(r)
	if err != nil || n == 0 || n > 127 {
		return nil, fmt.Errorf("parser: bad label count %d: %v", n, err)
	}
	p := &Parser{root: -1, clusters: cl}
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
	if p.model.NClass() != 1+2*len(p.labels) {
		return nil, errors.New("parser: model and label list disagree")
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
