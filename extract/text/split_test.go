package text

import (
	"reflect"
	"testing"
)

// sentenceTexts returns doc[Start:End] of each sentence of doc.
func sentenceTexts(t *testing.T, doc string) []string {
	t.Helper()
	sents := Split(doc)
	if err := checkInvariants(doc, sents); err != nil {
		t.Fatalf("Split(%q): %v", doc, err)
	}
	got := []string{}
	for _, s := range sents {
		got = append(got, doc[s.Start:s.End])
	}
	return got
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"simple", "It rained. We left! Did we? Yes.",
			[]string{"It rained.", "We left!", "Did we?", "Yes."}},
		{"list items", "Sources: Food Safety Authority - List of products, February 21, 2005 *UK Food Standards Agency - List *Code Pink *Global Exchange",
			[]string{"Sources: Food Safety Authority - List of products, February 21, 2005", "*UK Food Standards Agency - List", "*Code Pink", "*Global Exchange"}},
		{"list items after a colon", "the following excerpts: *Traditional marriage. Statistics revealed that:*94% own a phone, western Baghdad:* Mishan al-Juburi",
			[]string{"the following excerpts:", "*Traditional marriage.", "Statistics revealed that:", "*94% own a phone, western Baghdad:", "* Mishan al-Juburi"}},
		{"list item bullet", "Three teams • Red • Blue",
			[]string{"Three teams", "• Red", "• Blue"}},
		{"asterisks that are no list items", "5 * 3 is 15, f*ck, he said* then *** and ** bold** text * end",
			[]string{"5 * 3 is 15, f*ck, he said* then *** and ** bold** text * end"}},
		{"abbreviation then lower case", "The New York Times said U.S. officials have been weighing this option.",
			[]string{"The New York Times said U.S. officials have been weighing this option."}},
		{"abbreviation then name", "He met U.S. President Joe Biden. Then he left.",
			[]string{"He met U.S. President Joe Biden.", "Then he left."}},
		{"abbreviation then sentence starter", "It happened in the U.S. The next day it was over.",
			[]string{"It happened in the U.S.", "The next day it was over."}},
		{"abbreviation then pronoun", "He arrived at 5 p.m. He left at 6 a.m. the next day.",
			[]string{"He arrived at 5 p.m.", "He left at 6 a.m. the next day."}},
		{"a.m. then lower case", "At 3, 4, and 5 a.m. the commander calls me.",
			[]string{"At 3, 4, and 5 a.m. the commander calls me."}},
		{"abbreviation then quote", `He said the U.S. "would never" give up.`,
			[]string{`He said the U.S. "would never" give up.`}},
		{"abbreviation then names left out of the starters", "U.S. First Lady Laura Bush met U.S. Under Secretary Smith.",
			[]string{"U.S. First Lady Laura Bush met U.S. Under Secretary Smith."}},
		{"military ranks", "He was Lance Cpl. Jonathan Hetherington. Pte. Harry Farr was pardoned.",
			[]string{"He was Lance Cpl. Jonathan Hetherington.", "Pte. Harry Farr was pardoned."}},
		{"weekday", "It opened on Sat. The crowd was large.",
			[]string{"It opened on Sat.", "The crowd was large."}},
		{"company suffix", "He works for Acme Corp. The firm makes anvils. Acme Corp. Chief Executive Wile spoke.",
			[]string{"He works for Acme Corp.", "The firm makes anvils.", "Acme Corp. Chief Executive Wile spoke."}},
		{"titles and months", "Gen. Smith met Dr. Jones and Mrs. Lee on Jan. 5 and Feb. 6 at St. Mary's with Mr. Brown of Acme Ltd. and Co. staff.",
			[]string{"Gen. Smith met Dr. Jones and Mrs. Lee on Jan. 5 and Feb. 6 at St. Mary's with Mr. Brown of Acme Ltd. and Co. staff."}},
		{"U.K. and vs.", "The U.K. team played vs. Wales. It lost.",
			[]string{"The U.K. team played vs. Wales.", "It lost."}},
		{"e.g. and i.e.", "Some states, e.g. France, agreed, i.e. They voted. Fine.",
			[]string{"Some states, e.g. France, agreed, i.e. They voted.", "Fine."}},
		{"No. before a digit", "Resolution No. 5 passed. No. They refused.",
			[]string{"Resolution No. 5 passed.", "No.", "They refused."}},
		{"initials", "J. R. Smith arrived. George W. Bush left.",
			[]string{"J. R. Smith arrived.", "George W. Bush left."}},
		{"single letter at sentence end", "He fought in World War I. The war ended.",
			[]string{"He fought in World War I.", "The war ended."}},
		{"decimals", "The US provided $67 billion and another $31.5 billion. It rose 3.5% in 2024. 300 people came.",
			[]string{"The US provided $67 billion and another $31.5 billion.", "It rose 3.5% in 2024.", "300 people came."}},
		{"closing straight quote", `Macron said it would "legitimately" arise." He said more.`,
			[]string{`Macron said it would "legitimately" arise."`, "He said more."}},
		{"closing curly quote", "labeling it “a radical change.” Dmitry Peskov accused Washington.",
			[]string{"labeling it “a radical change.”", "Dmitry Peskov accused Washington."}},
		{"quote then lower case", `He said "no." and left.`,
			[]string{`He said "no." and left.`}},
		{"nested quotes", "“We need it,” he said. “The US provided $31.5 billion.”",
			[]string{"“We need it,” he said.", "“The US provided $31.5 billion.”"}},
		{"closing bracket", "(It was late.) Then we left. He left (finally.)",
			[]string{"(It was late.)", "Then we left.", "He left (finally.)"}},
		{"ellipsis outside quotes", "We waited... Then it came. Wait... what?",
			[]string{"We waited...", "Then it came.", "Wait... what?"}},
		{"ellipsis inside quotes", "“We have no missiles - we’ve exhausted them… There are eight,” Zelensky said.",
			[]string{"“We have no missiles - we’ve exhausted them… There are eight,” Zelensky said."}},
		{"lower case after period", "The value was 3. then it fell.",
			[]string{"The value was 3. then it fell."}},
		{"headline line", "Context of the Decision\nUkraine had been requesting these weapons.",
			[]string{"Context of the Decision", "Ukraine had been requesting these weapons."}},
		{"headline between paragraphs", "The decision has drawn responses.\nReactions from Key Players\nThe decision has drawn mixed international responses.",
			[]string{"The decision has drawn responses.", "Reactions from Key Players", "The decision has drawn mixed international responses."}},
		{"punctuated line", "First sentence.\nSecond sentence.",
			[]string{"First sentence.", "Second sentence."}},
		{"wrapped line", "A sentence that goes on\nto the next line.",
			[]string{"A sentence that goes on\nto the next line."}},
		{"wrapped after comma", "Britain, France,\nGermany agreed.",
			[]string{"Britain, France,\nGermany agreed."}},
		{"wrapped after title", "He met Mr.\nSmith today.",
			[]string{"He met Mr.\nSmith today."}},
		{"abbreviation at line end", "They met in the U.S.\nOfficials left.",
			[]string{"They met in the U.S.", "Officials left."}},
		{"blank line always ends", "one paragraph\n\nanother paragraph",
			[]string{"one paragraph", "another paragraph"}},
		{"spaces trimmed", "  \t Leading and trailing.  \n\n  Next.  ",
			[]string{"Leading and trailing.", "Next."}},
		{"dateline with a country in brackets", "Berlin (Germany) - Federal Minister Joschka Fischer gave evidence.",
			[]string{"Berlin (Germany) -", "Federal Minister Joschka Fischer gave evidence."}},
		{"dateline with an en dash", "Madrid – Spain today will be the first to vote.",
			[]string{"Madrid –", "Spain today will be the first to vote."}},
		{"dateline with place, country and em dash", "Diwaniya, Iraq — At least 27 people are dead.",
			[]string{"Diwaniya, Iraq —", "At least 27 people are dead."}},
		{"dateline with a date and a hyphenated place", "Paris\n\nFebruary 22, 2005 Monte-Carlo - The monarch is ill.",
			[]string{"Paris", "February 22, 2005 Monte-Carlo -", "The monarch is ill."}},
		{"dateline of a later paragraph", "First paragraph.\n\nWASHINGTON D.C., USA -- \"We agree,\" he said.",
			[]string{"First paragraph.", "WASHINGTON D.C., USA --", "\"We agree,\" he said."}},
		{"no dateline: a sentence starter", "The Spain Islamic Commission - The guide of Islam - spoke.",
			[]string{"The Spain Islamic Commission - The guide of Islam - spoke."}},
		{"no dateline: lower case after the dash", "Joschka Fischer - who leads the party - spoke.",
			[]string{"Joschka Fischer - who leads the party - spoke."}},
		{"no dateline: a hyphen without space", "Iraq-Iran Talks resumed.",
			[]string{"Iraq-Iran Talks resumed."}},
		{"no dateline: a dash inside the sentence", "Britain and France - The two allies agreed.",
			[]string{"Britain and France - The two allies agreed."}},
		{"empty", "", []string{}},
		{"only space", " \n\n\t ", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(t, tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q):\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitIndexAndTokens(t *testing.T) {
	doc := "In the U.S. The next day."
	sents := Split(doc)
	if err := checkInvariants(doc, sents); err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Index: 0, Start: 0, End: 11, Tokens: []Token{{"In", 0, 2}, {"the", 3, 6}, {"U.S", 7, 10}, {".", 10, 11}}},
		{Index: 1, Start: 12, End: 25, Tokens: []Token{{"The", 12, 15}, {"next", 16, 20}, {"day", 21, 24}, {".", 24, 25}}},
	}
	if !reflect.DeepEqual(sents, want) {
		t.Errorf("Split(%q) =\n%+v\nwant\n%+v", doc, sents, want)
	}
}
