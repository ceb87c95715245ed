package dep

import (
	"strings"
	"sync"
	"testing"

	"github.com/kgraph/kg/extract"
	"github.com/kgraph/kg/extract/nlp"
	"github.com/kgraph/kg/extract/text"
)

// parsedTests are sentences the embedded model parses, with every fact the
// graph rendering reads off them: what the text asserts, and how
// (negation, modality, speaker). A sentence whose parse the model gets
// wrong in a way the extractor repairs shows the repair.
var parsedTests = []struct {
	name, sentence string
	want           []string
}{
	// hypotheticals, purposes, goals and questions are not facts
	{"gerund after against", "He cautioned lawmakers against pressing the issue prematurely.", []string{
		"He | caution | lawmakers",
	}},
	{"gerund after without", "NATO must support Ukraine without provoking a wider conflict.", []string{
		"NATO | support | Ukraine | must",
	}},
	{"gerund completing a noun", "Biden resisted such calls, citing concerns over escalating the war.", []string{
		"Biden | cite | concerns",
		"Biden | resist | such calls",
	}},
	{"gerund completing a noun, with an infinitive", "The US voiced opposition to allowing Ukraine to join NATO.", []string{
		"US | voice | opposition",
	}},
	{"means of an intention", "Putin threatened retaliation by supplying arms to other actors.", []string{
		"Putin | threaten | retaliation",
	}},
	{"infinitive of an aim noun attached to the verb",
		"Zelensky reiterated Ukraine's push for guarantees and its goal to end the war this year.", []string{
			"Zelensky | reiterate | Ukraine 's push for guarantees and its goal",
		}},
	{"infinitive completing a noun", "France has signaled a willingness to pursue similar deliveries.", []string{
		"France | signal | willingness to pursue similar deliveries",
	}},
	{"embedded question with a question word in the object", "He posed a question, asking how many lives might be required.", []string{
		"He | pose | question",
	}},
	{"embedded question after a preposition",
		"The remarks come amid a debate about how quickly guarantees can be translated into decisions.", []string{
			"remarks | come amid | debate",
		}},
	{"relative clause with a modal", "Ukraine seeks real assurances that would deter aggression.", []string{
		"Ukraine | seek | real assurances",
	}},
	{"content of a doubt", "Papperger questioned whether Russia would stop the attacks.", []string{
		"Papperger | question | Russia would stop the attacks",
	}},
	{"content of a denial", "Russia denied that its troops crossed the border.", []string{
		"Russia | deny | its troops crossed the border",
	}},
	{"content of a directive", "Kyiv must ensure that the guarantees are credible.", []string{
		"Kyiv | ensure | the guarantees are credible | must",
	}},
	{"infinitive under a negated verb", "Kyiv did not allow Ukrainians to use the missiles.", []string{
		"Kyiv | allow | Ukrainians | neg | +to use the missiles",
	}},

	// conditions and questions stay with what they qualify
	{"consequent of a condition", "Ukraine will sign the deal if Russia withdraws its troops.", []string{
		"Russia | withdraw | its troops | if",
		"Ukraine | sign | deal | if",
	}},
	{"even if", "Kyiv will keep its troops in the region even if Russia signs a ceasefire.", []string{
		"Kyiv | keep | its troops | +in the region",
		"Russia | sign | ceasefire | if",
	}},
	{"only if", "Participation would be meaningful only if Kyiv receives a clear signal.", []string{
		"Kyiv | receive | clear signal | if",
		"Participation | be | meaningful | would",
	}},
	{"yes-no question", "He inquired whether Kyiv receives the assurance.", []string{
		"He | inquire | Kyiv receives the assurance",
		"Kyiv | receive | assurance | whether | by=He",
	}},
	{"reported content keeps its condition",
		`In an interview with The Economist, Macron said the question of sending Western troops to Ukraine would "legitimately" arise if Russia broke through Ukrainian front lines and Kyiv made such a request.`,
		[]string{
			"Kyiv | make | such a request | if | by=Macron",
			`Macron | say | the question of sending Western troops to Ukraine would " legitimately " arise if Russia broke through Ukrainian front lines and Kyiv made such a request | +In an interview with The Economist`,
			"Russia | break through | Ukrainian front lines | if | by=Macron",
		}},

	// negation and limiting words
	{"limiting adverb", "Officials rarely visit the front.", nil},
	{"limiting adverb in reported content", "Analysts say that apologies rarely capture the full scope of the calculations.", []string{
		"Analysts | say | apologies rarely capture the full scope of the calculations",
	}},
	{"negation of an adverb", "He suggested that public sentiment may not always align with the realities of assistance.", []string{
		"He | suggest | public sentiment may not always align with the realities of assistance",
	}},
	{"negation of an adverb on a speech verb", "He noted that he could not reliably say whether Kyiv would receive the assurance.", []string{
		"He | note | he could not reliably say whether Kyiv would receive the assurance",
	}},
	{"negation kept past yet", "The government has not yet concluded the talks.", []string{
		"government | conclude | talks | neg",
	}},
	{"negative pronoun object", "The Europeans have nothing in their depots.", []string{
		"Europeans | have | nothing in their depots",
	}},

	// passives
	{"participle set off by commas", "The move, announced Sunday, marks a dramatic departure.", []string{
		"move | be announced | Sunday",
		"move | mark | dramatic departure",
	}},
	{"reduced relative", "The agreements signed with NATO countries are not defense pacts.", []string{
		"agreements | be signed with | NATO countries",
		"agreements | be | defense pacts | neg",
	}},
	{"passive with as", "The agreement is seen as a significant enhancement of Kyiv's capabilities.", []string{
		"agreement | be seen as | significant enhancement of Kyiv 's capabilities",
	}},

	// speakers
	{"in someone's words", "In Zelensky's words, the situation is still in flux.", []string{
		"situation | be in | flux | by=Zelensky | +In Zelensky 's words",
	}},
	{"according to", "According to Kyiv, Russian troops crossed the border.", []string{
		"Russian troops | cross | border | by=Kyiv | +According to Kyiv",
	}},
	{"content of a noun after a speech verb",
		"Zelensky acknowledged the constraint that entry into NATO cannot occur during the war.", []string{
			"Zelensky | acknowledge | constraint that entry into NATO can not occur during the war",
			"entry | occur during | war | neg | can | by=Zelensky",
		}},
	{"content of a speech noun", "He did not shy away from making the point that lives are at stake.", []string{
		"lives | be at | stake | by=He",
	}},
	{"content clause the parser attached to the object",
		"The Ukrainian leader urged patience and reminded listeners that military planning is highly sensitive.", []string{
			"Ukrainian leader | remind | listeners that military planning is highly sensitive",
			"Ukrainian leader | urge | patience",
			"military planning | be | highly sensitive | by=The Ukrainian leader",
		}},
	{"made clear", "He made clear that no decision has been reached.", []string{
		"He | make clear | no decision has been reached",
	}},
	{"split quotation", `"After the call," Zelensky stated, "all the dots have been dotted in the agreements."`, []string{
		"Zelensky | state | all the dots have been dotted in the agreements | +After the call",
		"all the dots | be dotted in | agreements | by=Zelensky",
	}},

	// subjects and objects from the right conjunct
	{"subject attached to the clause before",
		"Kiev has benefited from missiles supplied by the United Kingdom, and France has signaled a willingness to pursue deliveries.",
		[]string{
			"France | signal | willingness to pursue deliveries",
			"Kiev | benefit from | missiles supplied by the United Kingdom",
			"United Kingdom | supply | missiles",
		}},
	{"second speech verb inside the first one's content",
		"He emphasized that not every detail can be disclosed immediately and highlighted that negotiations are pending finalization.",
		[]string{
			"He | emphasize | not every detail can be disclosed immediately",
			"He | highlight | negotiations are pending finalization",
			"negotiations | pend | finalization | by=He",
		}},
	{"coordinated verb of reported content", "Zelensky criticized the proposal, saying it lacked security guarantees and remained unfinished.", []string{
		"Zelensky | criticize | proposal",
		"Zelensky | say | it lacked security guarantees",
		"it | lack | security guarantees | by=Zelensky",
		"it | remain | unfinished | by=Zelensky",
	}},
	{"object of a speech verb that is the subject of its content",
		"“The Europeans and the Ukrainians have nothing in their depots,” he said, adding that demand for arms will remain high even if Ukraine and Russia reach a ceasefire.",
		[]string{
			"Europeans | have | nothing in their depots | by=he",
			"Russia | reach | ceasefire | if | by=he",
			"Ukraine | reach | ceasefire | if | by=he",
			"Ukrainians | have | nothing in their depots | by=he",
			"demand | remain | high | by=he",
			"he | add | demand for arms will remain high even if Ukraine and Russia reach a ceasefire",
			"he | say | The Europeans and the Ukrainians have nothing in their depots",
		}},
	{"pronoun for the clause right before", "The implication is clear: Ukraine seeks more than commitments; it seeks real assurances.", []string{
		"Ukraine | seek | more than commitments",
		"Ukraine | seek | real assurances",
		"implication | be | clear",
	}},
	{"conjunct with a preposition of its own",
		"Those remarks come amid a broader conversation within Ukraine and among its Western partners.", []string{
			"Those remarks | come amid | broader conversation within Ukraine",
		}},
	{"no apposition without a comma", "Papperger told the Financial Times earlier this week that depots are depleted.", []string{
		"Papperger | tell | Financial Times | +earlier this week | +depots are depleted",
	}},
	{"pronoun object of a naming verb", "The Kremlin responded to the decision, labeling it a radical change.", []string{
		"Kremlin | respond to | decision",
	}},
	{"noun tagged as a bare infinitive", "He noted that the US does not consider NATO membership a viable security guarantee.", []string{
		"He | note | the US does not consider NATO membership a viable security guarantee",
		"US | consider | NATO membership | neg | by=He | +a viable security guarantee",
	}},
	{"participle used as a preposition",
		"He inquired whether the US could provide Patriot systems, given its opposition to sending troops.", []string{
			"He | inquire | the US could provide Patriot systems",
			"US | provide | Patriot systems | could | by=He",
		}},
	{"purpose infinitive takes the modal", "Europe would continue strengthening its defenses to counter ongoing threats.", []string{
		"Europe | continue strengthen | its defenses | would",
		"Europe | counter | ongoing threats | would",
	}},
	{"up to a number", "Assessments indicated that up to 12,000 North Korean troops have been deployed to Kursk.", []string{
		"Assessments | indicate | up to 12,000 North Korean troops have been deployed to Kursk",
		"up to 12,000 North Korean troops | be deployed to | Kursk | by=Assessments",
	}},
	{"modifier after a participle and a comma",
		"The versions of ATACMS had a range capped at 165 kilometers, due to concerns about supplying weapons.", []string{
			"ATACMS | have | range capped at 165 kilometers",
			"range | be capped at | 165 kilometers",
		}},
}

func TestParsedConstructions(t *testing.T) {
	p := embeddedParser(t)
	for _, tc := range parsedTests {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			s := parse(p, tc.sentence)
			got := extractShown(t, Extractor{}, s)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", s.Text, got, tc.want)
			}
		})
	}
}

var loadParser = sync.OnceValues(nlp.Default)

// embeddedParser returns the embedded model's pipeline, loaded once for
// the tests.
func embeddedParser(t testing.TB) *nlp.Pipeline {
	t.Helper()
	p, err := loadParser()
	if err != nil {
		t.Fatalf("load the embedded model: %v", err)
	}
	return p
}

// parse tokenises, tags and parses a sentence as the pipeline does.
func parse(p *nlp.Pipeline, sentence string) *extract.Sentence {
	var forms []string
	for _, sn := range text.Split(text.Normalize(sentence)) {
		for _, tk := range sn.Tokens {
			forms = append(forms, tk.Text)
		}
	}
	return sentenceOf(p.Parse(forms))
}
