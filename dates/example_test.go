package dates_test

import (
	"fmt"

	"github.com/diplograph/diplograph/dates"
)

func ExampleFind() {
	ref := dates.Date{Year: 2021, Month: 10, Day: 6} // a Wednesday
	text := "On Tuesday the ministers met; exercises held 05–08 October 2021 " +
		"followed talks «в среду, 21 июля» and «в 2010 году». Zapad-2021 ended at 19:45."
	for _, m := range dates.Find(text, ref) {
		fmt.Printf("%q %s", m.Text, m.Date)
		if !m.EndDate.IsZero() {
			fmt.Printf("..%s", m.EndDate)
		}
		if m.Relative {
			fmt.Print(" relative")
		}
		if m.Partial {
			fmt.Print(" partial")
		}
		fmt.Println()
	}
	// Output:
	// "Tuesday" 2021-10-05 relative
	// "05–08 October 2021" 2021-10-05..2021-10-08
	// "среду, 21 июля" 2021-07-21 partial
	// "2010 году" 2010
}

func ExampleParse() {
	for _, s := range []string{"15.06.21", "Oct. 24, 2023", "5 октября 2021 года", "в октябре 2021 года", "31.02.2021"} {
		d, ok := dates.Parse(s)
		fmt.Println(d, ok)
	}
	// Output:
	// 2021-06-15 true
	// 2023-10-24 true
	// 2021-10-05 true
	// 2021-10 true
	//  false
}
