package conllu

import (
	"bufio"
	"io"
	"strconv"
)

// Write writes sentences to w in CoNLL-U format, each followed by a blank
// line. Empty fields are written as "_"; a Head of -1 is written as "_".
func Write(w io.Writer, sents ...*Sentence) error {
	bw := bufio.NewWriter(w)
	for _, s := range sents {
		writeSentence(bw, s)
	}
	return bw.Flush()
}

func writeSentence(w *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		w.WriteByte('#')
		w.WriteString(c)
		w.WriteByte('\n')
	}
	mi, ei := 0, 0
	for ei < len(s.Empty) && s.Empty[ei].After == 0 {
		writeFields(w, s.Empty[ei].Fields[:])
		ei++
	}
	for i := range s.Words {
		wd := &s.Words[i]
		id := i + 1
		for mi < len(s.Multi) && s.Multi[mi].First == id {
			m := s.Multi[mi]
			rng := strconv.Itoa(m.First) + "-" + strconv.Itoa(m.Last)
			writeFields(w, []string{rng, m.Form, "_", "_", "_", "_", "_", "_", "_", m.Misc})
			mi++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		writeFields(w, []string{strconv.Itoa(id), wd.Form, wd.Lemma, wd.UPOS, wd.XPOS,
			wd.Feats, head, wd.Deprel, wd.Deps, wd.Misc})
		for ei < len(s.Empty) && s.Empty[ei].After == id {
			writeFields(w, s.Empty[ei].Fields[:])
			ei++
		}
	}
	w.WriteByte('\n')
}

func writeFields(w *bufio.Writer, f []string) {
	for i, v := range f {
		if i > 0 {
			w.WriteByte('\t')
		}
		if v == "" {
			v = "_"
		}
		w.WriteString(v)
	}
	w.WriteByte('\n')
}
