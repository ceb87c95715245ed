// Package text is kg's text front end: it normalises an article's text and
// splits it into sentences and tokens with exact byte offsets. The tagger,
// the dependency parser (trained on UD English EWT) and the extractors all
// consume its output, and statements carry byte spans computed from it.
//
// # Normalize
//
// [Normalize] returns the canonical text that kg stores; every offset refers
// to it. It
//   - replaces invalid UTF-8 bytes with U+FFFD;
//   - turns CRLF and lone CR into LF, and VT, FF, NEL (U+0085), LINE
//     SEPARATOR and PARAGRAPH SEPARATOR into LF;
//   - maps every other C0 and C1 control character except TAB and LF, and
//     DEL, to a space;
//   - removes the byte order mark (U+FEFF, anywhere), zero-width space,
//     word joiner, soft hyphen and bidirectional marks and embeddings;
//   - maps every other space separator (Unicode Zs: no-break space, thin
//     space, ideographic space, ...) to an ASCII space;
//   - puts the result in Unicode NFC.
//
// It keeps everything else, including typographic quotes and dashes, and
// is idempotent.
//
// # Sentences
//
// [Split] first drops page cruft (see below) line by line, then groups the
// remaining lines into paragraphs. A blank line or a dropped line always
// ends a paragraph. A single line break ends it too, so headlines and
// section titles such as "Context of the Decision" are sentences of their
// own, unless the next line starts with a lower-case letter or the line
// ends with , ; ( [ { “ or an abbreviation that never ends a sentence
// ("Mr.", "Gen.", "e.g."), in which case the line is wrapped text and the
// paragraph goes on.
//
// Within a paragraph a sentence ends after
//   - ".", "!", "?" (or a run of them) followed by a token that can start a
//     sentence: anything but a word beginning with a lower-case letter,
//     closing punctuation, or , ; : % /;
//   - an ellipsis ("..." or "…") outside double quotes followed by a word
//     beginning with an upper-case letter or an opening double quote;
//     inside a quotation an ellipsis marks a pause, not a sentence end;
//   - an abbreviation that may end a sentence (see Tokens) followed by a
//     sentence starter: one of a closed list of about 110 capitalised
//     function words and sentence adverbs (The, A, He, It, This, But,
//     However, In, After, ...; see starters). So "in the U.S. The next day"
//     splits while "U.S. President Joe Biden", "U.S. "aggression"" and
//     "J. R. Smith" do not; the price is that "in the U.S. Biden said" does
//     not split either.
//
// A list item starts a sentence: wiki lists flattened into one line keep
// their asterisks ("... 2005 *UK Food Standards Agency - List *Code Pink
// *Global Exchange"), and read as one sentence they gave statements
// across items. An item starts at a lone "*" after a space or a colon and
// right before a word, number, quotation or bracket (or after a colon
// and a space: "Baghdad:* Mishan"), or at a "•" before one; not at
// "5 * 3", "f*ck" or "***".
//
// A dateline that opens a paragraph is a sentence of its own: a place,
// and perhaps a date, of at most eight capitalised words or numbers set
// off by a spaced dash before a capitalised word, quotation or bracket
// ("Berlin (Germany) - ", "Copenhagen, Denmark – ", "February 22, 2005
// OTTAWA - "; not "The ..." or other sentence starters). It is no part of
// the first sentence's syntax, and without a verb the pipeline does not
// parse it.
//
// Closing quotes and brackets after the final punctuation stay with the
// sentence: '... arise." He said' splits after the quote. Straight double
// quotes open after a space, opening bracket or dash and close after a
// non-space; a free-standing one toggles. Decimal numbers ($31.5, 3.5%),
// titles ("Gen. Smith", "Jan. 5", "No. 5") and "e.g.", "i.e.", "vs." never
// end a sentence.
//
// A sentence's span runs from its first token's start to its last token's
// end, so it is trimmed of space. Sentences are numbered from 0 in document
// order.
//
// # Tokens
//
// Tokens follow UD English EWT, which the parser is trained on. Space
// separates tokens and is never part of one. Within a run of non-space
// characters:
//   - URLs (http://, https://, ftp://, www.) and e-mail addresses are one
//     token, without trailing punctuation or an unbalanced ")".
//   - A word is a run of letters, digits and combining marks (20th, 1970s,
//     MH17), which also keeps commas, periods and colons between digits
//     (12,000, 31.5, 5:30), slashes in dates (11/28/2000), "&" between
//     letters (AT&T), "_" before a letter or digit, and a period before a
//     lower-case letter (kyivpost.com, report.pdf). "$", "%" and all other
//     punctuation and symbols are tokens of their own; runs of the same
//     "*", "=", "_", "~", "#", "+" or "^" form one token.
//   - Hyphens: EWT r2.16 splits hyphenated words, the hyphen becoming a
//     token of its own ("long - range", "300 - kilometer", "US - based",
//     "1969 - 1970", "F - 102", "well - known"); it keeps them whole only
//     after a prefix (anti-, co-, e-, ex-, mid-, multi-, non-, post-, pre-,
//     pro-, re-, semi-, sub-, un-, ...: "non-human", "e-mail", "mid-July")
//     and in digit groups with two or more hyphens (713-853-3989). kg does
//     the same, with the prefix list in hyphenPrefixes.
//   - Clitics are split off as in EWT's syntactic words: 's 're 've 'll 'd
//     'm ("Zelensky 's", "we 've") and n't ("do n't", "ca n't", "wo n't",
//     "were n't"); also "can not" from cannot and "gon na", "wan na",
//     "got ta". Other inner apostrophes stay (O'Brien, Qa'ida). A
//     possessive set apart by a space after a word ("Chile 's Interior
//     Minister", as some sources write it) is the clitic "'s" too, not a
//     quotation mark and an "s".
//   - Abbreviations keep their period: "U.S.", "a.m.", "e.g.", "D.C."
//     (two or more letter-period pairs), single capital initials ("J."),
//     and the words in abbrevs ("Mr.", "Gen.", "Jan.", "Inc.", "etc.",
//     "vs.", "No." only before a digit). When such an abbreviation ends a
//     sentence, its period becomes a separate "." token, as EWT does
//     ("etc" ".").
//   - "..." and "…" are one ellipsis token; "--" and other dash runs are one
//     token.
//
// Token.Text is the source text except for these mappings: typographic
// and straight double quotes, and a pair of apostrophes or of backticks
// used as a quote, become `"` (EWT writes the straight quote 1,296 times
// against 30 curly ones and 18 apostrophe pairs); single quotes and
// typographic apostrophes become "'", also inside words (O’Brien ->
// O'Brien, ’s -> 's); em dash and horizontal bar become "--";
// a single en dash, figure dash, minus or Unicode hyphen becomes "-"; "…"
// becomes "..."; an elided century keeps its digits ('90s). Start and End
// always give the source bytes, so doc[Start:End] may differ from Text.
//
// # Page cruft
//
// Lines that are page furniture produce no sentences. The rules are
// structural, plus a short list of boilerplate patterns (boilerplates):
//   - A comments heading ("Comments", "Comments ( 1)", "12 comments",
//     "Leave a comment", ...) ends the article body: it and everything
//     after it are dropped.
//   - A line matching a boilerplate pattern is dropped. Patterns are matched
//     case-insensitively, ignoring trailing "." and ":": exact lines such as
//     "Advertisement", "Sponsored content", "Other Topics of Interest",
//     "Related articles", "Related links", "Read more"; line prefixes such
//     as "To suggest a correction", "You can also highlight the text",
//     "This comment contains spoilers", "Click here to"; and short
//     attribution lines starting "Source:", "Photo:", "Image:", "Read
//     more:".
//   - Around a related-content heading ("Other Topics of Interest",
//     "Related", "Read more", "See also", ...) the headline-like line just
//     before it (no blank line between) and the line just after it, if
//     headline-like, are teasers and are dropped. A line is headline-like
//     when it has at most 20 words and no final . ! ? … : ; , (ignoring
//     closing quotes and brackets).
//   - A line that occurs verbatim more than once is a teaser: every
//     occurrence is dropped if it is headline-like, every occurrence but the
//     first otherwise.
//   - A bare URL on its own line (an image or asset link) is dropped, and
//     so is a headline-like line of at most five words directly below it
//     (a byline or caption such as "Sam in Kiev").
//   - A line without any letter or digit ("***", "—") is dropped.
//
// Section headings and other short lines that match none of these are kept
// as sentences of their own.
package text
