package nlp

import (
	"flag"
	"testing"
)

var targets = flag.Bool("targets", false, "make TestAccuracy fail below the project targets, not only below the regression floors")

// TestAccuracy evaluates the embedded model on EWT dev and test with
// predicted tags and gold tokenisation. It fails when a score drops below
// the floor measured for the committed model (minus a small margin), and,
// with -targets, when a test score is below the project target
// (UPOS 95.5, lemma 97, UAS 88, LAS 85), which the current model does not
// reach for UAS and LAS (see docs/nlp.md).
func TestAccuracy(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping treebank evaluation in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type bars struct{ upos, lemma, uas, las float64 }
	tests := []struct {
		split         string
		floor, target bars
	}{
		{"dev", bars{95.1, 97.0, 85.7, 82.3}, bars{}},
		{"test", bars{95.3, 97.0, 86.2, 83.2}, bars{95.5, 97.0, 88.0, 85.0}},
	}
	for _, tt := range tests {
		t.Run(tt.split, func(t *testing.T) {
			sc := evaluateFile(t, p, tt.split)
			t.Logf("%s: %s", tt.split, sc)
			check := func(name string, got, floor, target float64) {
				if got < floor {
					t.Errorf("%s %s = %.2f, below the regression floor %.2f", tt.split, name, got, floor)
				}
				if got < target {
					if *targets {
						t.Errorf("%s %s = %.2f, below the target %.2f", tt.split, name, got, target)
					} else {
						t.Logf("%s %s = %.2f, below the target %.2f (run with -targets to fail)", tt.split, name, got, target)
					}
				}
			}
			check("UPOS", sc.UPOS, tt.floor.upos, tt.target.upos)
			check("lemma", sc.Lemma, tt.floor.lemma, tt.target.lemma)
			check("UAS", sc.UAS, tt.floor.uas, tt.target.uas)
			check("LAS", sc.LAS, tt.floor.las, tt.target.las)
		})
	}
}
