package loaders

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/diplograph/diplograph/dates"
	"github.com/mmcdole/gofeed"
)

// HTTPDoer is the part of *http.Client the loaders use.
type HTTPDoer interface {
	Do(*http.Request) (*http.Response, error)
}

// feed loads an RSS or Atom feed: each item is an article named "file#N"
// (N the 1-based item index): its content, else its description, cleaned
// like a page; the item's date; its authors; the feed's title as the
// outlet unless the story credits another.
func (r *run) feed(name string, raw []byte) error {
	if len(bytes.TrimSpace(raw)) == 0 {
		return r.bad(name, 0, -1, ErrEmpty)
	}
	f, err := gofeed.NewParser().Parse(bytes.NewReader(raw))
	if err != nil {
		return r.bad(name, 0, -1, fmt.Errorf("%w: %v", ErrBadFeed, err))
	}
	if len(f.Items) == 0 {
		return r.bad(name, 0, -1, fmt.Errorf("%w: no items", ErrBadFeed))
	}
	for i, it := range f.Items {
		if err := r.ctx.Err(); err != nil {
			return err
		}
		file := fmt.Sprintf("%s#%d", name, i+1)
		content := it.Content
		if strings.TrimSpace(fragmentText(content)) == "" {
			content = it.Description
		}
		if len(content) > MaxArticleBytes {
			if e := r.bad(file, 0, -1, tooLarge(int64(len(content)), MaxArticleBytes, FormatText)); e != nil {
				return e
			}
			continue
		}
		text := fragmentText(content)
		if strings.TrimSpace(text) == "" {
			if e := r.bad(file, 0, -1, ErrNoStory); e != nil {
				return e
			}
			continue
		}
		m := meta{title: strings.Join(strings.Fields(it.Title), " "), url: it.Link, recordID: it.GUID, siteName: strings.TrimSpace(f.Title)}
		switch {
		case it.PublishedParsed != nil:
			m.published = dateOf(*it.PublishedParsed)
		case it.UpdatedParsed != nil:
			m.published = dateOf(*it.UpdatedParsed)
		}
		for _, p := range it.Authors {
			if p != nil && strings.TrimSpace(p.Name) != "" {
				m.authors = append(m.authors, strings.TrimSpace(p.Name))
			}
		}
		pg, err := r.c.cleanCtx(r.ctx, text, cleanHints{title: m.title})
		if err != nil {
			return err
		}
		if strings.TrimSpace(pg.body) == "" {
			if e := r.bad(file, 0, -1, ErrNoStory); e != nil {
				return e
			}
			continue
		}
		if err := r.emit(file, pg, m, nil, int64(len(content))); err != nil {
			return err
		}
	}
	return nil
}

func dateOf(t time.Time) dates.Date {
	return dates.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

func isURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// fetch loads an http(s) input: a feed or a page, chosen by --format, the
// Content-Type, then the content. A page over MaxArticleBytes, a feed over
// MaxFileBytes is refused: by its Content-Length when given, else after
// reading one byte past the limit.
func (r *run) fetch(u string) error {
	client := r.opts.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: 30 * time.Second}
	}
	ctx, cancel := context.WithTimeout(r.ctx, 60*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return r.bad(u, 0, -1, err)
	}
	req.Header.Set("User-Agent", "diplograph (+https://github.com/diplograph/diplograph)")
	resp, err := client.Do(req)
	if err != nil {
		if r.ctx.Err() != nil {
			return r.ctx.Err()
		}
		return r.bad(u, 0, -1, fmt.Errorf("fetch: %w", err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<16)) // drain for connection reuse
		return r.bad(u, 0, -1, fmt.Errorf("fetch: HTTP %s", resp.Status))
	}
	return r.stream(u, resp.Body, resp.ContentLength, r.opts.Format, resp.Header.Get("Content-Type"), u)
}
