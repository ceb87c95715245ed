package pipeline

import (
	"strings"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/entity"
	"github.com/kgraph/kg/graph"
)

// person is a person mentioned in the article, with the titles the article
// gives them.
type person struct {
	sentence, token int
	mention         entity.Mention
	titles          []string
}

// headOfState are the titles "the leader" can stand for.
var headOfState = []string{"president", "prime minister", "chancellor", "premier", "king", "queen", "leader"}

// description resolves a definite description such as "the Ukrainian
// leader" or "the president" to the person the article last named with a
// matching title ("Ukrainian President Volodymyr Zelensky").
func (r *resolver) description(s *extract.Sentence, sp extract.Span) (graph.Entity, bool) {
	ws := s.Words[sp.From:sp.To]
	switch {
	case len(ws) > 0 && strings.EqualFold(ws[0].Form, "the"):
		ws = ws[1:]
	case sp.From == 0 || !strings.EqualFold(s.Words[sp.From-1].Form, "the"):
		return graph.Entity{}, false // "a leader" is nobody in particular
	}
	if len(ws) == 0 || len(ws) > 3 {
		return graph.Entity{}, false
	}
	head := strings.ToLower(ws[len(ws)-1].Form)
	if head != "leader" && !r.lexicon.IsTitle(head) {
		return graph.Entity{}, false
	}
	var demonym string
	for _, w := range ws[:len(ws)-1] {
		if _, ok := r.lexicon.Demonym(w.Form); ok {
			demonym = w.Form
		} else if w.UPOS != "ADJ" && !r.lexicon.IsTitle(w.Form) {
			return graph.Entity{}, false
		}
	}
	for i := len(r.people) - 1; i >= 0; i-- {
		p := r.people[i]
		if p.sentence > s.Index || p.sentence == s.Index && p.token >= sp.From {
			continue
		}
		if titleMatches(r.titlesOf[r.art.Resolve(p.mention).ID], head, demonym) {
			return r.art.Resolve(p.mention), true
		}
	}
	return graph.Entity{}, false
}

func titleMatches(titles []string, head, demonym string) bool {
	for _, t := range titles {
		lt := strings.ToLower(t)
		if demonym != "" && !strings.Contains(t, demonym) {
			continue
		}
		if strings.Contains(lt, head) {
			return true
		}
		if head == "leader" {
			for _, h := range headOfState {
				if strings.Contains(lt, h) {
					return true
				}
			}
		}
	}
	return false
}
