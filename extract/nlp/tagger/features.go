package tagger

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kgraph/kg/extract/nlp/cluster"
	"github.com/kgraph/kg/extract/nlp/perceptron"
)

// token holds precomputed hashes of one word's attributes.
type token struct {
	form, norm, shape, amb uint64
	in                     uint64 // hash of the input tag (see Sentence.Input), if any
	fixed                  int32  // 1 + the class of a sure tag (Tagger.WithSure), 0 for none
	c4, c8, c12, cf        uint64 // cluster path prefixes and full path
	suf                    [5]uint64
	pre                    [3]uint64
}

// pad returns the padding token used before the start (v=1) or after the
// end (v=2) of a sentence.
func pad(v uint64) token {
	return token{form: v, norm: v, shape: v, amb: v, in: v, c4: v, c8: v, c12: v, cf: v,
		suf: [5]uint64{v, v, v, v, v}, pre: [3]uint64{v, v, v}}
}

// Norm returns the form lower-cased with every decimal digit replaced by
// '0', the key used for word features and the ambiguity dictionary.
func Norm(form string) string {
	i := 0
	for ; i < len(form); i++ { // most words are already normal: no copy
		if c := form[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' || '1' <= c && c <= '9' {
			break
		}
	}
	if i == len(form) {
		return form
	}
	var b strings.Builder
	b.Grow(len(form))
	for _, r := range form {
		switch {
		case r >= '0' && r <= '9':
			b.WriteByte('0')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// Shape maps letters to X/x, digits to d and keeps other characters,
// collapsing runs of the same class longer than three.
func Shape(form string) string {
	var b strings.Builder
	var last rune
	run := 0
	for _, r := range form {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c == last {
			run++
			if run > 3 {
				continue
			}
		} else {
			run = 1
			last = c
		}
		b.WriteRune(c)
	}
	return b.String()
}

// shapeKey returns perceptron.Hash(Shape(form)), building the shape of a
// short ASCII form on the stack.
func shapeKey(form string) uint64 {
	var buf [48]byte
	if len(form) > len(buf) {
		return perceptron.Hash(Shape(form))
	}
	n, run := 0, 0
	var last byte
	for i := 0; i < len(form); i++ {
		c := form[i]
		switch {
		case c >= utf8.RuneSelf:
			return perceptron.Hash(Shape(form))
		case 'A' <= c && c <= 'Z':
			c = 'X'
		case 'a' <= c && c <= 'z':
			c = 'x'
		case '0' <= c && c <= '9':
			c = 'd'
		}
		if c == last {
			if run++; run > 3 {
				continue
			}
		} else {
			run, last = 1, c
		}
		buf[n] = c
		n++
	}
	return perceptron.Hash(string(buf[:n]))
}

func makeToken(form string, amb map[uint64]uint64, cl *cluster.Clusters) token {
	norm := Norm(form)
	t := token{form: perceptron.Hash(form), norm: perceptron.Hash(norm), shape: shapeKey(form)}
	t.amb = amb[t.norm]
	p := cl.Lookup(t.norm)
	t.c4, t.c8, t.c12, t.cf = p.Prefix(4).Key(), p.Prefix(8).Key(), p.Prefix(12).Key(), p.Key()
	// The last 1-5 and first 1-3 runes (the whole word when shorter).
	start, end := len(norm), 0
	for k := range t.suf {
		if start > 0 {
			_, size := utf8.DecodeLastRuneInString(norm[:start])
			start -= size
		}
		t.suf[k] = perceptron.Hash(norm[start:])
	}
	for k := range t.pre {
		if end < len(norm) {
			_, size := utf8.DecodeRuneInString(norm[end:])
			end += size
		}
		t.pre[k] = perceptron.Hash(norm[:end])
	}
	return t
}

// at returns token i of toks, or padding outside the sentence.
func at(toks []token, i int) token {
	switch {
	case i < 0:
		return pad(1)
	case i >= len(toks):
		return pad(2)
	}
	return toks[i]
}

// features appends the feature keys for token i given the classes already
// assigned to the previous tokens (p1 = tag of i-1, p2 = tag of i-2; the
// values are class numbers offset by 3, with 1 and 2 for sentence start).
//
// guide, when not nil, holds first-pass classes (offset by 3) of all tokens
// and adds features looking at the predicted tags of the right context;
// input adds features of the tokens' input tags.
func features(buf []uint64, toks []token, i int, p1, p2 uint64, guide []uint64, input bool) []uint64 {
	f := perceptron.F1
	w, l1, l2, r1, r2 := at(toks, i), at(toks, i-1), at(toks, i-2), at(toks, i+1), at(toks, i+2)
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	buf = append(buf,
		f(0, 0),
		f(1, w.form),
		f(2, w.norm),
		f(3, w.suf[0]), f(4, w.suf[1]), f(5, w.suf[2]), f(6, w.suf[3]), f(7, w.suf[4]),
		f(8, w.pre[0]), f(9, w.pre[1]), f(10, w.pre[2]),
		perceptron.F2(11, w.shape, first),
		f(12, p1),
		f(13, p2),
		perceptron.F2(14, p1, p2),
		perceptron.F2(15, p1, w.norm),
		f(16, l1.norm),
		f(17, l1.suf[2]),
		f(18, l2.norm),
		f(19, r1.norm),
		f(20, r1.suf[2]),
		f(21, r2.norm),
		perceptron.F2(22, l1.norm, w.norm),
		perceptron.F2(23, w.norm, r1.norm),
		f(24, w.amb),
		f(25, r1.amb),
		f(26, r2.amb),
		perceptron.F3(27, p1, w.amb, r1.amb),
		perceptron.F2(28, w.norm, r1.amb),
		f(29, r1.shape),
		perceptron.F2(30, p1, w.suf[2]),
		perceptron.F2(31, r1.norm, r2.norm),
		perceptron.F2(32, l1.shape, w.shape),
		perceptron.F2(33, w.amb, r1.amb),
		f(34, w.c4), f(35, w.c8), f(36, w.c12), f(37, w.cf),
		f(38, r1.cf), f(39, l1.cf), perceptron.F2(40, p1, w.cf), f(41, r1.c8),
		perceptron.F2(42, w.cf, r1.cf), f(43, r2.c8),
	)
	if input {
		buf = append(buf,
			f(70, w.in), f(71, l1.in), f(72, r1.in), f(73, l2.in), f(74, r2.in),
			perceptron.F2(75, w.in, r1.in), perceptron.F2(76, l1.in, w.in), perceptron.F2(77, p1, w.in),
			perceptron.F2(78, w.in, w.norm), perceptron.F3(79, l1.in, w.in, r1.in), perceptron.F2(80, r1.in, r2.in),
			perceptron.F2(81, w.in, r1.norm), perceptron.F2(82, l1.norm, w.in), perceptron.F3(83, p1, w.in, r1.in),
		)
	}
	if guide != nil {
		g := func(k int) uint64 {
			switch {
			case k < 0:
				return 1
			case k >= len(guide):
				return 2
			}
			return guide[k]
		}
		g0, g1, g2 := g(i), g(i+1), g(i+2)
		buf = append(buf,
			f(50, g0), f(51, g1), f(52, g2),
			perceptron.F2(53, g1, g2), perceptron.F2(54, p1, g1), perceptron.F2(55, w.norm, g1),
			perceptron.F3(56, p1, g0, g1), perceptron.F2(57, w.suf[2], g1), perceptron.F2(58, w.norm, g0),
			perceptron.F2(59, r1.norm, g2), perceptron.F2(60, w.cf, g1),
		)
	}
	return buf
}
