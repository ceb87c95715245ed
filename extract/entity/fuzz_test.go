package entity

import (
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp"
)

// FuzzRecognize feeds arbitrary tokens, each tagged by its length, to the
// recogniser: it must not panic, and its mentions must be in order, not
// overlap and lie inside the sentence.
func FuzzRecognize(f *testing.F) {
	f.Add("in East Jerusalem , TEHRAN and kerala")
	f.Add("the US , Enron Corp. , CCNG , Inc. and Muqtada al - Sadr")
	f.Add("University of Texas Houston Chronicle Texas City in May")
	f.Add("Mr Zorbo , PayPal , McDonald , www.x.com and FARC")
	f.Add("- - the The the North")
	lx, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	tags := []string{"PROPN", "NOUN", "ADP", "DET", "PUNCT", "ADJ", "NUM", ""}
	f.Fuzz(func(t *testing.T, s string) {
		var words []nlp.Word
		for _, form := range strings.Fields(s) {
			words = append(words, nlp.Word{Form: form, UPOS: tags[len(form)%len(tags)]})
		}
		end := 0
		for _, m := range lx.Recognize(words) {
			if m.From < end || m.To <= m.From || m.To > len(words) {
				t.Fatalf("mention %+v after %d in %q", m, end, s)
			}
			end = m.To
		}
	})
}
