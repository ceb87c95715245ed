package cluster

import (
	"bufio"
	"bytes"
	"strings"
	"testing"
)

func TestPath(t *testing.T) {
	p := Path{Bits: 0b10110, Len: 5}
	if got, want := p.Prefix(3), (Path{Bits: 0b101, Len: 3}); got != want {
		t.Errorf("Prefix(3) = %+v, want %+v", got, want)
	}
	if got := p.Prefix(8); got != p {
		t.Errorf("Prefix(8) = %+v, want %+v", got, p)
	}
	if (Path{Bits: 1, Len: 1}).Key() == (Path{Bits: 1, Len: 2}).Key() {
		t.Error("paths of different length share a key")
	}
}

func TestTrain(t *testing.T) {
	var sents [][]string
	for i := 0; i < 50; i++ {
		for _, s := range []string{
			"the dog runs fast", "the cat runs fast", "a dog sleeps now", "a cat sleeps now",
			"she eats bread", "he eats rice", "she cooks rice", "he cooks bread",
		} {
			sents = append(sents, strings.Fields(s))
		}
	}
	c := Train(sents, Options{MinCount: 5, Contexts: 20, MaxDepth: 6, MinSize: 2, Iteration: 5})
	same := func(a, b string) bool { return c.PathOf(a) == c.PathOf(b) }
	for _, pair := range [][2]string{{"dog", "cat"}, {"she", "he"}, {"bread", "rice"}} {
		if !same(pair[0], pair[1]) {
			t.Errorf("%s (%+v) and %s (%+v) are in different clusters", pair[0], c.PathOf(pair[0]), pair[1], c.PathOf(pair[1]))
		}
	}
	if same("dog", "eats") {
		t.Error("dog and eats share a cluster")
	}
	shared := func(a, b string) int {
		pa, pb := c.PathOf(a), c.PathOf(b)
		n := 0
		for n < int(min(pa.Len, pb.Len)) && pa.Prefix(n+1) == pb.Prefix(n+1) {
			n++
		}
		return n
	}
	if shared("runs", "sleeps") <= shared("runs", "dog") {
		t.Errorf("runs shares %d path bits with sleeps and %d with dog", shared("runs", "sleeps"), shared("runs", "dog"))
	}
	if p := c.PathOf("unseen"); p != (Path{}) {
		t.Errorf("unseen word has path %+v", p)
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	c2, err := Read(bufio.NewReader(&buf))
	if err != nil {
		t.Fatal(err)
	}
	if c2.Len() != c.Len() || c2.PathOf("dog") != c.PathOf("dog") {
		t.Error("clusters differ after round trip")
	}
}
