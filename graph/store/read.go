package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// Record is a stored statement with its identity and source sentence.
type Record struct {
	graph.Statement
	ID           graph.IRI
	SentenceText string
}

// Filter selects statements. Text fields match case-insensitively as
// substrings of a label (or exactly, when given as an absolute IRI); empty
// fields match everything.
type Filter struct {
	Subject, Predicate, Object string
	Source                     string     // article id, exactly
	Type                       graph.Type // subject or object type
	MinConfidence              float64
}

// Match reports whether r passes the filter.
func (f Filter) Match(r Record) bool {
	return matchTerm(f.Subject, r.Subject) &&
		matchText(f.Predicate, r.Predicate.Lemma, r.Predicate.Surface) &&
		matchTerm(f.Object, r.Object) &&
		(f.Source == "" || f.Source == r.Prov.Article) &&
		(f.Type == "" || f.Type == r.Subject.Type || f.Type == r.Object.Type) &&
		r.Prov.Confidence >= f.MinConfidence
}

func matchTerm(want string, t graph.Term) bool {
	if strings.Contains(want, "://") {
		return string(t.ID) == want
	}
	return matchText(want, t.Text)
}

func matchText(want string, have ...string) bool {
	if want == "" {
		return true
	}
	want = strings.ToLower(want)
	for _, h := range have {
		if strings.Contains(strings.ToLower(h), want) {
			return true
		}
	}
	return false
}

// Statements calls fn for every stored statement that f matches, in store
// order, until fn returns an error.
func (s *Store) Statements(ctx context.Context, f Filter, fn func(Record) error) error {
	r := newReader(s)
	visit := func(q quad.Quad) error {
		if q.Predicate != graph.PropDerivedFrom {
			return nil
		}
		rec, err := r.statement(ctx, q.Subject, q.Object)
		if err != nil {
			return err
		}
		if !f.Match(rec) {
			return nil
		}
		return fn(rec)
	}
	if f.Source == "" {
		return s.eachQuad(ctx, quad.Predicate, graph.PropDerivedFrom, visit)
	}
	sents, err := s.quadsWith(ctx, quad.Object, quad.IRI(s.ns.Article(f.Source)))
	if err != nil {
		return err
	}
	for _, sq := range sents {
		if sq.Predicate != graph.PropArticle {
			continue
		}
		if err := s.eachQuad(ctx, quad.Object, sq.Subject, visit); err != nil {
			return err
		}
	}
	return nil
}

// reader decodes statements, caching what many statements share.
type reader struct {
	s         *Store
	sentences map[quad.Value]sentenceInfo
	terms     map[quad.Value]graph.Term
	lemmas    map[quad.Value]string
	tools     map[quad.Value][2]string
}

type sentenceInfo struct {
	article string
	index   int
	text    string
}

func newReader(s *Store) *reader {
	return &reader{s: s, sentences: map[quad.Value]sentenceInfo{}, terms: map[quad.Value]graph.Term{},
		lemmas: map[quad.Value]string{}, tools: map[quad.Value][2]string{}}
}

func (r *reader) statement(ctx context.Context, id, sent quad.Value) (Record, error) {
	rec := Record{ID: graph.IRI(graph.Lexical(id))}
	facts, err := r.s.quadsWith(ctx, quad.Label, id)
	if err != nil {
		return rec, err
	}
	if len(facts) != 1 {
		return rec, fmt.Errorf("statement %s has %d fact quads, want 1", rec.ID, len(facts))
	}
	fact := facts[0]
	if rec.Subject, err = r.term(ctx, fact.Subject); err != nil {
		return rec, err
	}
	if rec.Object, err = r.term(ctx, fact.Object); err != nil {
		return rec, err
	}
	if rec.Predicate.Lemma, err = r.lemma(ctx, fact.Predicate); err != nil {
		return rec, err
	}
	si, err := r.sentence(ctx, sent)
	if err != nil {
		return rec, err
	}
	rec.Prov.Article, rec.Prov.Sentence, rec.SentenceText = si.article, si.index, si.text
	return rec, r.provenance(ctx, id, &rec)
}

func (r *reader) provenance(ctx context.Context, id quad.Value, rec *Record) error {
	props, err := r.s.quadsWith(ctx, quad.Subject, id)
	if err != nil {
		return err
	}
	for _, q := range props {
		switch q.Predicate {
		case graph.PropSpan:
			if rec.Prov.Start, rec.Prov.End, err = parseSpan(q.Object); err != nil {
				return fmt.Errorf("statement %s: %w", rec.ID, err)
			}
		case graph.PropConfidence:
			if _, err := fmt.Sscan(graph.Lexical(q.Object), &rec.Prov.Confidence); err != nil {
				return fmt.Errorf("statement %s: bad confidence: %w", rec.ID, err)
			}
		case graph.PropSurface:
			rec.Predicate.Surface = graph.Lexical(q.Object)
		case graph.PropNegated:
			rec.Negated = graph.Lexical(q.Object) == "true"
		case graph.PropModality:
			rec.Modality = graph.Lexical(q.Object)
		case graph.PropReportedBy:
			if rec.Attribution, err = r.term(ctx, q.Object); err != nil {
				return err
			}
		case graph.PropAttributedTo:
			tool, err := r.tool(ctx, q.Object)
			if err != nil {
				return err
			}
			rec.Prov.Extractor, rec.Prov.Version = tool[0], tool[1]
		}
	}
	return nil
}

func parseSpan(v quad.Value) (start, end int, err error) {
	s := graph.Lexical(v)
	if _, err := fmt.Sscanf(s, "%d-%d", &start, &end); err != nil {
		return 0, 0, fmt.Errorf("bad span %q", s)
	}
	return start, end, nil
}
