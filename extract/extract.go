package extract

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/diplograph/diplograph/dates"
	"github.com/diplograph/diplograph/extract/kb"
	"github.com/diplograph/diplograph/graph"
)

// Options configure an Extractor.
type Options struct {
	// Gazetteers are extra knowledge-base files (see extract/kb) loaded
	// after the embedded ones.
	Gazetteers []string
}

// Extractor extracts Records from articles. It is safe for concurrent use
// once built: all its state is read-only.
type Extractor struct {
	opts Options
	g    *gazetteer
}

// New builds an Extractor: it loads the knowledge base (the embedded data
// and opts.Gazetteers) and builds its matchers once. A broken gazetteer
// file is an error naming the file.
func New(opts Options) (*Extractor, error) {
	k, err := kb.Load(opts.Gazetteers...)
	if err != nil {
		return nil, fmt.Errorf("extract: load knowledge base: %w", err)
	}
	return &Extractor{opts: opts, g: newGazetteer(k)}, nil
}

// doc is one article under extraction.
type doc struct {
	g     *gazetteer
	art   graph.Article
	body  string
	sents []*sentCtx
	// title is the index of the headline sentence when the headline is
	// not part of the body, else -1.
	title int
	ments []mention
	refs  []roleRefMention
	ents  []*entity
	// ref is the reference date for relative dates: the publication date,
	// else the latest full date of the text (year precision).
	ref dates.Date
	pub string
	// defaultDate is the story's day for events the text does not date:
	// the publication date, else a full date in the body's opening.
	defaultDate string
	// storyDay holds, for a sentence right after one dated in another year
	// than the story ("Exactly a decade ago, on October 10, 2009, …"),
	// that date: the undated events of the next sentence are of that day.
	storyDay map[int]string
	dates    [][]dates.Match
	rels     []graph.Relation
	// meetDate is the date of the last meeting found, for people who
	// "also took part" in it.
	meetDate, meetPlace string
	// bySent indexes d.ments by sentence (built once mentions are final).
	bySent [][]int
	// surnameIdx maps a surname key to the person mentions carrying it.
	surnameIdx map[string][]personMention
}

// MaxBodyBytes bounds the text analysed of one article. News stories are a
// few KB (package loaders refuses pages over 2 MiB); a longer body — a
// record written by another tool, a feed's whole archive — is analysed up to
// its last sentence end within the cap, so one odd input cannot stall a
// batch: sentence segmentation, mention matching and relation rules grow
// faster than the text.
const MaxBodyBytes = 1 << 20

// truncateBody returns the longest prefix of body of at most max bytes that
// ends at a sentence end (a line end, or ".", "!", "?", "…" before a
// space), else at a space, else at a rune boundary. It is a prefix,
// so every offset and evidence sentence found in it is one of body.
func truncateBody(body string, max int) string {
	if len(body) <= max {
		return body
	}
	end := max
	for end > 0 && !utf8.RuneStart(body[end]) {
		end--
	}
	cut := body[:end]
	best := strings.LastIndexByte(cut, '\n')
	for i := len(cut) - 1; i > best && i > 0; i-- {
		if cut[i] != ' ' {
			continue
		}
		r, _ := utf8.DecodeLastRuneInString(cut[:i])
		if strings.ContainsRune(".!?…。", r) {
			best = i
			break
		}
	}
	if best < end/2 {
		// No sentence end in the second half: a space will do.
		if sp := strings.LastIndexAny(cut, " \t\n"); sp >= end/2 {
			best = sp
		} else {
			best = end
		}
	}
	return cut[:best]
}

// personMention is a person's mention by sentence, for surname lookups.
type personMention struct{ sent, ent int }

// Extract returns the Record of one article. The article's Body must be the
// cleaned story text; evidence sentences are verbatim substrings of it
// (invalid UTF-8 is replaced by U+FFFD first). The output is sorted:
// entities by label and id, relations by type, endpoints and evidence.
// Only the first MaxBodyBytes of a longer body are analysed, cut at a
// sentence end.
func (x *Extractor) Extract(a graph.Article) graph.Record {
	rec := graph.Record{Article: a, Entities: []graph.Entity{}, Relations: []graph.Relation{}}
	rec.Article.Body = ""
	// The guard against an oversized body: the analysed text is a prefix
	// of Body ending at a sentence end, so evidence sentences (taken from
	// the kept part) stay verbatim substrings of Body.
	body := truncateBody(a.Body, MaxBodyBytes)
	if !utf8.ValidString(body) {
		body = strings.ToValidUTF8(body, "\uFFFD")
	}
	d := &doc{g: x.g, art: a, body: body, title: -1}
	if t := strings.TrimSpace(strings.ToValidUTF8(a.Title, "\uFFFD")); t != "" && !strings.Contains(body, t) {
		c := newSentCtx(x.g, t, 0, tokenize(t, 0))
		d.sents = append(d.sents, c)
		d.title = 0
	}
	for _, s := range segment(body) {
		d.sents = append(d.sents, newSentCtx(x.g, body, len(d.sents), s.toks))
	}
	d.setDates()
	d.collectMentions()
	d.resolve()
	d.relations()
	credit := d.creditOnly(a)

	// entities
	ids := make([]string, len(d.ents))
	for i, e := range d.ents {
		if e.merged >= 0 || credit[i] {
			continue
		}
		ge := graph.Entity{ID: graph.EntityID(e.label, e.name), Label: e.label, Name: e.name, Aliases: []string{}}
		ids[i] = ge.ID
		for s := range e.aliases {
			if s != e.name && s != "" {
				ge.Aliases = append(ge.Aliases, s)
			}
		}
		sort.Strings(ge.Aliases)
		if e.label == graph.LabelState {
			ge.ISO2 = e.iso2
		}
		ge.Signed, ge.Start, ge.End = e.signed, e.start, e.end
		rec.Entities = append(rec.Entities, ge)
	}
	if a.Source != nil && *a.Source != "" {
		src := graph.Entity{ID: graph.EntityID(graph.LabelSource, *a.Source), Label: graph.LabelSource, Name: *a.Source, Aliases: []string{}}
		rec.Entities = append(rec.Entities, src)
		rec.Relations = append(rec.Relations, graph.Relation{Type: graph.RelReportedBy, From: a.ID, To: src.ID})
	}
	// relations: endpoints are entity indexes in From/To until here
	seen := map[string]int{}
	for _, r := range d.rels {
		fi, _ := strconv.Atoi(r.From)
		ti, _ := strconv.Atoi(r.To)
		fi, ti = d.live(fi), d.live(ti)
		if fi < 0 || ti < 0 || fi == ti || ids[fi] == "" || ids[ti] == "" {
			continue
		}
		r.From, r.To = ids[fi], ids[ti]
		if r.Type.Symmetric() && r.To < r.From {
			r.From, r.To = r.To, r.From
		}
		k := string(r.Type) + "\x00" + r.From + "\x00" + r.To
		if i, ok := seen[k]; ok {
			rec.Relations[i] = betterRelation(rec.Relations[i], r)
			continue
		}
		seen[k] = len(rec.Relations)
		rec.Relations = append(rec.Relations, r)
	}
	// mentions
	counts := map[int]int{}
	for _, m := range d.ments {
		if m.ent >= 0 {
			counts[d.live(m.ent)]++
		}
	}
	for i, n := range counts {
		if ids[i] == "" {
			continue
		}
		rec.Relations = append(rec.Relations, graph.Relation{Type: graph.RelMentions, From: a.ID, To: ids[i],
			Properties: map[string]string{"count": strconv.Itoa(n)}})
	}
	sort.Slice(rec.Entities, func(i, j int) bool {
		if rec.Entities[i].Label != rec.Entities[j].Label {
			return rec.Entities[i].Label < rec.Entities[j].Label
		}
		return rec.Entities[i].ID < rec.Entities[j].ID
	})
	sort.SliceStable(rec.Relations, func(i, j int) bool {
		a, b := rec.Relations[i], rec.Relations[j]
		if a.Type != b.Type {
			return a.Type < b.Type
		}
		if a.From != b.From {
			return a.From < b.From
		}
		if a.To != b.To {
			return a.To < b.To
		}
		return a.Evidence < b.Evidence
	})
	return rec
}

// betterRelation keeps the more confident of two relations of the same
// type and endpoints, and fills a missing date or place from the other.
func betterRelation(a, b graph.Relation) graph.Relation {
	if b.Confidence > a.Confidence || dateLen(b) > dateLen(a) && b.Confidence >= a.Confidence-0.1 {
		b.Properties = mergeProps(b.Properties, a.Properties)
		return b
	}
	a.Properties = mergeProps(a.Properties, b.Properties)
	return a
}

func dateLen(r graph.Relation) int { return len(r.Properties["date"]) }

func mergeProps(dst, src map[string]string) map[string]string {
	if len(src) == 0 {
		return dst
	}
	if dst == nil {
		dst = map[string]string{}
	}
	for k, v := range src {
		if _, ok := dst[k]; !ok && v != "" {
			dst[k] = v
		}
	}
	return dst
}

// creditOnly returns the organizations named only as the article's own
// credit — at the head of the story ("ASTANA, March 12. /Kazinform/.",
// "(Xinhua) --") or with a credit verb ("Trend reports", «сообщает АПА») —
// when that is the article's source: the outlet reports the story, it is
// not in it (it is the Source node).
func (d *doc) creditOnly(a graph.Article) map[int]bool {
	if a.Source == nil || *a.Source == "" {
		return nil
	}
	out := map[int]bool{}
	inCredit := map[int]bool{}
	elsewhere := map[int]bool{}
	for _, m := range d.ments {
		if m.ent < 0 {
			continue
		}
		ei := d.live(m.ent)
		e := d.ents[ei]
		if e.label != graph.LabelOrganization || !strings.EqualFold(e.name, *a.Source) && !e.aliases[*a.Source] {
			continue
		}
		c := d.sents[m.sent]
		headCredit := m.sent != d.title && c.src == d.body && m.i < len(c.toks) && c.toks[m.i].start < 160 && (m.i == 0 || creditMark(c.toks[m.i-1].text))
		// "…, Trend reports citing the ministry", «сообщает АПА»
		verbCredit := m.j < len(c.toks) && creditVerbs[c.toks[m.j].fold] || m.i > 0 && creditVerbs[c.toks[m.i-1].fold]
		if headCredit || verbCredit {
			inCredit[ei] = true
		} else {
			elsewhere[ei] = true
		}
	}
	for ei := range inCredit {
		if !elsewhere[ei] {
			out[ei] = true
		}
	}
	return out
}

// creditVerbs credit an outlet with the story: "Trend reports", «сообщает
// АПА», «передает ТАСС».
var creditVerbs = map[string]bool{"reports": true, "reported": true, "informs": true, "writes": true, "told": true,
	"сообщает": true, "сообщили": true, "сообщил": true, "сообщило": true, "передает": true, "передаёт": true,
	"информирует": true, "пишет": true}

// creditMark opens an agency credit in a dateline: "/Kazinform/", "(AP)",
// «БАКУ, 12 мар — Sputnik».
func creditMark(s string) bool {
	switch s {
	case "/", "(", "-", "–", "—", ",", ".":
		return true
	}
	return false
}
