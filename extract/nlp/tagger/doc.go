// Package tagger assigns Universal (UPOS) and Penn Treebank (XPOS)
// part-of-speech tags to tokenised English sentences.
//
// The tagger is a greedy left-to-right averaged perceptron (package
// perceptron) whose classes are the UPOS|XPOS pairs seen in training, so the
// two tag sets are always consistent with each other. Features of token i
// are its form, lower-cased and digit-normalised form, prefixes and
// suffixes, word shape, the normalised forms of up to two words either side,
// the tags already assigned to the two previous words, and the ambiguity
// class (the set of tags seen in training) of the word and its right
// neighbours. Tags are decided left to right; Tag never fails and never
// panics, whatever the input strings.
package tagger
