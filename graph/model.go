package graph

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"
)

// Type is the type of a Term: an entity type or a literal kind.
type Type string

// Entity types.
const (
	Person       Type = "Person"
	Organization Type = "Organization"
	Place        Type = "Place"
	Weapon       Type = "Weapon"
	Product      Type = "Product"
	Event        Type = "Event"
	Thing        Type = "Thing" // a named entity of no more specific known type
	// Concept is an unnamed noun phrase of one article ("protesters", "the
	// report", "air defense forces"). Its IRI belongs to the article
	// (Namespace.Concept), so that "report" in one article and "report" in
	// another are two nodes, never merged with each other or with a named
	// entity.
	Concept Type = "Concept"
)

// Literal kinds.
const (
	Date     Type = "Date"
	Money    Type = "Money"
	Quantity Type = "Quantity"
	Text     Type = "Text"
)

// EntityTypes lists the types of the nodes a statement's subject may be, in
// a stable order: the named entity types, most specific first, then
// Concept.
var EntityTypes = []Type{Person, Organization, Place, Weapon, Product, Event, Thing, Concept}

// IsNamed reports whether t is the type of a named entity: an entity type
// other than Concept.
func (t Type) IsNamed() bool {
	return t != Concept && slices.Contains(EntityTypes, t)
}

// IsLiteral reports whether t is a literal kind rather than an entity type.
func (t Type) IsLiteral() bool {
	return t == Date || t == Money || t == Quantity || t == Text
}

// ParseType returns the Type named s (case-insensitive).
func ParseType(s string) (Type, error) {
	for _, t := range append(EntityTypes[:len(EntityTypes):len(EntityTypes)], Date, Money, Quantity, Text) {
		if strings.EqualFold(string(t), s) {
			return t, nil
		}
	}
	return "", fmt.Errorf("unknown type %q", s)
}

// Entity is a canonical, typed thing.
type Entity struct {
	ID      IRI
	Label   string   // canonical label
	Type    Type     // one of EntityTypes
	Aliases []string // other names seen for it, without Label
}

// Term is a statement's subject or object: an entity (ID set) or a literal.
type Term struct {
	ID   IRI    // the entity's IRI; empty for a literal
	Text string // the entity's canonical label, or the literal's value
	Type Type
}

// IsEntity reports whether the term names an entity.
func (t Term) IsEntity() bool { return t.ID != "" }

// EntityTerm returns the term that refers to e.
func EntityTerm(e Entity) Term { return Term{ID: e.ID, Text: e.Label, Type: e.Type} }

// Literal returns a literal term of kind k.
func Literal(k Type, value string) Term { return Term{Text: value, Type: k} }

// Predicate is a normalised relation phrase.
type Predicate struct {
	Lemma   string // lemma phrase: "authorize", "run out of"
	Surface string // the words as written: "has authorized", "is running out of"
}

// Provenance says where a statement comes from.
type Provenance struct {
	Article    string  // article id
	Sentence   int     // 0-based sentence index in the article
	Start, End int     // byte span of the statement's words in the article text
	Extractor  string  // extractor name
	Version    string  // extractor version
	Confidence float64 // in [0,1]
}

// Statement is one fact with its provenance.
type Statement struct {
	Subject   Term
	Predicate Predicate
	Object    Term
	Negated   bool   // the text asserts the negation of the fact
	Modality  string // "may", "could", "would", "should", ..., "if", "whether" or ""
	// Attribution is the speaker of reported content ("Zelensky said that
	// X": X is attributed to Zelensky), an entity; zero when the text
	// asserts the fact itself.
	Attribution Term
	Prov        Provenance
}

// Key identifies a statement within its article: the same fact read by the
// same extractor from the same words is the same statement.
func (s Statement) Key() string {
	return strings.Join([]string{
		s.Prov.Extractor, fmt.Sprint(s.Prov.Sentence, ":", s.Prov.Start, ":", s.Prov.End),
		string(s.Subject.ID), s.Subject.Text, s.Predicate.Lemma,
		string(s.Object.ID), string(s.Object.Type), s.Object.Text,
		fmt.Sprint(s.Negated), s.Modality, string(s.Attribution.ID),
	}, "\x1f")
}

// Validate reports the first way in which s is not a well-formed statement.
func (s Statement) Validate() error {
	switch {
	case !s.Subject.IsEntity():
		return fmt.Errorf("statement subject %q is not an entity", s.Subject.Text)
	case s.Subject.Text == "" || s.Object.Text == "":
		return fmt.Errorf("statement has an empty subject or object")
	case strings.TrimSpace(s.Predicate.Lemma) == "":
		return fmt.Errorf("statement has an empty predicate")
	case s.Object.IsEntity() == s.Object.Type.IsLiteral():
		return fmt.Errorf("statement object %q: type %s does not fit", s.Object.Text, s.Object.Type)
	case math.IsNaN(s.Prov.Confidence) || s.Prov.Confidence < 0 || s.Prov.Confidence > 1:
		return fmt.Errorf("statement confidence %v is outside [0,1]", s.Prov.Confidence)
	case s.Prov.Start < 0 || s.Prov.End < s.Prov.Start:
		return fmt.Errorf("statement span %d-%d is invalid", s.Prov.Start, s.Prov.End)
	case s.Prov.Article == "" || s.Prov.Extractor == "":
		return fmt.Errorf("statement has no article or extractor")
	case s.Attribution != (Term{}) && !s.Attribution.IsEntity():
		return fmt.Errorf("statement attributed to %q, which is not an entity", s.Attribution.Text)
	case !validUTF8(s.Subject.Text, s.Object.Text, s.Predicate.Lemma, s.Predicate.Surface, s.Modality,
		s.Attribution.Text, s.Prov.Extractor, s.Prov.Version):
		return fmt.Errorf("statement %q %q %q has invalid UTF-8", s.Subject.Text, s.Predicate.Lemma, s.Object.Text)
	}
	return nil
}

func validUTF8(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}

// Validate reports the first way in which d is not a well-formed document:
// a statement that does not validate or belongs to another article, or a
// sentence, entity or article field that is not valid UTF-8. The store
// rejects invalid documents; the pipeline reports them as failed articles.
func (d Document) Validate() error {
	a := d.Article
	if a.ID == "" {
		return fmt.Errorf("document has no article id")
	}
	if !validUTF8(a.ID, a.Title, a.URL, a.Date, a.Hash) {
		return fmt.Errorf("article %q has invalid UTF-8", a.ID)
	}
	for _, s := range d.Sentences {
		if !utf8.ValidString(s.Text) {
			return fmt.Errorf("sentence %d has invalid UTF-8", s.Index)
		}
	}
	for _, e := range d.Entities {
		if !validUTF8(append([]string{e.Label}, e.Aliases...)...) {
			return fmt.Errorf("entity %q has invalid UTF-8", e.ID)
		}
	}
	for i, st := range d.Statements {
		if err := st.Validate(); err != nil {
			return fmt.Errorf("statement %d: %w", i, err)
		}
		if st.Prov.Article != a.ID {
			return fmt.Errorf("statement %d belongs to article %q", i, st.Prov.Article)
		}
	}
	return nil
}

// Article describes one source article.
type Article struct {
	ID        string
	Title     string
	URL       string
	Date      string // YYYY-MM-DD or ""
	Hash      string // hex SHA-256 of the normalised text: same hash, same statements
	Sentences int    // number of sentences of main text
}

// Sentence is one sentence of an article.
type Sentence struct {
	Index      int
	Start, End int // byte span in the article text
	Text       string
}

// Document is everything read from one article: the unit of writing.
type Document struct {
	Article    Article
	Sentences  []Sentence // at least those the statements cite
	Entities   []Entity   // every entity the statements mention
	Statements []Statement
}
