// Package perceptron implements a multi-class averaged perceptron over hashed
// sparse binary features, as used by the kg tagger and parser.
//
// Features are 64-bit hashes built with Hash and Mix from a template number
// and atom values (word hashes, tags, labels). During training a Trainer
// keeps, for every feature that ever took part in an update, a short list of
// (class, weight) entries together with the bookkeeping needed for weight
// averaging (Collins 2002; the lazy "timestamp" trick of Daumé III).
//
// Trainer.Compile turns the averaged weights into a read-only Model: 32-bit
// feature keys in an open-addressing table, and per-feature entries of
// (class uint8, weight int16) with one global scale. Scores of a Model are
// int32 sums, so inference does no floating point. A Model is safe for
// concurrent use. Model.WriteTo and ReadModel give a compact, deterministic
// binary encoding (varints of sorted keys) meant to be gzip-compressed by
// the caller.
package perceptron
