package loaders

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/diplograph/diplograph/dates"
)

// jsonlRecord is one JSON Lines input record. Body (plain text) or HTML is
// required; the other fields are optional and win over what the cleaner
// finds in the text.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Body      string          `json:"body"`
	HTML      string          `json:"html"`
	Published string          `json:"published"`
	Source    string          `json:"source"`
	Language  string          `json:"language"`
	Authors   json.RawMessage `json:"authors"`
}

// jsonl streams a JSON Lines input: one record per line, blank lines
// skipped. A broken line is reported with its line number (ErrBadRecord;
// ErrTooLarge for a line over MaxLineBytes or a body or html over
// MaxArticleBytes) and the following lines continue. Articles are named
// "file#N" with N the line number.
func (r *run) jsonl(name string, br *bufio.Reader) error {
	line := 0
	var off int64
	for {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		b, tooLong, err := readLine(br, MaxLineBytes)
		if len(b) == 0 && !tooLong && err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return r.bad(name, line+1, off, fmt.Errorf("read: %w", err))
		}
		line++
		start := off
		off += int64(len(b))
		if tooLong {
			if e := r.bad(name, line, start, fmt.Errorf("%w: line longer than %d bytes", ErrTooLarge, MaxLineBytes)); e != nil {
				return e
			}
			continue
		}
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte{0xEF, 0xBB, 0xBF})
		}
		if len(bytes.TrimSpace(b)) == 0 {
			continue
		}
		if e := r.record(name, line, start, b); e != nil {
			return e
		}
	}
}

// readLine reads one line (without the newline) of at most max bytes; a
// longer line is consumed and reported with tooLong.
func readLine(br *bufio.Reader, max int) (b []byte, tooLong bool, err error) {
	for {
		chunk, e := br.ReadSlice('\n')
		if len(b)+len(chunk) > max {
			tooLong = true
			b = b[:0]
		} else {
			b = append(b, chunk...)
		}
		if e == bufio.ErrBufferFull {
			continue
		}
		if tooLong {
			return nil, true, e
		}
		return bytes.TrimRight(b, "\r\n"), false, e
	}
}

func (r *run) record(name string, line int, off int64, b []byte) error {
	file := fmt.Sprintf("%s#%d", name, line)
	var warns []string
	if !utf8.Valid(b) {
		s, w, _ := checkUTF8(b, int(off), name, nil)
		b, warns = []byte(s), w
	}
	var rec jsonlRecord
	if err := json.Unmarshal(b, &rec); err != nil {
		return r.bad(name, line, -1, fmt.Errorf("%w: %v", ErrBadRecord, err))
	}
	if strings.TrimSpace(rec.Body) == "" && strings.TrimSpace(rec.HTML) == "" {
		return r.bad(name, line, -1, fmt.Errorf("%w: no body or html", ErrBadRecord))
	}
	// One record is one article: its story text (the body, else the html
	// page) is bounded like a page file.
	if story := rec.Body; len(story) > MaxArticleBytes || strings.TrimSpace(story) == "" && len(rec.HTML) > MaxArticleBytes {
		if strings.TrimSpace(story) == "" {
			story = rec.HTML
		}
		return r.bad(name, line, -1, tooLarge(int64(len(story)), MaxArticleBytes, FormatText))
	}
	m := meta{title: strings.TrimSpace(rec.Title), url: rec.URL, language: rec.Language, recordID: rawString(rec.ID)}
	if rec.Source != "" {
		m.source, m.sourceExplicit = rec.Source, true
	}
	if rec.Published != "" {
		if d, ok := parsePublished(rec.Published); ok {
			m.published = d
		} else {
			warns = append(warns, fmt.Sprintf("%s: published %q is not a date; ignored", file, rec.Published))
		}
	}
	m.authors = rawStrings(rec.Authors)
	text := rec.Body
	if strings.TrimSpace(text) == "" {
		doc, hm, err := readHTML(rec.HTML, rec.URL)
		if err != nil {
			return r.bad(name, line, -1, fmt.Errorf("%w: html: %v", ErrBadRecord, err))
		}
		text = doc
		if m.title == "" {
			m.title = hm.title
		}
		if m.published.IsZero() {
			m.published = hm.published
		}
		m.siteName = hm.siteName
		if len(m.authors) == 0 {
			m.authors = hm.authors
		}
	}
	pg, err := r.c.cleanCtx(r.ctx, text, cleanHints{title: m.title})
	if err != nil {
		return err
	}
	if strings.TrimSpace(pg.body) == "" {
		return r.bad(name, line, -1, ErrNoStory)
	}
	return r.emit(file, pg, m, warns, int64(len(b)))
}

// parsePublished reads a record's date: RFC 3339 / ISO timestamps first,
// then any stamp form of package dates.
func parsePublished(s string) (dates.Date, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return dates.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}, true
		}
	}
	return dates.Parse(s)
}

// rawString renders a JSON id (string or number) as text.
func rawString(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw)
}

// rawStrings reads authors given as a list of strings or as one string.
func rawStrings(raw json.RawMessage) []string {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return appendNew(nil, list...)
	}
	var s string
	if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
		return []string{strings.TrimSpace(s)}
	}
	return nil
}
