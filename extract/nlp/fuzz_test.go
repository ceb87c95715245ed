package nlp

import (
	"strings"
	"testing"
)

// checkTree reports a problem if words is not a single-rooted tree over
// forms with every field filled.
func checkTree(t *testing.T, forms []string, words []Word) {
	t.Helper()
	if len(words) != len(forms) {
		t.Fatalf("got %d words for %d forms", len(words), len(forms))
	}
	roots := 0
	for i, w := range words {
		if w.Form != forms[i] {
			t.Fatalf("word %d: Form %q, want %q", i+1, w.Form, forms[i])
		}
		if w.UPOS == "" || w.XPOS == "" || w.Rel == "" {
			t.Fatalf("word %d: empty field in %+v", i+1, w)
		}
		if w.Head < 0 || w.Head > len(words) || w.Head == i+1 {
			t.Fatalf("word %d: bad head %d", i+1, w.Head)
		}
		if w.Head == 0 {
			roots++
			if w.Rel != "root" {
				t.Fatalf("word %d: head 0 with relation %q", i+1, w.Rel)
			}
		} else if w.Rel == "root" {
			t.Fatalf("word %d: relation root with head %d", i+1, w.Head)
		}
	}
	if len(words) > 0 && roots != 1 {
		t.Fatalf("%d roots, want 1", roots)
	}
	for i := range words {
		k, steps := i+1, 0
		for k != 0 {
			k = words[k-1].Head
			if steps++; steps > len(words) {
				t.Fatalf("word %d: cycle through heads", i+1)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("The cat sat on the mat .")
	f.Add("")
	f.Add("\x00")
	f.Add("a\x00\x00b")
	f.Add(`" -- ( ) ATACMS 300-kilometer n't 's $ % \xff`)
	f.Add(strings.Repeat("buffalo ", 60))
	f.Fuzz(func(t *testing.T, s string) {
		var forms []string
		if strings.Contains(s, "\x00") {
			forms = strings.Split(s, "\x00") // allows empty and space-containing forms
		} else {
			forms = strings.Fields(s)
		}
		checkTree(t, forms, p.Parse(forms))
		if tags := p.Tag(forms); len(tags) != len(forms) {
			t.Fatalf("Tag returned %d words for %d forms", len(tags), len(forms))
		}
	})
}
