package loaders

import (
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/diplograph/diplograph/dates"
	"golang.org/x/net/html"
)

// html loads an HTML page: the charset from BOM, HTTP label or <meta>, else
// detected; the main content by readability; then the text cleaner on that
// content (captions, blurbs and side lists readability kept). Title, date,
// author and site name come from the page's metadata (<meta>, JSON-LD) when
// present, else from the text.
func (r *run) html(name string, raw []byte, contentType, pageURL string) error {
	s, warns, err := decodeText(raw, name, contentType, true)
	if err != nil {
		return r.bad(name, 0, -1, err)
	}
	doc, m, err := readHTML(s, pageURL)
	if err != nil {
		return r.bad(name, 0, -1, err)
	}
	pg, err := r.c.cleanCtx(r.ctx, doc, cleanHints{title: m.title})
	if err != nil {
		return err
	}
	return r.emit(name, pg, m, warns, int64(len(raw)))
}

// readHTML extracts the main text and metadata of an HTML page.
func readHTML(s, pageURL string) (string, meta, error) {
	var u *url.URL
	if pageURL != "" {
		u, _ = url.Parse(pageURL)
	}
	art, err := readability.FromReader(strings.NewReader(s), u)
	if err != nil {
		return "", meta{}, fmt.Errorf("%w: readability: %v", ErrNoStory, err)
	}
	if art.Node == nil {
		return "", meta{}, ErrNoStory
	}
	text := render.InnerText(art.Node)
	m := meta{title: strings.Join(strings.Fields(art.Title()), " "), url: pageURL, siteName: strings.TrimSpace(art.SiteName())}
	if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
		m.published = dates.Date{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
	}
	if b := strings.TrimSpace(art.Byline()); b != "" {
		b = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(b, "By "), "by "))
		if names := authorNames(b); len(names) > 0 {
			m.authors = names
		} else {
			m.authors = []string{b}
		}
	}
	return text, m, nil
}

// fragmentText renders an HTML fragment (a feed item's content) as text
// with one line per block.
func fragmentText(s string) string {
	if !strings.Contains(s, "<") {
		return html.UnescapeString(s)
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return render.InnerText(doc)
}
