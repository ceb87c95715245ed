// Package entity recognises names and literals in analysed sentences and
// resolves them to canonical, typed entities.
//
// Recognition works on tokens, in this order of precedence:
//
//  1. gazetteer names (longest match; data/gazetteers: entities.tsv,
//     places.tsv, organizations.tsv, people.tsv), without a leading "the",
//     also in capitals ("TEHRAN") and, for places that are not everyday
//     words, in lower case ("kerala"); a place that begins or ends an
//     organisation's name ("Houston Chronicle", "University of Texas") or
//     a longer place name ("Texas City") is left to rule 4, and so is an
//     organisation's name that a proper noun before it extends ("New
//     Democratic Party", not the Democratic Party); a compass word
//     before a place makes a place of its own ("East Jerusalem"); an
//     organisation takes in a company form after it ("Enron Corp.");
//  2. literals: money ("$67 billion", "20 euros"), quantities ("300
//     kilometers", "300-kilometer", "12,000 troops" is not one), dates
//     ("Monday, April 22", "April 22, 2024", "2024-04-22", "June");
//  3. demonyms ("Polish"), as mentions of their place;
//  4. runs of proper nouns, with "of" and hyphens allowed inside
//     ("Ministry of Defense", "Muqtada al-Sadr") and leading titles split
//     off ("UK Defense Secretary Ben Wallace" -> title "UK Defense
//     Secretary", Person "Ben Wallace"). Web and e-mail addresses, single
//     letters, plural proper nouns ("Palestinians", "Muslims") and words
//     listed as not names ("ASAP", "DVD") are not names. A run is typed by
//     the first cue that applies (typing.go): a place word at its end
//     ("Tampa Bay") makes a Place; an organisation word in it ("Ministry",
//     "Times", "Inc.") an Organization; a known given name at its start, a
//     title before it a Person; a single acronym ("FARC") or camel-case
//     name ("PayPal") an Organization; "in", "near" or "from" before it a
//     Place; else it is of no specific type (Thing).
//
// Resolution (Article) maps the mentions of one article to entities: a
// gazetteer alias to its canonical label; a single name to a longer name
// of the same article that ends with it ("Papperger" -> "Armin
// Papperger"); anything else to its own text. IRIs come from canonical
// labels, so every article and process derives the same IRI for the same
// entity.
//
// ReadIOB, Predict and Score measure recognition and typing against IOB2
// gold annotation; TestUNER runs them on Universal NER's English EWT
// (docs/entities.md).
package entity

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/kgraph/kg/graph"
)

// LexiconError is a malformed line of a gazetteer file.
type LexiconError struct {
	File string
	Line int
	Err  error
}

func (e *LexiconError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }
func (e *LexiconError) Unwrap() error { return e.Err }

// Known is a gazetteer entry.
type Known struct {
	Label string
	Type  graph.Type
}

// Lexicon holds the recogniser's word lists. It is read-only after
// construction and safe for concurrent use.
type Lexicon struct {
	names      map[string]Known    // alias or label (token texts joined by ' ') -> entry
	aliases    map[string][]string // label -> its aliases as written in the gazetteer
	maxTokens  int                 // the most tokens in a name
	firstWords map[string]int      // first token of a name -> the most tokens in a name starting with it
	lowPlaces  map[string]Known    // place names in lower case ("kerala"), when they may match so
	lowFirst   map[string]int
	titles     map[string]bool
	givenNames map[string]bool
	orgWords   map[string]bool
	placeWords map[string]bool
	notNames   map[string]bool
	demonyms   map[string]string // "Polish" -> "Poland"
}

// Sources are the texts of the word lists (see data/gazetteers). Places,
// Organizations and People have the format of Entities.
type Sources struct {
	Entities, Places, Organizations, People                      string
	Titles, GivenNames, OrgWords, PlaceWords, NotNames, Demonyms string
}

// NewLexicon parses the word lists.
func NewLexicon(src Sources) (*Lexicon, error) {
	lx := &Lexicon{names: map[string]Known{}, firstWords: map[string]int{}, lowPlaces: map[string]Known{}, lowFirst: map[string]int{}, aliases: map[string][]string{}, titles: wordSet(src.Titles),
		givenNames: wordSet(src.GivenNames), orgWords: wordSet(src.OrgWords),
		placeWords: wordSet(src.PlaceWords), notNames: wordSet(src.NotNames), demonyms: map[string]string{}}
	for _, f := range []struct{ name, text string }{{"entities.tsv", src.Entities}, {"places.tsv", src.Places},
		{"organizations.tsv", src.Organizations}, {"people.tsv", src.People}} {
		if err := lx.addEntities(f.name, f.text); err != nil {
			return nil, err
		}
	}
	return lx, lx.addDemonyms(src.Demonyms)
}

func (lx *Lexicon) addEntities(file, text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		if err := lx.addLine(sc.Text()); err != nil {
			return &LexiconError{File: file, Line: n, Err: err}
		}
	}
	return sc.Err()
}

func (lx *Lexicon) addDemonyms(text string) error {
	sc := bufio.NewScanner(strings.NewReader(text))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 {
			return &LexiconError{File: "demonyms.tsv", Line: n, Err: fmt.Errorf("want demonym<TAB>place, got %q", line)}
		}
		if k, ok := lx.Lookup(f[1]); !ok || k.Type != graph.Place {
			return &LexiconError{File: "demonyms.tsv", Line: n, Err: fmt.Errorf("%q is not a place in entities.tsv", f[1])}
		}
		lx.demonyms[nameKey(f[0])] = f[1]
	}
	return sc.Err()
}

func (lx *Lexicon) addLine(line string) error {
	if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
		return nil
	}
	f := strings.Split(line, "\t")
	if len(f) < 2 || strings.TrimSpace(f[0]) == "" {
		return fmt.Errorf("want label<TAB>type[<TAB>aliases], got %q", line)
	}
	t, err := graph.ParseType(strings.TrimSpace(f[1]))
	if err != nil || t.IsLiteral() {
		return fmt.Errorf("bad entity type %q", f[1])
	}
	k := Known{Label: strings.TrimSpace(f[0]), Type: t}
	names := []string{k.Label}
	if len(f) > 2 {
		names = append(names, strings.Split(f[2], "|")...)
	}
	for _, name := range names {
		key := nameKey(name)
		if key == "" {
			continue
		}
		if old, dup := lx.names[key]; dup && old != k {
			return fmt.Errorf("name %q already belongs to %q", name, old.Label)
		}
		lx.names[key] = k
		n := tokenCount(key)
		lx.firstWords[firstWord(key)] = max(lx.firstWords[firstWord(key)], n)
		lx.maxTokens = max(lx.maxTokens, n)
		if low := strings.ToLower(key); k.Type == graph.Place && lowerOK(low) {
			lx.lowPlaces[low] = k
			lx.lowFirst[firstWord(low)] = max(lx.lowFirst[firstWord(low)], n)
		}
	}
	return nil
}

// Lookup returns the gazetteer entry for a name.
func (lx *Lexicon) Lookup(name string) (Known, bool) {
	k, ok := lx.names[nameKey(name)]
	return k, ok
}

// nameKey normalises a name for lookup: tokens separated by single spaces,
// a leading "the" dropped, possessive 's split off like the tokeniser does.
func nameKey(name string) string {
	name = strings.ReplaceAll(name, "\u2019", "'")
	name = keyPunct.Replace(name + " ")
	fs := strings.Fields(name)
	if len(fs) > 1 && strings.EqualFold(fs[0], "the") {
		fs = fs[1:]
	}
	return strings.ReplaceAll(strings.Join(fs, " "), " - ", "-")
}

// keyPunct spaces out the punctuation the tokeniser splits off.
var keyPunct = strings.NewReplacer("'s ", " 's ", ",", " , ", "(", " ( ", ")", " ) ")

// firstWord is the first token of a name key: "al-Sadr" -> "al".
func firstWord(key string) string {
	if i := strings.IndexAny(key, " -"); i > 0 {
		return key[:i]
	}
	return key
}

// tokenCount is the number of tokens the tokeniser makes of a name key:
// its words, with hyphens split off ("al-Sadr" is three).
func tokenCount(key string) int {
	return len(strings.Fields(key)) + 2*strings.Count(key, "-")
}

// tokenKey is nameKey for a run of tokens.
func tokenKey(forms []string) string {
	return nameKey(strings.Join(forms, " "))
}

// wordSet reads a word list: words separated by white space, lines
// starting with "#" comments.
func wordSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

// IsTitle reports whether word (any case) is a title word ("President").
func (lx *Lexicon) IsTitle(word string) bool {
	if word == "" {
		return false
	}
	return lx.titles[word] || lx.titles[strings.ToUpper(word[:1])+word[1:]]
}

// Demonym returns the place a demonym ("Polish") names.
func (lx *Lexicon) Demonym(word string) (string, bool) {
	p, ok := lx.demonyms[word]
	return p, ok
}

// lowerOK reports whether a place name may be matched in lower case: its
// words are letters only, four or more of them each, and it is not an
// everyday word ("turkey", "china").
func lowerOK(low string) bool {
	for _, w := range strings.Fields(low) {
		if len(w) < 4 {
			return false
		}
		for _, r := range w {
			if r < 'a' || r > 'z' {
				return false
			}
		}
	}
	switch low {
	case "turkey", "china", "chad", "jordan", "guinea", "panama", "bermuda", "cologne", "bordeaux", "phoenix",
		"lima", "chile", "wales", "delta", "fiji", "rangoon", "georgia", "victoria", "reading", "mobile", "nile",
		"orange", "kent", "java", "split", "bath", "sale", "wall street", "holy see", "middle east":
		return false
	}
	return true
}
