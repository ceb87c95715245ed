package carb

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

// WriteCurve writes res.Curve as the reference writes its --out file: a
// header line "Precision<TAB>Recall<TAB>Confidence", then one line per
// point, ordered by increasing recall (points of equal recall in order of
// increasing confidence). Numbers are formatted like Python's repr of a
// float ("0.5", "1.0", "1e-05"), except the conventional precision of a
// point that keeps nothing and the recall when there is no gold, which
// the reference writes as the integers 1 and 0.
func WriteCurve(w io.Writer, res Result) error {
	pts := make([]Point, len(res.Curve))
	copy(pts, res.Curve)
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].R < pts[j].R })
	bw := bufio.NewWriter(w)
	bw.WriteString("Precision\tRecall\tConfidence\n")
	for _, pt := range pts {
		p, r := pyFloat(pt.P), pyFloat(pt.R)
		if pt.Kept == 0 {
			p = "1"
		}
		if res.Gold == 0 {
			r = "0"
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\n", p, r, pyFloat(pt.Confidence))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write curve: %w", err)
	}
	return nil
}

// pyFloat formats x as Python's repr(float) does: the shortest digits that
// read back exactly, in positional notation with at least one decimal
// when the decimal exponent is in [-4, 16), and in exponent notation
// otherwise.
func pyFloat(x float64) string {
	switch {
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case math.IsNaN(x):
		return "nan"
	}
	e := strconv.FormatFloat(x, 'e', -1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return e
	}
	f := strconv.FormatFloat(x, 'f', -1, 64)
	if !strings.Contains(f, ".") {
		f += ".0"
	}
	return f
}
