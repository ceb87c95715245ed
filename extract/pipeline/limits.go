package pipeline

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/kgraph/kg/extract"
)

// DefaultMaxSentenceTokens is the sentence length limit used when
// Options.MaxSentenceTokens is zero. Longer "sentences" are nearly always
// tables, lists or run-on text the splitter could not break, which the
// parser handles slowly and badly.
const DefaultMaxSentenceTokens = 250

// quoteBytes is about how much of a long sentence's start a warning quotes.
const quoteBytes = 40

// longSentences returns a warning for each sentence of the article from
// origin that was over the length limit and so not analysed, like
//
//	x.txt: sentence 3 (byte offset 1204, "The following is a list of…"): 312 tokens exceeds --max-sentence-tokens (250); not analysed
//
// Sentences are numbered from 1 and byte offsets are in the article's
// normalised text, as in statements' provenance.
func (p *Pipeline) longSentences(origin string, sents []*extract.Sentence) []string {
	var out []string
	for _, s := range sents {
		if len(s.Tokens) <= p.maxTokens {
			continue
		}
		out = append(out, fmt.Sprintf("%s: sentence %d (byte offset %d, %q): %d tokens exceeds %s (%d); not analysed",
			origin, s.Index+1, s.Start, opening(s.Text), len(s.Tokens), p.limitName, p.maxTokens))
	}
	return out
}

// opening returns the first words of text, about quoteBytes of them, with
// "…" when something was cut.
func opening(text string) string {
	head := prefix(text, 2*quoteBytes)
	words := strings.Join(strings.Fields(head), " ")
	if len(words) <= quoteBytes && len(head) == len(text) {
		return words
	}
	cut := prefix(words, quoteBytes)
	if i := strings.LastIndexByte(cut, ' '); i > 0 && len(cut) < len(words) {
		cut = cut[:i]
	}
	return cut + "…"
}

// prefix returns the longest prefix of s of at most n bytes that does not
// cut a character.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
