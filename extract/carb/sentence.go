package carb

import "sort"

// scoreSentence adds one gold sentence's contribution to every threshold
// of acc. At threshold t the kept predictions are those with confidence at
// least t. Recall adds, for each gold tuple, its best recall over the kept
// predictions; precision adds the greedy one-to-one matching of kept
// predictions to gold tuples (see greedyPrecision) and counts every kept
// prediction in its denominator. Thresholds above the sentence's highest
// confidence keep nothing and add only the gold count to the recall
// denominator.
func scoreSentence(gold, pred []Extraction, thresholds []float64, acc *sums) {
	scores := scoreMatrix(gold, pred)
	levels := make([]float64, len(pred))
	for j, e := range pred {
		levels[j] = e.Confidence
	}
	levels = distinctSorted(levels)

	kept := make([]int, 0, len(pred))
	prev := 0
	for _, level := range levels {
		c := sort.SearchFloat64s(thresholds, level)
		kept = kept[:0]
		for j, e := range pred {
			if e.Confidence >= level {
				kept = append(kept, j)
			}
		}
		rnum := bestRecall(scores, kept)
		pnum := greedyPrecision(scores, kept)
		for k := prev; k <= c; k++ {
			acc.p[k] += pnum
			acc.pl[k] += len(kept)
			acc.r[k] += rnum
			acc.rl[k] += len(gold)
		}
		prev = c + 1
	}
	for k := prev; k < len(thresholds); k++ {
		acc.rl[k] += len(gold)
	}
}

// scoreMatrix scores every prediction against every gold tuple;
// scores[i][j] is prediction j against gold tuple i.
func scoreMatrix(gold, pred []Extraction) [][]pairScore {
	ps := make([]tuple, len(pred))
	for j, e := range pred {
		ps[j] = newTuple(e)
	}
	scores := make([][]pairScore, len(gold))
	cells := make([]pairScore, len(gold)*len(pred))
	for i, g := range gold {
		gt := newTuple(g)
		scores[i] = cells[i*len(pred) : (i+1)*len(pred)]
		for j := range ps {
			scores[i][j] = match(gt, ps[j])
		}
	}
	return scores
}

// bestRecall sums over gold tuples the best recall among the kept
// predictions (0 when none is kept).
func bestRecall(scores [][]pairScore, kept []int) float64 {
	sum := 0.0
	for _, row := range scores {
		m := 0.0
		for i, j := range kept {
			if i == 0 || row[j].r > m {
				m = row[j].r
			}
		}
		sum += m
	}
	return sum
}

// greedyPrecision matches kept predictions to gold tuples one to one,
// min(#gold, #kept) times taking the unmatched pair with the highest
// precision (scanning gold tuples in order, then kept predictions in
// order, so the first of equal pairs wins, and pairs of precision 0 are
// matched too), and returns the sum of the matched precisions.
func greedyPrecision(scores [][]pairScore, kept []int) float64 {
	n := min(len(scores), len(kept))
	rowUsed := make([]bool, len(scores))
	colUsed := make([]bool, len(kept))
	sum := 0.0
	for range n {
		bi, bk, bp := -1, -1, -1.0
		for i, row := range scores {
			if rowUsed[i] {
				continue
			}
			for k, j := range kept {
				if !colUsed[k] && row[j].p > bp {
					bi, bk, bp = i, k, row[j].p
				}
			}
		}
		rowUsed[bi], colUsed[bk] = true, true
		sum += bp
	}
	return sum
}
