package serve

import (
	"bytes"
	"context"
	"regexp"
	"strings"
	"testing"

	"github.com/kgraph/kg/export/dot"
	"github.com/kgraph/kg/graph"
	"github.com/kgraph/kg/graph/store"
)

// records is a list of statements as a dot.Source.
type records []store.Record

func (rs records) Statements(_ context.Context, _ store.Filter, fn func(store.Record) error) error {
	for _, r := range rs {
		if err := fn(r); err != nil {
			return err
		}
	}
	return nil
}

func (rs records) Entities(_ context.Context, _ store.EntityFilter, fn func(store.EntityRecord) error) error {
	seen := map[graph.IRI]bool{}
	for _, r := range rs {
		for _, t := range []graph.Term{r.Subject, r.Object} {
			if t.IsEntity() && !seen[t.ID] {
				seen[t.ID] = true
				if err := fn(store.EntityRecord{Entity: graph.Entity{ID: t.ID, Label: t.Text, Type: t.Type}, Mentions: 1}); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// TestPaletteMatchesDrawing checks that the explorer's colour of every
// entity type (typeColours in app.js, for chips and badges) is the colour
// the drawing gives it (export/dot's legend).
func TestPaletteMatchesDrawing(t *testing.T) {
	src, err := web.ReadFile("web/app.js")
	if err != nil {
		t.Fatal(err)
	}
	block := regexp.MustCompile(`(?s)const typeColours = \{(.*?)\};`).FindSubmatch(src)
	if block == nil {
		t.Fatal("app.js has no typeColours")
	}
	page := map[string]string{}
	for _, m := range regexp.MustCompile(`(\w+): "(#[0-9a-f]{6})"`).FindAllSubmatch(block[1], -1) {
		page[string(m[1])] = string(m[2])
	}

	var ns graph.Namespace
	hub := graph.Term{ID: ns.Entity("hub"), Text: "Hub", Type: graph.Person}
	var rs records
	for i, typ := range graph.EntityTypes {
		obj := graph.Term{ID: ns.Entity("node-" + string(typ)), Text: "Node " + string(typ), Type: typ}
		rs = append(rs, store.Record{ID: ns.Entity("st-" + string(typ)), Statement: graph.Statement{
			Subject: hub, Predicate: graph.Predicate{Lemma: "see", Surface: "saw"}, Object: obj,
			Prov: graph.Provenance{Article: "a", Sentence: i, Extractor: "test", Confidence: 0.9},
		}})
	}
	r, err := dot.NewRenderer()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var out bytes.Buffer
	if _, err := r.Write(context.Background(), &out, rs, dot.DOT, dot.Options{MaxNodes: -1, Layout: dot.Dot}); err != nil {
		t.Fatal(err)
	}
	drawn := map[string]string{}
	for _, m := range regexp.MustCompile(`"legend:(\w+)"\s*\[fillcolor="(#[0-9a-f]{6})"`).FindAllStringSubmatch(out.String(), -1) {
		drawn[m[1]] = m[2]
	}
	for _, typ := range graph.EntityTypes {
		want, ok := drawn[string(typ)]
		if !ok {
			t.Errorf("the drawing's legend has no %s:\n%s", typ, out.String())
			continue
		}
		if got := page[string(typ)]; !strings.EqualFold(got, want) {
			t.Errorf("app.js colours %s %q, the drawing %q", typ, got, want)
		}
	}
}
