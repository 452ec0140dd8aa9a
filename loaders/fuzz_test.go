package loaders

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// addGoldenSeeds adds the golden inputs with one of the extensions as seeds.
func addGoldenSeeds(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob("testdata/golden/*" + ext)
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
}

// checkDocs reads data as one input of the format and checks the
// invariants every loader keeps: no panic, valid UTF-8 out, a non-empty
// story, an id, cuts inside the input, and the same output twice.
func checkDocs(t *testing.T, data []byte, format string) {
	start := time.Now()
	defer func() {
		if d := time.Since(start); d > 3*time.Second {
			t.Fatalf("slow input: %v for %d bytes", d, len(data))
		}
	}()
	load := func() ([]Doc, error) {
		var docs []Doc
		err := Read(context.Background(), []string{"-"}, Options{Format: format, Stdin: bytes.NewReader(data)}, func(d Doc) error {
			docs = append(docs, d)
			return nil
		})
		return docs, err
	}
	docs, err := load()
	lines := bytes.Count(data, []byte("\n")) + bytes.Count(data, []byte("\r")) + 1
	for _, d := range docs {
		a := d.Article
		for _, s := range append([]string{a.Body, a.Title, a.Language}, a.Authors...) {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output %q", s)
			}
		}
		if strings.TrimSpace(a.Body) == "" || a.ID == "" {
			t.Fatalf("empty story or id: %+v", a)
		}
		if a.Published != nil && len(*a.Published) < 4 {
			t.Fatalf("bad published %q", *a.Published)
		}
		if format == FormatText {
			for _, c := range d.Cut {
				if c.Line < 1 || c.Line+c.Lines-1 > lines {
					t.Fatalf("cut %+v outside the %d lines of the input", c, lines)
				}
			}
		}
	}
	again, err2 := load()
	if len(again) != len(docs) || (err == nil) != (err2 == nil) {
		t.Fatalf("not deterministic: %d docs (%v), then %d (%v)", len(docs), err, len(again), err2)
	}
	for i := range docs {
		if docs[i].Article.ID != again[i].Article.ID || docs[i].Article.Body != again[i].Article.Body {
			t.Fatalf("not deterministic: doc %d differs", i)
		}
	}
}

// FuzzCleanText fuzzes the text page cleaner (and decoding, metadata).
func FuzzCleanText(f *testing.F) {
	addGoldenSeeds(f, ".txt")
	f.Add([]byte("Other news\n25.Nov.2025\n-\n-\nBaku/15.06.21/Turan: x (ANI): /TASS/"))
	f.Add([]byte("\xff\xfe\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkDocs(t, data, FormatText)
		// The cleaner alone: body lines come from the input.
		if utf8.Valid(data) {
			pg := newCleaner().clean(string(data), cleanHints{})
			var in []string
			for _, l := range newCleaner().splitLines(string(data)) {
				in = append(in, l.text)
			}
			norm := strings.Join(in, "\n")
			for _, l := range strings.Split(pg.body, "\n") {
				if l != "" && !strings.Contains(norm, strings.TrimSpace(l)) && !strings.ContainsRune(l, utf8.RuneError) {
					t.Fatalf("body line %q not in the input", l)
				}
			}
		}
	})
}

// FuzzJSONL fuzzes the JSON Lines loader.
func FuzzJSONL(f *testing.F) {
	addGoldenSeeds(f, ".jsonl")
	f.Add([]byte(`{"body":"a b c","published":"2021-13-45","authors":"X"}` + "\n" + `{"html":"<p>x</p>"}`))
	f.Fuzz(func(t *testing.T, data []byte) { checkDocs(t, data, FormatJSONL) })
}

// FuzzHTML fuzzes the HTML loader (charset, readability, metadata).
func FuzzHTML(f *testing.F) {
	addGoldenSeeds(f, ".html")
	f.Add([]byte(`<html><head><meta charset="koi8-r"><script type="application/ld+json">{"datePublished":"x"}</script></head><body><p>a</p></body></html>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkDocs(t, data, FormatHTML) })
}

// FuzzFeed fuzzes the RSS/Atom loader.
func FuzzFeed(f *testing.F) {
	addGoldenSeeds(f, ".rss", ".atom")
	f.Add([]byte(`<?xml version="1.0" encoding="windows-1251"?><rss><channel><item><description>x</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { checkDocs(t, data, FormatFeed) })
}
