package store

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/kgraph/kg/graph"
)

// Record is a stored statement with its identity and source sentence.
type Record struct {
	graph.Statement
	ID           graph.IRI
	SentenceText string
	// SubjectAliases and ObjectAliases are the other names of an entity
	// subject or object (graph.Entity.Aliases, sorted); Match reads them.
	SubjectAliases, ObjectAliases []string
}

// Filter selects statements; empty fields match everything.
//
// Subject and Object each select by the first of these rules that
// applies to their text:
//
//   - an absolute IRI (a text containing "://") selects that entity;
//   - a name: when the label or an alias of one or more entities equals
//     the text, both folded, the statements of those entities, whatever
//     their labels. Folding compares names in lower case, without accents,
//     periods and apostrophes, with every other run of spaces and
//     punctuation read as one space: "George W. Bush", "george w bush" and
//     "GEORGE W BUSH" are one name;
//   - otherwise a part of a name: the statements whose subject (object) has
//     a label or alias, or is a literal value, that contains the folded
//     text once folded itself.
//
// Entities are the nodes typed as one of graph.EntityTypes; a statement's
// subject always is one. A text with no letter or digit is matched as a
// case-insensitive substring of labels, aliases and values as written.
// Predicate matches a case-insensitive substring of the predicate's lemma
// or surface form; Source an article id exactly; Type the subject's or the
// object's type.
type Filter struct {
	Subject, Predicate, Object string
	Source                     string     // article id, exactly
	Type                       graph.Type // subject or object type
	MinConfidence              float64
}

// Match reports whether r passes the filter judged on r alone: a text
// Subject or Object accepts a term when it is a part of the term's label,
// one of its aliases or its value (all folded). Statements selects the
// records Match accepts, except that a text which is a whole name of an
// entity selects only the statements of the entities so named.
func (f Filter) Match(r Record) bool {
	return matchTerm(f.Subject, r.Subject, r.SubjectAliases) &&
		matchText(f.Predicate, r.Predicate.Lemma, r.Predicate.Surface) &&
		matchTerm(f.Object, r.Object, r.ObjectAliases) &&
		(f.Source == "" || f.Source == r.Prov.Article) &&
		(f.Type == "" || f.Type == r.Subject.Type || f.Type == r.Object.Type) &&
		r.Prov.Confidence >= f.MinConfidence
}

// isIRI reports whether a Subject or Object filter is an IRI.
func isIRI(want string) bool { return strings.Contains(want, "://") }

func matchTerm(want string, t graph.Term, aliases []string) bool {
	switch {
	case want == "":
		return true
	case isIRI(want):
		return string(t.ID) == want
	}
	return matchName(want, t.Text) || matchName(want, aliases...)
}

// matchName reports whether want is a part of one of have, both folded
// (graph.FoldName); a want without letters or digits is matched as matchText
// matches it.
func matchName(want string, have ...string) bool {
	fw := graph.FoldName(want)
	if fw == "" {
		return matchText(want, have...)
	}
	for _, h := range have {
		if strings.Contains(graph.FoldName(h), fw) {
			return true
		}
	}
	return false
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
// order (the statements of several entities a name selects: entity by
// entity, in IRI order), until fn returns an error.
//
// Cayley's key-value stores index quads by subject and by object, not by
// graph label, so statements are found through their fact quads: by the
// subjects' index when the filter gives a subject (an IRI, a name or a part
// of one: the entities of that name) or an article (whose statements'
// subjects are the entities it mentions, and whose statement IRIs start
// with the article's), by the objects' index when it gives an object's IRI
// or name, and by one pass over all quads otherwise. Names are looked up
// among those of every entity (entitiesNamed).
func (s *Store) Statements(ctx context.Context, f Filter, fn func(Record) error) error {
	defer s.guard.read()()
	subjects, objects, err := s.named(ctx, f)
	if err != nil {
		return err
	}
	rest := f // what remains to match once the names are looked up
	if subjects != nil {
		rest.Subject = ""
	}
	if objects != nil {
		rest.Object = ""
	}
	r := newReader(s)
	prefix := ""
	if f.Source != "" {
		prefix = string(s.ns.Article(f.Source)) + "/st/"
	}
	visit := func(q quad.Quad) error {
		if q.Label == nil || prefix != "" && !strings.HasPrefix(graph.Lexical(q.Label), prefix) ||
			subjects != nil && !subjects[q.Subject] || objects != nil && !objects[q.Object] {
			return nil
		}
		rec, err := r.statement(ctx, q)
		if errors.Is(err, errNotStatement) {
			return nil // a named graph that is not a kg statement (imported data)
		} else if err != nil {
			return err
		}
		if !rest.Match(rec) {
			return nil
		}
		return fn(rec)
	}
	switch {
	case isIRI(f.Subject):
		return s.eachQuad(ctx, quad.Subject, quad.IRI(f.Subject), visit)
	case subjects != nil:
		return s.eachOf(ctx, quad.Subject, subjects, visit)
	case isIRI(f.Object):
		return s.eachQuad(ctx, quad.Object, quad.IRI(f.Object), visit)
	case objects != nil:
		return s.eachOf(ctx, quad.Object, objects, visit)
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

// named returns the entities f's Subject and Object select by name: those
// the text names exactly or, for the Subject, those of a name it is a part
// of (a subject is always an entity), which may be none; nil for either
// when it is empty, an IRI, without letters and digits, or, for the
// Object, not a whole name (values are then matched one by one).
func (s *Store) named(ctx context.Context, f Filter) (subjects, objects map[quad.Value]bool, err error) {
	wanted := []string{graph.FoldName(f.Subject), graph.FoldName(f.Object)}
	for i, t := range []string{f.Subject, f.Object} {
		if isIRI(t) {
			wanted[i] = ""
		}
	}
	if wanted[0] == "" && wanted[1] == "" {
		return nil, nil, nil
	}
	hits, err := s.entitiesNamed(ctx, wanted...)
	if err != nil {
		return nil, nil, fmt.Errorf("look up names: %w", err)
	}
	subjects, objects = hits[0].exact, hits[1].exact
	if subjects == nil && wanted[0] != "" {
		subjects = hits[0].partial
		if subjects == nil {
			subjects = map[quad.Value]bool{} // no entity: no statement
		}
	}
	return subjects, objects, nil
}

// eachOf calls fn for every quad whose direction d holds one of the
// values, value by value in sorted order.
func (s *Store) eachOf(ctx context.Context, d quad.Direction, values map[quad.Value]bool, fn func(quad.Quad) error) error {
	sorted := make([]quad.Value, 0, len(values))
	for v := range values {
		sorted = append(sorted, v)
	}
	slices.SortFunc(sorted, func(a, b quad.Value) int { return strings.Compare(a.String(), b.String()) })
	for _, v := range sorted {
		if err := s.eachQuad(ctx, d, v, fn); err != nil {
			return err
		}
	}
	return nil
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
	entities  map[quad.Value]graph.Entity
	lemmas    map[quad.Value]string
	tools     map[quad.Value][2]string
}

type sentenceInfo struct {
	article string
	index   int
	text    string
}

func newReader(s *Store) *reader {
	return &reader{s: s, sentences: map[quad.Value]sentenceInfo{}, entities: map[quad.Value]graph.Entity{},
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
	if len(r.entities) > maxCached {
		clear(r.entities)
	}
	rec := Record{ID: graph.IRI(graph.Lexical(fact.Label))}
	var err error
	if rec.Subject, rec.SubjectAliases, err = r.term(ctx, fact.Subject); err != nil {
		return rec, err
	}
	if rec.Object, rec.ObjectAliases, err = r.term(ctx, fact.Object); err != nil {
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
			if rec.Attribution, _, err = r.term(ctx, q.Object); err != nil {
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
