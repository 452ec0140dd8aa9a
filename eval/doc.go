// Package eval scores extraction output against hand-made answer keys in the
// gold format of GOLD_FORMAT.md: entity and relation precision, recall and
// F1 per label and type, relation dates, office roles and article metadata.
//
// It is a faithful port of the project's reference scorer (shared/eval/score):
// the same name normalization, endpoint resolution, optional items and date
// credit, so that `diplograph eval` gives users who annotate their own pages
// the figures the project itself is judged by. A test checks parity with the
// reference when it is present.
package eval
