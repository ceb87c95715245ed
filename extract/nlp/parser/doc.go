// Package parser is a labelled dependency parser for tagged English
// sentences, producing Universal Dependencies trees.
//
// It is a greedy transition-based parser using the arc-hybrid system
// (Kuhlmann, Gómez-Rodríguez and Satta 2011) with the artificial root at the
// bottom of the stack. A configuration is a stack, a buffer and the arcs
// built so far; the transitions are
//
//	SHIFT        move the first buffer word b0 onto the stack
//	LEFT(l)      pop s0 and attach it to b0 with label l
//	RIGHT(l)     pop s0 and attach it to s1 with label l
//
// RIGHT with s1 = root is allowed only when the buffer is empty and then
// only with label "root", so every parse is a single-rooted projective tree
// covering all words.
//
// Transitions are scored by an averaged perceptron (package perceptron)
// with the rich non-local feature set of Zhang and Nivre (2011) adapted to
// arc-hybrid: words, tags and arc labels of the top three stack items, the
// first three buffer words and the outermost children of s0, s1 and b0,
// plus distance, valency and child-label-set features. Training uses the
// dynamic oracle of Goldberg and Nivre (2013) with error exploration, on
// training trees made projective by lifting.
package parser
