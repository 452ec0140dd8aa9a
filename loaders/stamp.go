package loaders

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/dates"
)

// stamp is a date stamp line: a date of day precision (Year 0 when the line
// gives none), and the words left besides date, time and labels.
type stamp struct {
	date    dates.Date
	residue []string
}

// pure reports a stamp with nothing but date, time and labels: page
// furniture, cut from the story. A stamp with residue ("BAKU, 11 Sep –
// 1NEWS.AZ", "Agenda.ge, 02 Sep 2024 - 12:56, Tbilisi") is a dateline and
// stays in the story.
func (s stamp) pure() bool { return len(s.residue) == 0 }

// maxStampWords bounds the words of a stamp line; longer lines are text.
const maxStampWords = 14

// parseStamp recognizes a date stamp line: a day-precision date ("26
// February 2021", "25.Nov.2025", "11 сен", "- 7 March 2024, 15:54"), with at
// most a time, labels ("Published:", "calendar-gray", "Ekleme:") and four
// other words. The first date of the line is the stamp's date.
func parseStamp(line string) (stamp, bool) {
	s := bulletRe.ReplaceAllString(line, "")
	if s == "" || wordCount(s) > maxStampWords {
		return stamp{}, false
	}
	ms := dates.Find(s, dates.Date{})
	var st stamp
	found, pubLabelled := false, false
	var b strings.Builder
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End > len(s) {
			continue
		}
		b.WriteString(s[prev:m.Start])
		b.WriteByte(' ')
		prev = m.End
		if !m.Relative && m.Date.Month != 0 && m.Date.Day != 0 {
			// The first date, unless a later one is labelled as the
			// publication date ("Updated: …, Published: …").
			labelled := pubLabelRe.MatchString(s[max(0, m.Start-24):m.Start])
			if !found || labelled && !pubLabelled {
				st.date, found, pubLabelled = m.Date, true, labelled
			}
		}
	}
	if !found {
		return stamp{}, false
	}
	b.WriteString(s[prev:])
	rest := timeRe.ReplaceAllString(b.String(), " ")
	for _, w := range strings.FieldsFunc(rest, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || unicode.Is(unicode.Mn, r))
	}) {
		w = strings.Trim(w, ".")
		lw := strings.ToLower(w)
		if w == "" || stampLabels[lw] || isNumber(w) {
			continue
		}
		st.residue = append(st.residue, w)
	}
	if len(st.residue) > 4 {
		return stamp{}, false
	}
	return st, true
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// pubLabelRe is a label naming the publication date among other dates.
var pubLabelRe = regexp.MustCompile(`(?i)(published|posted|опубликовано|дата публикации|ekleme|yayınlanma|yayın tarihi)\W*$`)

// pathDateRe finds dates in addresses: "/images/articles/2014/09/11/…".
var pathDateRe = regexp.MustCompile(`/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|\b)`)

// yearRe finds four-digit years of news (1900–2099) standing alone.
var yearRe = regexp.MustCompile(`(?:^|[^\p{L}\d\-/.])((?:19|20)\d{2})(?:$|[^\p{L}\d\-/])`)

// yearFromContext completes a year-less stamp (month and day known): first a
// date in an address of the page with the same month and day ("/2014/09/11/"
// in an image link), then the year the story itself mentions most (ties: the
// latest). ok is false when neither exists.
func yearFromContext(d dates.Date, allText, story string) (int, bool) {
	for _, m := range pathDateRe.FindAllStringSubmatch(allText, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		da, _ := strconv.Atoi(m[3])
		if mo == d.Month && da == d.Day {
			return y, true
		}
	}
	count := map[int]int{}
	for _, m := range yearRe.FindAllStringSubmatch(story, -1) {
		y, _ := strconv.Atoi(m[1])
		count[y]++
	}
	if len(count) == 0 {
		return 0, false
	}
	years := make([]int, 0, len(count))
	for y := range count {
		years = append(years, y)
	}
	sort.Slice(years, func(i, j int) bool {
		if count[years[i]] != count[years[j]] {
			return count[years[i]] > count[years[j]]
		}
		return years[i] > years[j]
	})
	return years[0], true
}
