package openie

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kgraph/kg/extract/carb"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
)

// carbDir holds the CaRB dev split (../shared relative to the repository).
var carbDir = filepath.Join("..", "..", "..", "shared", "eval", "carb")

// unavailable skips a test outside CI and fails it in CI.
func unavailable(t *testing.T, format string, args ...any) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf(format, args...)
	}
	t.Skipf(format, args...)
}

// defaultParser returns the embedded model's parser.
func defaultParser(t *testing.T) Parser {
	t.Helper()
	p, err := defaultParserB()
	if errors.Is(err, errNoParser) {
		// the parser is being built alongside; not a missing tool
		t.Skipf("%v", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return p
}

var errNoParser = errors.New("the embedded model has no dependency parser yet")

func defaultParserB() (Parser, error) {
	p, err := nlp.Default()
	if err != nil {
		return nil, fmt.Errorf("load the embedded model: %w", err)
	}
	var a any = p
	parser, ok := a.(Parser)
	if !ok {
		return nil, errNoParser
	}
	return parser, nil
}

// TestCaRBDev runs the dependency extractor over the CaRB dev sentences
// and scores it with the CaRB matcher: it fails below F1 0.50, or when
// confidence does not rank extractions (the extractions of the upper
// confidence buckets must match gold better than those of the lower).
func TestCaRBDev(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping the CaRB evaluation in -short mode")
	}
	in, err := os.Open(filepath.Join(carbDir, "dev.txt"))
	if err != nil {
		unavailable(t, "CaRB dev split: %v", err)
	}
	defer in.Close()
	gf, err := os.Open(filepath.Join(carbDir, "dev.tsv"))
	if err != nil {
		unavailable(t, "CaRB dev gold: %v", err)
	}
	defer gf.Close()
	gold, err := carb.ReadGold(gf, "dev.tsv")
	if err != nil {
		t.Fatal(err)
	}
	lx, err := entity.Default()
	if err != nil {
		t.Fatal(err)
	}
	evalCaRB(t, in, gold, Options{Parser: defaultParser(t), Extractor: dep.Extractor{OpenIE: true}, Recognizer: lx})
}

// evalCaRB runs and scores an extractor over CaRB sentences.
func evalCaRB(t *testing.T, in io.Reader, gold []carb.Extraction, o Options) {
	sys, err := Run(in, o)
	if err != nil {
		t.Fatal(err)
	}
	res := carb.Score(gold, sys)
	t.Logf("CaRB dev: %s (threshold %.3f, %d extractions, %d gold)", res, res.Threshold, res.System, res.Gold)
	if res.F1 < 0.50 {
		t.Errorf("CaRB dev F1 %.3f, want >= 0.50", res.F1)
	}
	for _, b := range calibration(gold, sys, 0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01) {
		t.Logf("confidence [%.2f, %.2f): %4d extractions, mean precision %.3f", b.from, b.to, b.n, b.precision)
	}
	buckets := calibration(gold, sys, 0, 0.5, 0.65, 1.01)
	for i := 1; i < len(buckets); i++ {
		if buckets[i].n > 0 && buckets[i-1].n > 0 && buckets[i].precision <= buckets[i-1].precision {
			t.Errorf("calibration: bucket %.2f-%.2f is no better than the one below it", buckets[i].from, buckets[i].to)
		}
	}
}

type bucket struct {
	from, to  float64
	n         int
	precision float64 // mean over the bucket of each extraction's best match precision
}

// calibration groups extractions by confidence into buckets between the
// edges and measures how well each
// group matches the gold: an extraction's score is its best precision
// against the gold tuples of its sentence under the CaRB matcher.
func calibration(gold, sys []carb.Extraction, edges ...float64) []bucket {
	bySentence := map[string][]carb.Extraction{}
	for _, g := range gold {
		bySentence[key(g.Sentence)] = append(bySentence[key(g.Sentence)], g)
	}
	var bs []bucket
	for i := 1; i < len(edges); i++ {
		bs = append(bs, bucket{from: edges[i-1], to: edges[i]})
	}
	for _, x := range sys {
		best := 0.0
		for _, g := range bySentence[key(x.Sentence)] {
			best = max(best, carb.Score([]carb.Extraction{g}, []carb.Extraction{x}).P)
		}
		for i := range bs {
			if x.Confidence >= bs[i].from && x.Confidence < bs[i].to {
				bs[i].precision += best
				bs[i].n++
			}
		}
	}
	for i := range bs {
		if bs[i].n > 0 {
			bs[i].precision /= float64(bs[i].n)
		}
	}
	return bs
}

func key(s string) string { return strings.Join(strings.Fields(s), " ") }
