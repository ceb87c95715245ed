package carb

import "testing"

func ex(rel string, args ...string) Extraction {
	return Extraction{Sentence: "s", Confidence: 1, Relation: rel, Args: args}
}

func TestMatch(t *testing.T) {
	pm := ex("served as", "He", "the first Prime Minister of Australia")
	tests := []struct {
		name         string
		gold, sys    Extraction
		wantP, wantR float64
	}{
		{"identical", pm, pm, 1, 1},
		{"no shared relation token", pm, ex("was", "He", "the first Prime Minister of Australia"), 0, 0},
		// relation 1/1 of 2, arg1 1/1 of 1, object 2/2 of 6: 4/4 and 4/9
		{"partial, all predicted tokens right", pm, ex("served", "He", "Prime Minister"), 1, 4.0 / 9},
		// relation 2 of 3 predicted, arg1 1 of 2, object 2 of 2: 5/7 and 5/9
		{"extra predicted tokens", pm, ex("served as the", "He himself", "first Minister"), 5.0 / 7, 5.0 / 9},
		{"missing object", pm, ex("served as", "He"), 0, 0},
		{"no arguments", pm, ex("served as"), 0, 0},
		{"empty relation", pm, ex("", "He", "the first Prime Minister of Australia"), 0, 0},
		{"case-sensitive", ex("served", "He", "Australia"), ex("served", "he", "Australia"), 2.0 / 3, 2.0 / 3},
		// multiset overlap: gold "the the cat" against "the cat cat" shares 2
		{"repeated tokens", ex("is", "the the cat", "x"), ex("is", "the cat cat", "x"), 4.0 / 5, 4.0 / 5},
		{"be matches is", ex("is", "Bush", "President"), ex("be", "Bush", "President"), 1, 1},
		{"be matches were", ex("were sent to", "They", "Paris"), ex("be sent", "They", "Paris"), 1, 4.0 / 5},
		{"be matches nothing else", ex("served as", "He", "PM"), ex("be", "He", "PM"), 0, 0},
		// "be" is used up by the gold "be", so no bonus: 3/3 and 3/4
		{"be used once", ex("to be", "it", "x"), ex("be", "it", "x"), 1, 3.0 / 4},
		// the bonus counts an unused "be" on top of the matched "is":
		// relation 2 of 2 predicted, 2 of 1 gold; recall 4/3 as in the reference
		{"be bonus can exceed recall 1", ex("is", "X", "Y"), ex("is be", "X", "Y"), 1, 4.0 / 3},
		{"n-ary gold joined", ex("made", "He", "an offer", "Earlier this year"), ex("made", "He", "an offer Earlier this year"), 1, 1},
		{"n-ary split differently", ex("made", "He", "an offer", "Earlier this year"), ex("made", "He", "an", "offer Earlier", "this year"), 1, 1},
		{"object order matters within join", ex("made", "He", "an offer", "this year"), ex("made", "He", "this year", "an offer"), 1, 1},
		// gold has one argument: the predicted object is not counted
		{"gold with one argument", ex("runs", "She"), ex("runs", "She", "fast"), 1, 1},
		{"gold with no argument", ex("runs"), ex("runs", "She", "fast"), 1, 1},
		{"swapped arguments", ex("served", "He", "PM"), ex("served", "PM", "He"), 1.0 / 3, 1.0 / 3},
		// said-type gold relations also try the swapped system arguments
		{"said swapped", ex("said", "he", "the economy is strong"), ex("said", "the economy is strong", "he"), 1, 1},
		{"said straight still wins", ex("said", "he", "it rains"), ex("said", "he", "it rains"), 1, 1},
		{"said as substring", ex("foretold", "he", "rain"), ex("foretold", "rain", "he"), 1, 1},
		{"said-type is case-sensitive", ex("Said", "he", "rain"), ex("Said", "rain", "he"), 1.0 / 3, 1.0 / 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := match(newTuple(tt.gold), newTuple(tt.sys))
			if !near(got.p, tt.wantP) || !near(got.r, tt.wantR) {
				t.Errorf("match = (P %.4f, R %.4f), want (P %.4f, R %.4f)", got.p, got.r, tt.wantP, tt.wantR)
			}
		})
	}
}

func near(a, b float64) bool {
	d := a - b
	return d < 1e-12 && d > -1e-12
}

func TestSentenceKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"He left .", "Heleft"},
		{"He left.", "Heleft"},
		{"`` Yes , '' he said .", "Yeshesaid"},
		{"a -LRB- b -RRB- c", "abc"},
		{"a ( b ) c", "abc"},
		{"x -LCB- y -RSB-", "xy"},
		{"-LRB-x", "x"},
		{"LRB", "LRB"},
		// escapes are undone one kind after the other, not in one pass
		{"-RRB-LRB-", "RRB"},
		{"Case Matters", "CaseMatters"},
		{"tab\tand\u00a0nbsp stay", "tab\tand\u00a0nbspstay"},
		{"$ 4.25 , 50 %", "42550"},
		{"café ’s", "café’s"},
	}
	for _, tt := range tests {
		if got := sentenceKey(tt.in); got != tt.want {
			t.Errorf("sentenceKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFields(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"a b", []string{"a", "b"}},
		{"  a\t b \n", []string{"a", "b"}},
		{"a\u00a0b\u3000c", []string{"a", "b", "c"}},
		{"a\x1cb\x1fc", []string{"a", "b", "c"}}, // Python treats these as space
		{"a\u200bb", []string{"a\u200bb"}},       // zero-width space is not space
		{"", nil},
	}
	for _, tt := range tests {
		got := fields(tt.in)
		if len(got) != len(tt.want) {
			t.Errorf("fields(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("fields(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}
