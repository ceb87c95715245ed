package input

import "testing"

func TestFromMarkdown(t *testing.T) {
	tests := []struct {
		name, in, title, text string
	}{
		{"plain", "Just text.", "", "Just text."},
		{"title", "# The Title\nBody.", "The Title", "The Title\n\nBody."},
		{"closed ATX title", "  # The Title ##\n\nBody.", "The Title", "The Title\n\nBody."},
		{"setext title", "The Title\n=========\n\nBody.", "The Title", "The Title\n\nBody."},
		{"level-2 first", "## Section\n\nBody.", "", "Section\n\nBody."},
		{"setext level 2", "Section\n---\nBody.", "", "Section\n\nBody."},
		{"title not first", "Lead.\n\n# Title\n", "", "Lead.\n\nTitle"},
		{"hashtag is text", "#hashtag here", "", "#hashtag here"},
		{"C# keeps its hash", "# Learning C#", "Learning C#", "Learning C#"},
		{"front matter", "---\ntitle: x\n---\n# T\nBody.", "T", "T\n\nBody."},
		{"unclosed front matter is text", "---\nBody.", "", "Body."},
		{"emphasis", "*a* **b** _c_ __d__ ~~e~~ ***f***", "", "a b c d e f"},
		{"literal markers", "2 * 3 = 6, snake_case, ~5 km", "", "2 * 3 = 6, snake_case, ~5 km"},
		{"escapes", `\*not emphasis\* and \[not a link\]`, "", "*not emphasis* and [not a link]"},
		{"link", "See [the report](https://x.org/r \"Report\") now.", "", "See the report now."},
		{"link with parens", "[Paris](https://en.wikipedia.org/wiki/Paris_(France)) is big.", "", "Paris is big."},
		{"reference link", "See [the report][r] and [this][].\n\n[r]: https://x.org", "", "See the report and this."},
		{"bare brackets", "He said [sic] so.", "", "He said [sic] so."},
		{"image", "Before ![a photo](p.jpg \"t\") after.", "", "Before  after."},
		{"linked image", "[![logo](l.png)](https://x) Text.", "", "Text."},
		{"footnote", "Claim.[^1]\n\n[^1]: Source.", "", "Claim."},
		{"autolink", "Mail <info@x.org> or <https://x.org>.", "", "Mail info@x.org or https://x.org."},
		{"html tags", "A <b>bold</b> <span class=\"x\">move</span>.<br/>", "", "A bold move."},
		{"html comment", "One <!-- hidden --> two.\n<!--\nlong\n\ncomment\n-->\nThree.", "", "One  two.\nThree."},
		{"entities", "Fish &amp; chips &copy; AT&T", "", "Fish & chips © AT&T"},
		{"code span", "Run `go test` now, ``a ` b``.", "", "Run go test now, a ` b."},
		{"code fence", "Before.\n\n```go\nfunc main() {}\n```\n\nAfter.", "", "Before.\n\nAfter."},
		{"tilde fence", "Before.\n~~~\ncode\n~~~~\nAfter.", "", "Before.\n\nAfter."},
		{"unclosed fence", "Before.\n```\ncode", "", "Before."},
		{"blockquote", "> Quoted *words*.\n> More.", "", "Quoted words.\nMore."},
		{"lists", "Intro:\n\n- one\n* two\n+ three\n1. four\n2) five\n- [x] done", "", "Intro:\n\none\ntwo\nthree\nfour\nfive\ndone"},
		{"list continuation", "- one\n  continued\n- two", "", "one continued\ntwo"},
		{"list ends paragraph", "Para.\n- item", "", "Para.\n\nitem"},
		{"year is not a list", "It happened in\n2024. Then more.", "", "It happened in\n2024. Then more."},
		{"thematic break", "One.\n\n* * *\n\nTwo.\n___\nThree.", "", "One.\n\nTwo.\n\nThree."},
		{"table", "| Name | Age |\n|------|----:|\n| Ann | 30 |", "", "Name\tAge\nAnn\t30"},
		{"blank lines collapse", "One.\n\n\n\nTwo.\r\n", "", "One.\n\nTwo."},
		{"hard wrap kept", "Line one\nline two.", "", "Line one\nline two."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := fromMarkdown(tt.in)
			if got.Title != tt.title || got.Text != tt.text {
				t.Errorf("fromMarkdown(%q)\ngot  title %q text %q\nwant title %q text %q", tt.in, got.Title, got.Text, tt.title, tt.text)
			}
		})
	}
}
