package pipeline

import (
	"testing"
)

// TestObjectHeadEntity checks which objects become entities: the entity
// the phrase is about, qualified before by words that are not numbers (or
// a nationality before a lower-case word) and after by a prepositional
// phrase; other phrases stay text.
func TestObjectHeadEntity(t *testing.T) {
	tests := []struct {
		text, subj, lemma string
		obj               string // the object's text or entity label
		entity            bool
	}{
		{"Ukraine used US-supplied Army Tactical Missile Systems on Tuesday.", "Ukraine", "use", "ATACMS", true},
		{"The United States sent enough Patriot systems.", "United States", "send", "Patriot", true},
		{"Zelensky thanked Joe Biden for the decision.", "Volodymyr Zelensky", "thank", "Joe Biden", true},
		{"Ukraine bought 20 Patriot systems.", "Ukraine", "buy", "20 Patriot systems", false},
		{"Ukraine wants NATO membership.", "Ukraine", "want", "NATO membership", false},
		{"Michael Green met Chinese president Hu Jintao.", "Michael Green", "meet", "Hu Jintao", true},
		{"Reporters questioned Russian president Vladimir Putin.", "reporters", "question", "Vladimir Putin", true},
		{"The treaty created the European Constitution.", "treaty", "create", "European Constitution", false},
	}
	for _, tt := range tests {
		d := process(t, tt.text)
		found := false
		for _, st := range d.Statements {
			if st.Subject.Text != tt.subj || st.Predicate.Lemma != tt.lemma {
				continue
			}
			found = true
			if st.Object.Text != tt.obj || st.Object.IsEntity() != tt.entity {
				t.Errorf("%q: object %q (entity %t), want %q (entity %t)", tt.text, st.Object.Text, st.Object.IsEntity(), tt.obj, tt.entity)
			}
		}
		if !found {
			t.Errorf("%q: no %s - %s statement: %+v", tt.text, tt.subj, tt.lemma, d.Statements)
		}
	}
}
