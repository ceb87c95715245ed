// Package nlp is kg's linguistic core: part-of-speech tagging (UPOS and
// Penn Treebank XPOS), lemmatisation and labelled dependency parsing of
// tokenised English sentences, with a model trained on UD English EWT and
// embedded in the binary.
//
// Input is a sentence as a slice of token forms in UD/PTB tokenisation
// (n't, 's, $, %, quotes as separate tokens). Tag fills UPOS, XPOS and
// Lemma; Parse additionally fills Head (1-based, 0 for the root) and Rel
// (a UD relation such as "nsubj" or "acl:relcl"). For any input, including
// an empty slice or arbitrary strings, both return exactly one Word per
// form and never panic; Parse always returns a tree with exactly one root.
//
// Default loads the embedded model once per process. A Pipeline is
// read-only after loading and safe for concurrent use.
//
// ReadCoNLLU, WriteCoNLLU and Evaluate connect the pipeline to the CoNLL-U
// format for the kg parse and kg eval parser commands. Evaluate follows the
// CoNLL 2018 shared task conventions for gold tokenisation: every syntactic
// word counts, punctuation included; multiword-token lines and empty nodes
// are ignored.
package nlp
