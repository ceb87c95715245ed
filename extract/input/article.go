package input

// An Article is one input document, ready for the text front end.
type Article struct {
	// ID identifies the article within a run: the file name without its
	// extension for single-article files, "stdin" for a text read from
	// standard input, and the "id" field for JSON lines.
	ID string

	// Title is the article's title when the input has one: the "title"
	// field of a JSON line, the leading level-1 heading of a Markdown file,
	// or the title in an HTML page's metadata. It may be empty.
	Title string

	// Text is the raw main text. It is not normalised: a later stage
	// normalises whitespace, quotes and Unicode forms.
	Text string

	// Date is the publication date as YYYY-MM-DD, or empty when unknown.
	Date string

	// URL is the article's address when known, or empty.
	URL string

	// Origin says where the article came from, for messages: the path for
	// single-article files, "path:line" for JSON lines, and "-" or "-:line"
	// for standard input.
	Origin string
}
