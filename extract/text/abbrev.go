package text

import "strings"

// abbrevClass says how a word that keeps its trailing period behaves at a
// possible sentence end.
type abbrevClass uint8

const (
	notAbbrev abbrevClass = iota
	// titleAbbrev never ends a sentence inside a block: "Mr.", "Gen.",
	// "Jan.", "e.g.", "vs.", "No." before a digit.
	titleAbbrev
	// endAbbrev ends a sentence only when the next word is a sentence
	// starter (see starters): "U.S.", "Inc.", "a.m.", "etc.", initials.
	endAbbrev
)

// abbrevs lists the words that keep their period as part of the token.
// Matching is case-sensitive. Read-only.
var abbrevs = map[string]abbrevClass{
	// Titles and ranks.
	"Mr": titleAbbrev, "Mrs": titleAbbrev, "Ms": titleAbbrev, "Dr": titleAbbrev,
	"Prof": titleAbbrev, "Gen": titleAbbrev, "Lt": titleAbbrev, "Col": titleAbbrev,
	"Maj": titleAbbrev, "Capt": titleAbbrev, "Sgt": titleAbbrev, "Adm": titleAbbrev,
	"Cmdr": titleAbbrev, "Gov": titleAbbrev, "Sen": titleAbbrev, "Sens": titleAbbrev,
	"Rep": titleAbbrev, "Reps": titleAbbrev, "Pres": titleAbbrev, "Rev": titleAbbrev,
	"Hon": titleAbbrev, "Fr": titleAbbrev, "Supt": titleAbbrev, "Ft": titleAbbrev,
	"Mt": titleAbbrev, "Cpl": titleAbbrev, "Pte": titleAbbrev, "Pvt": titleAbbrev,
	"Spc": titleAbbrev, "Brig": titleAbbrev, "Cdr": titleAbbrev, "Insp": titleAbbrev,
	"Det": titleAbbrev, "Rs": titleAbbrev,
	// Months (May, June, July are never abbreviated with a period).
	"Jan": titleAbbrev, "Feb": titleAbbrev, "Mar": titleAbbrev, "Apr": titleAbbrev,
	"Jun": titleAbbrev, "Jul": titleAbbrev, "Aug": titleAbbrev, "Sep": titleAbbrev,
	"Sept": titleAbbrev, "Oct": titleAbbrev, "Nov": titleAbbrev, "Dec": titleAbbrev,
	// Latin and other mid-sentence abbreviations.
	"vs": titleAbbrev, "cf": titleAbbrev, "approx": titleAbbrev,
	"Nos": titleAbbrev, "No": titleAbbrev, // only before a digit, see abbrevAt
	// Abbreviations that often end a sentence.
	"St": endAbbrev, "Jr": endAbbrev, "Sr": endAbbrev, "Inc": endAbbrev,
	"Corp": endAbbrev, "Ltd": endAbbrev, "Co": endAbbrev, "Bros": endAbbrev,
	"Ave": endAbbrev, "Blvd": endAbbrev, "Rd": endAbbrev, "etc": endAbbrev,
	"al": endAbbrev,
	// Weekdays ("Sun." is left out: it is more often the newspaper).
	"Mon": endAbbrev, "Tue": endAbbrev, "Tues": endAbbrev, "Wed": endAbbrev,
	"Thu": endAbbrev, "Thur": endAbbrev, "Thurs": endAbbrev, "Fri": endAbbrev, "Sat": endAbbrev,
}

// dottedTitles are letter-period abbreviations ("e.g.") that never end a
// sentence; every other dotted abbreviation ("U.S.", "a.m.") is an endAbbrev.
var dottedTitles = map[string]bool{"e.g.": true, "i.e.": true, "E.g.": true, "I.e.": true}

// abbrevAt classifies the word doc[start:end], which is directly followed
// by a single period at doc[end].
func abbrevAt(doc string, start, end int) abbrevClass {
	w := doc[start:end]
	c := abbrevs[w]
	if (w == "No" || w == "Nos") && !digitFollows(doc, end+1) {
		return notAbbrev
	}
	if c == notAbbrev && isInitial(w) {
		return endAbbrev
	}
	return c
}

// isInitial reports whether w is a single upper-case letter ("J" in "J. R. Smith").
func isInitial(w string) bool {
	r, n := decodeAt(w, 0)
	return n == len(w) && isUpper(r)
}

// digitFollows reports whether the first non-space byte at or after i is an ASCII digit.
func digitFollows(doc string, i int) bool {
	for i < len(doc) && (doc[i] == ' ' || doc[i] == '\t' || doc[i] == '\n') {
		i++
	}
	return i < len(doc) && doc[i] >= '0' && doc[i] <= '9'
}

// dottedEnd returns the end of a dotted abbreviation starting at doc[i]
// ("U.S.", "a.m.", "U.S.A", "D.C."): two or more ASCII letters each followed
// by a period, optionally followed by one more letter that ends the word.
// It returns i when there is none.
func dottedEnd(doc string, i, end int) int {
	k, groups := i, 0
	for k+1 < end && isASCIILetter(doc[k]) && doc[k+1] == '.' {
		k += 2
		groups++
	}
	if groups < 2 {
		return i
	}
	if k < end && isASCIILetter(doc[k]) && (k+1 >= end || !isASCIIAlnum(doc[k+1])) {
		k++ // "U.S.A"
	}
	return k
}

// starters are capitalised words that typically begin a sentence and
// rarely continue a name. An abbreviation such as "U.S." ends a sentence
// only when followed by one of them ("in the U.S. The next day"), not when
// followed by other capitalised words ("U.S. President Joe Biden"). Words
// that often follow "U.S." in names are left out ("First Lady", "Under
// Secretary", "No. 1"). Read-only.
var starters = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
		A An The This That These Those There Here It Its He She His Her Hers They Them
		Their We Our Us I My You Your Who Whom Whose What Which Why How Where When
		But And Or Nor So Yet However Meanwhile Moreover Furthermore Also Still Then
		Now Thus Therefore Instead Indeed Nevertheless Nonetheless Otherwise Besides
		In On At For From With By Of To Into After Before During Since Until
		Despite Among Between Against Without Within Through Following According
		If As While Although Though Because Once Unless Whether
		Some Many Most All Both Each Every Few Several Such Other Another None Not
		Only Even Earlier Later Finally Today Yesterday Tomorrow`) {
		m[w] = true
	}
	return m
}()

// hyphenPrefixes are word prefixes after which EWT keeps a hyphenated word
// whole ("non-human", "re-election", "e-mail", "mid-July"). Compared
// case-insensitively. Read-only.
var hyphenPrefixes = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`anti bi co counter cross de e ex extra hyper inter intra
		macro mega micro mid mini multi neo non over pan post pre pro pseudo psycho re
		semi socio sub super trans tri ultra un under`) {
		m[w] = true
	}
	return m
}()

// isHyphenPrefix reports whether s, compared case-insensitively, is in hyphenPrefixes.
func isHyphenPrefix(s string) bool {
	if len(s) > 7 {
		return false
	}
	var buf [7]byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return hyphenPrefixes[string(buf[:len(s)])]
}
