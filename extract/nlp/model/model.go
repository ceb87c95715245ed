// Package model embeds kg's trained English tagger, lemmatiser and
// dependency parser (package nlp's default model) and its sure tags. Both
// are derived from the Universal Dependencies English Web Treebank
// (UD_English-EWT), licensed CC BY-SA 4.0; see docs/nlp.md for attribution
// and the training command.
package model

import _ "embed"

var (
	//go:embed en_ewt.kgm.gz
	data string
	//go:embed en_ewt.sure.tsv
	sure string
)

// EnglishEWT returns the gzip-compressed model file.
func EnglishEWT() string { return data }

// EnglishEWTSure returns the model's sure tags (nlp.ReadSureTags).
func EnglishEWTSure() string { return sure }
