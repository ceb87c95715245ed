package nlp

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/nlp/model"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

func TestSureTagsRoundTrip(t *testing.T) {
	in := SureTags{
		Tag:   []tagger.SureTag{{Form: "the", UPOS: "DET", XPOS: "DT"}, {Form: ",", UPOS: "PUNCT", XPOS: ","}},
		Super: []tagger.SureTag{{Form: "the", Input: "DET|DT", UPOS: "det/R", XPOS: "_"}},
	}
	var buf bytes.Buffer
	if err := WriteSureTags(&buf, in, " a header"); err != nil {
		t.Fatal(err)
	}
	want := "# a header\ntag\tthe\t\tDET\tDT\ntag\t,\t\tPUNCT\t,\nsuper\tthe\tDET|DT\tdet/R\t_\n"
	if got := buf.String(); got != want {
		t.Errorf("written:\n%q\nwant:\n%q", got, want)
	}
	got, err := ReadSureTags(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, in) {
		t.Errorf("read back %+v, want %+v", got, in)
	}
}

func TestReadSureTagsErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# c\ntag\tthe\t\tDET\n", "line 2: want 5"},
		{"\ntag\tthe\t\tDET\tDT\nword\tthe\t\tDET\tDT\n", `line 3: unknown table "word"`},
		{"tag\t\t\tDET\tDT\n", "line 1: want 5"},
		{"super\tthe\tDET|DT\t\t_\n", "line 1: want 5"},
	}
	for _, tt := range tests {
		_, err := ReadSureTags(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("ReadSureTags(%q) error = %v, want one containing %q", tt.in, err, tt.want)
		}
	}
	if err := WriteSureTags(new(bytes.Buffer), SureTags{Tag: []tagger.SureTag{{Form: "a\tb", UPOS: "X", XPOS: "X"}}}); err == nil {
		t.Error("WriteSureTags wrote a form holding a tab")
	}
}

func FuzzSureTags(f *testing.F) {
	f.Add("tag\tthe\t\tDET\tDT\nsuper\tthe\tDET|DT\tdet/R\t_\n")
	f.Add("# x\n\ntag\t''\t\tPUNCT\t''\n")
	f.Fuzz(func(t *testing.T, in string) {
		s, err := ReadSureTags(strings.NewReader(in))
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteSureTags(&buf, s); err != nil {
			t.Fatalf("read %+v from %q but cannot write it: %v", s, in, err)
		}
		back, err := ReadSureTags(&buf)
		if err != nil || !reflect.DeepEqual(back, s) {
			t.Fatalf("round trip of %q: %+v, %v; want %+v", in, back, err, s)
		}
	})
}

// TestSureTagsEmbedded checks that the embedded sure tags are what the
// training command derives from EWT train at its default settings, and
// that the embedded model accepts them.
func TestSureTagsEmbedded(t *testing.T) {
	embedded, err := ReadSureTags(strings.NewReader(model.EnglishEWTSure()))
	if err != nil {
		t.Fatal(err)
	}
	derived := DeriveSureTags(readTreebank(t, "train"), 20, 0.995)
	if !reflect.DeepEqual(embedded, derived) {
		t.Errorf("embedded sure tags (%d, %d) differ from those derived from EWT train (%d, %d); regenerate with go run ./extract/nlp/train -sure-only -out extract/nlp/model/en_ewt.kgm.gz",
			len(embedded.Tag), len(embedded.Super), len(derived.Tag), len(derived.Super))
	}
	if len(embedded.Tag) < 100 || len(embedded.Super) < 50 {
		t.Errorf("only %d tagger and %d supertagger sure tags", len(embedded.Tag), len(embedded.Super))
	}
}

// TestSureTagsAccuracy measures what the sure tags change on EWT dev and
// test against scoring every token: every score may move by at most 0.05
// points, and the sure tags must cover at least a quarter of the words
// (at the shipped setting about 32%, see docs/nlp.md).
func TestSureTagsAccuracy(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	all := p.WithoutSureTags()
	for _, split := range []string{"dev", "test"} {
		got, want := evaluateFile(t, p, split), evaluateFile(t, all, split)
		t.Logf("%s with sure tags: %v\nscoring every token: %v", split, got, want)
		for _, d := range []struct {
			name      string
			got, want float64
		}{{"UPOS", got.UPOS, want.UPOS}, {"XPOS", got.XPOS, want.XPOS}, {"lemma", got.Lemma, want.Lemma},
			{"UAS", got.UAS, want.UAS}, {"LAS", got.LAS, want.LAS}} {
			if d.got < d.want-0.05 || d.got > d.want+0.05 {
				t.Errorf("%s %s = %.2f with sure tags, %.2f without: moved more than 0.05", split, d.name, d.got, d.want)
			}
		}
	}
	shipped, err := ReadSureTags(strings.NewReader(model.EnglishEWTSure()))
	if err != nil {
		t.Fatal(err)
	}
	sure := map[string]bool{}
	for _, s := range shipped.Tag {
		sure[s.Form] = true
	}
	covered, words := 0, 0
	for _, s := range readTreebank(t, "dev") {
		for _, w := range s.Words {
			words++
			covered += b2i(sure[w.Form])
		}
	}
	t.Logf("dev: %d of %d words have a sure tag", covered, words)
	if covered*4 < words {
		t.Errorf("dev: sure tags cover %d of %d words, less than a quarter", covered, words)
	}
}
