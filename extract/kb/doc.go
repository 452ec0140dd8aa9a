// Package kb is diplograph's knowledge base of the world: sovereign states
// (ISO codes, English and Russian names, adjectives and demonyms), capitals
// and major regions, organizations, well-known treaties and exercise
// series, diplomatic and military role words, and office holders (heads of
// state and government, ministers of defence and foreign affairs, chiefs of
// general staff) with their terms and their Latin, Turkish/Azerbaijani and
// Cyrillic spellings.
//
// The data are YAML files under data/, embedded with //go:embed, versioned
// (Version), each entry noting where the fact comes from. Users extend the
// base with their own files of the same format (`--gazetteer FILE`); their
// entries are added after the embedded ones, and an entry with the same
// canonical name (and label) as an existing one extends it (aliases and
// offices are unioned) instead of duplicating it.
//
// Files are decoded strictly (an unknown field is an error naming the file
// and line) and checked (states, roles and organizations an entry refers to
// must exist, dates must parse); Load reports every problem at once as an
// ErrorList. README.md documents the file format.
//
// A KB is immutable once loaded and safe for concurrent use.
package kb
