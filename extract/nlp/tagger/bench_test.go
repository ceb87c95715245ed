package tagger

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// benchText mixes what news text holds: capitalised names, numbers,
// hyphenated words, punctuation and a few non-ASCII names.
const benchText = `US President Joe Biden has authorized Ukraine to use the Army Tactical
Missile Systems ( ATACMS ) , a 300-kilometer weapon , against targets inside Russia ,
officials said on Sunday . Volodymyr Zelenskyy 's office said 12 of the 20 Patriot
systems had arrived ; Zürich-based analysts and São Paulo 's mayor disagreed .`

// BenchmarkTokens measures the per-word attributes the taggers compute
// before scoring (forms' hashes, normal form, shape, affixes, clusters).
func BenchmarkTokens(b *testing.B) {
	forms := strings.Fields(benchText)
	amb := map[uint64]uint64{}
	b.ReportAllocs()
	for b.Loop() {
		for _, f := range forms {
			makeToken(f, amb, nil)
		}
	}
	b.ReportMetric(float64(b.N*len(forms))/b.Elapsed().Seconds(), "words/s")
}

// referenceToken computes makeToken's attributes the plain way, rune by
// rune, for checking the faster code.
func referenceToken(form string) token {
	var norm []rune
	for _, r := range form {
		if r >= '0' && r <= '9' {
			r = '0'
		}
		norm = append(norm, unicode.ToLower(r))
	}
	t := token{form: perceptron.Hash(form), norm: perceptron.Hash(string(norm)), shape: perceptron.Hash(Shape(form))}
	for k := 1; k <= 5; k++ {
		t.suf[k-1] = perceptron.Hash(string(norm[len(norm)-min(k, len(norm)):]))
	}
	for k := 1; k <= 3; k++ {
		t.pre[k-1] = perceptron.Hash(string(norm[:min(k, len(norm))]))
	}
	return t
}

func FuzzMakeToken(f *testing.F) {
	for _, w := range strings.Fields(benchText) {
		f.Add(w)
	}
	for _, w := range []string{"", "a", "ÉCOLE", "1990s", "----", "XXXXXXxxxx", strings.Repeat("ab", 40), "n't", "İstanbul", "\xff\xfe", "1", "x1y", "Ü"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, form string) {
		if !utf8.ValidString(form) {
			return // forms come from the tokeniser: valid UTF-8
		}
		got, want := makeToken(form, nil, nil), referenceToken(form)
		want.c4, want.c8, want.c12, want.cf = got.c4, got.c8, got.c12, got.cf // the cluster package's
		if got != want {
			t.Errorf("makeToken(%q):\n got form %x norm %x shape %x suf %x pre %x\nwant form %x norm %x shape %x suf %x pre %x",
				form, got.form, got.norm, got.shape, got.suf, got.pre, want.form, want.norm, want.shape, want.suf, want.pre)
		}
	})
}
