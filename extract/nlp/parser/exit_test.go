package parser

import (
	"slices"
	"testing"
)

// TestExitOrder checks that exitOrder names every feature position of a
// configuration with supertags exactly once.
func TestExitOrder(t *testing.T) {
	x := newSentence([]string{"a", "b"}, []string{"X", "X"}, []string{"X", "X"}, []string{"x", "x"}, nil)
	n := len(features(nil, x, newState(2), true))
	seen := make([]bool, n)
	for _, i := range exitOrder {
		if int(i) >= n || seen[i] {
			t.Fatalf("exitOrder: position %d out of range or repeated (%d features)", i, n)
		}
		seen[i] = true
	}
	if len(exitOrder) != n {
		t.Errorf("exitOrder has %d positions, the features %d", len(exitOrder), n)
	}
	if !slices.IsSorted(exitSteps[:]) || exitSteps[len(exitSteps)-1] >= n {
		t.Errorf("exitSteps %v: want ascending, below %d", exitSteps, n)
	}
}
