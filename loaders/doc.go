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
//	source_tail.go  last-resort source: staff bylines, social blurbs, ©
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
// Only regular files are read: a symbolic link is followed (a dangling one
// is reported), and a FIFO, socket or device — named on the command line or
// selected by the glob or extensions in a directory — is reported as
// ErrNotRegular without being opened, since opening a FIFO blocks.
//
// Size limits keep one odd input from stalling a batch. A page (text or
// HTML file, stdin, URL) is one article, and news stories are a few KB: one
// larger than MaxArticleBytes (2 MiB) is not a news article and is reported
// as ErrTooLarge with its size — by Stat before the file is opened, by
// Content-Length, or after reading one byte past the limit, never by
// reading it through. JSON Lines are limited per line (MaxLineBytes) and per
// record (a body or html over MaxArticleBytes), feeds per file
// (MaxFileBytes) and per item (MaxArticleBytes); an oversized record or item
// is reported with its line or item and the rest is read. The cleaner looks
// at the context every thousand lines, so cancellation is prompt.
//
// Output is deterministic: inputs are read in the order given, directories
// in lexical order, and the same bytes always give the same articles.
// The package never imports package extract.
package loaders
