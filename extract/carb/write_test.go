package carb

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestWriteSystem(t *testing.T) {
	in := []Extraction{
		{Sentence: "He left .", Confidence: 0.1, Relation: "left", Args: []string{"He"}},
		{Sentence: "He left .", Confidence: 1e-7, Relation: " r ", Args: []string{" a", "", "b"}},
		{Sentence: "S", Confidence: math.Inf(1), Relation: "r"},
	}
	var buf bytes.Buffer
	if err := WriteSystem(&buf, in); err != nil {
		t.Fatal(err)
	}
	want := "He left .\t0.1\tleft\tHe\n" +
		"He left .\t1e-07\t r \t a\t\tb\n" +
		"S\t+Inf\tr\n"
	if buf.String() != want {
		t.Errorf("WriteSystem wrote\n%q\nwant\n%q", buf.String(), want)
	}
	back, err := ReadSystem(&buf, "written")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, in) {
		t.Errorf("read back\n%#v\nwant\n%#v", back, in)
	}
}

func TestWriteSystemRefuses(t *testing.T) {
	ok := Extraction{Sentence: "S", Confidence: 1, Relation: "r", Args: []string{"a"}}
	tests := []struct {
		name string
		edit func(e *Extraction)
		want string
	}{
		{"NaN", func(e *Extraction) { e.Confidence = math.NaN() }, "confidence is NaN"},
		{"tab", func(e *Extraction) { e.Relation = "a\tb" }, "contains a tab or line break"},
		{"newline", func(e *Extraction) { e.Sentence = "a\nb" }, "contains a tab or line break"},
		{"carriage return", func(e *Extraction) { e.Args = []string{"a\r"} }, "contains a tab or line break"},
		{"bad UTF-8", func(e *Extraction) { e.Args = []string{"\xff"} }, "not valid UTF-8"},
		{"empty sentence", func(e *Extraction) { e.Sentence = "" }, "empty or begins with white space"},
		{"sentence leading space", func(e *Extraction) { e.Sentence = "\u00a0S" }, "empty or begins with white space"},
		{"empty last arg", func(e *Extraction) { e.Args = []string{"a", ""} }, "empty or ends with white space"},
		{"last arg trailing space", func(e *Extraction) { e.Args = []string{"a "} }, "empty or ends with white space"},
		{"empty relation, no args", func(e *Extraction) { e.Relation, e.Args = "", nil }, "empty or ends with white space"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad := ok
			bad.Args = append([]string(nil), ok.Args...)
			tt.edit(&bad)
			var buf bytes.Buffer
			err := WriteSystem(&buf, []Extraction{ok, bad})
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.HasPrefix(err.Error(), "write extraction 1: ") {
				t.Errorf("error %v, want %q for extraction 1", err, tt.want)
			}
			if buf.Len() != 0 {
				t.Errorf("wrote %q before refusing", buf.String())
			}
		})
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteSystemWriterError(t *testing.T) {
	err := WriteSystem(failWriter{}, []Extraction{{Sentence: "S", Relation: "r"}})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("error %v, want the writer's error", err)
	}
}
