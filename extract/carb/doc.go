// Package carb scores Open IE extractions against a gold standard the way
// the CaRB benchmark's reference scorer does (Bhardwaj, Aggarwal and
// Mausam, "CaRB: A Crowdsourced Benchmark for Open IE", EMNLP-IJCNLP 2019;
// carb.py with its default matcher, "binary lenient tuple match", in
// github.com/dair-iitd/CaRB). It is meant to give the same numbers as the
// reference on the same files.
//
// # Files
//
// A gold file (ReadGold) has one extraction per line:
//
//	sentence <TAB> relation <TAB> arg1 <TAB> arg2 [<TAB> arg3 ...]
//
// A system file (ReadSystem, WriteSystem) is CaRB's "tabbed" format:
//
//	sentence <TAB> confidence <TAB> relation <TAB> arg1 <TAB> arg2 [...]
//
// Both readers strip white space from each line and skip blank lines. The
// gold reader also strips every field and drops arguments containing "C: "
// (context arguments); the system reader keeps its fields as they are.
// Lines end at "\n", "\r\n" or "\r". Malformed lines are reported as
// *SyntaxError, "name:line: message".
//
// WriteCurve writes the precision/recall curve in the layout of the
// reference's --out file.
//
// # Sentences
//
// Gold and system extractions belong to the same sentence when their
// sentence keys are equal: the sentence without spaces, with the Penn
// Treebank escapes -LRB- -RRB- -LSB- -RSB- -LCB- -RCB- undone, and then
// without ASCII punctuation. Extractions are first grouped by their exact
// Sentence string; if two different strings have the same key, only the
// group of the string that appeared last is kept (at the position of the
// first), exactly as the reference's dictionary rebuild behaves. Since the
// gold reader strips sentences and the system reader does not, a system
// that spells one sentence both with and without a trailing space loses
// the extractions of the earlier spelling. Result counts such extractions
// (GoldShadowed, SystemShadowed), and system extractions for sentences not
// in the gold (Unmatched); the latter add thresholds but are not scored.
//
// # Matching one pair
//
// Words are whitespace tokens (Python's str.split), compared exactly
// (case-sensitive). Both tuples are binarised: arg2..argN are joined into
// one object, so a tuple with two or more arguments is (relation, arg1,
// object). A system tuple p is scored against a gold tuple g as follows.
//
//  1. The relation overlap m is the number of gold relation tokens that
//     find an equal, not yet used, system relation token. If then a system
//     token "be" is still unused and the gold relation contains any of be,
//     is, am, are, was, were, been, being, m grows by one.
//  2. If m is 0 the pair scores precision 0 and recall 0.
//  3. For each argument position of g (arg1, object), p must have that
//     position too, else the pair scores (0, 0); the position's overlap,
//     counted the same way, is added to m, the position's system tokens to
//     the precision denominator and its gold tokens to the recall
//     denominator (which start with the relation token counts). System
//     arguments beyond g's count are ignored.
//  4. Precision is m over the system tokens and recall m over the gold
//     tokens (each 0 if its denominator is 0). The "be" bonus can make
//     recall exceed 1, as in the reference.
//  5. If g's relation contains said, told, added, adds or says as a
//     substring, p is scored a second time with arg1 and object swapped,
//     and the better of the two is kept: higher precision, then higher
//     recall.
//
// # The curve
//
// The thresholds are the distinct confidences of all system extractions.
// At threshold t the system extractions with confidence >= t are kept, and
// for every gold sentence:
//
//   - each gold tuple adds to the recall numerator its best recall over the
//     kept extractions of its sentence (0 if there are none) and 1 to the
//     recall denominator;
//   - the kept extractions are matched one to one with the gold tuples,
//     min(#gold, #kept) times picking the unmatched pair with the highest
//     precision (gold tuples in file order, then extractions in file order;
//     the first of equal pairs wins, pairs of precision 0 included); the
//     matched precisions add to the precision numerator and every kept
//     extraction adds 1 to the precision denominator.
//
// Precision at t is 1 when nothing is kept; recall is 0 when there is no
// gold. The reported P, R and F1 are those of the threshold with the best
// F1 (the lowest such threshold on ties), among thresholds where P+R > 0:
// the reference computes F1 there as NaN and searches with numpy's
// nanargmax, so such points never win; if no point qualifies, P, R and F1
// are 0. AUC is the trapezoidal area under precision over recall along the
// thresholds in increasing order, followed by the point (R=0, P=1), as
// sklearn.metrics.auc computes it; it is 0 with no system output.
//
// # Reading of the reference
//
// The rules above were reconstructed from the public CaRB code, read to
// learn (none of it is copied here): carb.py (Benchmark.compare, its
// "optimised global match", normalizeKey, PTB_unescape, removePunct),
// matcher.py (binary_linient_tuple_match and the live "stricter match"
// definition of linient_tuple_match; the "submitted version" is commented
// out), and the gold and tabbed readers in oie_readers/. Details that
// README and paper leave open and how they were settled:
//
//   - The gold reader's dropping of "C: " arguments is in the gold reader
//     of dair-iitd's later copies of the scorer (openie6/carb); the copy in
//     CaRB's older benchmark/ folder lacks it. With it, the dev gold fed
//     back as a tabbed system file scores F1 0.993 (P 0.990, R 0.996), the
//     ceiling recorded with the dev data; without it, 0.998. Another fork
//     also deletes "L:" and "T:" from gold arguments; that variant also
//     rounds to 0.993 on dev, and is not followed here.
//   - The rest of the gap to 1 is sentence shadowing (see Sentences): three
//     dev sentences are spelt both with and without a trailing space, which
//     the gold reader merges (it strips the sentence, keying its dictionary
//     by the stripped text) and the tabbed reader does not.
//   - The best point uses nanargmax, as in the later carb.py; an earlier
//     version used argmax, which picks a NaN point whenever one exists.
//   - Thresholds come from every system extraction, including those of
//     sentences not in the gold, which the reference also counts.
//   - numpy.round (half to even) for printing, see Result.String.
//
// Deliberate differences, on input the reference cannot score: the
// readers reject NaN confidences, hexadecimal floats, invalid UTF-8 and
// lines over 1 MiB, and skip blank gold lines; Score ignores system
// extractions whose confidence is NaN. Not implemented: carb.py's other
// matchers, its --binary option (off by default), and its readers for
// formats other than tabbed.
package carb
