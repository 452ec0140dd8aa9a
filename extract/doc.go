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
package extract
