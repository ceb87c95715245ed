package conllu

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestReadSample(t *testing.T) {
	data, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		t.Fatal(err)
	}
	sents, err := NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("got %d sentences, want 2", len(sents))
	}
	s := sents[0]
	if got, want := s.Text(), "I don't know."; got != want {
		t.Errorf("Text() = %q, want %q", got, want)
	}
	if got, want := s.Comment("sent_id"), "s1"; got != want {
		t.Errorf("Comment(sent_id) = %q, want %q", got, want)
	}
	if got, want := len(s.Words), 5; got != want {
		t.Errorf("len(Words) = %d, want %d", got, want)
	}
	wantWord := Word{ID: 3, Form: "n't", Lemma: "not", UPOS: "PART", XPOS: "RB", Feats: "_", Head: 4, Deprel: "advmod", Deps: "4:advmod", Misc: "_"}
	if got := s.Words[2]; got != wantWord {
		t.Errorf("Words[2] = %+v, want %+v", got, wantWord)
	}
	if got, want := s.Multi, []MultiToken{{First: 2, Last: 3, Form: "don't", Misc: "_"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("Multi = %+v, want %+v", got, want)
	}
	if got, want := sents[1].Line, 10; got != want {
		t.Errorf("second sentence Line = %d, want %d", got, want)
	}
	if got, want := len(sents[1].Empty), 1; got != want || sents[1].Empty[0].After != 5 {
		t.Errorf("Empty = %+v, want one node after word 5", sents[1].Empty)
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents...); err != nil {
		t.Fatal(err)
	}
	if buf.String() != string(data) {
		t.Errorf("round trip differs:\n got:\n%s\nwant:\n%s", buf.String(), data)
	}
}

func TestReadErrors(t *testing.T) {
	const ok = "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"
	tests := []struct {
		name string
		in   string
		line int
		msg  string
	}{
		{"few fields", "# c\n1\tHi\thi\n", 2, "want 10 tab-separated fields, got 3"},
		{"bad id", ok + "x\ta\ta\tX\tX\t_\t1\tdep\t_\t_\n", 2, `bad word id "x"`},
		{"gap", ok + "3\ta\ta\tX\tX\t_\t1\tdep\t_\t_\n", 2, "word id 3 out of sequence (want 2)"},
		{"bad head", ok + "2\ta\ta\tX\tX\t_\tz\tdep\t_\t_\n", 2, `bad head "z" for word 2`},
		{"head past end", "\n\n" + ok + "2\ta\ta\tX\tX\t_\t7\tdep\t_\t_\n", 4, "head 7 of word 2 is past the last word 2"},
		{"bad range", "1-x\tab\t_\t_\t_\t_\t_\t_\t_\t_\n", 1, `bad multiword token range "1-x"`},
		{"range past end", "# c\n1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n" + ok, 1, "multiword token 1-2 extends past the last word 1"},
		{"comment inside", ok + "# late\n", 2, "comment line after token lines"},
		{"only comments", "# a\n# b\n\n", 1, "sentence has no words"},
		{"misplaced empty", ok + "3.1\ta\ta\tX\tX\t_\t_\t_\t_\t_\n", 2, `bad or misplaced empty node id "3.1"`},
		{"second sentence", ok + "\n" + ok + "1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n", 4, "word id 1 out of sequence (want 2)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tt.in)).ReadAll()
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want *SyntaxError", err)
			}
			if se.Line != tt.line || se.Msg != tt.msg {
				t.Errorf("got line %d %q, want line %d %q", se.Line, se.Msg, tt.line, tt.msg)
			}
		})
	}
}

func TestReadEmpty(t *testing.T) {
	s, err := NewReader(strings.NewReader("\n\n")).Read()
	if s != nil || err != io.EOF {
		t.Errorf("Read() = %v, %v; want nil, io.EOF", s, err)
	}
}

// TestRoundTripEWT reads the UD English EWT dev set and checks that writing
// it back reproduces the file byte for byte.
func TestRoundTripEWT(t *testing.T) {
	path := filepath.Join("..", "..", "..", "..", "shared", "treebanks", "UD_English-EWT", "en_ewt-ud-dev.conllu")
	data, err := os.ReadFile(path)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("treebank missing in CI: %v", err)
		}
		t.Skipf("treebank not available: %v", err)
	}
	sents, err := NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) < 2000 {
		t.Errorf("read %d sentences, want >= 2000", len(sents))
	}
	var buf bytes.Buffer
	if err := Write(&buf, sents...); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), data) {
		got, want := strings.Split(buf.String(), "\n"), strings.Split(string(data), "\n")
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("line %d differs:\n got %q\nwant %q", i+1, got[i], want[i])
			}
		}
		t.Fatalf("output has %d lines, want %d", len(got), len(want))
	}
}

func FuzzRead(f *testing.F) {
	data, err := os.ReadFile("testdata/sample.conllu")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add("1\ta\t_\t_\t_\t_\t0\troot\t_\t_\n")
	f.Add("1-2\tab\t_\t_\t_\t_\t_\t_\t_\t_\n1\ta\n")
	f.Add("#\n\n\n0.1\t\t\t\t\t\t\t\t\t\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := NewReader(strings.NewReader(in)).ReadAll()
		if err != nil {
			var se *SyntaxError
			if errors.As(err, &se) && (se.Line < 1 || se.Line > strings.Count(in, "\n")+1) {
				t.Fatalf("error line %d outside input: %v", se.Line, err)
			}
			return
		}
		var buf bytes.Buffer
		if err := Write(&buf, sents...); err != nil {
			t.Fatal(err)
		}
		again, err := NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatalf("re-reading written output: %v\n%s", err, buf.String())
		}
		if len(again) != len(sents) {
			t.Fatalf("re-read %d sentences, want %d", len(again), len(sents))
		}
		for i := range sents {
			if len(again[i].Words) != len(sents[i].Words) {
				t.Fatalf("sentence %d: %d words after round trip, want %d", i, len(again[i].Words), len(sents[i].Words))
			}
		}
	})
}
