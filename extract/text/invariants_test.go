package text

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// checkInvariants returns the first violated invariant of Split's output
// on doc, or nil.
func checkInvariants(doc string, sents []Sentence) error {
	prevEnd := 0
	for i, s := range sents {
		if s.Index != i {
			return fmt.Errorf("sentence %d has Index %d", i, s.Index)
		}
		if s.Start < prevEnd || s.Start >= s.End || s.End > len(doc) {
			return fmt.Errorf("sentence %d span [%d:%d] out of order or outside [%d:%d]", i, s.Start, s.End, prevEnd, len(doc))
		}
		if !boundary(doc, s.Start) || !boundary(doc, s.End) {
			return fmt.Errorf("sentence %d span [%d:%d] splits a rune", i, s.Start, s.End)
		}
		if strings.TrimSpace(doc[s.Start:s.End]) != doc[s.Start:s.End] {
			return fmt.Errorf("sentence %d %q not trimmed", i, doc[s.Start:s.End])
		}
		if len(s.Tokens) == 0 {
			return fmt.Errorf("sentence %d has no tokens", i)
		}
		if s.Tokens[0].Start != s.Start || s.Tokens[len(s.Tokens)-1].End != s.End {
			return fmt.Errorf("sentence %d span [%d:%d] differs from its tokens' [%d:%d]", i, s.Start, s.End, s.Tokens[0].Start, s.Tokens[len(s.Tokens)-1].End)
		}
		tokEnd := s.Start
		for j, t := range s.Tokens {
			if t.Text == "" {
				return fmt.Errorf("sentence %d token %d has empty Text", i, j)
			}
			if t.Start < tokEnd || t.Start >= t.End || t.End > s.End {
				return fmt.Errorf("sentence %d token %d [%d:%d] out of order or outside [%d:%d]", i, j, t.Start, t.End, tokEnd, s.End)
			}
			if !boundary(doc, t.Start) || !boundary(doc, t.End) {
				return fmt.Errorf("sentence %d token %d [%d:%d] splits a rune", i, j, t.Start, t.End)
			}
			src := doc[t.Start:t.End]
			if strings.ContainsAny(src, " \t\n") {
				return fmt.Errorf("sentence %d token %d %q contains space", i, j, src)
			}
			if want := canonical(src); t.Text != want {
				return fmt.Errorf("sentence %d token %d: Text %q for source %q, want %q", i, j, t.Text, src, want)
			}
			if between := doc[tokEnd:t.Start]; j > 0 && strings.TrimSpace(between) != "" {
				return fmt.Errorf("sentence %d: text %q between tokens %d and %d belongs to no token", i, between, j-1, j)
			}
			tokEnd = t.End
		}
		prevEnd = s.End
	}
	return nil
}

func boundary(doc string, i int) bool {
	return i == len(doc) || utf8.RuneStart(doc[i])
}

// canonical is an independent statement of the documented Token.Text mapping.
func canonical(src string) string {
	if dashesOnly(src) && strings.Trim(src, "-") != "" {
		switch src {
		case "–", "‒", "−", "‐", "‑":
			return "-"
		}
		return "--"
	}
	switch src {
	case "''", "’’", "``":
		return `"`
	}
	return strings.NewReplacer(
		"“", `"`, "”", `"`, "„", `"`, "«", `"`, "»", `"`, "‟", `"`,
		"‘", "'", "’", "'", "‚", "'", "‛", "'", "`", "'", "ʼ", "'",
		"‐", "-", "‑", "-", "…", "...",
	).Replace(src)
}

func dashesOnly(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune("-‐‑‒–—―−", r) {
			return false
		}
	}
	return s != ""
}
