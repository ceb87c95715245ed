package entity

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/graph"
)

func lexicon(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// tagged parses "form/UPOS ..." or "form/UPOS:XPOS ..." into words.
func tagged(s string) []nlp.Word {
	var out []nlp.Word
	for _, f := range strings.Fields(s) {
		i := strings.LastIndexByte(f, '/')
		upos, xpos, _ := strings.Cut(f[i+1:], ":")
		out = append(out, nlp.Word{Form: f[:i], UPOS: upos, XPOS: xpos})
	}
	return out
}

func TestRecognize(t *testing.T) {
	lx := lexicon(t)
	tests := []struct {
		sentence string
		want     []string // "text|type|label|title"
	}{
		{"UK/PROPN Defense/PROPN Secretary/PROPN Ben/PROPN Wallace/PROPN said/VERB ./PUNCT",
			[]string{"UK|Place|United Kingdom|", "Ben Wallace|Person||UK Defense Secretary"}},
		{"Rheinmetall/PROPN CEO/PROPN Armin/PROPN Papperger/PROPN told/VERB the/DET Financial/PROPN Times/PROPN",
			[]string{"Rheinmetall|Organization|Rheinmetall|", "Armin Papperger|Person||Rheinmetall CEO", "Financial Times|Organization|Financial Times|"}},
		{"Polish/ADJ President/PROPN Andrzej/PROPN Duda/PROPN spoke/VERB",
			[]string{"Polish|Place|Poland|", "Andrzej Duda|Person|Andrzej Duda|Polish President"}},
		{"North/ADJ Korean/ADJ troops/NOUN", []string{"North Korean|Place|North Korea|"}},
		{"the/DET European/ADJ Space/PROPN Research/PROPN Agency/PROPN (/PUNCT ESRA/PROPN )/PUNCT",
			[]string{"European Space Research Agency|Organization||", "ESRA|Organization|European Space Research Agency|"}},
		{"the/DET British/ADJ Ministry/PROPN of/ADP Defense/PROPN commented/VERB",
			[]string{"British Ministry of Defense|Organization||"}},
		{"the/DET US/PROPN provided/VERB $/SYM 67/NUM billion/NUM in/ADP weapons/NOUN",
			[]string{"US|Place|United States|", "$ 67 billion|Money||"}},
		{"on/ADP Monday/PROPN ,/PUNCT April/PROPN 22/NUM ,/PUNCT 2024/NUM",
			[]string{"Monday , April 22 , 2024|Date||"}},
		{"a/DET 300/NUM -/PUNCT kilometer/NOUN range/NOUN",
			[]string{"300-kilometer|Quantity||"}},
		{"Kiev/PROPN and/CCONJ Zelenskyy/PROPN",
			[]string{"Kiev|Place|Kyiv|", "Zelenskyy|Person|Volodymyr Zelensky|"}},
		{"the/DET US/PROPN said/VERB", []string{"US|Place|United States|"}},
		{"Debra/PROPN called/VERB", []string{"Debra|Person||"}},
		{"FARC/PROPN and/CCONJ PT/PROPN", []string{"FARC|Organization|FARC|", "PT|Organization|Workers' Party|"}},
		{"ZORB/PROPN rebels/NOUN", []string{"ZORB|Organization||"}},
		{"in/ADP Zorbania/PROPN", []string{"Zorbania|Place||"}},
		{"from/ADP Zorbania/PROPN", []string{"Zorbania|Place||"}},
		{"in/ADP May/PROPN", []string{"May|Date||"}},
		{"May/AUX I/PRON", nil},
		{"Enron/PROPN Corp./PROPN said/VERB", []string{"Enron Corp.|Organization|Enron|"}},
		{"Zorbo/PROPN ,/PUNCT Inc./PROPN", []string{"Zorbo , Inc.|Organization||"}},
		{"Muqtada/PROPN al/PROPN -/PUNCT Sadr/PROPN", []string{"Muqtada al-Sadr|Person|Muqtada al-Sadr|"}},
		{"bin/PROPN Laden/PROPN", []string{"bin Laden|Person|Osama bin Laden|"}},
		{"Zorbo/PROPN -/PUNCT Blat/PROPN", []string{"Zorbo-Blat|Thing||"}},
		{"the/DET Houston/PROPN Chronicle/PROPN", []string{"Houston Chronicle|Organization||"}},
		{"University/PROPN of/ADP Texas/PROPN", []string{"University of Texas|Organization||"}},
		{"Texas/PROPN City/PROPN", []string{"Texas City|Place||"}},
		{"Zorbo/PROPN River/PROPN", []string{"Zorbo River|Place||"}},
		{"Iraqis/PROPN protested/VERB", nil},
		{"Zorbos/PROPN:NNP", []string{"Zorbos|Thing||"}},
		{"Muslims/PROPN:NNPS prayed/VERB", nil},
		{"visit/VERB www.example.com/PROPN or/CCONJ jo@example.com/PROPN", nil},
		{"ASAP/PROPN and/CCONJ X/PROPN", nil},
		{"Kyrgyz/ADJ police/NOUN", []string{"Kyrgyz|Place|Kyrgyzstan|"}},
		{"Zorbpal/PROPN and/CCONJ ZorbPal/PROPN and/CCONJ McZorb/PROPN", []string{"Zorbpal|Thing||", "ZorbPal|Organization||", "McZorb|Thing||"}},
		{"in/ADP East/PROPN Jerusalem/PROPN", []string{"East Jerusalem|Place||"}},
		{"TEHRAN/PROPN ,/PUNCT Iran/PROPN", []string{"TEHRAN|Place|Tehran|", "Iran|Place|Iran|"}},
		{"in/ADP kerala/PROPN and/CCONJ turkey/NOUN", []string{"kerala|Place|Kerala|"}},
		{"Mr/PROPN Zorbo/PROPN", []string{"Zorbo|Person||Mr"}},
		// a name a known organisation's name only ends is not that organisation
		{"the/DET New/PROPN Democratic/PROPN Party/PROPN", []string{"New Democratic Party|Organization||"}},
		{"the/DET Social/PROPN Democratic/PROPN Party/PROPN", []string{"Social Democratic Party|Organization||"}},
		{"Christian/PROPN Democrats/PROPN", []string{"Christian Democrats|Organization||"}},
		{"the/DET American/ADJ Democratic/PROPN Party/PROPN", []string{"American|Place|United States|", "Democratic Party|Organization|Democratic Party|"}},
		{"Sara/PROPN Shackleton/PROPN Enron/PROPN", []string{"Sara Shackleton|Person||", "Enron|Organization|Enron|"}},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range lx.Recognize(tagged(tc.sentence)) {
			got = append(got, strings.Join([]string{m.Text, string(m.Type), m.Label, m.Title}, "|"))
		}
		if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
			t.Errorf("%s\n got %q\nwant %q", tc.sentence, got, tc.want)
		}
	}
}

func TestResolveShortForms(t *testing.T) {
	lx := lexicon(t)
	art := lx.NewArticle(graph.Namespace{})
	full := lx.Recognize(tagged("Rheinmetall/PROPN CEO/PROPN Armin/PROPN Papperger/PROPN spoke/VERB"))
	short := lx.Recognize(tagged("Papperger/PROPN added/VERB"))
	for _, m := range append(short, full...) {
		art.Learn(m)
	}
	a := art.Resolve(short[0])
	b := art.Resolve(full[1])
	if a.ID != b.ID || a.Type != graph.Person || a.Label != "Armin Papperger" {
		t.Errorf("Papperger resolved to %+v, Armin Papperger to %+v", a, b)
	}
	us := art.Resolve(lx.Recognize(tagged("U.S./PROPN"))[0])
	if want := (graph.Namespace{}).Entity("United States"); us.Label != "United States" || us.ID != want {
		t.Errorf("U.S. resolved to %+v", us)
	}
	if c := art.Resolve(lx.Recognize(tagged("Congress/PROPN"))[0]); c.ID == us.ID {
		t.Error("Congress merged with the United States")
	}
}

func TestLexiconErrors(t *testing.T) {
	for _, bad := range []string{"Nameless", "X\tPlanet", "A\tPerson\tB\nC\tPlace\tB"} {
		_, err := NewLexicon(Sources{Entities: bad})
		if err == nil || !strings.Contains(err.Error(), "entities.tsv:") {
			t.Errorf("lexicon %q: err = %v, want a line-numbered error", bad, err)
		}
	}
}

func TestIsAcronymOf(t *testing.T) {
	tests := []struct {
		acr   string
		words string
		want  bool
	}{
		{"ATACMS", "Army Tactical Missile Systems", true},
		{"ATACMs", "Army Tactical Missile Systems", true},
		{"NATO", "North Atlantic Treaty Organization", true},
		{"UN", "United Nations", true},
		{"EU", "European Union", true},
		{"IMF", "International Monetary Fund", true},
		{"MoD", "Ministry of Defense", false}, // mixed case is not an acronym here
		{"USA", "Army Tactical Missile Systems", false},
		{"A", "Army", false},
		{"NYT", "New York Times", true},
		{"TNY", "New York Times", false},
	}
	for _, tc := range tests {
		if got := isAcronymOf(tc.acr, strings.Fields(tc.words)); got != tc.want {
			t.Errorf("isAcronymOf(%q, %q) = %v", tc.acr, tc.words, got)
		}
	}
}
