package graph

import (
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
)

func TestLiteralRoundTrip(t *testing.T) {
	enc := Encoder{}
	tests := []Term{
		Literal(Text, "on \"tanks\"\n"),
		Literal(Date, "2024-04-22"),
		Literal(Date, "Monday"),
		Literal(Money, "$67 billion"),
		Literal(Quantity, "300 kilometers"),
	}
	for _, want := range tests {
		if got := LiteralTerm(enc.term(want)); got != want {
			t.Errorf("round trip of %+v gave %+v", want, got)
		}
	}
	if v := enc.term(Literal(Date, "2024-04-22")); !strings.Contains(quad.StringOf(v), XSD+"date") {
		t.Errorf("ISO date stored as %s, want an xsd:date", quad.StringOf(v))
	}
}

func TestValidate(t *testing.T) {
	good := Statement{
		Subject:   Term{ID: "https://example.org/e/a", Text: "A", Type: Person},
		Predicate: Predicate{Lemma: "say"},
		Object:    Literal(Text, "x"),
		Prov:      Provenance{Article: "a", Extractor: "x", Confidence: 0.5, Start: 1, End: 2},
	}
	if err := good.Validate(); err != nil {
		t.Fatalf("good statement: %v", err)
	}
	tests := map[string]func(*Statement){
		"literal subject": func(s *Statement) { s.Subject = Literal(Text, "x") },
		"empty predicate": func(s *Statement) { s.Predicate.Lemma = " " },
		"confidence":      func(s *Statement) { s.Prov.Confidence = 1.5 },
		"span":            func(s *Statement) { s.Prov.End = 0 },
		"no article":      func(s *Statement) { s.Prov.Article = "" },
		"typed entity":    func(s *Statement) { s.Object = Term{ID: "https://e/x", Text: "x", Type: Money} },
	}
	for name, mutate := range tests {
		s := good
		mutate(&s)
		if s.Validate() == nil {
			t.Errorf("%s: Validate accepted %+v", name, s)
		}
	}
}

func TestQuadsPerStatement(t *testing.T) {
	d := Document{Article: Article{ID: "a", Hash: "h", Sentences: 1}}
	st := Statement{Subject: Term{ID: "https://e/a", Text: "A", Type: Person}, Predicate: Predicate{Lemma: "say", Surface: "said"},
		Object: Literal(Text, "x"), Prov: Provenance{Article: "a", Extractor: "x", Version: "1", Confidence: 0.5}}
	base := len(Encoder{}.Quads(d))
	d.Statements = []Statement{st}
	one := len(Encoder{}.Quads(d))
	d.Statements = append(d.Statements, st)
	d.Statements[1].Prov.Start = 5
	two := len(Encoder{}.Quads(d))
	if per := two - one; per != 6 {
		t.Errorf("a statement costs %d quads, want 6 (docs/model.md)", per)
	}
	if shared := one - base - 6; shared != 4 {
		t.Errorf("first statement's shared nodes cost %d quads, want 4", shared)
	}
}

func TestDocumentValidateUTF8(t *testing.T) {
	d := Document{Article: Article{ID: "a", Hash: "h"}}
	if err := d.Validate(); err != nil {
		t.Fatalf("empty document: %v", err)
	}
	bad := []func(*Document){
		func(d *Document) { d.Article.Title = "\xc3" },
		func(d *Document) { d.Sentences = []Sentence{{Text: "ok \xff"}} },
		func(d *Document) {
			d.Entities = []Entity{{ID: "https://e/x", Label: "x", Aliases: []string{"\xe2\x80"}}}
		},
		func(d *Document) {
			d.Statements = []Statement{{Subject: Term{ID: "https://e/a", Text: "\xc3", Type: Person},
				Predicate: Predicate{Lemma: "say"}, Object: Literal(Text, "x"),
				Prov: Provenance{Article: "a", Extractor: "x", Confidence: 0.5}}}
		},
	}
	for i, mutate := range bad {
		d := Document{Article: Article{ID: "a", Hash: "h"}}
		mutate(&d)
		if d.Validate() == nil {
			t.Errorf("case %d: invalid UTF-8 accepted", i)
		}
	}
}
