package dep

// attribute finds the speaker of reported content: the subject of the
// verb a clausal complement depends on ("Zelensky said that ..."), of a
// speech verb set in a quotation ("..., Zelensky said"), of the clause
// whose noun a content clause completes ("acknowledged the constraint
// that ...", "making the point that ..."), or the source a phrase names
// ("In Zelensky's words, ...", "according to Kyiv").
func (r *resolver) attribute(c *clause) {
	t := r.t
	for j, below := c.pred, -1; j >= 0; j, below = t.head[j], j {
		if s := r.namedSource(j); s >= 0 {
			c.source = s
			return
		}
		for _, k := range t.kids[j] {
			if k != below && k != c.pred && t.rel[k] == "parataxis" && speechVerbs[t.lemma(k)] {
				// a speech verb with no object of its own frames a
				// quotation: `"...," Zelensky said`, not "and France has
				// signaled a willingness"
				if kc := r.at(k); kc != nil && kc.subj >= 0 && !kc.hasRole(roleObj) && !kc.hasOwnComp(j) {
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
		if h >= 0 && t.nounContent(j) {
			if s, sc := r.holder(h); s >= 0 && (speechNouns[t.lemma(h)] || sc != nil && speechVerbs[t.lemma(sc.verb)]) {
				c.source = s
				c.hedged = c.hedged || sc != nil && sc.neg
				if c.modal == "" && sc != nil {
					c.modal = sc.modal
				}
				return
			}
		}
	}
}

// namedSource returns the source a phrase of clause j names, or -1: the
// possessor in "In Zelensky's words" or "in the view of ...", the noun
// after "according to".
func (r *resolver) namedSource(j int) int {
	t := r.t
	if r.at(j) == nil {
		return -1
	}
	for _, k := range t.kids[j] {
		if t.rel[k] != "obl" {
			continue
		}
		cs := t.cases(k)
		if len(cs) == 2 && t.lower(cs[0]) == "according" && t.lower(cs[1]) == "to" {
			return k
		}
		if len(cs) == 1 && t.lower(cs[0]) == "in" && sourceNouns[t.lemma(k)] {
			for _, d := range t.kids[k] {
				if t.sub(d) == "nmod:poss" && t.w[d].UPOS != "PRON" || t.rel[d] == "nmod" && t.lower(firstCase(t, d)) == "of" {
					return d
				}
			}
		}
	}
	return -1
}

var sourceNouns = set("word words view views opinion estimate estimation assessment account judgment judgement " +
	"mind telling reading")

var speechNouns = set("point claim statement assertion argument insistence warning assurance promise message " +
	"belief conviction position suggestion remark comment admission acknowledgment acknowledgement reminder " +
	"allegation accusation charge word")

// nounContent reports whether clause j is the content of the noun it
// depends on: "the constraint that entry cannot occur", "the point that
// lives are at stake" (not a relative clause, and not the writer's "the
// fact that"). It is reported speech when the noun names something said
// or the noun is the object of a speech verb.
func (t *tree) nounContent(j int) bool {
	h := t.head[j]
	if t.rel[j] != "acl" || t.relClause(j) || h < 0 || !t.nominal(h) || t.lemma(h) == "fact" {
		return false
	}
	for _, m := range t.marks(j) {
		if t.lower(m) == "that" {
			return true
		}
	}
	return false
}

// holder returns the subject of the nearest clause above noun n, whose
// content clause is then that subject's ("Zelensky acknowledged the
// constraint that ..."), with the clause when there is one, or -1.
func (r *resolver) holder(n int) (int, *clause) {
	t := r.t
	for j := t.head[n]; j >= 0; j = t.head[j] {
		if jc := r.at(j); jc != nil && jc.subj >= 0 {
			return jc.subj, jc
		}
		if s := t.child(j, "nsubj"); s >= 0 {
			return s, nil
		}
	}
	return -1, nil
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
	"allege contend indicate reveal signal remind assure inquire ask")

// complement reports whether word j heads a clausal complement: a ccomp,
// or a "that" or "whether" clause of a speech verb that the parser
// attached as an adverbial.
func (t *tree) complement(j int) bool {
	if t.rel[j] == "ccomp" {
		return true
	}
	h := t.head[j]
	if t.rel[j] != "advcl" || h < 0 || !speechVerbs[t.lemma(h)] && !doubtVerbs[t.lemma(h)] {
		return false
	}
	m := t.marks(j)
	return len(m) == 1 && (t.lower(m[0]) == "that" || t.lower(m[0]) == "whether")
}

// condition marks a clause inside a conditional ("if full guarantees
// were not possible", "even if Ukraine and Russia reach a ceasefire")
// with the conditional's word as its modality: the text does not assert
// it.
func (r *resolver) condition(c *clause) {
	t := r.t
	for j := c.pred; j >= 0; j = t.head[j] {
		if m := t.conditionMark(j); t.rel[j] == "advcl" && m >= 0 {
			if c.modal == "" {
				c.modal = t.lower(m)
			}
			return
		}
	}
}
