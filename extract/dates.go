package extract

import (
	"github.com/diplograph/diplograph/dates"
	"github.com/diplograph/diplograph/graph"
)

// setDates finds the date expressions of every sentence. Relative dates
// ("today", "on Tuesday") resolve against the publication date; without
// one, year-less dates take the latest year the text gives and relative
// ones are ignored.
func (d *doc) setDates() {
	fabricated := false
	if d.art.Published != nil {
		if p, ok := dates.Parse(*d.art.Published); ok {
			d.ref = p
			d.pub = p.String()
		}
	}
	if d.ref.IsZero() {
		year := 0
		for _, m := range dates.Find(d.body, dates.Date{}) {
			if m.Date.Year > year && m.Date.Year <= 2100 && !m.Relative {
				year = m.Date.Year
			}
			if m.EndDate.Year > year && m.EndDate.Year <= 2100 {
				year = m.EndDate.Year
			}
		}
		if year > 0 {
			d.ref = dates.Date{Year: year, Month: 12, Day: 31}
			fabricated = true
		}
	}
	d.defaultDate = d.pub
	d.dates = make([][]dates.Match, len(d.sents))
	// anchor is the last full date of another year than the reference
	// ("on December 14, 1995" in a 2020 article): a year-less date in the
	// next sentences ("on November 21") is of that year, not the story's
	var anchor dates.Date
	anchorSent := -10
	storyOpen := false // until a later sentence gives a date of its own
	d.storyDay = map[int]string{}
	for i, c := range d.sents {
		if len(c.toks) == 0 {
			continue
		}
		text := c.src[c.toks[0].start:c.toks[len(c.toks)-1].end]
		base := c.toks[0].start
		for _, m := range dates.Find(text, d.ref) {
			if m.Date.Year == 0 || fabricated && m.Relative {
				continue
			}
			if m.Partial && !m.Relative && i-anchorSent <= 2 && anchor.Year > 0 {
				shift := anchor.Year - m.Date.Year
				m.Date.Year += shift
				if !m.EndDate.IsZero() {
					m.EndDate.Year += shift
				}
			}
			if !m.Partial && !m.Relative && m.Date.Day > 0 && i != d.title {
				if m.Date.Year != d.ref.Year {
					anchor, anchorSent, storyOpen = m.Date, i, true
				} else {
					anchor, anchorSent, storyOpen = dates.Date{}, -10, false
				}
			}
			m.Start += base
			m.End += base
			d.dates[i] = append(d.dates[i], m)
			// a dateline's full date stands for the story's day when the
			// page states no publication date
			if d.defaultDate == "" && m.Date.Day > 0 && !m.Relative && !m.Partial && c.src == d.body && m.Start < 200 {
				d.defaultDate = m.Date.String()
			}
		}
		// the next undated sentences (three at most) tell the anchor day's
		// story; a sentence with a date of its own ends it
		if storyOpen && i != anchorSent && i != d.title {
			if len(d.dates[i]) > 0 {
				storyOpen = false
			} else if i-anchorSent <= 3 && c.src == d.body {
				d.storyDay[i] = anchor.String()
			}
		}
	}
}

// officeDate is the date used to look up office holders: the publication
// date, else the reference year.
func (d *doc) officeDate() string {
	if d.pub != "" {
		return d.pub
	}
	if d.ref.Year > 0 {
		return dates.Date{Year: d.ref.Year}.String()
	}
	return ""
}

// eventDate returns the date of the event cued at body offset pos in
// sentence si: the nearest date expression of the sentence, else the
// publication date when dflt is set.
func (d *doc) eventDate(si, pos int, dflt bool) string {
	best, dist := "", 1<<30
	for _, m := range d.dates[si] {
		if d.relativeBetween(si, pos, m.Start) {
			continue // "talks in Shusha, the city that troops took back in November 2020"
		}
		if d.insideDocName(si, m.Start, m.End) {
			continue // «заявление о плане … до 2030 года»: the year is the name's
		}
		dd := m.Start - pos
		if dd < 0 {
			dd = pos - m.End
		}
		if dd < dist {
			best, dist = m.Date.String(), dd
			// a span of days ("last week", "on 4-5 March") is written at
			// month level
			if !m.EndDate.IsZero() && m.Date.Month != 0 {
				best = dates.Date{Year: m.Date.Year, Month: m.Date.Month}.String()
			}
		}
	}
	if best != "" {
		return best
	}
	if dflt && !d.sents[si].sentenceHasCue(pastMarkers) {
		if day, ok := d.storyDay[si]; ok {
			return day
		}
		return d.defaultDate
	}
	return ""
}

// pastMarkers put an event before the story's day: "earlier", «ранее».
var pastMarkers = setOfKeys(`earlier previously formerly ago once ранее прежде накануне назад`)

// relativeWords open a clause about something else than the event.
var relativeWords = setOfKeys(`that which who whom whose where since когда который которая которое которые которого которой которых которым где`)

// relativeBetween reports whether a relative clause opens between body
// offsets a and b of sentence si (in either order) — the date after it
// belongs to that clause, not to the event cued at a.
func (d *doc) relativeBetween(si, a, b int) bool {
	if a > b {
		return false // a date before the cue: its own clause is not known
	}
	for _, t := range d.sents[si].toks {
		if t.start > a && t.start < b && t.word && (relativeWords[t.fold]) {
			return true
		}
	}
	return false
}

// insideDocName reports whether body offsets [a, b) of sentence si lie
// inside the name of a document.
func (d *doc) insideDocName(si, a, b int) bool {
	c := d.sents[si]
	for _, m := range d.ments {
		if m.sent != si || m.label != graph.LabelTreaty || m.i >= m.j || m.j > len(c.toks) {
			continue
		}
		if c.toks[m.i].start <= a && b <= c.toks[m.j-1].end {
			return true
		}
	}
	return false
}
