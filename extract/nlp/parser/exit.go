package parser

import "math"

// Early exit. Most transitions are clear long before all 139 features of a
// configuration have been looked up, and each lookup is a likely cache miss
// in a table of 40 MB. So the features are scored in the order of how much
// they decide (exitOrder), and after each of exitSteps the parser stops when
// the best valid transition leads the next by exitLead: the features left
// are then very unlikely to change the choice.
//
// exitOrder lists feature positions (the order features appends them, with
// supertags) by their mean share of the decision on EWT dev with the
// shipped model: the mean of |w(best) - w(runner-up)| over every scored
// configuration, best and runner-up as the full scores choose them. The
// bias comes first, then child-label, tag and supertag features; the
// bilexical pairs of Zhang and Nivre come last.
//
// exitLead was chosen on dev, from leads of 124 to 260 (real-valued units;
// the shipped model's scale is 0.00322, so 180 is about 56,000 quantised
// units): 180 is the smallest that keeps dev UAS and LAS to two decimals.
// It parses 5 of the 2,001 dev sentences differently from scoring every
// feature, and 3 of the 2,077 test sentences, with the same test UAS and
// LAS (TestEarlyExit in package nlp); it looks up 73% of the parser's
// features. At 230 no dev or test parse changes, but 95% are looked up and
// the saving is small. Checking the lead after every 8 to 16 features
// instead of 24 saves a few more lookups and changes more parses.
var exitOrder = [...]uint8{
	0, 69, 83, 81, 4, 11, 135, 119, 75, 117, 8, 122, 74, 136, 68, 104, 73, 133, 67, 132, 116, 121, 137, 18,
	28, 84, 47, 124, 82, 3, 19, 105, 48, 34, 127, 7, 106, 80, 125, 128, 14, 138, 123, 50, 107, 109, 85, 20,
	72, 95, 79, 88, 64, 62, 134, 120, 131, 97, 55, 90, 52, 71, 66, 113, 41, 126, 87, 65, 98, 17, 60, 91,
	93, 70, 10, 78, 86, 38, 101, 118, 27, 43, 9, 110, 39, 2, 129, 16, 59, 44, 49, 40, 92, 1, 77, 42,
	6, 15, 111, 46, 100, 61, 115, 54, 58, 51, 5, 76, 56, 45, 94, 63, 99, 89, 33, 114, 130, 13, 96, 108,
	12, 112, 24, 31, 25, 30, 35, 102, 36, 103, 37, 32, 57, 29, 26, 22, 23, 21, 53,
}

// exitSteps are the numbers of features after which the lead is checked.
var exitSteps = [...]int{24, 48, 72, 96}

// exitLead is the lead (in real-valued perceptron units) that ends the
// scoring of a configuration early.
const exitLead = 180.0

// leadOf converts exitLead to the quantised units of a model of scale.
func leadOf(scale float64) int32 {
	if scale <= 0 {
		return 0
	}
	return int32(min(exitLead/scale, math.MaxInt32))
}

// WithoutEarlyExit returns a copy of p that scores every feature of every
// configuration (to measure what early exit costs).
func (p *Parser) WithoutEarlyExit() *Parser {
	q := *p
	q.lead = 0
	return &q
}

// score fills scores for the configuration whose features are buf,
// stopping early when one transition is clearly best; ordered is scratch
// space, returned for reuse.
func (p *Parser) score(buf []uint64, st *state, scores []int32, ordered []uint64) []uint64 {
	if p.lead == 0 || p.labeler != nil || len(buf) != len(exitOrder) {
		p.model.Score(buf, scores)
		return ordered
	}
	if ordered == nil {
		ordered = make([]uint64, 0, len(exitOrder))
	}
	ordered = ordered[:0]
	for _, i := range exitOrder {
		ordered = append(ordered, buf[i])
	}
	p.model.ScoreUntil(ordered, exitSteps[:], scores, func(s []int32) bool {
		return p.lead64(st, s) >= int64(p.lead)
	})
	return ordered
}

// lead64 returns how far the best valid transition leads the next one
// (the maximum when only one is valid).
func (p *Parser) lead64(st *state, scores []int32) int64 {
	b1, b2 := int64(math.MinInt64), int64(math.MinInt64)
	for c, v := range scores {
		if x := int64(v); x > b2 && p.validClass(st, c) {
			if x > b1 {
				b1, b2 = x, b1
			} else {
				b2 = x
			}
		}
	}
	if b2 == math.MinInt64 {
		return math.MaxInt64
	}
	return b1 - b2
}
