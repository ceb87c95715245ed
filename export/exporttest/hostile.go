package exporttest

import (
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/storetest"
)

// HostileTexts are texts of HostileDocuments that every format must carry
// through intact: each must come back from a format's Parse as a
// substring of some text. They are valid UTF-8 without control characters
// other than line breaks, which every format can hold.
var HostileTexts = []string{
	`quotes "double" and 'single' and “curly”`,
	`back\slash \\ \N \n \" \u0041 ends with \`,
	"two\nlines",
	`<tag attr="x"> & &amp; ]]> <!-- c --> <![CDATA[ x ]]>`,
	"\u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627 \u202e reversed \u202c",
	"\u57fa\u8f85 \u6771\u4eac \uc11c\uc6b8",
	"astral \U0001F642 \U0001D11E",
	`{"@context": null, "@id": "_:b0"} @id`,
	"a,b;c|d e\u00a0f",
	Long,
}

// Long is a 10,000-character label of HostileDocuments.
var Long = strings.Repeat("long label ", 909) + "end"

// HostileDocuments returns one article whose labels, values, sentences,
// aliases, predicates, article id and extractor need escaping in every
// format: the HostileTexts, empty strings (surface, modality, sentence
// text) and a reported statement (kg:reportedBy).
func HostileDocuments(ns graph.Namespace) []graph.Document {
	const id = "hostile <article> \"1\" & ü/?#"
	ent := func(label string, t graph.Type, aliases ...string) graph.Entity {
		return graph.Entity{ID: ns.Entity(label), Label: label, Type: t, Aliases: aliases}
	}
	speaker := ent("Speaker", graph.Person, HostileTexts[3], "")
	var ents []graph.Entity
	var sents []graph.Sentence
	var stmts []graph.Statement
	text := ""
	for i, h := range HostileTexts {
		e := ent(h, graph.EntityTypes[i%len(graph.EntityTypes)], HostileTexts[(i+1)%len(HostileTexts)])
		ents = append(ents, e)
		start := len(text)
		text += h + " "
		sents = append(sents, graph.Sentence{Index: i, Start: start, End: len(text), Text: h})
		st := graph.Statement{
			Subject:   graph.EntityTerm(e),
			Predicate: graph.Predicate{Lemma: "say " + h, Surface: h},
			Object:    graph.Literal(graph.Text, h),
			Prov: graph.Provenance{Article: id, Sentence: i, Start: start, End: len(text),
				Extractor: "ext \"" + string([]rune(h)[:min(len([]rune(h)), 8)]) + "\"", Version: "1.0 <beta>", Confidence: float64(i) / 10},
		}
		if i%2 == 1 {
			st.Negated, st.Modality, st.Attribution = true, h, graph.EntityTerm(speaker)
		}
		stmts = append(stmts, st)
	}
	// Empty strings where the model allows them: surface, modality,
	// sentence text; and an entity object.
	sents = append(sents, graph.Sentence{Index: len(HostileTexts), Start: len(text), End: len(text)})
	stmts = append(stmts, graph.Statement{
		Subject: graph.EntityTerm(speaker), Predicate: graph.Predicate{Lemma: "say"},
		Object: graph.EntityTerm(ents[0]),
		Prov: graph.Provenance{Article: id, Sentence: len(HostileTexts), Start: len(text), End: len(text),
			Extractor: "plain", Version: "", Confidence: 1},
	})
	return []graph.Document{{
		Article:    graph.Article{ID: id, Title: HostileTexts[0], URL: "https://example.com/a?x=1&y=<2>", Hash: "h", Sentences: len(sents)},
		Sentences:  sents,
		Entities:   append(ents, speaker),
		Statements: stmts,
	}}
}

// OneStatement returns one article with one statement, for fuzz tests:
// an Organization labelled label does lemma to the text value, read from
// a sentence of text text.
func OneStatement(label, lemma, value, text string) func(graph.Namespace) []graph.Document {
	return func(ns graph.Namespace) []graph.Document {
		e := graph.Entity{ID: ns.Entity(label), Label: label, Type: graph.Organization}
		return []graph.Document{{
			Article:   graph.Article{ID: "f", Hash: "h", Sentences: 1},
			Sentences: []graph.Sentence{{Text: text, End: len(text)}},
			Entities:  []graph.Entity{e},
			Statements: []graph.Statement{{
				Subject: graph.EntityTerm(e), Predicate: graph.Predicate{Lemma: lemma, Surface: lemma},
				Object: graph.Literal(graph.Text, value),
				Prov:   graph.Provenance{Article: "f", End: len(text), Extractor: "fuzz", Version: "1", Confidence: 1},
			}},
		}}
	}
}

// Valid reports whether OneStatement(label, lemma, value, text) is a
// statement the store accepts: a subject, a predicate and an object, and
// valid UTF-8 everywhere.
func Valid(label, lemma, value, text string) bool {
	for _, s := range []string{label, lemma, value, text} {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return strings.TrimSpace(label) != "" && strings.TrimSpace(lemma) != "" && value != ""
}

// Repeated is the fixture plus a third article that states the first
// statement of article a again, and also its negation: parallel
// statements between one pair of nodes.
func Repeated(ns graph.Namespace) []graph.Document {
	docs := storetest.Documents(ns)
	c := docs[0]
	c.Article = graph.Article{ID: "c", Hash: "c", Sentences: 1}
	c.Sentences = c.Sentences[:1]
	st := c.Statements[0]
	st.Prov.Article, st.Prov.Confidence = "c", 0.6
	neg := st
	neg.Negated = true
	c.Statements = []graph.Statement{st, neg}
	return append(docs, c)
}

// XMLText returns what an XML 1.0 document can hold of s: s with each
// byte of invalid UTF-8 and every character outside XML's Char production
// (most control characters, U+FFFE, U+FFFF) replaced by U+FFFD, as
// encoding/xml's EscapeText does.
func XMLText(s string) string {
	var b strings.Builder
	for _, r := range s { // each invalid byte comes as one utf8.RuneError
		switch {
		case r == 0x9 || r == 0xA || r == 0xD,
			r >= 0x20 && r <= 0xD7FF,
			r >= 0xE000 && r <= 0xFFFD,
			r >= 0x10000 && r <= 0x10FFFF:
			b.WriteRune(r)
		default:
			b.WriteRune('\uFFFD')
		}
	}
	return b.String()
}
