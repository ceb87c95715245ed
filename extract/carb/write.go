package carb

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// WriteSystem writes extractions in the tabbed format ReadSystem and the
// reference scorer read:
//
//	sentence <TAB> confidence <TAB> relation [<TAB> arg1 <TAB> arg2 ...]
//
// The confidence is written in the shortest form that reads back exactly.
// WriteSystem refuses, before writing anything, an extraction that would
// not read back as itself: a field that contains a tab or line break or is
// not valid UTF-8, an empty sentence or one that begins with white space,
// a last field (last argument, or the relation when there is none) that is
// empty or ends with white space, or a NaN confidence.
func WriteSystem(w io.Writer, ex []Extraction) error {
	for i, e := range ex {
		if msg := checkWritable(e); msg != "" {
			return fmt.Errorf("write extraction %d: %s", i, msg)
		}
	}
	bw := bufio.NewWriter(w)
	for _, e := range ex {
		bw.WriteString(e.Sentence)
		bw.WriteByte('\t')
		bw.WriteString(strconv.FormatFloat(e.Confidence, 'g', -1, 64))
		bw.WriteByte('\t')
		bw.WriteString(e.Relation)
		for _, a := range e.Args {
			bw.WriteByte('\t')
			bw.WriteString(a)
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write extractions: %w", err)
	}
	return nil
}

// checkWritable returns what keeps e from reading back as itself, or "".
func checkWritable(e Extraction) string {
	if math.IsNaN(e.Confidence) {
		return "confidence is NaN"
	}
	all := append([]string{e.Sentence, e.Relation}, e.Args...)
	for _, f := range all {
		if strings.ContainsAny(f, "\t\r\n") {
			return fmt.Sprintf("field %q contains a tab or line break", f)
		}
		if !utf8.ValidString(f) {
			return fmt.Sprintf("field %q is not valid UTF-8", f)
		}
	}
	if r, _ := utf8.DecodeRuneInString(e.Sentence); e.Sentence == "" || isSpace(r) {
		return fmt.Sprintf("sentence %q is empty or begins with white space", e.Sentence)
	}
	last := all[len(all)-1]
	if r, _ := utf8.DecodeLastRuneInString(last); last == "" || isSpace(r) {
		return fmt.Sprintf("last field %q is empty or ends with white space", last)
	}
	return ""
}
