// Package entity recognises names and literals in analysed sentences and
// resolves them to canonical, typed entities.
//
// Recognition works on tokens, in this order of precedence:
//
//  1. gazetteer names (longest match; data/gazetteers/entities.tsv);
//  2. literals: money ("$67 billion", "20 euros"), quantities ("300
//     kilometers", "300-kilometer", "12,000 troops" is not one), dates
//     ("Monday, April 22", "April 22, 2024", "2024-04-22", "June");
//  3. runs of proper nouns, with leading titles split off ("UK Defense
//     Secretary Ben Wallace" -> title "UK Defense Secretary", Person "Ben
//     Wallace"), "of" allowed inside ("Ministry of Defense"). A run is a
//     Person when a title precedes it or it starts with a known given
//     name, an Organization when it ends in an organisation word
//     ("Ministry", "Times"), else of no specific type (Thing).
//
// Resolution (Article) maps the mentions of one article to entities: a
// gazetteer alias to its canonical label; a single name to a longer name
// of the same article that ends with it ("Papperger" -> "Armin
// Papperger"); anything else to its own text. IRIs come from canonical
// labels, so every article and process derives the same IRI for the same
// entity.
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
	maxTokens  int
	titles     map[string]bool
	givenNames map[string]bool
	orgWords   map[string]bool
	demonyms   map[string]string // "Polish" -> "Poland"
}

// Sources are the texts of the word lists (see data/gazetteers).
type Sources struct {
	Entities, Titles, GivenNames, OrgWords, Demonyms string
}

// NewLexicon parses the word lists.
func NewLexicon(src Sources) (*Lexicon, error) {
	lx := &Lexicon{names: map[string]Known{}, aliases: map[string][]string{}, titles: wordSet(src.Titles),
		givenNames: wordSet(src.GivenNames), orgWords: wordSet(src.OrgWords), demonyms: map[string]string{}}
	sc := bufio.NewScanner(strings.NewReader(src.Entities))
	for n := 1; sc.Scan(); n++ {
		if err := lx.addLine(sc.Text()); err != nil {
			return nil, &LexiconError{File: "entities.tsv", Line: n, Err: err}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return lx, lx.addDemonyms(src.Demonyms)
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
		if name = strings.TrimSpace(name); name != k.Label && !strings.HasPrefix(name, "the ") {
			lx.aliases[k.Label] = append(lx.aliases[k.Label], name)
		}
		if n := len(strings.Fields(key)); n > lx.maxTokens {
			lx.maxTokens = n
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

// tokenKey is nameKey for a run of tokens.
func tokenKey(forms []string) string {
	return nameKey(strings.Join(forms, " "))
}

func wordSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(text) {
		if !strings.HasPrefix(w, "#") {
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
