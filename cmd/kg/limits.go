package main

import (
	"fmt"
	"io"

	"github.com/spf13/pflag"

	"github.com/kgraph/kg/extract/input"
	"github.com/kgraph/kg/extract/pipeline"
	"github.com/kgraph/kg/graph"
)

// The flags that set the limits, as messages name them.
const (
	flagMaxArticleBytes   = "--max-article-bytes"
	flagMaxSentenceTokens = "--max-sentence-tokens"
)

// limits are the input limits kg build and kg extract share.
type limits struct {
	maxArticleBytes   int
	maxSentenceTokens int
}

func (l *limits) register(fs *pflag.FlagSet) {
	fs.IntVar(&l.maxArticleBytes, flagMaxArticleBytes[2:], input.DefaultMaxArticleBytes,
		"largest article read, in bytes: a single-article file or one JSON line; larger ones are skipped")
	fs.IntVar(&l.maxSentenceTokens, flagMaxSentenceTokens[2:], pipeline.DefaultMaxSentenceTokens,
		"longest sentence analysed, in tokens; longer ones give no statements and a warning")
}

// check refuses limits that are not positive, naming the flag.
func (l *limits) check() error {
	for _, f := range []struct {
		name string
		v    int
	}{{flagMaxArticleBytes, l.maxArticleBytes}, {flagMaxSentenceTokens, l.maxSentenceTokens}} {
		if f.v <= 0 {
			return fmt.Errorf("%s %d: must be positive", f.name, f.v)
		}
	}
	return nil
}

// pipelineOptions returns pipeline options with the sentence limit.
func (l *limits) pipelineOptions(ns graph.Namespace) pipeline.Options {
	return pipeline.Options{Namespace: ns, MaxSentenceTokens: l.maxSentenceTokens, MaxSentenceTokensName: flagMaxSentenceTokens}
}

// inputOptions returns input options with the article limit.
func (l *limits) inputOptions(stdin io.Reader) input.Options {
	return input.Options{Stdin: stdin, MaxArticleBytes: l.maxArticleBytes, MaxArticleBytesName: flagMaxArticleBytes}
}

// longSentences reports the sentences the limit kept from analysis.
func (l *limits) longSentences(w io.Writer, n int) {
	if n > 0 {
		fmt.Fprintf(w, "kg: %d sentences not analysed: longer than %s (%d)\n", n, flagMaxSentenceTokens, l.maxSentenceTokens)
	}
}
