package carb

import "strings"

// An Extraction is one Open IE tuple: a relation phrase and its arguments,
// extracted from a sentence. Args[0] is the subject (arg1); Args[1:] are
// arg2, arg3, ..., which the scorer joins into one object.
//
// Confidence orders a system's extractions for the precision/recall curve;
// ReadGold sets it to 1 and Score ignores it on gold extractions.
type Extraction struct {
	Sentence   string
	Confidence float64
	Relation   string
	Args       []string
}

// sentenceKey is the form in which gold and system sentences are compared:
// the sentence without U+0020 spaces, with PTB bracket escapes undone, and
// then without ASCII punctuation (Python's string.punctuation). The escapes
// are undone one after the other, in the reference's order, which differs
// from a single pass on overlapping input such as "-RRB-LRB-".
func sentenceKey(s string) string {
	s = strings.ReplaceAll(s, " ", "")
	escapes := [...]struct{ raw, esc string }{
		{"(", "-LRB-"}, {")", "-RRB-"},
		{"[", "-LSB-"}, {"]", "-RSB-"},
		{"{", "-LCB-"}, {"}", "-RCB-"},
	}
	for _, e := range escapes {
		s = strings.ReplaceAll(s, e.esc, e.raw)
	}
	return strings.Map(func(r rune) rune {
		if isASCIIPunct(r) {
			return -1
		}
		return r
	}, s)
}

// isASCIIPunct reports whether r is one of !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~.
func isASCIIPunct(r rune) bool {
	return (r >= '!' && r <= '/') || (r >= ':' && r <= '@') ||
		(r >= '[' && r <= '`') || (r >= '{' && r <= '~')
}
