package text

import (
	"strings"
	"testing"
)

// tokenTexts returns the Text of every token of every sentence of doc, space-separated.
func tokenTexts(t *testing.T, doc string) string {
	t.Helper()
	sents := Split(doc)
	if err := checkInvariants(doc, sents); err != nil {
		t.Fatalf("Split(%q): %v", doc, err)
	}
	var w []string
	for _, s := range sents {
		for _, tk := range s.Tokens {
			w = append(w, tk.Text)
		}
	}
	return strings.Join(w, " ")
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Clitics, straight and typographic apostrophes.
		{"I don't know", "I do n't know"},
		{"We can't go", "We ca n't go"},
		{"It won't work", "It wo n't work"},
		{"Zelensky's words", "Zelensky 's words"},
		{"Zelensky’s words", "Zelensky 's words"},
		{"They're, we've, we'll, he'd, I'm", "They 're , we 've , we 'll , he 'd , I 'm"},
		{"if guarantees weren’t possible", "if guarantees were n't possible"},
		{"DON'T SHOUT", "DO N'T SHOUT"},
		{"it cannot occur", "it can not occur"},
		{"gonna wanna gotta", "gon na wan na got ta"},
		{"the leaders' summit", "the leaders ' summit"},
		{"O'Brien and O’Neill’s", "O'Brien and O'Neill 's"},
		{"the 1990's boom", "the 1990 's boom"},
		{"the U.S.'s position", "the U.S. 's position"},
		{"Chile 's Interior Minister and Pfizer ’s drugs", "Chile 's Interior Minister and Pfizer 's drugs"},
		{"a word 'set apart' and the s 'sake'", "a word ' set apart ' and the s ' sake '"},
		{"in the '90s", "in the '90s"},
		// Numbers, currency, percent.
		{"$31.5 billion", "$ 31.5 billion"},
		{"a 3.5% rise", "a 3.5 % rise"},
		{"12,000 troops", "12,000 troops"},
		{"at 5:30 on 11/28/2000", "at 5:30 on 11/28/2000"},
		{"$320 billion - $120 billion", "$ 320 billion - $ 120 billion"},
		{"the 20th century", "the 20th century"},
		// Hyphens as in EWT.
		{"long-range missiles", "long - range missiles"},
		{"an approximate 300-kilometer range", "an approximate 300 - kilometer range"},
		{"US-supplied missiles", "US - supplied missiles"},
		{"a 10-year deal", "a 10 - year deal"},
		{"non-human e-mail mid-July re-election co-workers", "non-human e-mail mid-July re-election co-workers"},
		{"Anti-Fraud", "Anti-Fraud"},
		{"non-US-made", "non-US - made"},
		{"call 713-853-3989", "call 713-853-3989"},
		{"1969–1970", "1969 - 1970"},
		{"AK-47's", "AK - 47 's"},
		{"and/or", "and / or"},
		{"AT&T and PG&E", "AT&T and PG&E"},
		// Dashes and ellipses.
		{"dimensions—from", "dimensions -- from"},
		{"Our teams -- Ukraine", "Our teams -- Ukraine"},
		{"a – b", "a - b"},
		{"them… there", "them ... there"},
		{"wait... what", "wait ... what"},
		// Quotes.
		{`“Hello,” she said`, `" Hello , " she said`},
		{`"Hello," she said`, `" Hello , " she said`},
		{`‘We are near’`, `' We are near '`},
		{"``Hello'' she said", `" Hello " she said`},
		{`'Dangerous' Macron`, `' Dangerous ' Macron`},
		// Abbreviations keep their period inside a sentence.
		{"U.S. officials", "U.S. officials"},
		{"at 5 a.m. the commander", "at 5 a.m. the commander"},
		{"Gen. Smith and Dr. Jones on Jan. 5", "Gen. Smith and Dr. Jones on Jan. 5"},
		{"Room No. 5", "Room No. 5"},
		{"Acme Inc. said", "Acme Inc. said"},
		{"J. R. Smith", "J. R. Smith"},
		{"e.g. France", "e.g. France"},
		// ... and lose it to a "." token at a sentence end.
		{"in the U.S.", "in the U.S ."},
		{"dates, etc.", "dates , etc ."},
		// Brackets and other punctuation.
		{"Systems (ATACMs) for", "Systems ( ATACMs ) for"},
		{"eight [Russian] missiles", "eight [ Russian ] missiles"},
		{"Really?!", "Really ?!"},
		{"says: 'We", "says : ' We"},
		{"#hashtag ***", "# hashtag ***"},
		// URLs and e-mail addresses.
		{"see https://www.kyivpost.com/assets/images/author.png.", "see https://www.kyivpost.com/assets/images/author.png ."},
		{"(see https://example.com/a_(b))", "( see https://example.com/a_(b) )"},
		{"visit www.example.org, then", "visit www.example.org , then"},
		{"write to foo.bar@example.com.", "write to foo.bar@example.com ."},
		{"at kyivpost.com today", "at kyivpost.com today"},
	}
	for _, tt := range tests {
		if got := tokenTexts(t, tt.in); got != tt.want {
			t.Errorf("tokens of %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenOffsets(t *testing.T) {
	doc := "It’s “ok”—U.S."
	want := []Token{
		{"It", 0, 2}, {"'s", 2, 6}, {`"`, 7, 10}, {"ok", 10, 12}, {`"`, 12, 15},
		{"--", 15, 18}, {"U.S", 18, 21}, {".", 21, 22},
	}
	sents := Split(doc)
	if len(sents) != 1 {
		t.Fatalf("Split(%q) gave %d sentences, want 1", doc, len(sents))
	}
	got := sents[0].Tokens
	if len(got) != len(want) {
		t.Fatalf("Split(%q) tokens = %v, want %v", doc, got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("token %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}
