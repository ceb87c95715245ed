package serve

import (
	"crypto/sha256"
	"encoding/hex"
	"unicode/utf8"

	"github.com/kgraph/kg/graph"
)

// The JSON shapes of kg's API.

// entityJSON is an entity, or a literal value (Literal set, ID its node
// id, Mentions the statements it is the object of).
type entityJSON struct {
	ID       string     `json:"id"`
	Label    string     `json:"label"`
	Type     graph.Type `json:"type"`
	Literal  bool       `json:"literal,omitempty"`
	Aliases  []string   `json:"aliases"`
	Mentions int        `json:"mentions"`
}

func presentEntity(e *entityEntry) entityJSON {
	aliases := e.Aliases
	if aliases == nil {
		aliases = []string{}
	}
	return entityJSON{ID: string(e.ID), Label: e.Label, Type: e.Type, Aliases: aliases, Mentions: e.Mentions}
}

func (idx *index) presentNode(n node) entityJSON {
	if n.entity != nil {
		return presentEntity(n.entity)
	}
	return entityJSON{ID: n.id(), Label: n.term.Text, Type: n.term.Type, Literal: true, Aliases: []string{},
		Mentions: len(idx.adj[n.id()])}
}

// termJSON is a statement's subject or object. Node is the id of its node
// in a neighbourhood: the entity IRI, or "literal:" and a hash of the
// literal's kind and text (as in the SVG drawing's node names).
type termJSON struct {
	ID    graph.IRI  `json:"id,omitempty"`
	Node  string     `json:"node"`
	Label string     `json:"label"`
	Type  graph.Type `json:"type"`
}

func presentTerm(t graph.Term) termJSON {
	return termJSON{ID: t.ID, Node: nodeID(t), Label: t.Text, Type: t.Type}
}

// nodeID names a term's node: what the drawing calls it.
func nodeID(t graph.Term) string {
	if t.IsEntity() {
		return string(t.ID)
	}
	sum := sha256.Sum256([]byte(string(t.Type) + "\x00" + t.Text))
	return "literal:" + hex.EncodeToString(sum[:8])
}

type statementJSON struct {
	ID               graph.IRI      `json:"id"`
	Subject          termJSON       `json:"subject"`
	Predicate        string         `json:"predicate"`
	Surface          string         `json:"surface"`
	Object           termJSON       `json:"object"`
	Negated          bool           `json:"negated"`
	Modality         string         `json:"modality,omitempty"`
	ReportedBy       *termJSON      `json:"reported_by,omitempty"`
	Confidence       float64        `json:"confidence"`
	Extractor        string         `json:"extractor"`
	ExtractorVersion string         `json:"extractor_version,omitempty"`
	Article          article        `json:"article"`
	Sentence         sentenceJSON   `json:"sentence"`
	Span             spanJSON       `json:"span"`
	Highlight        *highlightJSON `json:"highlight,omitempty"`
}

type sentenceJSON struct {
	Index int    `json:"index"`
	Text  string `json:"text"`
	Start int    `json:"start"` // byte span in the article; -1 when unknown
	End   int    `json:"end"`
}

type spanJSON struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// highlightJSON is the sentence cut at the statement's words.
type highlightJSON struct {
	Before string `json:"before"`
	Words  string `json:"words"`
	After  string `json:"after"`
}

func (idx *index) presentStatement(e *stmtEntry) statementJSON {
	out := statementJSON{ID: e.ID, Subject: presentTerm(e.Subject), Predicate: e.Predicate.Lemma,
		Surface: e.Predicate.Surface, Object: presentTerm(e.Object), Negated: e.Negated, Modality: e.Modality,
		Confidence: e.Prov.Confidence, Extractor: e.Prov.Extractor, ExtractorVersion: e.Prov.Version,
		Sentence: sentenceJSON{Index: e.Prov.Sentence, Text: e.SentenceText, Start: e.sentStart, End: e.sentEnd},
		Span:     spanJSON{Start: e.Prov.Start, End: e.Prov.End}}
	if e.Attribution.IsEntity() {
		t := presentTerm(e.Attribution)
		out.ReportedBy = &t
	}
	if a := idx.articles[e.Prov.Article]; a != nil {
		out.Article = *a
	} else {
		out.Article = article{ID: e.Prov.Article}
	}
	out.Highlight = highlight(e.SentenceText, e.sentStart, e.Prov.Start, e.Prov.End)
	return out
}

// highlight cuts a sentence that starts at byte sentStart of its article
// at the article span [start, end). It returns nil when the span is not
// inside the sentence or does not fall on character boundaries.
func highlight(text string, sentStart, start, end int) *highlightJSON {
	if sentStart < 0 {
		return nil
	}
	i, j := start-sentStart, end-sentStart
	if i < 0 || j < i || j > len(text) {
		return nil
	}
	if !boundary(text, i) || !boundary(text, j) {
		return nil
	}
	return &highlightJSON{Before: text[:i], Words: text[i:j], After: text[j:]}
}

func boundary(s string, i int) bool {
	return i == len(s) || utf8.RuneStart(s[i])
}
