// Package gazetteers embeds kg's plain-text entity lists (see README.md).
package gazetteers

import _ "embed"

// Entities is entities.tsv: label, type and aliases of well-known entities.
//
//go:embed entities.tsv
var Entities string

// Titles is titles.txt: title words that precede a person's name.
//
//go:embed titles.txt
var Titles string

// GivenNames is given-names.txt: common given names.
//
//go:embed given-names.txt
var GivenNames string

// OrgWords is org-words.txt: words that end organisation names.
//
//go:embed org-words.txt
var OrgWords string

// Demonyms is demonyms.tsv: demonym and the place it names.
//
//go:embed demonyms.tsv
var Demonyms string
