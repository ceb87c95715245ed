package store

import (
	"context"
	"errors"
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
//
// Cayley's key-value stores index quads by subject and by object, not by
// graph label, so statements are found through their fact quads: by the
// subject's index when the filter names a subject IRI or an article (whose
// statements' subjects are the entities it mentions, and whose statement
// IRIs start with the article's), and by one pass over all quads otherwise.
func (s *Store) Statements(ctx context.Context, f Filter, fn func(Record) error) error {
	defer s.guard.read()()
	r := newReader(s)
	prefix := ""
	if f.Source != "" {
		prefix = string(s.ns.Article(f.Source)) + "/st/"
	}
	visit := func(q quad.Quad) error {
		if q.Label == nil || prefix != "" && !strings.HasPrefix(graph.Lexical(q.Label), prefix) {
			return nil
		}
		rec, err := r.statement(ctx, q)
		if errors.Is(err, errNotStatement) {
			return nil // a named graph that is not a kg statement (imported data)
		} else if err != nil {
			return err
		}
		if !f.Match(rec) {
			return nil
		}
		return fn(rec)
	}
	switch {
	case strings.Contains(f.Subject, "://"):
		return s.eachQuad(ctx, quad.Subject, quad.IRI(f.Subject), visit)
	case f.Source != "":
		subjects, err := s.mentioned(ctx, f.Source)
		if err != nil {
			return err
		}
		for _, e := range subjects {
			if err := s.eachQuad(ctx, quad.Subject, e, visit); err != nil {
				return err
			}
		}
		return nil
	}
	return s.scan(ctx, s.qs.QuadsAllIterator(), visit)
}

// errNotStatement marks a labelled quad whose label has no provenance.
var errNotStatement = errors.New("not a kg statement")

// mentioned returns the entities article id mentions: the subjects of all
// its statements are among them.
func (s *Store) mentioned(ctx context.Context, id string) ([]quad.Value, error) {
	var out []quad.Value
	err := s.eachQuad(ctx, quad.Subject, quad.IRI(s.ns.Article(id)), func(q quad.Quad) error {
		if q.Predicate == graph.PropMentions {
			out = append(out, q.Object)
		}
		return nil
	})
	return out, err
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

// statement decodes the statement whose fact quad is fact.
// maxCached bounds each of the reader's caches: a walk over a graph of
// millions of statements keeps at most this many sentences (and as many
// entities) in memory, starting afresh when a cache is full.
const maxCached = 20000

func (r *reader) statement(ctx context.Context, fact quad.Quad) (Record, error) {
	if len(r.sentences) > maxCached {
		clear(r.sentences)
	}
	if len(r.terms) > maxCached {
		clear(r.terms)
	}
	rec := Record{ID: graph.IRI(graph.Lexical(fact.Label))}
	var err error
	if rec.Subject, err = r.term(ctx, fact.Subject); err != nil {
		return rec, err
	}
	if rec.Object, err = r.term(ctx, fact.Object); err != nil {
		return rec, err
	}
	if rec.Predicate.Lemma, err = r.lemma(ctx, fact.Predicate); err != nil {
		return rec, err
	}
	return rec, r.provenance(ctx, fact.Label, &rec)
}

func (r *reader) provenance(ctx context.Context, id quad.Value, rec *Record) error {
	props, err := r.s.quadsWith(ctx, quad.Subject, id)
	if err != nil {
		return err
	}
	derived := false
	for _, q := range props {
		switch q.Predicate {
		case graph.PropDerivedFrom:
			si, err := r.sentence(ctx, q.Object)
			if err != nil {
				return err
			}
			rec.Prov.Article, rec.Prov.Sentence, rec.SentenceText = si.article, si.index, si.text
			derived = true
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
	if !derived {
		return errNotStatement
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
