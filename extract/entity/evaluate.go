package entity

import (
	"fmt"
	"strings"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

// Tagger tags token forms (nlp.Pipeline is one).
type Tagger interface {
	Tag(forms []string) []nlp.Word
}

// Predict runs kg's recognition and resolution over sentences with gold
// tokens, one document (IOBSentence.Doc) at a time as the pipeline does
// one article at a time, and returns each sentence's named mentions as
// spans labelled with the final type of the entity each resolves to
// (resolution may type a mention its sentence left untyped: "Papperger"
// after "Armin Papperger"). Literals (dates, money, quantities) and
// demonyms ("Polish", which kg takes as a mention of Poland and UNER does
// not annotate) are left out.
func (lx *Lexicon) Predict(tg Tagger, sents []IOBSentence) [][]Span {
	out := make([][]Span, len(sents))
	for from := 0; from < len(sents); {
		to := from + 1
		for to < len(sents) && sents[to].Doc == sents[from].Doc {
			to++
		}
		lx.predictDoc(tg, sents[from:to], out[from:to])
		from = to
	}
	return out
}

func (lx *Lexicon) predictDoc(tg Tagger, sents []IOBSentence, out [][]Span) {
	ms := make([][]Mention, len(sents))
	art := lx.NewArticle(graph.Namespace{})
	for i, s := range sents {
		for _, m := range lx.Recognize(tg.Tag(s.Forms)) {
			art.Learn(m)
			if !lx.IsDemonym(m) {
				ms[i] = append(ms[i], m)
			}
		}
	}
	ids := make([][]graph.IRI, len(sents))
	for i := range sents {
		for _, m := range ms[i] {
			if !m.Type.IsLiteral() {
				ids[i] = append(ids[i], art.Resolve(m).ID)
			}
		}
	}
	typeOf := map[graph.IRI]graph.Type{}
	for _, e := range art.Entities() {
		typeOf[e.ID] = e.Type
	}
	for i := range sents {
		k := 0
		for _, m := range ms[i] {
			if m.Type.IsLiteral() {
				continue
			}
			out[i] = append(out[i], Span{From: m.From, To: m.To, Label: string(typeOf[ids[i][k]])})
			k++
		}
	}
}

// UNERLabel maps a kg entity type to the Universal NER label it
// corresponds to: Person PER, Organization ORG, Place LOC; Weapon, Product
// and Event OTH; anything else (Thing) "".
func UNERLabel(t graph.Type) string {
	switch t {
	case graph.Person:
		return "PER"
	case graph.Organization:
		return "ORG"
	case graph.Place:
		return "LOC"
	case graph.Weapon, graph.Product, graph.Event:
		return "OTH"
	}
	return ""
}

// Counts are the gold, predicted and correct spans of one score row.
type Counts struct{ Gold, Predicted, Correct int }

// Precision is Correct/Predicted, 0 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Predicted) }

// Recall is Correct/Gold, 0 when there is no gold span.
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 { return ratio(2*c.Correct, c.Gold+c.Predicted) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// NERScores compare predicted spans with gold spans by exact boundaries.
type NERScores struct {
	// ByLabel has one row per gold label (PER, ORG, LOC, and OTH if the
	// gold uses it); a prediction counts in the row of its UNERLabel.
	ByLabel map[string]Counts
	// Typed counts every predicted span, correct when a gold span has the
	// same boundaries and label; a span kg left untyped (Thing) is never
	// correct here.
	Typed Counts
	// Committed is Typed without the spans kg left untyped or typed
	// outside UNER's labels: how right kg is when it commits to a type.
	Committed Counts
	// Untyped counts every predicted span, correct when a gold span has
	// the same boundaries, whatever the labels.
	Untyped Counts
	// PredictedTypes counts the predicted spans by kg type.
	PredictedTypes map[string]int
}

// Score compares predicted spans (labelled with kg types) with gold spans
// (labelled with UNER labels), sentence by sentence.
func Score(gold, predicted [][]Span) NERScores {
	sc := NERScores{ByLabel: map[string]Counts{}, PredictedTypes: map[string]int{}}
	add := func(label string, f func(*Counts)) {
		c := sc.ByLabel[label]
		f(&c)
		sc.ByLabel[label] = c
	}
	for i := range gold {
		g := map[[2]int]string{}
		for _, s := range gold[i] {
			g[[2]int{s.From, s.To}] = s.Label
			add(s.Label, func(c *Counts) { c.Gold++ })
		}
		sc.Typed.Gold += len(gold[i])
		sc.Committed.Gold += len(gold[i])
		sc.Untyped.Gold += len(gold[i])
		if i >= len(predicted) {
			continue
		}
		for _, p := range predicted[i] {
			label := UNERLabel(graph.Type(p.Label))
			sc.PredictedTypes[p.Label]++
			sc.Typed.Predicted++
			sc.Untyped.Predicted++
			if label != "" {
				add(label, func(c *Counts) { c.Predicted++ })
				sc.Committed.Predicted++
			}
			gl, ok := g[[2]int{p.From, p.To}]
			if ok {
				sc.Untyped.Correct++
			}
			if ok && gl == label {
				sc.Typed.Correct++
				sc.Committed.Correct++
				add(label, func(c *Counts) { c.Correct++ })
			}
		}
	}
	return sc
}

// String formats the scores as a table in percent.
func (sc NERScores) String() string {
	var b strings.Builder
	row := func(name string, c Counts) {
		fmt.Fprintf(&b, "%-9s %5d %5d %5d  P %5.1f  R %5.1f  F1 %5.1f\n", name, c.Gold, c.Predicted, c.Correct,
			100*c.Precision(), 100*c.Recall(), 100*c.F1())
	}
	fmt.Fprintf(&b, "%-9s %5s %5s %5s\n", "", "gold", "pred", "ok")
	for _, l := range []string{"PER", "ORG", "LOC", "OTH"} {
		if c, ok := sc.ByLabel[l]; ok {
			row(l, c)
		}
	}
	row("typed", sc.Typed)
	row("committed", sc.Committed)
	row("untyped", sc.Untyped)
	b.WriteString("predicted by kg type:")
	for _, t := range graph.EntityTypes {
		if n := sc.PredictedTypes[string(t)]; n > 0 {
			fmt.Fprintf(&b, " %s %d", t, n)
		}
	}
	return b.String()
}
