package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// IRI is an absolute IRI, written without angle brackets.
type IRI string

// DefaultBase is the base under which kg mints IRIs when none is configured.
const DefaultBase = "https://example.org/kg/id/"

// Fixed vocabularies. kg's own vocabulary does not move with the base, so
// queries and contexts written against it keep working for every store.
const (
	Vocab  = "https://example.org/kg/ns#"
	Schema = "http://schema.org/"
	Prov   = "http://www.w3.org/ns/prov#"
	RDF    = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	RDFS   = "http://www.w3.org/2000/01/rdf-schema#"
	XSD    = "http://www.w3.org/2001/XMLSchema#"
)

// Namespace mints the IRIs of one store. Its zero value uses DefaultBase.
type Namespace struct {
	Base string // absolute IRI ending in '/' or '#'
}

// NewNamespace validates base and returns a Namespace for it.
func NewNamespace(base string) (Namespace, error) {
	if base == "" {
		return Namespace{Base: DefaultBase}, nil
	}
	u, err := url.Parse(base)
	if err != nil || !u.IsAbs() {
		return Namespace{}, fmt.Errorf("base %q is not an absolute IRI", base)
	}
	if !strings.HasSuffix(base, "/") && !strings.HasSuffix(base, "#") {
		return Namespace{}, fmt.Errorf("base %q must end in '/' or '#'", base)
	}
	return Namespace{Base: base}, nil
}

func (ns Namespace) base() string {
	if ns.Base == "" {
		return DefaultBase
	}
	return ns.Base
}

// Entity returns the IRI of the entity whose canonical label is label. Every
// process derives the same IRI from the same label, whatever the order in
// which articles arrive.
func (ns Namespace) Entity(label string) IRI {
	return IRI(ns.base() + "entity/" + Slug(label))
}

// Concept returns the IRI of the unnamed noun phrase phrase of article id
// ("protesters", "the report"): the article's IRI, "/concept/" and the
// phrase's slug. It depends on nothing but the article and the phrase, so
// every build mints the same IRI, and the same phrase in two articles gives
// two IRIs.
func (ns Namespace) Concept(id, phrase string) IRI {
	return IRI(fmt.Sprintf("%s/concept/%s", ns.Article(id), Slug(phrase)))
}

// Relation returns the IRI of the predicate whose lemma phrase is lemma.
func (ns Namespace) Relation(lemma string) IRI {
	return IRI(ns.base() + "rel/" + Slug(lemma))
}

// Article returns the IRI of the article with the given id.
func (ns Namespace) Article(id string) IRI {
	return IRI(ns.base() + "article/" + url.PathEscape(id))
}

// Sentence returns the IRI of sentence index of article id.
func (ns Namespace) Sentence(id string, index int) IRI {
	return IRI(fmt.Sprintf("%s/s/%d", ns.Article(id), index))
}

// Statement returns the IRI of a statement of article id; key identifies the
// statement within the article (see Statement.Key).
func (ns Namespace) Statement(id, key string) IRI {
	sum := sha256.Sum256([]byte(key))
	return IRI(fmt.Sprintf("%s/st/%s", ns.Article(id), hex.EncodeToString(sum[:8])))
}

// Extractor returns the IRI of an extractor name at a version.
func (ns Namespace) Extractor(name, version string) IRI {
	return IRI(ns.base() + "extractor/" + Slug(name) + "/" + Slug(version))
}

// Shared reports whether iri names a node that articles share, which
// stays when one article goes: an entity, a relation or an extractor of
// this namespace (not an article, sentence, statement or concept).
func (ns Namespace) Shared(iri string) bool {
	rest, ok := strings.CutPrefix(iri, ns.base())
	if !ok {
		return false
	}
	return strings.HasPrefix(rest, "entity/") || strings.HasPrefix(rest, "rel/") || strings.HasPrefix(rest, "extractor/")
}

// Slug turns a label into an IRI path segment: letters and digits are kept
// (lower-cased), every other run of characters becomes one '-'. Periods and
// apostrophes inside a word are dropped (U.S. -> us), except a period between
// digits (0.1 stays 0.1). A label with no letters or digits gets a short hash
// instead, so Slug never returns "". A slug longer than maxSlug bytes is
// cut and ends with a hash of the whole label, so that IRIs stay short
// enough for every RDF tool (json-gold drops IRIs of 2,083 characters).
func Slug(label string) string {
	s := slug(label)
	if len(s) <= maxSlug {
		return s
	}
	sum := sha256.Sum256([]byte(label))
	cut := maxSlug - 13
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimRight(s[:cut], "-.") + "-" + hex.EncodeToString(sum[:6])
}

// maxSlug bounds the length of a slug in bytes.
const maxSlug = 120

func slug(label string) string {
	rs := []rune(label)
	var b strings.Builder
	dash := false
	for i, r := range rs {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' && i > 0 && i+1 < len(rs) && unicode.IsDigit(rs[i-1]) && unicode.IsDigit(rs[i+1]):
			b.WriteByte('.')
		case r == '.' || r == '\'' || r == '\u2019':
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		sum := sha256.Sum256([]byte(label))
		return "x" + hex.EncodeToString(sum[:6])
	}
	return b.String()
}
