package text

import (
	"reflect"
	"testing"
)

func TestCruft(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"advertisement", "First paragraph.\n\nAdvertisement\n\nSecond paragraph.",
			[]string{"First paragraph.", "Second paragraph."}},
		{"advertisement between headline-like lines", "A title\nAdvertisement\nAnother title",
			[]string{"A title", "Another title"}},
		{"teaser around related heading", "Body one.\n\nKremlin Blasts Macron\nOther Topics of Interest\n\nKremlin Blasts Macron\n\nIn an interview, Macron spoke.",
			[]string{"Body one.", "In an interview, Macron spoke."}},
		{"related heading after a sentence", "A full sentence.\nRead more\nTeaser Headline Here\n\nBody.",
			[]string{"A full sentence.", "Body."}},
		{"correction boilerplate", "Body.\n\nTo suggest a correction or clarification, write to us here\nYou can also highlight the text and press Ctrl + Enter",
			[]string{"Body."}},
		{"comments heading with count", "Body text.\n\nComments ( 1)\n\nhttps://www.kyivpost.com/assets/images/author.png\nSam in Kiev\nThis comment contains spoilers. Click here if you want to read.\n\nWhat does USA get in return?",
			[]string{"Body text."}},
		{"bare comments heading", "Body.\nSource: Euronews\nComments",
			[]string{"Body."}},
		{"comments heading variants", "Body.\n\n12 comments\n\nA reader wrote this.",
			[]string{"Body."}},
		{"comments in a sentence is not a heading", "Comments are closed, he said.\nComments (a lot) were made.",
			[]string{"Comments are closed, he said.", "Comments (a lot) were made."}},
		{"asset URL and byline", "Body.\n\nhttps://example.com/images/author.png\nSam in Kiev\n\nReal sentence here.",
			[]string{"Body.", "Real sentence here."}},
		{"URL line keeps a long following line", "https://example.com/a.png\nThe minister said on Monday that the talks would go on.",
			[]string{"The minister said on Monday that the talks would go on."}},
		{"long source line kept", "Source: the ministry said that the strike killed five people in the city.",
			[]string{"Source: the ministry said that the strike killed five people in the city."}},
		{"spoilers line", "Body.\n\nThis comment contains spoilers. Click here if you want to read.",
			[]string{"Body."}},
		{"separator line", "Body.\n***\nMore.", []string{"Body.", "More."}},
		{"repeated headline dropped everywhere", "Big News Today\n\nBody.\n\nBig News Today",
			[]string{"Body."}},
		{"repeated sentence kept once", "Same sentence.\n\nOther.\n\nSame sentence.",
			[]string{"Same sentence.", "Other."}},
		{"case-insensitive pattern", "ADVERTISEMENT\nBody.", []string{"Body."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := sentenceTexts(t, tt.in); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q):\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsCommentsHeading(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Comments", true},
		{"comments:", true},
		{"Comments ( 1)", true},
		{"Comments (12)", true},
		{"3 Comments", true},
		{"Leave a comment", true},
		{"Comments (a lot)", false},
		{"Comments are closed", false},
		{"Commentary", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isCommentsHeading(tt.in); got != tt.want {
			t.Errorf("isCommentsHeading(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
