// Package model embeds kg's trained English tagger, lemmatiser and
// dependency parser (package nlp's default model). The model is derived from
// the Universal Dependencies English Web Treebank (UD_English-EWT), licensed
// CC BY-SA 4.0; see docs/nlp.md for attribution and the training command.
package model

import _ "embed"

//go:embed en_ewt.kgm.gz
var data string

// EnglishEWT returns the gzip-compressed model file.
func EnglishEWT() string { return data }
