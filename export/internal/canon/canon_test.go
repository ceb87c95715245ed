package canon

import (
	"math"
	"testing"
	"time"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/voc/rdf" // registers the rdf: prefix
)

func TestValue(t *testing.T) {
	tests := []struct {
		in   quad.Value
		want string // N-Quads spelling; "" for an error
	}{
		{quad.Int(-3), `"-3"^^<http://www.w3.org/2001/XMLSchema#integer>`},
		{quad.Bool(true), `"true"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.Bool(false), `"false"^^<http://www.w3.org/2001/XMLSchema#boolean>`},
		{quad.Float(0.5), `"5.0E-1"^^<http://www.w3.org/2001/XMLSchema#double>`},
		{quad.Time(time.Date(2024, 4, 22, 10, 0, 0, 0, time.FixedZone("x", 3600))), `"2024-04-22T09:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>`},
		{quad.String("a\"b\nc"), `"a\"b\nc"`},
		{quad.String("bad \xff byte"), `"bad ` + "\uFFFD" + ` byte"`},
		{quad.TypedString{Value: "x", Type: XSDString}, `"x"`},
		{quad.TypedString{Value: "0.9", Type: quad.IRI(xsd + "decimal")}, `"0.9"^^<http://www.w3.org/2001/XMLSchema#decimal>`},
		{quad.TypedString{Value: "x", Type: "rel/x"}, ""},
		{quad.LangString{Value: "hi", Lang: "en-GB"}, `"hi"@en-GB`},
		{quad.LangString{Value: "hi", Lang: "en GB"}, ""},
		{quad.IRI("https://example.org/kg/id/entity/基辅"), `<https://example.org/kg/id/entity/基辅>`},
		{quad.IRI("rdf:type"), `<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>`},
		{quad.IRI("https://ex.org/a b"), ""},
		{quad.IRI("https://ex.org/a>b"), ""},
		{quad.IRI("https://ex.org/a\\b"), ""},
		{quad.IRI("//ex.org/a"), ""},
		{quad.BNode("b0"), `_:b0`},
		{quad.BNode("b."), ""},
		{nil, ""},
	}
	for _, tc := range tests {
		got, err := Value(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("Value(%#v) = %v, want an error", tc.in, got)
		case tc.want != "" && err != nil:
			t.Errorf("Value(%#v): %v", tc.in, err)
		case tc.want != "" && got.String() != tc.want:
			t.Errorf("Value(%#v) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func TestDouble(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{1, "1.0E0"},
		{-0.002, "-2.0E-3"},
		{1.5e300, "1.5E300"},
		{math.Inf(1), "INF"},
		{math.Inf(-1), "-INF"},
		{math.NaN(), "NaN"},
	}
	for _, tc := range tests {
		if got := Double(tc.in); got != tc.want {
			t.Errorf("Double(%v) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQuad(t *testing.T) {
	p := quad.IRI("http://ex.org/p")
	if _, err := Quad(quad.Quad{Subject: quad.IRI("http://ex.org/s"), Predicate: quad.String("p"), Object: p}); err == nil {
		t.Error("literal predicate accepted")
	}
	q, err := Quad(quad.Quad{Subject: quad.BNode("s"), Predicate: p, Object: quad.Int(1), Label: quad.IRI("http://ex.org/g")})
	if err != nil {
		t.Fatal(err)
	}
	if want := `_:s <http://ex.org/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <http://ex.org/g> .`; q.NQuad() != want {
		t.Errorf("got %s, want %s", q.NQuad(), want)
	}
}
