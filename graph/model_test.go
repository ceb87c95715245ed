package graph

import "testing"

func TestTypes(t *testing.T) {
	tests := []struct {
		name    string
		want    Type
		named   bool
		literal bool
	}{
		{"person", Person, true, false},
		{"Thing", Thing, true, false},
		{"concept", Concept, false, false},
		{"CONCEPT", Concept, false, false},
		{"date", Date, false, true},
		{"text", Text, false, true},
	}
	for _, tt := range tests {
		got, err := ParseType(tt.name)
		if err != nil || got != tt.want {
			t.Errorf("ParseType(%q) = %q, %v; want %q", tt.name, got, err, tt.want)
			continue
		}
		if got.IsNamed() != tt.named || got.IsLiteral() != tt.literal {
			t.Errorf("%s: IsNamed %v, IsLiteral %v; want %v, %v", got, got.IsNamed(), got.IsLiteral(), tt.named, tt.literal)
		}
	}
	if _, err := ParseType("concepts"); err == nil {
		t.Error("ParseType accepted an unknown type")
	}
}

// TestClasses holds that every entity type has a class of its own and that
// the class reads back as the type: the store tells a concept from a Thing
// by its class alone.
func TestClasses(t *testing.T) {
	seen := map[string]Type{}
	for _, typ := range EntityTypes {
		c := ClassOf(typ)
		if other, ok := seen[string(c)]; ok {
			t.Errorf("%s and %s share the class %s", typ, other, c)
		}
		seen[string(c)] = typ
		if got, ok := TypeOfClass(c); !ok || got != typ {
			t.Errorf("TypeOfClass(%s) = %q, %v; want %s", c, got, ok, typ)
		}
	}
	if got := ClassOf(Concept); string(got) != Vocab+"Concept" {
		t.Errorf("ClassOf(Concept) = %s, want kg:Concept", got)
	}
	if EntityTypes[len(EntityTypes)-1] != Concept {
		t.Error("Concept is not the last entity type: listings would put concepts before named entities")
	}
}
