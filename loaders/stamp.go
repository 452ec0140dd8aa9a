package loaders

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/dates"
)

// stamp is a date stamp line: a date of day precision (Year 0 when the line
// gives none), and the words left besides date, time and labels.
type stamp struct {
	date    dates.Date
	residue []string
	// updated marks a date labelled as a revision ("Updated: …",
	// «Обновлено: …»): the story's date loses nothing to it.
	updated bool
	// published marks a date labelled as the publication date.
	published bool
}

// pure reports a stamp with nothing but date, time and labels: page
// furniture, cut from the story. A stamp with residue ("BAKU, 11 Sep –
// 1NEWS.AZ", "Agenda.ge, 17 May 2023 - 09:41, Tbilisi") is a dateline and
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
			before := runesBefore(s, m.Start, 24)
			labelled := pubLabelRe.MatchString(before)
			if !found || labelled && !pubLabelled {
				st.date, found, pubLabelled = m.Date, true, labelled
				st.updated = !labelled && updLabelRe.MatchString(before)
			}
		}
	}
	if !found {
		return stamp{}, false
	}
	st.published = pubLabelled
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

// runesBefore returns up to n runes of s before byte offset end.
func runesBefore(s string, end, n int) string {
	start := end
	for ; n > 0 && start > 0; n-- {
		_, size := utf8.DecodeLastRuneInString(s[:start])
		start -= size
	}
	return s[start:end]
}

func isNumber(s string) bool {
	_, err := strconv.Atoi(s)
	return err == nil
}

// pubLabelRe is a label naming the publication date among other dates.
var pubLabelRe = regexp.MustCompile(`(?i)(published|posted|опубликовано|дата публикации|ekleme|yayınlanma|yayın tarihi)\W*$`)

// updLabelRe is a label naming a revision date ("Updated: 2020-08-07").
var updLabelRe = regexp.MustCompile(`(?i)(updated|modified|last update|обновлено|изменено|дата обновления|güncelleme|son güncelleme)\W*$`)

// pathDateRe finds dates in addresses: "/images/articles/2014/09/11/…".
var pathDateRe = regexp.MustCompile(`/((?:19|20)\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:/|\b)`)

// yearFromContext completes a year-less date of the story (a dateline
// "HANOI, Sept 10 (Reuters)", «МОСКВА, 9 сентября (БелТА)», a stamp "11
// сен"), month and day known. In order:
//  1. a date in an address of the page with the same month and day
//     ("/2014/09/11/" in an image link);
//  2. a full date of the story (day, month and year written) with the same
//     month and day («9 сентября 2021 года»);
//  3. the year most frequent among the full dates of the story (ties: the
//     latest);
//  4. the year of the page's other dated lines: stamps, dated headlines of
//     side lists (ties: the latest), moved by one when that puts the date
//     closer to them (a December dateline beside January stamps);
//
// else ok is false: the year is unknown. Bare years ("in 2013", «в 2022
// году») are never used: they name other events.
func yearFromContext(d dates.Date, allText, story string, pageDates []dates.Date) (int, string, bool) {
	for _, m := range pathDateRe.FindAllStringSubmatch(allText, -1) {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		da, _ := strconv.Atoi(m[3])
		if mo == d.Month && da == d.Day {
			return y, "year from an address", true
		}
	}
	full := fullDates(story)
	for _, f := range full {
		if f.Month == d.Month && f.Day == d.Day {
			return f.Year, "year from the same date in the story", true
		}
	}
	if y, ok := mostFrequentYear(full, nil); ok {
		return y, "year of the story's dates", true
	}
	if y, ok := mostFrequentYear(pageDates, &d); ok {
		return y, "year of the page's dates", true
	}
	return 0, "", false
}

// fullDates returns the dates of text written with day, month and year
// (both ends of a range).
func fullDates(text string) []dates.Date {
	var out []dates.Date
	for _, m := range dates.Find(text, dates.Date{}) {
		if m.Relative || m.Partial {
			continue
		}
		for _, d := range []dates.Date{m.Date, m.EndDate} {
			if d.Year != 0 && d.Month != 0 && d.Day != 0 {
				out = append(out, d)
			}
		}
	}
	return out
}

// mostFrequentYear returns the most frequent year of ds (ties: the latest).
// With near set, each date votes for the year that puts near's month and day
// closest to it.
func mostFrequentYear(ds []dates.Date, near *dates.Date) (int, bool) {
	count := map[int]int{}
	for _, d := range ds {
		y := d.Year
		if near != nil {
			best := -1
			for _, cand := range []int{d.Year - 1, d.Year, d.Year + 1} {
				c := dates.Date{Year: cand, Month: near.Month, Day: near.Day}
				if !c.Valid() {
					continue
				}
				dist := c.Time().Sub(d.Time())
				if dist < 0 {
					dist = -dist
				}
				if best < 0 || dist < time.Duration(best) {
					best, y = int(dist), cand
				}
			}
			if best < 0 {
				continue
			}
		}
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
