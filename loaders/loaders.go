package loaders

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/diplograph/diplograph/dates"
	"github.com/diplograph/diplograph/graph"
)

// The formats of Options.Format.
const (
	FormatAuto  = ""      // by extension, then by sniffing the content
	FormatText  = "text"  // a scraped text page
	FormatHTML  = "html"  // an HTML page
	FormatJSONL = "jsonl" // JSON Lines, one record per line
	FormatFeed  = "feed"  // RSS or Atom
)

// Size limits: a larger file or JSON Lines record is reported (ErrTooLarge)
// and skipped.
const (
	// MaxFileBytes bounds a text, HTML or feed input.
	MaxFileBytes = 64 << 20
	// MaxLineBytes bounds one JSON Lines record.
	MaxLineBytes = 16 << 20
)

// Options configure Read.
type Options struct {
	// Format forces one format for every input (text, html, jsonl, feed;
	// aliases txt, htm, ndjson, rss, atom); empty chooses by extension and
	// content.
	Format string
	// Glob filters the files found when walking directories: matched
	// against the base name, or against the path below the directory when
	// it holds a "/". Files named on the command line are always read.
	// Empty means files with a known extension.
	Glob string
	// Strict stops at the first bad input instead of skipping it.
	Strict bool
	// Stdin is read for the input "-" (os.Stdin when nil).
	Stdin io.Reader
	// HTTPClient fetches http(s) inputs (feeds, pages); nil means a client
	// with a 30 s timeout. The tool itself runs offline; URLs are for users
	// who point it at a live feed.
	HTTPClient HTTPDoer
}

// Doc is one loaded article.
type Doc struct {
	// Article is the clean article; Body is the story alone.
	Article graph.Article
	// Cut lists what the cleaner removed and why, in page order.
	Cut []Cut
	// Warnings are problems that did not stop loading (invalid bytes,
	// guessed encodings, exact repeats).
	Warnings []string
	// RecordID is the "id" of a JSON Lines record, or the guid of a feed
	// item, when the input gave one.
	RecordID string
	// Size is the number of input bytes behind the article.
	Size int64
}

// knownExt maps file extensions to formats. Directory walks take only these
// files (so a README.md beside the pages is not read as an article); a file
// named explicitly is read whatever its extension, its format sniffed.
var knownExt = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL, ".json": FormatJSONL,
	".xml": FormatFeed, ".rss": FormatFeed, ".atom": FormatFeed, ".feed": FormatFeed,
}

// ParseFormat checks a --format value and returns its canonical name.
func ParseFormat(s string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return FormatAuto, nil
	case "text", "txt", "plain":
		return FormatText, nil
	case "html", "htm":
		return FormatHTML, nil
	case "jsonl", "ndjson", "json":
		return FormatJSONL, nil
	case "feed", "rss", "atom", "xml":
		return FormatFeed, nil
	}
	return "", fmt.Errorf("%w %q (valid: text, html, jsonl, feed)", ErrFormat, s)
}

// Read loads inputs — files, directories (walked recursively in lexical
// order, filtered by opts.Glob), "-" for opts.Stdin, and http(s) URLs — and
// calls fn with each article in input order, one at a time: the corpus is
// never held in memory (a JSON Lines file is streamed line by line; other
// files are read whole, up to MaxFileBytes).
//
// A bad input (unreadable, empty, binary, a broken JSON Lines record, a
// truncated feed, a page without story) does not stop the run: it is
// recorded with its file and line or offset, and Read returns all of them
// at the end as an ErrorList (nil when there were none). With opts.Strict,
// Read returns at the first one. An error returned by fn stops Read and is
// returned as is; so is the context's error.
//
// Articles whose story is a near-duplicate of an earlier one get the
// earlier ids in Article.DuplicateOf (see DuplicateThreshold).
func Read(ctx context.Context, inputs []string, opts Options, fn func(Doc) error) error {
	format, err := ParseFormat(opts.Format)
	if err != nil {
		return err
	}
	opts.Format = format
	if opts.Glob != "" {
		if _, err := filepath.Match(opts.Glob, ""); err != nil {
			return fmt.Errorf("glob %q: %w", opts.Glob, err)
		}
	}
	r := &run{ctx: ctx, opts: opts, c: newCleaner(), dd: newDeduper(), fn: fn}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := r.input(in); err != nil {
			return err
		}
	}
	return r.errs.Err()
}

// run is the state of one Read call.
type run struct {
	ctx  context.Context
	opts Options
	c    *cleaner
	dd   *deduper
	fn   func(Doc) error
	errs ErrorList
}

// stopError wraps an error that must end the run (fn's error, strict mode,
// cancellation), as opposed to a bad input that is only recorded.
type stopError struct{ err error }

func (e *stopError) Error() string { return e.err.Error() }
func (e *stopError) Unwrap() error { return e.err }

// bad records a problem with an input; it returns non-nil when the run
// must stop (strict mode).
func (r *run) bad(file string, line int, off int64, err error) error {
	r.errs.Add(file, line, off, err)
	if r.opts.Strict {
		return &stopError{r.errs}
	}
	return nil
}

func (r *run) input(in string) error {
	var err error
	switch {
	case in == "-":
		stdin := r.opts.Stdin
		if stdin == nil {
			stdin = os.Stdin
		}
		err = r.stream(in, stdin, r.opts.Format, "", "")
	case isURL(in):
		err = r.fetch(in)
	default:
		err = r.path(in)
	}
	var stop *stopError
	if errors.As(err, &stop) {
		if el, ok := stop.err.(ErrorList); ok {
			return el
		}
		return stop.err
	}
	return err
}

func (r *run) path(in string) error {
	info, err := os.Stat(in)
	if err != nil {
		return r.bad(in, 0, -1, err)
	}
	if !info.IsDir() {
		return r.file(in, r.opts.Format)
	}
	var files []string
	walkErr := filepath.WalkDir(in, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if e := r.bad(p, 0, -1, err); e != nil {
				return e
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		name := d.Name()
		if p != in && strings.HasPrefix(name, ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !d.Type().IsRegular() {
			return nil
		}
		if r.wanted(in, p) {
			files = append(files, p)
		}
		return nil
	})
	if walkErr != nil {
		return walkErr
	}
	// WalkDir visits in lexical order already; the list keeps the walk's
	// errors apart from the reading.
	for _, p := range files {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		if err := r.file(p, r.opts.Format); err != nil {
			return err
		}
	}
	return nil
}

// wanted applies the glob (or the known extensions) to a walked file.
func (r *run) wanted(root, p string) bool {
	if r.opts.Glob == "" {
		_, ok := knownExt[strings.ToLower(filepath.Ext(p))]
		return ok
	}
	if strings.Contains(r.opts.Glob, "/") {
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return false
		}
		ok, _ := filepath.Match(r.opts.Glob, filepath.ToSlash(rel))
		return ok
	}
	ok, _ := filepath.Match(r.opts.Glob, filepath.Base(p))
	return ok
}

func (r *run) file(p, format string) error {
	f, err := os.Open(p)
	if err != nil {
		return r.bad(p, 0, -1, err)
	}
	defer f.Close()
	if format == FormatAuto {
		format = knownExt[strings.ToLower(filepath.Ext(p))]
	}
	return r.stream(p, f, format, "", "")
}

// stream loads one input from a reader: JSON Lines are streamed, other
// formats read whole. format may be empty (sniffed); contentType and
// pageURL come from HTTP.
func (r *run) stream(name string, rd io.Reader, format, contentType, pageURL string) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	if format == FormatAuto {
		head, _ := br.Peek(2048)
		format = sniff(head, contentType)
	}
	if format == FormatJSONL {
		return r.jsonl(name, br)
	}
	raw, err := io.ReadAll(io.LimitReader(br, MaxFileBytes+1))
	if err != nil {
		return r.bad(name, 0, -1, fmt.Errorf("read: %w", err))
	}
	if len(raw) > MaxFileBytes {
		return r.bad(name, 0, -1, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, MaxFileBytes))
	}
	switch format {
	case FormatFeed:
		return r.feed(name, raw)
	case FormatHTML:
		return r.html(name, raw, contentType, pageURL)
	}
	return r.text(name, raw)
}

// sniff chooses a format from the first bytes: feeds and HTML by their
// markup, JSON Lines by a leading "{", else text.
func sniff(head []byte, contentType string) string {
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(ct, "rss"), strings.Contains(ct, "atom"):
		return FormatFeed
	case strings.Contains(ct, "html"):
		return FormatHTML
	case strings.Contains(ct, "json"):
		return FormatJSONL
	}
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF}), " \t\r\n")
	lower := bytes.ToLower(h)
	switch {
	case bytes.HasPrefix(h, []byte("{")):
		return FormatJSONL
	case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")), bytes.Contains(lower, []byte("<rdf:rdf")):
		return FormatFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")),
		bytes.Contains(lower, []byte("<body")), bytes.Contains(lower, []byte("<head")):
		return FormatHTML
	}
	return FormatText
}

// text loads a scraped text page.
func (r *run) text(name string, raw []byte) error {
	s, warns, err := decodeText(raw, name, "", false)
	if err != nil {
		return r.bad(name, 0, -1, err)
	}
	pg := r.c.clean(s, cleanHints{})
	return r.emit(name, pg, meta{}, warns, int64(len(raw)))
}

// meta is what an input format states about an article besides its text.
// Explicit (JSON Lines) values win over what the cleaner finds; page
// values (HTML meta, feed) give way to a credit in the story for source.
type meta struct {
	title, url, language, recordID string
	published                      dates.Date
	source                         string
	sourceExplicit                 bool
	siteName                       string
	authors                        []string
}

// emit completes an article from the cleaned page and the format's metadata
// and hands it to fn.
func (r *run) emit(file string, pg page, m meta, warns []string, size int64) error {
	if strings.TrimSpace(pg.body) == "" {
		return r.bad(file, 0, -1, ErrNoStory)
	}
	a := graph.Article{File: file, URL: m.url, Title: pg.title, Body: pg.body, Authors: []string{}}
	if m.title != "" {
		a.Title = m.title
	}
	pub := pg.published
	if !m.published.IsZero() {
		pub = m.published
	}
	if !pub.IsZero() {
		s := pub.String()
		a.Published = &s
	}
	src := pg.source
	switch {
	case m.sourceExplicit && m.source != "":
		src = r.c.outlets.normalize(m.source)
	case m.siteName != "" && (src == "" || strings.HasPrefix(pg.srcWhy, "outlet's") || pg.srcWhy == "copyright line"):
		src = r.c.outlets.normalize(m.siteName)
	}
	if src != "" {
		a.Source = &src
	}
	a.Authors = appendNew(a.Authors, m.authors...)
	a.Authors = appendNew(a.Authors, pg.authors...)
	a.Language = detectLanguage(a.Title + "\n" + a.Body)
	if m.language != "" {
		a.Language = strings.ToLower(m.language)
		if i := strings.IndexAny(a.Language, "-_"); i > 0 {
			a.Language = a.Language[:i]
		}
	}
	a.ID = graph.ArticleID(a.Body)
	a.WordCount = wordCount(a.Body)
	dups, sameAs := r.dd.check(a.ID, file, a.Body)
	a.DuplicateOf = dups
	if sameAs != "" {
		warns = append(warns, fmt.Sprintf("%s: same story as %s (same id)", file, sameAs))
	}
	if err := r.fn(Doc{Article: a, Cut: pg.cuts, Warnings: warns, RecordID: m.recordID, Size: size}); err != nil {
		return &stopError{err}
	}
	return nil
}
