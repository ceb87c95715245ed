package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/pattern"
	"github.com/kgraph/kg/extract/pipeline"
	"github.com/kgraph/kg/graph"
)

const defaultBase = graph.DefaultBase

// defaultExtractors run when --extractors is not given: the dependency
// extractor alone. On the seed articles the pattern extractor added 78
// statements of which 29 were reviewed right, 25 of them shorter copies of
// a dep statement (an object cut to its head noun), and 49 wrong; seed
// facts 52 against 51 (cmd/kg TestGoldenStatements, TestSeedScore).
const defaultExtractors = "dep"

// extractors are the extractors --extractors can name.
func extractors() map[string]extract.Extractor {
	return map[string]extract.Extractor{
		"pattern": pattern.Extractor{},
		"dep":     dep.Extractor{},
	}
}

func extractorNames() string {
	var names []string
	for n := range extractors() {
		names = append(names, n)
	}
	sort.Strings(names)
	return strings.Join(names, ",")
}

// newPipelineWith assembles the extraction pipeline with o's namespace and
// limits, adding the extractors names lists, the model and the gazetteer.
func newPipelineWith(names string, o pipeline.Options) (*pipeline.Pipeline, error) {
	known := extractors()
	var xs []extract.Extractor
	for _, n := range strings.Split(names, ",") {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		x, ok := known[n]
		if !ok {
			return nil, fmt.Errorf("unknown extractor %q (have %s)", n, extractorNames())
		}
		xs = append(xs, x)
	}
	an, err := nlp.Default()
	if err != nil {
		return nil, err
	}
	lx, err := entity.Default()
	if err != nil {
		return nil, fmt.Errorf("gazetteer: %w", err)
	}
	o.Analyzer, o.Lexicon, o.Extractors = an, lx, xs
	return pipeline.New(o)
}
