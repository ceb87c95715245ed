package nlp

import "testing"

// TestEarlyExit measures what the parser's early exit (parser/exit.go)
// changes on EWT dev and test against scoring every feature: the scores
// must be the same to two decimals, and at most 0.5% of the sentences may
// be parsed differently (at the shipped setting: 5 of 2,001 dev and 3 of
// 2,077 test sentences, with the same UAS and LAS).
func TestEarlyExit(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	exact := p.WithoutEarlyExit()
	for _, split := range []string{"dev", "test"} {
		sents := readTreebank(t, split)
		changed := 0
		for _, s := range sents {
			a, b := p.Parse(s.Forms()), exact.Parse(s.Forms())
			for i := range a {
				if a[i].Head != b[i].Head || a[i].Rel != b[i].Rel {
					changed++
					break
				}
			}
		}
		t.Logf("%s: early exit parsed %d of %d sentences differently", split, changed, len(sents))
		if changed*200 > len(sents) {
			t.Errorf("%s: %d of %d sentences parsed differently with early exit, more than 0.5%%", split, changed, len(sents))
		}
		got, want := evaluateFile(t, p, split), evaluateFile(t, exact, split)
		if got.String() != want.String() {
			t.Errorf("%s with early exit:\n%v\nscoring every feature:\n%v", split, got, want)
		}
	}
}

// evaluateFile scores p on an EWT split; a missing treebank fails the test
// in CI and skips it elsewhere.
func evaluateFile(t *testing.T, p *Pipeline, split string) Scores {
	t.Helper()
	sc, err := Evaluate(p, openTreebank(t, split))
	if err != nil {
		t.Fatal(err)
	}
	return sc
}
