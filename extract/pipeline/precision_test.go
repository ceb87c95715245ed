package pipeline

import (
	"strings"
	"testing"
	"unicode"
)

// TestTitleStatements checks that a title gives a "hold title" statement
// and a form of address does not, while both leave the person named.
func TestTitleStatements(t *testing.T) {
	d := process(t, "Prime Minister Tony Blair met Mr. Pasqua and Mrs Thatcher in London.")
	for _, tt := range []struct {
		title string
		want  bool
	}{
		{"Prime Minister", true},
		{"Mr.", false},
		{"Mrs", false},
	} {
		got := false
		for _, st := range d.Statements {
			got = got || st.Predicate.Lemma == "hold title" && st.Object.Text == tt.title
		}
		if got != tt.want {
			t.Errorf("a statement holding the title %q: %t, want %t (%+v)", tt.title, got, tt.want, d.Statements)
		}
	}
	named := map[string]bool{}
	for _, e := range d.Entities {
		named[e.Label] = true
	}
	if !named["Pasqua"] && !named["Charles Pasqua"] || !named["Thatcher"] && !named["Margaret Thatcher"] {
		t.Errorf("the persons behind the forms of address are not named: %+v", d.Entities)
	}
}

// TestNumberSubjects checks that a subject without a letter gives no
// statement: "40" in "Pearl Ryner, 40, a refugee, ..." names nobody.
func TestNumberSubjects(t *testing.T) {
	d := process(t, "Pearl Ryner, 40, a refugee, said she was afraid.\n13 were injured.")
	for _, st := range d.Statements {
		if strings.IndexFunc(st.Subject.Text, unicode.IsLetter) < 0 {
			t.Errorf("statement with subject %q: %+v", st.Subject.Text, st)
		}
	}
}

// TestPrepositionalBe checks that an apposition misread as "X is of Y"
// gives no statement, while a plain apposition still does.
func TestPrepositionalBe(t *testing.T) {
	d := processWith(t, depPipeline(t), "He met the Brazilian Minister of Foreign Relations Celso Amorim.\n"+
		"Nielse Jiang, an analyst at IDC, attributed the switch to poor support.")
	for _, st := range d.Statements {
		if st.Predicate.Lemma == "be" && strings.HasPrefix(st.Object.Text, "of ") {
			t.Errorf("prepositional 'be' statement: %+v", st)
		}
	}
	if !has(d, "Nielse Jiang", "be", "analyst at IDC") {
		t.Errorf("no apposition statement: %+v", d.Statements)
	}
}

// TestPlaceInPlace checks that a place set beside a place by apposition
// is in it, while a copula between places stays "be".
func TestPlaceInPlace(t *testing.T) {
	d := processWith(t, depPipeline(t), "A car bomb exploded in downtown Madrid, Spain, near the center.")
	if !has(d, "Madrid", "be in", "Spain") || has(d, "Madrid", "be", "Spain") {
		t.Errorf("Madrid, Spain: %+v", d.Statements)
	}
}

// TestDateline checks that a dateline at the start of an article is no part
// of the first sentence: the place is neither its subject nor set in
// apposition to it, and the sentence's own subject is read.
func TestDateline(t *testing.T) {
	d := processWith(t, depPipeline(t), "Berlin (Germany) - Foreign Minister Joschka Fischer, a leading figure in the "+
		"Green Party, gave evidence to a committee.\n\nLondon – The Woodcraft Folk lost its government subsidy.")
	for _, st := range d.Statements {
		if st.Subject.Text == "Berlin" || st.Subject.Text == "London" {
			t.Errorf("statement about the dateline's place: %+v", st)
		}
	}
	if !has(d, "Woodcraft Folk", "lose", "its government subsidy") {
		t.Errorf("no statement of the sentence after the dateline: %+v", d.Statements)
	}
}
