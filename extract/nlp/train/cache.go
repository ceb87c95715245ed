package main

import (
	"bufio"
	"bytes"
	"encoding/gob"
	"fmt"
	"os"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/parser"
	"github.com/kgraph/kg/extract/nlp/tagger"
)

// A stage cache holds everything training computes before the parser: the
// word clusters, the tagger, the supertagger and the jackknifed tags of the
// training and dev sentences. With -cache, parser experiments reuse it
// instead of retraining the taggers (most of the training time).

type stageCache struct {
	Models     []byte // clusters, tagger, supertagger (each WriteTo)
	Train, Dev []cachedTags
}

type cachedTags struct{ UPOS, XPOS, Super []string }

func writeCache(path string, cl *cluster.Clusters, tg, st *tagger.Tagger, train, dev []parser.Sentence) error {
	var models bytes.Buffer
	cl.WriteTo(&models)
	tg.WriteTo(&models)
	st.WriteTo(&models)
	c := stageCache{Models: models.Bytes(), Train: tagsOf(train), Dev: tagsOf(dev)}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(&c); err != nil {
		f.Close()
		return fmt.Errorf("write cache %s: %w", path, err)
	}
	return f.Close()
}

// readCache loads a cache written by writeCache and sets the cached tags on
// train and dev, which must be the same sentences.
func readCache(path string, train, dev []parser.Sentence) (*cluster.Clusters, *tagger.Tagger, *tagger.Tagger, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, err
	}
	defer f.Close()
	var c stageCache
	if err := gob.NewDecoder(bufio.NewReader(f)).Decode(&c); err != nil {
		return nil, nil, nil, fmt.Errorf("read cache %s: %w", path, err)
	}
	if len(c.Train) != len(train) || len(c.Dev) != len(dev) {
		return nil, nil, nil, fmt.Errorf("cache %s: made from another treebank", path)
	}
	br := bufio.NewReader(bytes.NewReader(c.Models))
	cl, err := cluster.Read(br)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("cache %s: %w", path, err)
	}
	tg, err := tagger.Read(br, cl)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("cache %s: %w", path, err)
	}
	st, err := tagger.Read(br, cl)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("cache %s: %w", path, err)
	}
	setTags(train, c.Train)
	setTags(dev, c.Dev)
	return cl, tg, st, nil
}

func tagsOf(sents []parser.Sentence) []cachedTags {
	out := make([]cachedTags, len(sents))
	for i, s := range sents {
		out[i] = cachedTags{s.UPOS, s.XPOS, s.Super}
	}
	return out
}

func setTags(sents []parser.Sentence, tags []cachedTags) {
	for i := range sents {
		sents[i].UPOS, sents[i].XPOS, sents[i].Super = tags[i].UPOS, tags[i].XPOS, tags[i].Super
	}
}
