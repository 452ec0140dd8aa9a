package kb

import (
	"fmt"
	"time"
)

// span is the closed interval of days a (possibly partial) ISO date covers,
// as two YYYY-MM-DD strings that compare correctly as strings. The end of a
// month is written as day 31 whatever the month: it is only ever compared,
// never printed, and every real day of the month sorts before it.
type span struct{ lo, hi string }

// Open bounds for offices without a start or end.
const (
	minDay = "0000-00-00"
	maxDay = "9999-99-99"
)

// parseSpan parses YYYY, YYYY-MM or YYYY-MM-DD. A full date must be a real
// calendar day ("2021-02-30" is an error).
func parseSpan(s string) (span, error) {
	switch len(s) {
	case 4:
		if _, err := time.Parse("2006", s); err != nil {
			return span{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		return span{s + "-01-01", s + "-12-31"}, nil
	case 7:
		if _, err := time.Parse("2006-01", s); err != nil {
			return span{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		return span{s + "-01", s + "-31"}, nil
	case 10:
		if _, err := time.Parse(time.DateOnly, s); err != nil {
			return span{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		return span{s, s}, nil
	}
	return span{}, fmt.Errorf("bad date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
}

// officeSpan is the interval an office covers; empty From and To are open.
// Dates are assumed valid (checked at load).
func officeSpan(o Office) span {
	sp := span{minDay, maxDay}
	if o.From != "" {
		if f, err := parseSpan(o.From); err == nil {
			sp.lo = f.lo
		}
	}
	if o.To != "" {
		if t, err := parseSpan(o.To); err == nil {
			sp.hi = t.hi
		}
	}
	return sp
}

// overlaps reports whether two closed intervals share a day.
func (a span) overlaps(b span) bool { return a.lo <= b.hi && b.lo <= a.hi }
