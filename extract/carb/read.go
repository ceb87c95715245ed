package carb

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxLine is the longest line the readers accept, in bytes.
const maxLine = 1 << 20

// A SyntaxError reports a malformed line of a gold or system file. Its
// message reads like
//
//	out.tsv:12: bad confidence "high": not a number
type SyntaxError struct {
	Name string // the name given to the reader, usually a path
	Line int    // 1-based line number
	Msg  string
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
}

// ReadGold reads gold extractions, one per line:
//
//	sentence <TAB> relation <TAB> arg1 [<TAB> arg2 ...]
//
// Like the reference's gold reader it strips white space from the line and
// from every field, needs at least the sentence and the relation, and
// drops every argument that contains "C: " (CaRB's context arguments, such
// as "C: Mr. Campaneris promises"). Lines that are empty or all white space
// are skipped (the reference would stop on them). Confidence is set to 1.
// name labels errors.
func ReadGold(r io.Reader, name string) ([]Extraction, error) {
	var out []Extraction
	err := eachLine(r, name, func(line string) string {
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			return "want at least 2 tab-separated fields (sentence, relation), got 1"
		}
		ex := Extraction{Sentence: trim(f[0]), Confidence: 1, Relation: trim(f[1])}
		for _, a := range f[2:] {
			if strings.Contains(a, "C: ") {
				continue
			}
			ex.Args = append(ex.Args, trim(a))
		}
		out = append(out, ex)
		return ""
	})
	return out, err
}

// ReadSystem reads system extractions in CaRB's "tabbed" format, one per
// line:
//
//	sentence <TAB> confidence <TAB> relation [<TAB> arg1 <TAB> arg2 ...]
//
// Like the reference's tabbed reader it strips white space from the line
// (so from the start of the sentence and the end of the last field) but
// not from the fields, and skips lines that are empty or all white space.
// The confidence is a decimal or exponent float as Python's float()
// accepts it, or inf; NaN is rejected. name labels errors.
func ReadSystem(r io.Reader, name string) ([]Extraction, error) {
	var out []Extraction
	err := eachLine(r, name, func(line string) string {
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return fmt.Sprintf("want at least 3 tab-separated fields (sentence, confidence, relation), got %d", len(f))
		}
		conf, msg := parseConfidence(f[1])
		if msg != "" {
			return msg
		}
		ex := Extraction{Sentence: f[0], Confidence: conf, Relation: f[2]}
		if len(f) > 3 {
			ex.Args = f[3:]
		}
		out = append(out, ex)
		return ""
	})
	return out, err
}

// eachLine calls fn with every line of r that is not all white space,
// stripped of surrounding white space. Lines end at "\n", "\r\n" or "\r",
// as in Python's universal-newlines mode. fn returns a message describing
// what is wrong with the line, or "".
func eachLine(r io.Reader, name string, fn func(line string) string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), maxLine)
	sc.Split(scanLines)
	for n := 1; sc.Scan(); n++ {
		b := sc.Bytes()
		if !utf8.Valid(b) {
			return &SyntaxError{Name: name, Line: n, Msg: "invalid UTF-8"}
		}
		line := trim(string(b))
		if line == "" {
			continue
		}
		if msg := fn(line); msg != "" {
			return &SyntaxError{Name: name, Line: n, Msg: msg}
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return fmt.Errorf("read %s: line longer than %d bytes: %w", name, maxLine, err)
		}
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// scanLines is a bufio.SplitFunc for lines ending in "\n", "\r\n" or "\r".
func scanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	i := bytes.IndexAny(data, "\r\n")
	switch {
	case i < 0:
		if atEOF && len(data) > 0 {
			return len(data), data, nil
		}
		return 0, nil, nil
	case data[i] == '\n':
		return i + 1, data[:i], nil
	case i+1 < len(data):
		if data[i+1] == '\n' {
			return i + 2, data[:i], nil
		}
		return i + 1, data[:i], nil
	case atEOF:
		return i + 1, data[:i], nil
	}
	return 0, nil, nil // a final '\r' may be the start of "\r\n"
}

// parseConfidence parses a confidence field as Python's float() would,
// except that NaN and hexadecimal forms are rejected. It returns a message
// for a bad field.
func parseConfidence(field string) (float64, string) {
	s := trim(field)
	bad := fmt.Sprintf("bad confidence %q: not a number", field)
	if strings.ContainsAny(s, "xX") {
		return 0, bad
	}
	s, ok := dropUnderscores(s)
	if !ok {
		return 0, bad
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil && !errors.Is(err, strconv.ErrRange) {
		return 0, bad
	}
	if math.IsNaN(v) {
		return 0, fmt.Sprintf("bad confidence %q: NaN", field)
	}
	return v, ""
}

// dropUnderscores removes the underscores Python's float() allows, each
// between two digits; ok is false for any other underscore.
func dropUnderscores(s string) (string, bool) {
	if !strings.Contains(s, "_") {
		return s, true
	}
	isDigit := func(i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '_' {
			if !isDigit(i-1) || !isDigit(i+1) {
				return "", false
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String(), true
}
