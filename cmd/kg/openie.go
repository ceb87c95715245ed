package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/carb"
	"github.com/kgraph/kg/extract/dep"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/openie"
)

// runSentences extracts Open IE tuples from one tokenised sentence a line,
// running each chosen extractor over every input. The dependency
// extractor follows the benchmark's conventions here.
func (o *extractOptions) runSentences() error {
	xs, err := openIEExtractors(o.extractors)
	if err != nil {
		return err
	}
	an, err := nlp.Default()
	if err != nil {
		return err
	}
	lx, err := entity.Default()
	if err != nil {
		return err
	}
	var all []carb.Extraction
	for _, path := range o.paths {
		data, err := readInput(path, o.io.In)
		if err != nil {
			return err
		}
		for _, x := range xs {
			ex, err := openie.Run(strings.NewReader(data), openie.Options{Parser: an, Recognizer: lx, Extractor: x})
			if err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			all = append(all, ex...)
		}
	}
	return carb.WriteSystem(o.io.Out, all)
}

func openIEExtractors(names string) ([]extract.Extractor, error) {
	known := extractors()
	var xs []extract.Extractor
	for _, name := range strings.Split(names, ",") {
		x, ok := known[strings.TrimSpace(name)]
		if !ok {
			return nil, fmt.Errorf("unknown extractor %q (have %s)", name, extractorNames())
		}
		if _, isDep := x.(dep.Extractor); isDep {
			x = dep.Extractor{OpenIE: true}
		}
		xs = append(xs, x)
	}
	return xs, nil
}

// readInput reads a whole file, or stdin for "-".
func readInput(path string, stdin io.Reader) (string, error) {
	if path == "-" {
		b, err := io.ReadAll(stdin)
		return string(b), err
	}
	b, err := os.ReadFile(path)
	return string(b), err
}
