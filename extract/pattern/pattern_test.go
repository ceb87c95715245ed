package pattern

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
)

// sentence builds an analysed sentence from "form/UPOS/XPOS/lemma" words.
func sentence(t *testing.T, s string) *extract.Sentence {
	t.Helper()
	lx, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := &extract.Sentence{}
	var b strings.Builder
	for _, f := range strings.Fields(s) {
		p := strings.Split(f, "/")
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		out.Tokens = append(out.Tokens, text.Token{Text: p[0], Start: b.Len(), End: b.Len() + len(p[0])})
		b.WriteString(p[0])
		out.Words = append(out.Words, nlp.Word{Form: p[0], UPOS: p[1], XPOS: p[2], Lemma: p[3]})
	}
	out.Text, out.End = b.String(), b.Len()
	out.Mentions = lx.Recognize(out.Words)
	return out
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name, words string
		want        []string // "subject | lemma | object | flags"
	}{
		{"active", "Joe/PROPN/NNP/Joe Biden/PROPN/NNP/Biden has/AUX/VBZ/have authorized/VERB/VBN/authorize Ukraine/PROPN/NNP/Ukraine ./PUNCT/./.",
			[]string{"Joe Biden | authorize | Ukraine |"}},
		{"negated by determiner", "No/DET/DT/no decision/NOUN/NN/decision has/AUX/VBZ/have been/AUX/VBN/be reached/VERB/VBN/reach on/ADP/IN/on ATACMS/PROPN/NNP/ATACMS",
			[]string{"decision | reach on | ATACMS | neg"}},
		{"negated verb", "the/DET/DT/the US/PROPN/NNP/US does/AUX/VBZ/do not/PART/RB/not consider/VERB/VB/consider NATO/PROPN/NNP/NATO membership/NOUN/NN/membership",
			[]string{"US | consider | NATO membership | neg"}},
		{"modal", "Kyiv/PROPN/NNP/Kyiv may/AUX/MD/may decide/VERB/VB/decide the/DET/DT/the timing/NOUN/NN/timing",
			[]string{"Kyiv | decide | timing | may"}},
		{"phrasal verb", "forces/NOUN/NNS/force are/AUX/VBP/be running/VERB/VBG/run out/ADP/RP/out of/ADP/IN/of missiles/NOUN/NNS/missile",
			[]string{"forces | run out of | missiles |"}},
		{"passive agent", "missiles/NOUN/NNS/missile supplied/VERB/VBN/supply by/ADP/IN/by Britain/PROPN/NNP/Britain",
			[]string{"Britain | supply | missiles |"}},
		{"parenthetical subject", "Dmitry/PROPN/NNP/Dmitry Peskov/PROPN/NNP/Peskov ,/PUNCT/,/, spokesperson/NOUN/NN/spokesperson for/ADP/IN/for Putin/PROPN/NNP/Putin ,/PUNCT/,/, accused/VERB/VBD/accuse Washington/PROPN/NNP/Washington",
			[]string{"Dmitry Peskov | accuse | Washington |"}},
		{"copula", "Lammy/PROPN/NNP/Lammy remained/VERB/VBD/remain cautious/ADJ/JJ/cautious",
			[]string{"Lammy | remain | cautious |"}},
		{"of-phrase object", "Zelensky/PROPN/NNP/Zelensky addressed/VERB/VBD/address questions/NOUN/NNS/question of/ADP/IN/of delivery/NOUN/NN/delivery",
			[]string{"Zelensky | address | questions of delivery |"}},
	}
	for _, tc := range tests {
		s := sentence(t, tc.words)
		var got []string
		for _, f := range (Extractor{}).Extract(s) {
			flags := f.Modality
			if f.Negated {
				flags = "neg"
			}
			got = append(got, strings.TrimSpace(strings.Join([]string{s.WordsIn(f.Subject), f.Lemma, s.WordsIn(f.Object), flags}, " | ")))
			if f.Confidence <= 0 || f.Confidence > 1 {
				t.Errorf("%s: confidence %v", tc.name, f.Confidence)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

func TestHyphenatedParticipleIsNoPredicate(t *testing.T) {
	s := sentence(t, "Ukraine/PROPN/NNP/Ukraine used/VERB/VBD/use US/PROPN/NNP/US -/PUNCT/HYPH/- supplied/VERB/VBN/supply Patriot/PROPN/NNP/Patriot systems/NOUN/NNS/system")
	for _, f := range (Extractor{}).Extract(s) {
		if f.Lemma != "use" || s.WordsIn(f.Subject) != "Ukraine" {
			t.Errorf("unexpected fact %s | %s | %s", s.WordsIn(f.Subject), f.Lemma, s.WordsIn(f.Object))
		}
	}
}
