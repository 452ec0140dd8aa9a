package dates

import "fmt"

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
