package entity

import (
	"sync"

	"github.com/kgraph/kg/data/gazetteers"
)

var loadDefault = sync.OnceValues(func() (*Lexicon, error) {
	return NewLexicon(Sources{Entities: gazetteers.Entities, Places: gazetteers.Places,
		Organizations: gazetteers.Organizations, People: gazetteers.People, Titles: gazetteers.Titles,
		GivenNames: gazetteers.GivenNames, OrgWords: gazetteers.OrgWords, PlaceWords: gazetteers.PlaceWords,
		NotNames: gazetteers.NotNames, Demonyms: gazetteers.Demonyms})
})

// Default returns the lexicon built from the gazetteers embedded in kg
// (data/gazetteers), parsing them on first use.
func Default() (*Lexicon, error) { return loadDefault() }
