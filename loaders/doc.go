// Package loaders reads news inputs — scraped text pages, HTML pages, JSON
// Lines records and RSS/Atom feeds, from files, directories, stdin or URLs —
// into clean graph.Article values: the story alone, with its title,
// publication date, language, source and authors, plus a list of what was
// cut and why.
//
// The flow, one file per step:
//
//	loaders.go   inputs → format (extension, sniffing, --format) → Read
//	encoding.go  bytes → UTF-8 (BOM, labels, detection; invalid bytes warned)
//	lines.go     line kinds: separators, furniture, blurbs, captions, cues
//	stamp.go     date stamps and the year of a year-less stamp
//	clean.go     page → story + cuts (side lists, kickers, headline)
//	meta.go      published date and source (datelines, credits, handles)
//	outlets.go   known outlets and aliases (outlets.txt, embedded)
//	language.go  ISO 639-1 language by script and stop words
//	html.go      HTML via readability; jsonl.go; feed.go (RSS/Atom, HTTP)
//	dedup.go     near-duplicate stories (word 5-shingles, MinHash)
//	errors.go    Error and ErrorList: bad inputs, reported at the end
//
// Side items (other headlines, "Latest news" lists, dated headline lists)
// are dropped from the article and reported in its Cut list; they never
// become articles of their own, and they never lend their dates, credits
// or people to the story.
//
// Output is deterministic: inputs are read in the order given, directories
// in lexical order, and the same bytes always give the same articles.
// The package never imports package extract.
package loaders
