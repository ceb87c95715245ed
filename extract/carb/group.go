package carb

// A group is the extractions of one sentence, under its comparison key.
type group struct {
	key string
	ex  []Extraction
}

// groupBySentence groups extractions as the reference does: first by the
// exact Sentence string, in order of first appearance, then by sentence
// key. When two different sentence strings share a key, the reference's
// dictionary rebuild keeps the group of the string that appeared last, at
// the position of the one that appeared first; the other groups are
// dropped and their extractions counted in shadowed.
func groupBySentence(ex []Extraction) (groups []group, shadowed int) {
	var raw []group
	rawIdx := make(map[string]int)
	for _, e := range ex {
		i, ok := rawIdx[e.Sentence]
		if !ok {
			i = len(raw)
			rawIdx[e.Sentence] = i
			raw = append(raw, group{key: sentenceKey(e.Sentence)})
		}
		raw[i].ex = append(raw[i].ex, e)
	}
	keyIdx := make(map[string]int)
	for _, g := range raw {
		i, ok := keyIdx[g.key]
		if !ok {
			keyIdx[g.key] = len(groups)
			groups = append(groups, g)
			continue
		}
		shadowed += len(groups[i].ex)
		groups[i] = g
	}
	return groups, shadowed
}
