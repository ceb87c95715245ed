// Package canon turns the values a Cayley store holds into the RDF terms
// kg's exporters write, so that every format states exactly the same quads.
//
// Cayley represents some literals by Go types (quad.Int, quad.Bool, ...)
// whose own N-Quads spelling is not always valid RDF (quad.Bool prints
// "True"). Value maps each of them to a quad.String, quad.LangString or
// quad.TypedString with the canonical XSD lexical form:
//
//	quad.Int(3)      "3"^^xsd:integer
//	quad.Bool(true)  "true"^^xsd:boolean
//	quad.Float(0.5)  "0.5E0"^^xsd:double
//	quad.Time        "2006-01-02T15:04:05Z"^^xsd:dateTime (UTC)
//
// A typed string of datatype xsd:string becomes a plain quad.String (the
// same RDF literal). Invalid UTF-8 in any string is replaced by U+FFFD.
// IRIs are expanded from Cayley's registered short forms and must be
// absolute and free of the characters N-Quads forbids in an IRIREF; blank
// node labels must be valid N-Quads labels. Anything else is an error.
package canon

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cayleygraph/quad"
)

// XSD datatypes.
const (
	xsd         = "http://www.w3.org/2001/XMLSchema#"
	XSDString   = quad.IRI(xsd + "string")
	XSDInteger  = quad.IRI(xsd + "integer")
	XSDBoolean  = quad.IRI(xsd + "boolean")
	XSDDouble   = quad.IRI(xsd + "double")
	XSDDateTime = quad.IRI(xsd + "dateTime")
)

// Quad returns q with every value in canonical form. The subject must be an
// IRI or blank node, the predicate an IRI, the label nil, an IRI or a blank
// node.
func Quad(q quad.Quad) (quad.Quad, error) {
	var out quad.Quad
	var err error
	if out.Subject, err = identifier(q.Subject, "subject"); err != nil {
		return out, err
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return out, fmt.Errorf("predicate %v is not an IRI", q.Predicate)
	}
	if out.Predicate, err = IRI(p); err != nil {
		return out, err
	}
	if out.Object, err = Value(q.Object); err != nil {
		return out, err
	}
	if q.Label != nil {
		if out.Label, err = identifier(q.Label, "graph label"); err != nil {
			return out, err
		}
	}
	return out, nil
}

func identifier(v quad.Value, role string) (quad.Value, error) {
	switch v := v.(type) {
	case quad.IRI:
		return IRI(v)
	case quad.BNode:
		return BNode(v)
	}
	return nil, fmt.Errorf("%s %v is neither an IRI nor a blank node", role, v)
}

// Value returns the canonical form of an object value.
func Value(v quad.Value) (quad.Value, error) {
	switch v := v.(type) {
	case quad.IRI:
		return IRI(v)
	case quad.BNode:
		return BNode(v)
	case quad.String:
		return quad.String(validString(string(v))), nil
	case quad.TypedString:
		return typed(string(v.Value), v.Type)
	case quad.LangString:
		if !langTag.MatchString(v.Lang) {
			return nil, fmt.Errorf("language tag %q is invalid", v.Lang)
		}
		return quad.LangString{Value: quad.String(validString(string(v.Value))), Lang: v.Lang}, nil
	case quad.Int:
		return quad.TypedString{Value: quad.String(strconv.FormatInt(int64(v), 10)), Type: XSDInteger}, nil
	case quad.Bool:
		return quad.TypedString{Value: quad.String(strconv.FormatBool(bool(v))), Type: XSDBoolean}, nil
	case quad.Float:
		return quad.TypedString{Value: quad.String(Double(float64(v))), Type: XSDDouble}, nil
	case quad.Time:
		s := time.Time(v).UTC().Format(time.RFC3339Nano)
		return quad.TypedString{Value: quad.String(s), Type: XSDDateTime}, nil
	case nil:
		return nil, fmt.Errorf("missing object")
	}
	return nil, fmt.Errorf("unsupported value %v of type %T", v, v)
}

func typed(s string, dt quad.IRI) (quad.Value, error) {
	dt, err := IRI(dt)
	if err != nil {
		return nil, fmt.Errorf("datatype: %w", err)
	}
	s = validString(s)
	if dt == XSDString {
		return quad.String(s), nil
	}
	return quad.TypedString{Value: quad.String(s), Type: dt}, nil
}

// Double returns the canonical xsd:double lexical form of f (as JSON-LD
// writes it: 1.5E0, -2.0E-3, INF, NaN).
func Double(f float64) string {
	s := strconv.FormatFloat(f, 'E', -1, 64)
	switch s {
	case "+Inf":
		return "INF"
	case "-Inf":
		return "-INF"
	case "NaN":
		return s
	}
	mant, exp, _ := strings.Cut(s, "E")
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	e, _ := strconv.Atoi(exp)
	return mant + "E" + strconv.Itoa(e)
}

func validString(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

var (
	scheme   = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.\-]*:`)
	langTag  = regexp.MustCompile(`^[a-zA-Z]+(-[a-zA-Z0-9]+)*$`)
	bnodeRE  = regexp.MustCompile(`^[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?$`)
	badInIRI = "<>\"{}|^`\\"
)

// IRI expands iri from a registered short form and checks that it is an
// absolute IRI that N-Quads can write without escapes.
func IRI(iri quad.IRI) (quad.IRI, error) {
	iri = iri.Full()
	s := string(iri)
	if !utf8.ValidString(s) {
		return "", fmt.Errorf("IRI %q is not valid UTF-8", s)
	}
	if !scheme.MatchString(s) {
		return "", fmt.Errorf("IRI %q is not absolute", s)
	}
	for _, r := range s {
		if r <= ' ' || strings.ContainsRune(badInIRI, r) {
			return "", fmt.Errorf("IRI %q contains %q", s, r)
		}
	}
	return iri, nil
}

// BNode checks that b is a blank node label N-Quads and JSON-LD accept.
func BNode(b quad.BNode) (quad.BNode, error) {
	if !bnodeRE.MatchString(string(b)) {
		return "", fmt.Errorf("blank node label %q is invalid", string(b))
	}
	return b, nil
}
