// Package gazetteers embeds kg's plain-text entity lists (see README.md).
package gazetteers

import _ "embed"

// Entities is entities.tsv: label, type and aliases of well-known entities.
//
//go:embed entities.tsv
var Entities string

// Places is places.tsv: countries, regions, states and cities, in the
// format of entities.tsv.
//
//go:embed places.tsv
var Places string

// Organizations is organizations.tsv: organisations, in the format of
// entities.tsv.
//
//go:embed organizations.tsv
var Organizations string

// People is people.tsv: public figures, in the format of entities.tsv.
//
//go:embed people.tsv
var People string

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

// PlaceWords is place-words.txt: words that end place names.
//
//go:embed place-words.txt
var PlaceWords string

// NotNames is not-names.txt: capitalised words and abbreviations that are
// not names on their own.
//
//go:embed not-names.txt
var NotNames string

// Demonyms is demonyms.tsv: demonym and the place it names.
//
//go:embed demonyms.tsv
var Demonyms string
