package lemma

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

const header = "kglemma1"

// WriteTo writes l as sorted text lines: the header, the number of table
// entries, "form\txpos\tlemma" lines, then "xpos\tending\tlower\tstrip\tappend"
// rule lines.
func (l *Lemmatizer) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "%s\n%d\n", header, len(l.table))
	for _, k := range sortedKeys(l.table) {
		fmt.Fprintf(bw, "%s\t%s\t%s\n", k.s, k.xpos, l.table[k])
	}
	for _, k := range sortedKeys(l.rules) {
		r := l.rules[k]
		fmt.Fprintf(bw, "%s\t%s\t%t\t%d\t%s\n", k.xpos, k.s, r.Lower, r.Strip, r.Append)
	}
	fmt.Fprintln(bw, "end")
	return 0, bw.Flush()
}

func sortedKeys[V any](m map[key]V) []key {
	keys := make([]key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int {
		if c := strings.Compare(a.s, b.s); c != 0 {
			return c
		}
		return strings.Compare(a.xpos, b.xpos)
	})
	return keys
}

// Read reads a Lemmatizer written by WriteTo.
func Read(r *bufio.Reader) (*Lemmatizer, error) {
	line := func() (string, error) {
		s, err := r.ReadString('\n')
		return strings.TrimSuffix(s, "\n"), err
	}
	h, err := line()
	if err != nil || h != header {
		return nil, fmt.Errorf("lemma: bad header %q", h)
	}
	ns, _ := line()
	n, err := strconv.Atoi(ns)
	if err != nil {
		return nil, fmt.Errorf("lemma: bad table size %q", ns)
	}
	l := &Lemmatizer{table: make(map[key]string, n), rules: map[key]Rule{}}
	for i := 0; i < n; i++ {
		s, err := line()
		f := strings.Split(s, "\t")
		if err != nil || len(f) != 3 {
			return nil, fmt.Errorf("lemma: table entry %d: bad line %q", i+1, s)
		}
		l.table[key{f[0], f[1]}] = f[2]
	}
	for {
		s, err := line()
		if s == "end" {
			l.index()
			return l, nil
		}
		f := strings.Split(s, "\t")
		if err != nil || len(f) != 5 {
			return nil, fmt.Errorf("lemma: bad rule line %q", s)
		}
		strip, err := strconv.Atoi(f[3])
		if err != nil || strip < 0 {
			return nil, fmt.Errorf("lemma: bad rule line %q", s)
		}
		l.rules[key{f[1], f[0]}] = Rule{Lower: f[2] == "true", Strip: strip, Append: f[4]}
	}
}
