package graph

import (
	"fmt"
	"regexp"
	"strconv"

	"github.com/cayleygraph/quad"
)

// Encoder turns documents into the quads that represent them in the store.
// docs/model.md describes the result; Decode reverses it.
type Encoder struct {
	NS Namespace
}

// Quads returns the quads of d: the article, its cited sentences, its
// entities, and for each statement the fact quad (in the statement's own
// named graph) plus the statement's provenance.
func (e Encoder) Quads(d Document) []quad.Quad {
	art := quad.IRI(e.NS.Article(d.Article.ID))
	qs := make([]quad.Quad, 0, 8+4*len(d.Sentences)+4*len(d.Entities)+7*len(d.Statements))
	add := func(s quad.Value, p quad.IRI, o quad.Value, l quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l})
	}
	add(art, PropType, ClassArticle, nil)
	add(art, PropIdentifier, quad.String(d.Article.ID), nil)
	add(art, PropContentHash, quad.String(d.Article.Hash), nil)
	add(art, PropSentenceCount, quad.Int(d.Article.Sentences), nil)
	if d.Article.Title != "" {
		add(art, PropName, quad.String(d.Article.Title), nil)
	}
	if d.Article.URL != "" {
		add(art, PropURL, quad.String(d.Article.URL), nil)
	}
	if d.Article.Date != "" {
		add(art, PropDatePublished, dateValue(d.Article.Date), nil)
	}
	for _, s := range d.Sentences {
		sid := quad.IRI(e.NS.Sentence(d.Article.ID, s.Index))
		add(sid, PropArticle, art, nil)
		add(sid, PropIndex, quad.Int(s.Index), nil)
		add(sid, PropSpan, span(s.Start, s.End), nil)
		add(sid, PropText, quad.String(s.Text), nil)
	}
	for _, en := range d.Entities {
		id := quad.IRI(en.ID)
		add(art, PropMentions, id, nil)
		add(id, PropType, ClassOf(en.Type), nil)
		add(id, PropName, quad.String(en.Label), nil)
		for _, a := range en.Aliases {
			add(id, PropAlternateName, quad.String(a), nil)
		}
	}
	extractors := make(map[quad.IRI]bool)
	relations := make(map[quad.IRI]bool)
	for _, st := range d.Statements {
		sid := quad.IRI(e.NS.Statement(d.Article.ID, st.Key()))
		rel := quad.IRI(e.NS.Relation(st.Predicate.Lemma))
		ext := quad.IRI(e.NS.Extractor(st.Prov.Extractor, st.Prov.Version))
		if !relations[rel] {
			relations[rel] = true
			add(rel, PropLabel, quad.String(st.Predicate.Lemma), nil)
		}
		if !extractors[ext] {
			extractors[ext] = true
			add(ext, PropType, ClassSoftware, nil)
			add(ext, PropName, quad.String(st.Prov.Extractor), nil)
			add(ext, PropVersion, quad.String(st.Prov.Version), nil)
		}
		add(quad.IRI(st.Subject.ID), rel, e.term(st.Object), sid)
		add(sid, PropDerivedFrom, quad.IRI(e.NS.Sentence(d.Article.ID, st.Prov.Sentence)), nil)
		add(sid, PropAttributedTo, ext, nil)
		add(sid, PropSpan, span(st.Prov.Start, st.Prov.End), nil)
		add(sid, PropConfidence, confidence(st.Prov.Confidence), nil)
		add(sid, PropSurface, quad.String(st.Predicate.Surface), nil)
		if st.Negated {
			add(sid, PropNegated, quad.Bool(true), nil)
		}
		if st.Modality != "" {
			add(sid, PropModality, quad.String(st.Modality), nil)
		}
		if st.Attribution.IsEntity() {
			add(sid, PropReportedBy, quad.IRI(st.Attribution.ID), nil)
		}
	}
	return qs
}

func (e Encoder) term(t Term) quad.Value {
	if t.IsEntity() {
		return quad.IRI(t.ID)
	}
	switch t.Type {
	case Date:
		return dateValue(t.Text)
	case Money:
		return quad.TypedString{Value: quad.String(t.Text), Type: typeMoney}
	case Quantity:
		return quad.TypedString{Value: quad.String(t.Text), Type: typeQuantity}
	}
	return quad.String(t.Text)
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// dateValue is an xsd:date when s is an ISO date, else a kg:Date text.
func dateValue(s string) quad.Value {
	if isoDate.MatchString(s) {
		return quad.TypedString{Value: quad.String(s), Type: typeDate}
	}
	return quad.TypedString{Value: quad.String(s), Type: typeDateText}
}

func span(start, end int) quad.Value {
	return quad.String(fmt.Sprintf("%d-%d", start, end))
}

func confidence(c float64) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(c, 'f', -1, 64)), Type: typeDecimal}
}

// LiteralTerm decodes a stored literal: the inverse of what Encoder writes
// for literal terms.
func LiteralTerm(v quad.Value) Term {
	switch v := v.(type) {
	case quad.TypedString:
		switch v.Type {
		case typeDate, typeDateText:
			return Literal(Date, string(v.Value))
		case typeMoney:
			return Literal(Money, string(v.Value))
		case typeQuantity:
			return Literal(Quantity, string(v.Value))
		}
		return Literal(Text, string(v.Value))
	case quad.String:
		return Literal(Text, string(v))
	case nil:
		return Term{}
	}
	return Literal(Text, Lexical(v))
}

// Lexical returns the lexical form of a stored value: a literal's text
// without quotes or datatype, an IRI without angle brackets.
func Lexical(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	case quad.Int:
		return strconv.FormatInt(int64(v), 10)
	case quad.Bool:
		return strconv.FormatBool(bool(v))
	}
	return quad.StringOf(v)
}
