package carb

import (
	"bytes"
	"math"
	"testing"
)

func TestPyFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{0, "0.0"}, {math.Copysign(0, -1), "-0.0"}, {1, "1.0"}, {0.1, "0.1"},
		{0.9933239, "0.9933239"}, {2.0 / 3, "0.6666666666666666"},
		{0.0001, "0.0001"}, {0.00001, "1e-05"}, {1.5e-7, "1.5e-07"},
		{1e15, "1000000000000000.0"}, {1e16, "1e+16"}, {123456789012345680, "1.2345678901234568e+17"},
		{-2.5, "-2.5"}, {math.Inf(1), "inf"}, {math.Inf(-1), "-inf"},
	}
	for _, tt := range tests {
		if got := pyFloat(tt.in); got != tt.want {
			t.Errorf("pyFloat(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteCurve(t *testing.T) {
	res := Result{Gold: 2, Curve: []Point{
		{Confidence: 0.2, P: 0.5, R: 0.75, Kept: 4},
		{Confidence: 0.5, P: 1, R: 0.75, Kept: 2},
		{Confidence: 0.9, P: 1, R: 0.5, Kept: 1},
		{Confidence: 1, P: 1, R: 0, Kept: 0},
	}}
	var buf bytes.Buffer
	if err := WriteCurve(&buf, res); err != nil {
		t.Fatal(err)
	}
	want := "Precision\tRecall\tConfidence\n" +
		"1\t0.0\t1.0\n" +
		"1.0\t0.5\t0.9\n" +
		"0.5\t0.75\t0.2\n" +
		"1.0\t0.75\t0.5\n"
	if buf.String() != want {
		t.Errorf("WriteCurve wrote\n%s\nwant\n%s", buf.String(), want)
	}
	buf.Reset()
	res.Gold = 0
	res.Curve = res.Curve[3:]
	if err := WriteCurve(&buf, res); err != nil {
		t.Fatal(err)
	}
	if want := "Precision\tRecall\tConfidence\n1\t0\t1.0\n"; buf.String() != want {
		t.Errorf("without gold wrote %q, want %q", buf.String(), want)
	}
}
