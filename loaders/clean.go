package loaders

import (
	"context"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/dates"
)

// Cut is one piece of a page the cleaner kept out of the story, with the
// reason. Consecutive lines cut for the same reason form one Cut.
type Cut struct {
	// Line is the 1-based line where the cut starts: of the input for text
	// pages, of the extracted text for HTML, JSON Lines bodies and feeds.
	Line int `json:"line"`
	// Lines is the number of lines cut.
	Lines int `json:"lines"`
	// Kind names the rule: sidebar, promo, ui, caption, image, stamp,
	// kicker, title, byline, signature, related, separator, marker.
	Kind string `json:"kind"`
	// Reason says why, in words.
	Reason string `json:"reason"`
	// Text is the cut text (lines joined by " / "), shortened to 200 runes.
	Text string `json:"text"`
}

// pline is one line of a page under cleaning.
type pline struct {
	n      int // 1-based line number
	text   string
	kind   lineKind
	st     stamp
	cut    string // cut kind; "" while kept
	reason string
}

// page is what the cleaner found in a page.
type page struct {
	title     string
	body      string
	cuts      []Cut
	authors   []string
	published dates.Date
	pubWhy    string
	source    string
	srcWhy    string
	// bylineOutlet is an agency named as the author ("By AFP").
	bylineOutlet string
}

// cleanHints carry metadata the input format already gave (HTML, JSON
// Lines, feeds): the cleaner then only removes the title from the body.
type cleanHints struct {
	title string
}

var (
	// markerRe is the scraper's own date marker on the first line:
	// " date 2024-03-06 …".
	markerRe = regexp.MustCompile(`^date\s+(\d{4}-\d{2}-\d{2})\b\s*`)
	// agencyCodeRe is an agency's editor code at the end of a story: "-02B-".
	agencyCodeRe = regexp.MustCompile(`\s+-[0-9A-ZА-Я]{2,5}-\s*$`)
	// signatureRe is an author's signature closing a story: «Эльшан
	// Рустамов, Г.Р.».
	signatureRe = regexp.MustCompile(`^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?:,\s*(?:\p{Lu}\.\s?){1,3})?$`)
	// invisibleRe drops zero-width characters and stray controls.
	invisible = strings.NewReplacer("\u200b", "", "\u200c", "", "\u200d", "", "\ufeff", "", "\u00a0", " ", "\u2007", " ", "\u202f", " ", "\u00ad", "", "\t", " ")
)

// clean splits a scraped page into the story and what is not the story.
// It never fails: a page without story text yields an empty body.
//
// The rules, in order (all general: cue words in English, Russian and
// Turkish, line shapes, dates in lines):
//  1. Each line is classified alone: separator, picture, page furniture
//     (icons, counters, share buttons), promotional blurb (subscribe,
//     follow, leave a review, copyright), photo caption or credit, date
//     stamp, side-list heading ("Other news", «Последние новости»), bare
//     section name ("Politics"), byline, or text.
//  2. Side lists are cut as whole regions: from a heading, from a section
//     name followed by a list, from two date stamps close together (a dated
//     headline list) or from two separators close together, up to the
//     first story paragraph that is neither short nor next to a separator or
//     stamp. Side items are dropped, not made into articles, and reported in
//     the cuts.
//  3. Before the first story paragraph (the header) the headline is the
//     first headline-shaped line (short, no final period) that is not a
//     kicker (a section name, or a short or all-caps line or a bare list of
//     names right before another headline); a bare list of names ending
//     with a period is a caption. Copies of the headline are cut.
//  4. In the story, headline-shaped lines of seven words or more without
//     any closing punctuation (and at most sixteen) are links to other
//     stories ("related"); an agency code ("-02B-") is trimmed; a closing
//     «Name Surname, И.О.» line is the author's signature.
func (c *cleaner) clean(text string, hints cleanHints) page {
	pg, _ := c.cleanCtx(context.Background(), text, hints)
	return pg
}

// ctxEvery is how many lines the cleaner handles between two looks at the
// context: a page is bounded (MaxArticleBytes) but still up to tens of
// thousands of lines, and cancellation must not wait for all of them.
const ctxEvery = 1024

// cleanCtx is clean that stops with the context's error when it is
// cancelled; the page is then incomplete and must be dropped.
func (c *cleaner) cleanCtx(ctx context.Context, text string, hints cleanHints) (page, error) {
	if err := ctx.Err(); err != nil {
		return page{}, err
	}
	lines := c.splitLines(text)
	var pg page
	var marker dates.Date

	// The scraper's date marker on the first non-blank line.
	for i := range lines {
		if lines[i].text == "" {
			continue
		}
		if m := markerRe.FindStringSubmatchIndex(lines[i].text); m != nil {
			if d, ok := dates.Parse(lines[i].text[m[2]:m[3]]); ok {
				marker = d
			}
			pg.cuts = append(pg.cuts, Cut{Line: lines[i].n, Lines: 1, Kind: "marker", Reason: "scraper's date marker", Text: strings.TrimSpace(lines[i].text[:m[1]])})
			lines[i].text = strings.TrimSpace(lines[i].text[m[1]:])
		}
		break
	}
	var trimmed []Cut
	for i := range lines {
		if i%ctxEvery == 0 && ctx.Err() != nil {
			return page{}, ctx.Err()
		}
		l := &lines[i]
		if loc := agencyCodeRe.FindStringIndex(l.text); loc != nil {
			trimmed = append(trimmed, Cut{Line: l.n, Lines: 1, Kind: "ui", Reason: "agency code", Text: strings.TrimSpace(l.text[loc[0]:])})
			l.text = strings.TrimSpace(l.text[:loc[0]])
		}
		l.kind, l.st = classifyStamp(l.text)
	}
	c.cutSideLists(lines)
	if err := ctx.Err(); err != nil {
		return page{}, err
	}

	// The header ends at the first story paragraph.
	bodyStart := len(lines)
	for i, l := range lines {
		if l.cut == "" && l.kind == kText && !headlineShaped(l.text) && wordCount(l.text) >= 8 && !namesOnly(l.text) {
			bodyStart = i
			break
		}
	}
	if bodyStart == len(lines) {
		for i, l := range lines {
			if l.cut == "" && l.kind == kText {
				bodyStart = i
				break
			}
		}
	}
	titleAt := -1
	if hints.title != "" {
		pg.title = hints.title
	}
	for i := 0; i < bodyStart; i++ {
		l := &lines[i]
		if l.cut != "" || l.kind != kText {
			continue
		}
		switch {
		case pg.title != "" && sameText(l.text, pg.title):
			l.cut, l.reason = "title", "copy of the headline"
		case namesOnly(l.text) && strings.HasSuffix(l.text, "."):
			l.cut, l.reason = "caption", "bare list of names before the story (photo caption)"
		case titleAt >= 0 || hints.title != "":
			// a subtitle or standfirst: story text
		case headlineShaped(l.text):
			next := nextText(lines, i+1, bodyStart)
			if next >= 0 && headlineShaped(lines[next].text) && kickerShaped(l.text) {
				l.cut, l.reason = "kicker", "short line before the headline"
				continue
			}
			pg.title, titleAt = l.text, i
			l.cut, l.reason = "title", "headline"
		case wordCount(l.text) <= 20 && nextText(lines, i+1, len(lines)) == bodyStart:
			// A headline with a final period, right before the story.
			pg.title, titleAt = strings.TrimSuffix(l.text, "."), i
			l.cut, l.reason = "title", "headline"
		default:
			l.cut, l.reason = "kicker", "text before the headline"
		}
	}

	// Line kinds that are never story, wherever they stand.
	for i := range lines {
		if i%ctxEvery == 0 && ctx.Err() != nil {
			return page{}, ctx.Err()
		}
		l := &lines[i]
		if l.cut != "" {
			continue
		}
		switch l.kind {
		case kBlank:
			l.cut = "blank"
		case kSep:
			l.cut, l.reason = "separator", "separator line"
		case kImage:
			l.cut, l.reason = "image", "picture"
		case kUI:
			l.cut, l.reason = "ui", "page furniture"
		case kPromo:
			l.cut, l.reason = "promo", "subscription, follow or review blurb"
		case kCaption:
			l.cut, l.reason = "caption", "photo caption or credit"
		case kCue:
			l.cut, l.reason = "sidebar", "side-list heading"
		case kSection:
			l.cut, l.reason = "kicker", "section name"
		case kCredit:
			l.cut, l.reason = "byline", "production credits"
		case kByline:
			l.cut, l.reason = "byline", "byline"
			if m := bylineRe.FindStringSubmatch(l.text); m != nil {
				for _, name := range authorNames(m[1]) {
					// "By AFP", "By Reuters Staff": an agency, not an author.
					if canon, ok := c.outlets.lookup(trimStaff(name)); ok {
						if pg.bylineOutlet == "" {
							pg.bylineOutlet = canon
						}
						continue
					}
					if trimStaff(name) != name {
						// "By Caspian Herald Staff": an outlet's staff, no author.
						if canon, ok := c.namedOutlet(trimStaff(name)); ok && pg.bylineOutlet == "" {
							pg.bylineOutlet = canon
						}
						continue
					}
					pg.authors = appendNew(pg.authors, name)
				}
			}
		case kStamp:
			if l.st.pure() {
				l.cut, l.reason = "stamp", "date stamp"
			}
		case kText:
			if n := wordCount(l.text); i > bodyStart && n >= 7 && n <= 16 && headlineShaped(l.text) && !endsAnyPunct(l.text) {
				l.cut, l.reason = "related", "headline of another story inside the page"
			}
		}
	}

	// Closing signature and agency code.
	last := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if lines[i].cut == "" {
			last = i
			break
		}
	}
	if last > bodyStart {
		if m := signatureRe.FindStringSubmatch(lines[last].text); m != nil && lines[last].kind == kText {
			lines[last].cut, lines[last].reason = "signature", "author's signature"
			pg.authors = appendNew(pg.authors, m[1])
		}
	}
	var body []string
	for _, l := range lines {
		if l.cut == "" {
			body = append(body, l.text)
		}
	}
	pg.body = strings.Join(body, "\n")
	pg.cuts = append(pg.cuts, mergeCuts(lines)...)
	pg.cuts = append(pg.cuts, trimmed...)
	sortCuts(pg.cuts)
	if err := ctx.Err(); err != nil {
		return page{}, err
	}

	pg.published, pg.pubWhy = c.findPublished(lines, marker, titleAt, bodyStart, text)
	pg.source, pg.srcWhy = c.findSource(lines)
	if pg.bylineOutlet != "" && (pg.source == "" || strings.HasPrefix(pg.srcWhy, "outlet's") || pg.srcWhy == "copyright line") {
		pg.source, pg.srcWhy = pg.bylineOutlet, "byline"
	}
	return pg, nil
}

// splitLines normalizes line ends, invisible characters and spaces, and
// returns the trimmed lines.
func (c *cleaner) splitLines(text string) []pline {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	text = invisible.Replace(text)
	text = strings.Map(func(r rune) rune {
		if r < 0x20 && r != '\n' || r == 0x7f {
			return -1
		}
		return r
	}, text)
	raw := strings.Split(text, "\n")
	out := make([]pline, len(raw))
	for i, s := range raw {
		out[i] = pline{n: i + 1, text: strings.Join(strings.Fields(s), " ")}
	}
	return out
}

// classifyStamp is classify with date stamps recognized first (a calendar
// icon with a date is a stamp, not furniture).
func classifyStamp(s string) (lineKind, stamp) {
	if s == "" {
		return kBlank, stamp{}
	}
	if st, ok := parseStamp(s); ok {
		return kStamp, st
	}
	return classify(s), stamp{}
}

// kickerShaped: a line that, right before a headline, is a kicker rather
// than the headline: one to three words, all capitals, or a list of names.
func kickerShaped(s string) bool {
	if wordCount(s) <= 3 || namesOnly(s) {
		return true
	}
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

func nextText(lines []pline, from, to int) int {
	for j := from; j < to && j < len(lines); j++ {
		if lines[j].cut == "" && lines[j].kind == kText {
			return j
		}
		if lines[j].kind != kBlank && lines[j].kind != kImage && lines[j].kind != kCaption {
			return -1
		}
	}
	return -1
}

// sameText compares two lines ignoring case, spacing and punctuation.
func sameText(a, b string) bool {
	return strings.Join(words(strings.ToLower(a)), " ") == strings.Join(words(strings.ToLower(b)), " ")
}

// cutSideLists marks the regions of side lists (rule 2 of clean).
func (c *cleaner) cutSideLists(lines []pline) {
	nonBlank := func(from, n int) []int {
		var out []int
		for j := from; j < len(lines) && len(out) < n; j++ {
			if lines[j].kind != kBlank {
				out = append(out, j)
			}
		}
		return out
	}
	isListMark := func(j int) bool {
		return j >= 0 && j < len(lines) && (lines[j].kind == kSep || lines[j].kind == kStamp && lines[j].st.pure() || lines[j].kind == kCue)
	}
	prevNonBlank := func(j int) int {
		for k := j - 1; k >= 0; k-- {
			if lines[k].kind != kBlank {
				return k
			}
		}
		return -1
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		reason := ""
		switch l.kind {
		case kCue:
			reason = fmt.Sprintf("side list after the heading %q", shorten(l.text, 40))
		case kSection:
			// A section name heads a list when a separator follows at once,
			// or two date stamps follow closely; before a headline it is a
			// kicker.
			next := nonBlank(i+1, 5)
			stamps := 0
			for _, j := range next {
				if lines[j].kind == kStamp && lines[j].st.pure() {
					stamps++
				}
			}
			if len(next) > 0 && lines[next[0]].kind == kSep || stamps >= 2 {
				reason = fmt.Sprintf("side list of the section %q", l.text)
			}
		case kStamp:
			// Two stamps with a headline between them: a dated list.
			// ("Published …" / "Updated …" on consecutive lines is not.)
			if !l.st.pure() {
				break
			}
			text := false
			for _, j := range nonBlank(i+1, 4) {
				if lines[j].kind == kText {
					text = true
				}
				if lines[j].kind == kStamp && lines[j].st.pure() {
					if text {
						reason = "list of dated headlines"
					}
					break
				}
			}
		case kSep:
			// Items between bullets or dashes; "***" is a section break of
			// a story, not a list.
			if utf8.RuneCountInString(l.text) != 1 {
				break
			}
			next := nonBlank(i+1, 4)
			for k, j := range next {
				if k > 0 && lines[j].kind == kSep && utf8.RuneCountInString(lines[j].text) == 1 {
					reason = "list of items between separators"
					break
				}
			}
		}
		if reason == "" {
			continue
		}
		end := i + 1
		for ; end < len(lines); end++ {
			k := lines[end].kind
			if k != kText && k != kByline {
				continue
			}
			t := lines[end].text
			if headlineShaped(t) || wordCount(t) <= 15 {
				// A headline followed by two story paragraphs (no list mark
				// after the first) is the story's own headline: the list
				// ends here.
				if next := nonBlank(end+1, 2); len(next) == 2 && lines[next[0]].kind == kText &&
					endsSentence(lines[next[0]].text) && wordCount(lines[next[0]].text) >= 8 &&
					lines[next[1]].kind == kText {
					break
				}
				continue
			}
			next := nonBlank(end+1, 1)
			if isListMark(prevNonBlank(end)) || len(next) > 0 && isListMark(next[0]) {
				continue
			}
			break
		}
		for j := i; j < end; j++ {
			if lines[j].cut == "" {
				lines[j].cut, lines[j].reason = "sidebar", reason
			}
		}
		i = end - 1
	}
}

// mergeCuts turns the cut lines into Cuts, one per run of lines with the
// same kind and reason (blank lines neither start nor break a run).
func mergeCuts(lines []pline) []Cut {
	var out []Cut
	var cur *Cut
	var parts []string
	flush := func() {
		if cur != nil {
			cur.Text = shorten(strings.Join(parts, " / "), 200)
			out = append(out, *cur)
			cur, parts = nil, nil
		}
	}
	for _, l := range lines {
		if l.cut == "blank" || l.cut == "" && l.kind == kBlank {
			continue
		}
		if l.cut == "" {
			flush()
			continue
		}
		if cur != nil && cur.Kind == l.cut && cur.Reason == l.reason {
			cur.Lines = l.n - cur.Line + 1
			if l.text != "" {
				parts = append(parts, l.text)
			}
			continue
		}
		flush()
		cur = &Cut{Line: l.n, Lines: 1, Kind: l.cut, Reason: l.reason}
		parts = []string{l.text}
	}
	flush()
	return out
}

// sortCuts orders the cuts by line, keeping the order of equal lines
// (n log n: a page may trim an agency code on every line).
func sortCuts(cs []Cut) {
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].Line < cs[j].Line })
}

// shorten cuts s to n runes, marking the cut with "…".
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return strings.TrimRightFunc(string(r[:n]), unicode.IsSpace) + "…"
}

func appendNew(list []string, items ...string) []string {
	for _, it := range items {
		it = strings.TrimSpace(it)
		dup := it == ""
		for _, x := range list {
			if strings.EqualFold(x, it) {
				dup = true
			}
		}
		if !dup {
			list = append(list, it)
		}
	}
	return list
}
