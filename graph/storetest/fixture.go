// Package storetest is the test suite every kg store backend must pass,
// and the sample documents that tests of stores and exporters share.
package storetest

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"

	"github.com/kgraph/kg/graph"
)

// Article texts of the fixture. Spans in Documents point into them.
const (
	TextA = "US President Joe Biden has authorized Ukraine to use ATACMS. " +
		"Zelensky requested a Patriot licence. No decision has been reached on \"tanks\"."
	TextB = "The US provided $67 billion in weapons on 2024-04-22.\n" +
		"Kyiv said \u201cthe line <b>&</b> \\ holds\u201d \u2014 \u57fa\u8f85 \u05e9\u05dc\u05d5\u05dd."
)

// Documents returns two small articles exercising every part of the model:
// entity and literal objects, negation, modality, aliases, and labels that
// need escaping in every output format.
func Documents(ns graph.Namespace) []graph.Document {
	ent := func(label string, t graph.Type, aliases ...string) graph.Entity {
		return graph.Entity{ID: ns.Entity(label), Label: label, Type: t, Aliases: aliases}
	}
	biden := ent("Joe Biden", graph.Person, "Biden")
	ukraine := ent("Ukraine", graph.Place)
	zelensky := ent("Volodymyr Zelensky", graph.Person, "Zelensky", "Zelenskyy")
	patriot := ent("Patriot licence", graph.Product)
	decision := ent("decision", graph.Thing)
	us := ent("United States", graph.Place, "US", "U.S.")
	kyiv := ent("Kyiv", graph.Place, "Kiev")
	odd := ent("Odd \"name\"\nwith <tags> & \\ \u57fa\u8f85", graph.Organization)

	a := doc("a", "Biden authorizes ATACMS", TextA, 3)
	a.Entities = []graph.Entity{biden, ukraine, zelensky, patriot, decision}
	a.Sentences = []graph.Sentence{sentence(TextA, 0, "US President"), sentence(TextA, 1, "Zelensky requested"), sentence(TextA, 2, "No decision")}
	a.Statements = []graph.Statement{
		stmt(TextA, "a", 0, biden, "authorize", "has authorized", graph.EntityTerm(ukraine), "Joe Biden has authorized Ukraine", 0.9),
		stmt(TextA, "a", 1, zelensky, "request", "requested", graph.EntityTerm(patriot), "Zelensky requested a Patriot licence", 0.8),
		stmt(TextA, "a", 2, decision, "reach", "has been reached", graph.Literal(graph.Text, "on \"tanks\""), "No decision has been reached", 0.55),
	}
	a.Statements[2].Negated = true

	b := doc("b", "", TextB, 2)
	b.Article.Date = "2024-04-22"
	b.Article.URL = "https://example.com/b?x=1&y=2"
	b.Entities = []graph.Entity{us, kyiv, odd}
	b.Sentences = []graph.Sentence{sentence(TextB, 0, "The US"), sentence(TextB, 1, "Kyiv said")}
	b.Statements = []graph.Statement{
		stmt(TextB, "b", 0, us, "provide", "provided", graph.Literal(graph.Money, "$67 billion"), "US provided $67 billion", 0.7),
		stmt(TextB, "b", 0, us, "provide on", "provided on", graph.Literal(graph.Date, "2024-04-22"), "US provided $67 billion in weapons on 2024-04-22", 0.4),
		stmt(TextB, "b", 1, kyiv, "say", "said", graph.EntityTerm(odd), "Kyiv said", 0.3),
	}
	b.Statements[2].Modality = "may"
	return []graph.Document{a, b}
}

func doc(id, title, text string, sentences int) graph.Document {
	sum := sha256.Sum256([]byte(text))
	return graph.Document{Article: graph.Article{ID: id, Title: title, Hash: hex.EncodeToString(sum[:]), Sentences: sentences}}
}

// sentence finds the sentence of text that starts with prefix.
func sentence(text string, index int, prefix string) graph.Sentence {
	start := strings.Index(text, prefix)
	end := len(text)
	if i := strings.IndexAny(text[start:], ".\n"); i >= 0 {
		end = start + i + 1
	}
	return graph.Sentence{Index: index, Start: start, End: end, Text: text[start:end]}
}

func stmt(text, article string, sent int, subj graph.Entity, lemma, surface string, obj graph.Term, words string, conf float64) graph.Statement {
	start := strings.Index(text, words)
	return graph.Statement{
		Subject:   graph.EntityTerm(subj),
		Predicate: graph.Predicate{Lemma: lemma, Surface: surface},
		Object:    obj,
		Prov: graph.Provenance{Article: article, Sentence: sent, Start: start, End: start + len(words),
			Extractor: "fixture", Version: "1", Confidence: conf},
	}
}
