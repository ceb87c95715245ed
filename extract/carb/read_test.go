package carb

import (
	"bufio"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestReadGold(t *testing.T) {
	in := "  He left . \t left \t He \t\r\n" +
		"\n" +
		"   \t  \n" +
		"It said so .\tsaid\tIt\tso\tC: he claims\tL: at home\r" +
		"Only rel .\tran"
	want := []Extraction{
		{Sentence: "He left .", Confidence: 1, Relation: "left", Args: []string{"He"}},
		{Sentence: "It said so .", Confidence: 1, Relation: "said", Args: []string{"It", "so", "L: at home"}},
		{Sentence: "Only rel .", Confidence: 1, Relation: "ran"},
	}
	got, err := ReadGold(strings.NewReader(in), "gold.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadGold =\n%#v\nwant\n%#v", got, want)
	}
}

func TestReadSystem(t *testing.T) {
	in := "  He left .\t0.5\t left \t He \t x y  \n" +
		"\t\n" +
		"S .\t1e-3\tr\r\n" +
		"S .\t 1_000 \tr\ta\t\tb\r" +
		"S .\t-Infinity\tr\ta"
	want := []Extraction{
		{Sentence: "He left .", Confidence: 0.5, Relation: " left ", Args: []string{" He ", " x y"}},
		{Sentence: "S .", Confidence: 0.001, Relation: "r"},
		{Sentence: "S .", Confidence: 1000, Relation: "r", Args: []string{"a", "", "b"}},
		{Sentence: "S .", Confidence: math.Inf(-1), Relation: "r", Args: []string{"a"}},
	}
	got, err := ReadSystem(strings.NewReader(in), "out.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadSystem =\n%#v\nwant\n%#v", got, want)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct {
		name   string
		system bool
		in     string
		want   string
	}{
		{"gold one field", false, "a\tb\tc\n\nonly a sentence\n", "gold.tsv:3: want at least 2 tab-separated fields (sentence, relation), got 1"},
		{"gold invalid UTF-8", false, "a\tb\r\nx\xff\ty\n", "gold.tsv:2: invalid UTF-8"},
		{"system two fields", true, "s\t1\tr\ns\t1\n", "out.tsv:2: want at least 3 tab-separated fields (sentence, confidence, relation), got 2"},
		{"system trailing tab stripped", true, "s\t1\t\n", "out.tsv:1: want at least 3 tab-separated fields (sentence, confidence, relation), got 2"},
		{"bad confidence", true, "s\thigh\tr\n", `out.tsv:1: bad confidence "high": not a number`},
		{"empty confidence", true, "s\t\tr\n", `out.tsv:1: bad confidence "": not a number`},
		{"NaN confidence", true, "s\tnan\tr\n", `out.tsv:1: bad confidence "nan": NaN`},
		{"hex confidence", true, "s\t0x1p-2\tr\n", `out.tsv:1: bad confidence "0x1p-2": not a number`},
		{"double underscore", true, "s\t1__0\tr\n", `out.tsv:1: bad confidence "1__0": not a number`},
		{"leading underscore", true, "s\t_1\tr\n", `out.tsv:1: bad confidence "_1": not a number`},
		{"line counting with CR", true, "s\t1\tr\rs\t1\tr\r\rs\tx\tr\r", `out.tsv:4: bad confidence "x": not a number`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			if tt.system {
				_, err = ReadSystem(strings.NewReader(tt.in), "out.tsv")
			} else {
				_, err = ReadGold(strings.NewReader(tt.in), "gold.tsv")
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("error %v, want a *SyntaxError", err)
			}
			if err.Error() != tt.want {
				t.Errorf("error %q, want %q", err, tt.want)
			}
		})
	}
}

func TestReadLongLine(t *testing.T) {
	in := "s\t1\tr\t" + strings.Repeat("x", maxLine) + "\n"
	_, err := ReadSystem(strings.NewReader(in), "big.tsv")
	if !errors.Is(err, bufio.ErrTooLong) || !strings.HasPrefix(err.Error(), "read big.tsv: ") {
		t.Errorf("error %v, want a wrapped bufio.ErrTooLong naming big.tsv", err)
	}
}

func TestParseConfidence(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1", 1, true}, {"1.00", 1, true}, {" 0.25\u00a0", 0.25, true}, {".5", 0.5, true},
		{"5.", 5, true}, {"-2", -2, true}, {"+3e2", 300, true}, {"1_0.5", 10.5, true},
		{"1e999", math.Inf(1), true}, {"inf", math.Inf(1), true}, {"INFINITY", math.Inf(1), true},
		{"", 0, false}, {"1,5", 0, false}, {"0x10", 0, false}, {"NaN", 0, false},
		{"1_", 0, false}, {"1._5", 0, false}, {"e5", 0, false},
	}
	for _, tt := range tests {
		got, msg := parseConfidence(tt.in)
		if (msg == "") != tt.ok || (tt.ok && got != tt.want) {
			t.Errorf("parseConfidence(%q) = %v, %q; want %v, ok %v", tt.in, got, msg, tt.want, tt.ok)
		}
	}
}
