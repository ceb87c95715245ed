package jsonld_test

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/piprate/json-gold/ld"

	"github.com/kgraph/kg/export/exporttest"
	"github.com/kgraph/kg/export/jsonld"
	"github.com/kgraph/kg/graph"
)

// FuzzLabels exports a statement whose entity label, literal object and
// sentence are arbitrary text, and checks that json-gold reads the three
// texts back exactly (invalid UTF-8 becomes U+FFFD).
func FuzzLabels(f *testing.F) {
	for _, seed := range [][3]string{
		{"Joe Biden", "on \"tanks\"", "No decision."},
		{"Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", "\\n \\\" \\u0041", "\u05e9\u05dc\u05d5\u05dd \u202e rtl"},
		{"@id", "@value", "{\"@context\": null}"},
		{"kgid:x", "entity:y", "_:b0"},
		{"\x00\x01\x7f", "\xff\xfe", "\r\n\t"},
		{"...", "0.5", "true"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	f.Fuzz(func(t *testing.T, label, value, text string) {
		if !exporttest.Valid(label, "say", value, text) {
			t.Skip("the store takes no empty subject or object, nor invalid UTF-8")
		}
		var subject graph.IRI
		s := exporttest.Store(t, func(ns graph.Namespace) []graph.Document {
			e := graph.Entity{ID: ns.Entity(label), Label: label, Type: graph.Person}
			subject = e.ID
			return []graph.Document{{
				Article:   graph.Article{ID: "f", Hash: "h", Sentences: 1},
				Sentences: []graph.Sentence{{Index: 0, Start: 0, End: len(text), Text: text}},
				Entities:  []graph.Entity{e},
				Statements: []graph.Statement{{
					Subject: graph.EntityTerm(e), Predicate: graph.Predicate{Lemma: "say", Surface: "says"},
					Object: graph.Literal(graph.Text, value),
					Prov:   graph.Provenance{Article: "f", End: len(text), Extractor: "fuzz", Version: "1", Confidence: 1},
				}},
			}}
		})
		var out bytes.Buffer
		if err := jsonld.Write(context.Background(), &out, s); err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
			t.Fatalf("not JSON: %v\n%s", err, out.Bytes())
		}
		ds, err := ld.NewJsonLdProcessor().ToRDF(doc, jsonld.ProcessorOptions())
		if err != nil {
			t.Fatalf("json-gold cannot read the export: %v\n%s", err, out.Bytes())
		}
		texts := map[string]string{}
		for _, qs := range ds.(*ld.RDFDataset).Graphs {
			for _, q := range qs {
				if l, ok := q.Object.(ld.Literal); ok {
					texts[q.Predicate.GetValue()] = l.GetValue()
					if q.Subject.GetValue() == string(subject) && q.Predicate.GetValue() == graph.Schema+"name" {
						texts["name"] = l.GetValue()
					}
				}
			}
		}
		valid := func(s string) string { return strings.ToValidUTF8(s, "\uFFFD") }
		for key, want := range map[string]string{"name": valid(label), string(graph.Schema) + "text": valid(text)} {
			if texts[key] != want {
				t.Errorf("%s: got %q, want %q", key, texts[key], want)
			}
		}
		found := false
		for p, v := range texts {
			found = found || (strings.HasSuffix(p, "/rel/say") && v == valid(value))
		}
		if !found {
			t.Errorf("object %q not read back; literals: %q", valid(value), texts)
		}
	})
}
