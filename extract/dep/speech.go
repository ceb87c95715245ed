package dep

// attribute finds the speaker of reported content: the subject of the
// verb a clausal complement depends on ("Zelensky said that ..."), or of a
// speech verb set in a quotation ("..., Zelensky said").
func (r *resolver) attribute(c *clause) {
	t := r.t
	for j, below := c.pred, -1; j >= 0; j, below = t.head[j], j {
		for _, k := range t.kids[j] {
			if k != below && k != c.pred && t.rel[k] == "parataxis" && speechVerbs[t.lemma(k)] {
				if kc := r.at(k); kc != nil && kc.subj >= 0 {
					r.reportedBy(c, kc)
					return
				}
			}
		}
		h := t.head[j]
		if h >= 0 && (t.complement(j) || t.rel[j] == "parataxis" && speechVerbs[t.lemma(h)]) {
			if hc := r.at(h); hc != nil && hc.subj >= 0 {
				r.reportedBy(c, hc)
				return
			}
		}
	}
}

func (r *resolver) reportedBy(c, speech *clause) {
	c.source = speech.subj
	if speech.neg {
		c.hedged = true
	}
	if c.modal == "" {
		c.modal = speech.modal
	}
}

var speechVerbs = set("say tell add state announce claim argue note remark insist warn explain write report " +
	"acknowledge confirm deny suggest stress underscore emphasize emphasise reply respond declare predict " +
	"reiterate comment recall admit concede caution think believe assert maintain observe testify " +
	"allege contend indicate reveal signal")

// complement reports whether word j heads a clausal complement: a ccomp,
// or a "that" clause of a speech verb that the parser attached as an
// adverbial.
func (t *tree) complement(j int) bool {
	if t.rel[j] == "ccomp" {
		return true
	}
	h := t.head[j]
	if t.rel[j] != "advcl" || h < 0 || !speechVerbs[t.lemma(h)] {
		return false
	}
	m := t.marks(j)
	return len(m) == 1 && t.lower(m[0]) == "that"
}

// condition marks a clause inside a conditional ("if full guarantees
// were not possible") with the conditional's word as its modality: the
// text does not assert it.
func (r *resolver) condition(c *clause) {
	t := r.t
	for j := c.pred; j >= 0; j = t.head[j] {
		if t.rel[j] != "advcl" {
			continue
		}
		for _, m := range t.marks(j) {
			switch w := t.lower(m); w {
			case "if", "unless":
				if m > 0 && t.lower(m-1) == "even" {
					break // "even if": conceded, not supposed
				}
				if c.modal == "" {
					c.modal = w
				}
				return
			}
		}
	}
}
