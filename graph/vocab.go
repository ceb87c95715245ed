package graph

import "github.com/cayleygraph/quad"

// The properties and classes kg writes. docs/model.md documents each.
var (
	// Classes.
	ClassArticle  = quad.IRI(Vocab + "Article")
	ClassSoftware = quad.IRI(Prov + "SoftwareAgent")

	// Articles.
	PropIdentifier    = quad.IRI(Schema + "identifier")
	PropContentHash   = quad.IRI(Vocab + "contentHash")
	PropSentenceCount = quad.IRI(Vocab + "sentenceCount")
	PropMentions      = quad.IRI(Vocab + "mentions")

	// Sentences.
	PropArticle = quad.IRI(Vocab + "article")
	PropIndex   = quad.IRI(Vocab + "index")
	PropSpan    = quad.IRI(Vocab + "span")

	// Statements.
	PropDerivedFrom  = quad.IRI(Prov + "wasDerivedFrom")
	PropAttributedTo = quad.IRI(Prov + "wasAttributedTo")
	PropSurface      = quad.IRI(Vocab + "surface")
	PropConfidence   = quad.IRI(Vocab + "confidence")
	PropNegated      = quad.IRI(Vocab + "negated")
	PropModality     = quad.IRI(Vocab + "modality")
	PropReportedBy   = quad.IRI(Vocab + "reportedBy")

	// The store itself.
	StoreNode = quad.IRI(Vocab + "store")
	PropBase  = quad.IRI(Vocab + "base")

	// Shared.
	PropType          = quad.IRI(RDF + "type")
	PropLabel         = quad.IRI(RDFS + "label")
	PropName          = quad.IRI(Schema + "name")
	PropAlternateName = quad.IRI(Schema + "alternateName")
	PropText          = quad.IRI(Schema + "text")
	PropURL           = quad.IRI(Schema + "url")
	PropDatePublished = quad.IRI(Schema + "datePublished")
	PropVersion       = quad.IRI(Schema + "softwareVersion")

	// Datatypes.
	typeDate     = quad.IRI(XSD + "date")
	typeDecimal  = quad.IRI(XSD + "decimal")
	typeMoney    = quad.IRI(Vocab + "Money")
	typeQuantity = quad.IRI(Vocab + "Quantity")
	typeDateText = quad.IRI(Vocab + "Date")
)

// classOf maps entity types to the classes kg writes for them: schema.org
// where it has one, kg's vocabulary where it has not.
var classOf = map[Type]quad.IRI{
	Person:       quad.IRI(Schema + "Person"),
	Organization: quad.IRI(Schema + "Organization"),
	Place:        quad.IRI(Schema + "Place"),
	Product:      quad.IRI(Schema + "Product"),
	Event:        quad.IRI(Schema + "Event"),
	Thing:        quad.IRI(Schema + "Thing"),
	Weapon:       quad.IRI(Vocab + "Weapon"),
	Concept:      quad.IRI(Vocab + "Concept"),
}

// typeOfClass is the inverse of classOf.
var typeOfClass = func() map[quad.IRI]Type {
	m := make(map[quad.IRI]Type, len(classOf))
	for t, c := range classOf {
		m[c] = t
	}
	return m
}()

// ClassOf returns the class IRI kg writes for entity type t.
func ClassOf(t Type) quad.IRI {
	if c, ok := classOf[t]; ok {
		return c
	}
	return classOf[Thing]
}

// TypeOfClass returns the entity type of a class IRI kg writes.
func TypeOfClass(v quad.Value) (Type, bool) {
	iri, ok := v.(quad.IRI)
	if !ok {
		return "", false
	}
	t, ok := typeOfClass[iri]
	return t, ok
}
