// Package extract turns a clean graph.Article into a graph.Record: the
// entities a careful reader sees in the story (Person, State, Treaty,
// Exercise, Place, Organization, Source), the relations between them with
// evidence, confidence and event dates, and MENTIONS / REPORTED_BY for the
// article itself. Entities are resolved to one stable id across articles and
// scripts through the embedded knowledge base (package extract/kb),
// Russian case forms and transliteration.
//
// Extraction is rule-based, offline and deterministic: the same article
// always gives the same Record, byte for byte once encoded.
//
// The pipeline, one file per step:
//
//   - segment.go: sentences (UAX #29, re-joined after abbreviations and
//     initials); tokenize.go: tokens with body offsets, folded keys and a
//     crude Russian case-ending stem, so «Турции» and «Турция» share a key.
//   - gazetteer.go: matchers built once in New from the knowledge base: a
//     map of token-key n-grams (longest match first, rune-boundary safe by
//     construction), role cue phrases, surnames, first names, name
//     skeletons for transliterated spellings.
//   - recognize*.go, patterns.go: mentions — knowledge-base phrases, then
//     shapes: exercises (quoted or "Name-2021" next to an exercise word),
//     documents (named, coordinated, unnamed with a complement), ministries
//     and armed forces of a state, places ("X River", "near X, Poland"),
//     people after titles or known first names.
//   - resolve.go: mentions → entities; nominatives and transliteration of
//     unknown Cyrillic names, surnames attached to the nearest person,
//     documents and organizations merged with their longer names.
//   - dates.go: event dates from the sentence (package dates), relative to
//     the publication date.
//   - relations.go, cues.go: relation rules by cue family in English and
//     Russian, with coreference of titles ("his Turkish counterpart",
//     "the presidents of A and B", «главы двух стран»), pronouns and bare
//     document words; offices from the text and from the knowledge base on
//     the article's date.
package extract
