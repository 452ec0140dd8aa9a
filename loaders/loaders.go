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

// Size limits: a larger input is reported (ErrTooLarge, with its size) and
// skipped; the rest of the run goes on.
const (
	// MaxArticleBytes bounds one article: a text or HTML page, the body (or
	// html) of a JSON Lines record, the content of a feed item. News
	// stories are a few KB — a long feature with its page furniture a few
	// hundred — so a bigger input is not a news article (a log, a dump, a
	// book) and cleaning it would only stall the run. A file's size is
	// checked with Stat before it is opened; stdin and URLs are read up to
	// the limit and no further.
	MaxArticleBytes = 2 << 20
	// MaxFileBytes bounds a feed (many items, each within MaxArticleBytes).
	MaxFileBytes = 64 << 20
	// MaxLineBytes bounds one JSON Lines line; the record's body or html
	// must also be within MaxArticleBytes.
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
// never held in memory (a JSON Lines file is streamed line by line; a page
// is read whole, up to MaxArticleBytes; a feed up to MaxFileBytes).
//
// Only regular files are read. A symbolic link is followed (a link whose
// target is missing is reported); a FIFO, socket or device — named on the
// command line or met in a directory that the glob or extensions select —
// is reported as ErrNotRegular and never opened.
//
// A bad input (unreadable, not a regular file, too large, empty, binary, a
// broken JSON Lines record, a truncated feed, a page without story) does not stop the run: it is
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
		err = r.stream(in, stdin, -1, r.opts.Format, "", "")
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
		if d.IsDir() {
			return nil
		}
		// Regular files, symbolic links and special files alike: r.file
		// follows a link and reports what is not a regular file, so a
		// FIFO or a dangling link the glob selects is never skipped
		// silently.
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

// file reads one file. The mode is checked before opening (os.Stat follows
// a symbolic link): opening a FIFO would block until a writer comes, and a
// device may never end. A page larger than MaxArticleBytes is refused by
// its size, unread.
func (r *run) file(p, format string) error {
	info, err := os.Stat(p)
	if err != nil {
		return r.bad(p, 0, -1, err)
	}
	if !info.Mode().IsRegular() {
		return r.bad(p, 0, -1, notRegular(info.Mode()))
	}
	if format == FormatAuto {
		format = knownExt[strings.ToLower(filepath.Ext(p))]
	}
	if err := sizeErr(format, info.Size()); err != nil {
		return r.bad(p, 0, -1, err)
	}
	f, err := openFile(p)
	if err != nil {
		return r.bad(p, 0, -1, err)
	}
	defer f.Close()
	// The file may have changed between Stat and Open.
	if info, err = f.Stat(); err != nil {
		return r.bad(p, 0, -1, err)
	}
	if !info.Mode().IsRegular() {
		return r.bad(p, 0, -1, notRegular(info.Mode()))
	}
	return r.stream(p, f, info.Size(), format, "", "")
}

// openFile opens a file to read; tests replace it to see what is opened
// and how much is read.
var openFile = func(p string) (fs.File, error) { return os.Open(p) }

// notRegular names the kind of a special file in an ErrNotRegular.
func notRegular(m fs.FileMode) error {
	kind := "special file"
	switch {
	case m.IsDir():
		kind = "directory"
	case m&fs.ModeNamedPipe != 0:
		kind = "named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		kind = "socket"
	case m&fs.ModeCharDevice != 0:
		kind = "character device"
	case m&fs.ModeDevice != 0:
		kind = "device"
	case m&fs.ModeIrregular != 0:
		kind = "irregular file"
	}
	return fmt.Errorf("%w: %s", ErrNotRegular, kind)
}

// readLimit is the most bytes read of one input of the format: a feed holds
// many articles, a page (or an input still to sniff) one.
func readLimit(format string) int64 {
	if format == FormatFeed {
		return MaxFileBytes
	}
	return MaxArticleBytes
}

// sizeErr reports an input of a known size over the limit of its format;
// size < 0 is unknown, and JSON Lines are limited per line instead.
func sizeErr(format string, size int64) error {
	if size < 0 || format == FormatAuto || format == FormatJSONL || size <= readLimit(format) {
		return nil
	}
	return tooLarge(size, readLimit(format), format)
}

func tooLarge(size, limit int64, format string) error {
	what := "one article"
	if format == FormatFeed {
		what = "a feed"
	}
	if size < 0 {
		return fmt.Errorf("%w: more than %d bytes, the limit of %s", ErrTooLarge, limit, what)
	}
	return fmt.Errorf("%w: %d bytes, more than the %d of %s", ErrTooLarge, size, limit, what)
}

// stream loads one input from a reader: JSON Lines are streamed, other
// formats read whole, up to their limit (see MaxArticleBytes). size is the
// input's size when known, else -1; format may be empty (sniffed);
// contentType and pageURL come from HTTP.
func (r *run) stream(name string, rd io.Reader, size int64, format, contentType, pageURL string) error {
	br := bufio.NewReaderSize(rd, 64<<10)
	if format == FormatAuto {
		head, _ := br.Peek(2048)
		format = sniff(head, contentType)
	}
	if format == FormatJSONL {
		return r.jsonl(name, br)
	}
	if err := sizeErr(format, size); err != nil {
		return r.bad(name, 0, -1, err)
	}
	limit := readLimit(format)
	raw, err := io.ReadAll(io.LimitReader(br, limit+1))
	if err != nil {
		return r.bad(name, 0, -1, fmt.Errorf("read: %w", err))
	}
	if int64(len(raw)) > limit {
		return r.bad(name, 0, -1, tooLarge(size, limit, format))
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
	pg, err := r.c.cleanCtx(r.ctx, s, cleanHints{})
	if err != nil {
		return err
	}
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
