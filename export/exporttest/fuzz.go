package exporttest

import (
	"bytes"
	"context"
	"io"
	"testing"

	"github.com/kgraph/kg/graph/store"
)

// Labels are the four texts FuzzLabels puts into one statement.
type Labels struct {
	Label, Lemma, Value, Text string // entity label, predicate, literal object, sentence
}

// FuzzLabels runs the fuzz target every format's escaping shares: it
// exports a store holding one statement whose entity label, predicate,
// literal object and sentence are the fuzzed texts (seeds first; texts the
// store refuses are skipped) and hands the output to check, which reads it
// back with the format's own independent reader.
func FuzzLabels(f *testing.F, seeds [][4]string, export func(context.Context, io.Writer, *store.Store) error,
	check func(t *testing.T, out []byte, in Labels)) {
	for _, s := range seeds {
		f.Add(s[0], s[1], s[2], s[3])
	}
	f.Fuzz(func(t *testing.T, label, lemma, value, text string) {
		if !Valid(label, lemma, value, text) {
			t.Skip("the store takes no empty subject, predicate or object, nor invalid UTF-8")
		}
		s := Store(t, OneStatement(label, lemma, value, text))
		var out bytes.Buffer
		if err := export(context.Background(), &out, s); err != nil {
			t.Fatal(err)
		}
		check(t, out.Bytes(), Labels{label, lemma, value, text})
	})
}
