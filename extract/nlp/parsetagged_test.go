package nlp

import (
	"reflect"
	"strings"
	"testing"
)

// TestParseTagged checks that parsing what Tag returned gives what Parse
// gives.
func TestParseTagged(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		"US President Joe Biden has authorized Ukraine to use ATACMS .",
		"Luoyang , Henan Province",
		"He did n't say .",
	} {
		forms := strings.Fields(s)
		if got, want := p.ParseTagged(p.Tag(forms)), p.Parse(forms); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: ParseTagged(Tag) = %+v, Parse = %+v", s, got, want)
		}
	}
}
