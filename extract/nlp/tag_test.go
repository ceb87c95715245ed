package nlp

import (
	"strings"
	"testing"
)

func TestTag(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		in   string
		want string // form/UPOS/XPOS/lemma per token
	}{
		{"The dogs were barking .", "The/DET/DT/the dogs/NOUN/NNS/dog were/AUX/VBD/be barking/VERB/VBG/bark ./PUNCT/./."},
		{"It 's authorized .", "It/PRON/PRP/it 's/AUX/VBZ/be authorized/VERB/VBN/authorize ./PUNCT/./."},
		{"She does n't know .", "She/PRON/PRP/she does/AUX/VBZ/do n't/PART/RB/not know/VERB/VB/know ./PUNCT/./."},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range p.Tag(strings.Fields(tt.in)) {
			got = append(got, w.Form+"/"+w.UPOS+"/"+w.XPOS+"/"+w.Lemma)
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("Tag(%q)\n got %s\nwant %s", tt.in, g, tt.want)
		}
	}
}

func TestTagEdgeCases(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, forms := range [][]string{nil, {}, {""}, {"\xff\xfe", "\t", "a b"}} {
		if got := p.Tag(forms); len(got) != len(forms) {
			t.Errorf("Tag(%q) returned %d words, want %d", forms, len(got), len(forms))
		}
	}
}
