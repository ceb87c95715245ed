package dot

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Radial layout (Twopi) around Options.Root: the root in the middle, the
// nodes one edge away on a first ring, those two edges away on a second,
// and so on. Twopi spaces the rings evenly unless told otherwise, so the
// ring radii are computed here from what each ring holds: each ring is
// long enough for its nodes side by side (at their estimated widths) and
// at least minRingGap further out than the one inside it.

// Estimated text metrics of the node font, in points.
const (
	charWidth = 6.6  // an average Helvetica character at 11-12 points
	nodePad   = 28.0 // margins and shape around a label
	ringSep   = 24.0 // space between neighbours on a ring
	minRing   = 108.0
)

// Estimated line height and shape margin, in points.
const (
	lineHeight = 13.0
	shapePad   = 14.0
)

// arc estimates the length in points a node takes on a ring: a box of
// width w and height h, tangent to the ring at angle a, takes
// |w sin a| + |h cos a|, which averages 2/pi (w + h) around the ring.
func arc(n *vnode) float64 {
	lines := strings.Split(wrap(n.label), "\n")
	w := 0
	for _, line := range lines {
		w = max(w, utf8.RuneCountInString(line))
	}
	width := float64(w)*charWidth + nodePad
	height := float64(len(lines))*lineHeight + shapePad
	return 2 / math.Pi * (width + height)
}

// rings returns the ring of every node reachable from root over the drawn
// edges (root: 0), by name.
func (sel selection) rings(root string) map[string]int {
	adj := map[string][]string{}
	for _, e := range sel.edges {
		adj[e.from] = append(adj[e.from], e.to)
		adj[e.to] = append(adj[e.to], e.from)
	}
	ring := map[string]int{root: 0}
	queue := []string{root}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		for _, m := range adj[n] {
			if _, ok := ring[m]; !ok {
				ring[m] = ring[n] + 1
				queue = append(queue, m)
			}
		}
	}
	return ring
}

// rankSeps returns Twopi's ranksep for a layout around root: the distances
// in inches between successive rings, separated by colons.
func (sel selection) rankSeps(root string) string {
	ring := sel.rings(root)
	var length []float64 // the summed widths of each ring's nodes
	for _, n := range sel.nodes {
		k, ok := ring[n.name]
		if !ok || k == 0 {
			continue
		}
		for len(length) < k {
			length = append(length, 0)
		}
		length[k-1] += arc(n) + ringSep
	}
	var seps []string
	r := 0.0
	for _, l := range length {
		next := max(r+minRing, l/(2*math.Pi))
		seps = append(seps, strconv.FormatFloat((next-r)/72, 'f', 2, 64))
		r = next
	}
	if len(seps) == 0 {
		return strconv.FormatFloat(minRing/72, 'f', 2, 64)
	}
	return strings.Join(seps, ":")
}
