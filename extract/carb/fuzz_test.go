package carb

import (
	"bytes"
	"math"
	"reflect"
	"strings"
	"testing"
)

var fuzzSeeds = []string{
	"",
	"He left .\tleft\tHe\n",
	"He left .\t0.5\tleft\tHe\t\tx\r\n\n \t \rS\t1e3\tr",
	"s\tC: x\tC: y\ta\n",
	"\xff\tnan\t\x00\n",
	"a -LRB- b\t_1_\tbe\tbe\tbe\n",
	"s\t1\tsaid\ta\tb\tc\ns \t1\tsaid\tb c\ta\n",
}

// FuzzReadGold checks that ReadGold never panics and returns extractions
// as the gold reader describes them, which Score accepts.
func FuzzReadGold(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := ReadGold(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for _, e := range gold {
			if e.Confidence != 1 || e.Sentence != trim(e.Sentence) || e.Relation != trim(e.Relation) {
				t.Fatalf("untrimmed or unscored gold extraction %#v", e)
			}
			for _, a := range e.Args {
				if a != trim(a) || strings.Contains(a, "C: ") {
					t.Fatalf("gold argument %q kept", a)
				}
			}
		}
		checkScore(t, gold, gold)
	})
}

// FuzzReadSystem checks that ReadSystem never panics, that what it reads
// WriteSystem writes back to the same extractions, and that Score accepts
// them.
func FuzzReadSystem(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		sys, err := ReadSystem(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteSystem(&buf, sys); err != nil {
			t.Fatalf("WriteSystem refused what ReadSystem read: %v", err)
		}
		back, err := ReadSystem(&buf, "written")
		if err != nil {
			t.Fatalf("reading back %q: %v", buf.String(), err)
		}
		if len(sys) > 0 && !reflect.DeepEqual(back, sys) {
			t.Fatalf("read back\n%#v\nwant\n%#v", back, sys)
		}
		checkScore(t, sys, sys)
	})
}

// checkScore scores small inputs (the greedy matching, like the
// reference's, is cubic in the extractions of one sentence) and checks
// that the numbers are in range.
func checkScore(t *testing.T, gold, sys []Extraction) {
	t.Helper()
	if len(gold)*len(sys) > 100*100 {
		return
	}
	r := Score(gold, sys)
	for _, x := range []float64{r.AUC, r.P, r.R, r.F1, r.Threshold} {
		if math.IsNaN(x) {
			t.Fatalf("NaN in %+v", r)
		}
	}
	if r.P < 0 || r.P > 1 || r.R < 0 || r.AUC < 0 {
		t.Fatalf("out of range: %+v", r)
	}
}
