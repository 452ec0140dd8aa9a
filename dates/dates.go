package dates

import (
	"fmt"
	"time"
)

// Date is a calendar date of day, month or year precision: Month and Day are
// zero when unknown. The zero Date is "no date".
type Date struct {
	Year, Month, Day int
}

// IsZero reports whether d holds no date.
func (d Date) IsZero() bool { return d.Year == 0 }

// String formats d as ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY" by precision,
// and "" for the zero Date.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Match is one date expression found in running text by Find.
//
// Start and End are byte offsets into the text given to Find, on rune
// boundaries, with Start < End; Text is text[Start:End]. The span covers the
// date expression itself: a locative preposition that only cues it ("in
// 2010", "on Tuesday", «в 2010 году», «в среду») is left out, while range
// openers ("from 5 to 8 October", «с 5 по 8 октября») and year words
// («2021 года», «2021 г.») are included.
type Match struct {
	Start, End int
	Text       string
	// Date is the date, or the first day of a range, at the precision the
	// text gives (day, month or year). It is the zero Date when the
	// expression is relative and Find had no reference date; for a year-less
	// date without reference it holds Month and Day with Year 0.
	Date Date
	// EndDate is the last day of a range ("05–08 October 2021",
	// "from 5 to 8 October", «с 5 по 8 октября»), zero otherwise.
	EndDate Date
	// Relative is set for expressions resolved against the reference date:
	// "today", "yesterday", "on Tuesday", "last week", «вчера», «в среду».
	Relative bool
	// Partial is set when the year is not in the text ("October 5",
	// «5 октября») and was taken from the reference date, or is unknown.
	Partial bool
}

// Find returns the date expressions of text, left to right and
// non-overlapping, resolved against ref, the article's publication date
// (which may be the zero Date).
//
// Resolution rules:
//   - A date without a year takes ref's year, unless that puts it more than
//     two months after ref: news reports past events, so "December 19" in a
//     January article is the previous December. Ranges take the year of
//     their end and the start's year follows.
//   - A weekday ("on Tuesday", «в среду») is the most recent such day on or
//     before ref ("last Tuesday": strictly before; "next Tuesday": strictly
//     after). A weekday next to an explicit date ("Tuesday, 5 October",
//     «в среду, 21 июля») is only a confirmation: the date wins and the
//     match is not Relative.
//   - "today"/«сегодня» is ref, "yesterday"/«вчера» the day before,
//     "last week"/«на прошлой неделе» the range Monday–Sunday of the week
//     before ref's, "last year"/«в прошлом году» ref's year minus one.
//   - With a zero ref, relative matches have a zero Date and year-less ones
//     Year 0; Relative and Partial are set as usual.
//
// Numbers that are not dates are skipped: designations attached to a word
// ("F-16", "COP29", "Zapad-2021"), times ("19:45"), decimals and grouped
// numbers ("2.5", "1,000"), phone numbers, arithmetic ("2+2"), street names
// ("5 October Street", best effort). A bare four-digit year needs a cue
// ("in 2010", "since 2010", «в 2010 году», «2010 г.»).
//
// Find is deterministic and safe for concurrent use. Invalid UTF-8 is
// tolerated (never matched).
func Find(text string, ref Date) []Match { return find(text, ref, false) }

// Parse parses one standalone date string, such as a publication stamp:
// "15.06.21", "15.06.2021", "2024-03-06", "26 February 2021",
// "29.09.2017 [00:04]", "October 24, 2023", "Oct. 24, 2023", "24 Oct 2023",
// "25.Nov.2025", "5 октября 2021 года", "05.10.2021 г.",
// "Tuesday, 5 October 2021", "вторник, 5 октября 2021". Month-only and
// year-only strings ("October 2021", «в октябре 2021 года», "2021") give a
// Date of month or year precision. Numeric dates are day first; two-digit
// years are 2000–2069 or 1970–1999. A time of day, brackets, a weekday and
// surrounding words are ignored: the first absolute date in s is returned.
// ok is false when s holds no date with a year (use ParseRef to resolve
// year-less stamps such as "December 19") or the date is not in the
// calendar ("31.02.2021").
func Parse(s string) (d Date, ok bool) { return ParseRef(s, Date{}) }

// ParseRef is Parse with year-less and relative dates ("December 19",
// "today") resolved against ref by the rules of Find. ok is false when the
// result has no year.
func ParseRef(s string, ref Date) (d Date, ok bool) {
	for _, m := range find(s, ref, true) {
		if m.Date.Year != 0 {
			return m.Date, true
		}
	}
	return Date{}, false
}

// Time returns d as midnight UTC, with a missing month or day taken as 1.
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// FromTime returns the day-precision Date of t in t's location.
func FromTime(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, int(m), d}
}

// Valid reports whether d is a non-zero date of the calendar at its
// precision: month 1–12 when set, a day that exists in that month and year
// when set (no 31 February), and no day without a month.
func (d Date) Valid() bool {
	switch {
	case d.Year == 0:
		return false
	case d.Month == 0:
		return d.Day == 0
	case d.Day == 0:
		return d.Month >= 1 && d.Month <= 12
	}
	return validDay(d.Year, d.Month, d.Day)
}

// Weekday returns the day of the week of a day-precision date; ok is false
// for a date of month or year precision or an invalid one.
func (d Date) Weekday() (wd time.Weekday, ok bool) {
	if d.Day == 0 || !d.Valid() {
		return 0, false
	}
	return d.Time().Weekday(), true
}

// AddDays returns d moved by n days; d must have day precision (otherwise d
// is returned unchanged).
func (d Date) AddDays(n int) Date {
	if d.Day == 0 || d.Year == 0 {
		return d
	}
	return FromTime(d.Time().AddDate(0, 0, n))
}
