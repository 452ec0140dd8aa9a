package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // Date.String(); "" = not ok
	}{
		{"15.06.21", "2021-06-15"},                        // numeric, two-digit year (Turan stamp)
		{"15.06.99", "1999-06-15"},                        // two-digit year ≥ 70 → 19xx
		{"15.06.2021", "2021-06-15"},                      // numeric, day first
		{"5/10/2021", "2021-10-05"},                       // slashes, day first
		{"2024-03-06", "2024-03-06"},                      // ISO
		{"2024-03-06T10:00:00Z", "2024-03-06"},            // ISO with time
		{"26 February 2021", "2021-02-26"},                // en day month year
		{"29.09.2017 [00:04]", "2017-09-29"},              // time in brackets ignored
		{"[29.09.2017]", "2017-09-29"},                    // brackets
		{"October 24, 2023", "2023-10-24"},                // en month day, year
		{"Oct. 24, 2023", "2023-10-24"},                   // abbreviated month with dot
		{"Sept. 3, 2022", "2022-09-03"},                   // Sept.
		{"October 24th, 2023", "2023-10-24"},              // ordinal
		{"24 Oct 2023", "2023-10-24"},                     // abbreviated, no dot
		{"25.Nov.2025", "2025-11-25"},                     // dotted with month name
		{"24-Oct-2023", "2023-10-24"},                     // hyphenated with month name
		{"5 октября 2021 года", "2021-10-05"},             // ru genitive + «года»
		{"5 октября 2021 г.", "2021-10-05"},               // ru + «г.»
		{"05.10.2021 г.", "2021-10-05"},                   // numeric + «г.»
		{"05.10.2021г.", "2021-10-05"},                    // «г.» glued
		{"5 сент. 2021", "2021-09-05"},                    // ru abbreviation
		{"8 июн 2022", "2022-06-08"},                      // RIA Novosti abbreviation «июн»
		{"26 июл. 2023", "2023-07-26"},                    // «июл.» with a dot
		{"22 ФЕВРАЛЯ 2024", "2024-02-22"},                 // upper-case Russian month (Armenpress)
		{"SEPTEMBER 14, 2022", "2022-09-14"},              // upper-case English month
		{"5 травня 2023 року", "2023-05-05"},              // Ukrainian genitive + «року»
		{"14 листопада 2022", "2022-11-14"},               // Ukrainian
		{"Tuesday, 5 October 2021", "2021-10-05"},         // weekday confirms
		{"вторник, 5 октября 2021", "2021-10-05"},         // ru weekday confirms
		{"Wed, 06 Mar 2024 10:00:00 +0000", "2024-03-06"}, // RFC 1123
		{"5 Ekim 2021", "2021-10-05"},                     // Turkish
		{"5 oktyabr 2021", "2021-10-05"},                  // Azerbaijani
		{"October 2021", "2021-10"},                       // month precision
		{"в октябре 2021 года", "2021-10"},                // ru month precision
		{"2021", "2021"},                                  // year precision
		{"2021 год", "2021"},                              // ru year word
		{"Baku/15.06.21/Turan", "2021-06-15"},             // stamp with source
		{"29 February 2020", "2020-02-29"},                // leap year
		{"29 February 2021", ""},                          // not in the calendar
		{"31.02.2021", ""},                                // not in the calendar
		{"31 апреля 2021", ""},                            // not in the calendar
		{"December 19", ""},                               // no year
		{"today", ""},                                     // relative, no ref
		{"hello", ""},                                     // not a date
		{"", ""},                                          // empty
	} {
		d, ok := Parse(tc.in)
		assert.Equal(t, tc.want != "", ok, "Parse(%q) ok", tc.in)
		assert.Equal(t, tc.want, d.String(), "Parse(%q)", tc.in)
	}
}

func TestParseRef(t *testing.T) {
	ref := Date{2022, 1, 10}
	for _, tc := range []struct{ in, want string }{
		{"MINSK, December 19. /TASS/", "2021-12-19"}, // year-less after ref+2 months → last year
		{"January 5", "2022-01-05"},                  // same year
		{"today", "2022-01-10"},                      // relative
		{"15.06.2021", "2021-06-15"},                 // absolute ignores ref
	} {
		d, ok := ParseRef(tc.in, ref)
		assert.True(t, ok, "ParseRef(%q)", tc.in)
		assert.Equal(t, tc.want, d.String(), "ParseRef(%q)", tc.in)
	}
}

// fm is a compact view of a Match for the rule tables.
func fm(m Match) string {
	s := m.Text + "=" + m.Date.String()
	if m.Date.IsZero() && (m.Date.Month != 0) {
		s = fmt.Sprintf("%s=--%02d-%02d", m.Text, m.Date.Month, m.Date.Day)
	}
	if m.EndDate.Month != 0 || m.EndDate.Year != 0 {
		if m.EndDate.Year == 0 {
			s += fmt.Sprintf("/--%02d-%02d", m.EndDate.Month, m.EndDate.Day)
		} else {
			s += "/" + m.EndDate.String()
		}
	}
	if m.Relative {
		s += " rel"
	}
	if m.Partial {
		s += " part"
	}
	return s
}

func findAll(text string, ref Date) []string {
	var out []string
	for _, m := range Find(text, ref) {
		out = append(out, fm(m))
	}
	return out
}

// ref of the rule tables: Wednesday 6 October 2021.
var wed = Date{2021, 10, 6}

func TestFind(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		// absolute, en
		{"The summit was held on 26 February 2021 in Baku.", []string{"26 February 2021=2021-02-26"}},
		{"Signed October 24, 2023, in Ankara.", []string{"October 24, 2023=2023-10-24"}},
		{"On Oct. 24, 2023 they met.", []string{"Oct. 24, 2023=2023-10-24"}},
		{"Posted 29.09.2017 [00:04]", []string{"29.09.2017=2017-09-29"}},
		{"Dated 2024-03-06.", []string{"2024-03-06=2024-03-06"}},
		// absolute, ru
		{"Встреча состоялась 5 октября 2021 года в Москве.", []string{"5 октября 2021 года=2021-10-05"}},
		{"Документ от 05.10.2021 г. подписан.", []string{"05.10.2021 г.=2021-10-05"}},
		{"1 января 2022 г. вступил в силу.", []string{"1 января 2022 г.=2022-01-01"}},
		{"Приказ от 12 сент. 2020 г.", []string{"12 сент. 2020 г.=2020-09-12"}},
		// month and year precision
		{"It was agreed in October 2021.", []string{"October 2021=2021-10"}},
		{"Соглашение подписано в октябре 2021 года.", []string{"октябре 2021 года=2021-10"}},
		{"The base opened in 2010.", []string{"2010=2010"}},
		{"База открыта в 2010 году.", []string{"2010 году=2010"}},
		{"Ещё в 2010 г. стороны договорились.", []string{"2010 г.=2010"}},
		{"Since 2015 the sides met.", []string{"2015=2015"}},
		{"в 2010-2015 годах", []string{"2010-2015 годах=2010/2015"}},
		// year-less (Partial) resolved against ref
		{"On October 5 the talks began.", []string{"October 5=2021-10-05 part"}},
		{"5 октября начались переговоры.", []string{"5 октября=2021-10-05 part"}},
		{"MINSK, December 19. /TASS/", []string{"December 19=2020-12-19 part"}}, // > ref+2 months → previous year
		{"on December 1", []string{"December 1=2021-12-01 part"}},               // within two months: same year
		{"talks in October", []string{"October=2021-10 part"}},
		{"в конце сентября", []string{"сентября=2021-09 part"}},
		{"in mid-October", []string{"October=2021-10 part"}},
		// ranges
		{"Exercises held 05–08 October 2021.", []string{"05–08 October 2021=2021-10-05/2021-10-08"}},
		{"Учения 5-8 октября.", []string{"5-8 октября=2021-10-05/2021-10-08 part"}},
		{"from 5 to 8 October", []string{"from 5 to 8 October=2021-10-05/2021-10-08 part"}},
		{"between 5 and 8 October 2021", []string{"between 5 and 8 October 2021=2021-10-05/2021-10-08"}},
		{"с 5 по 8 октября 2021 года", []string{"с 5 по 8 октября 2021 года=2021-10-05/2021-10-08"}},
		{"October 5-8", []string{"October 5-8=2021-10-05/2021-10-08 part"}},
		{"October 5-8, 2021", []string{"October 5-8, 2021=2021-10-05/2021-10-08"}},
		{"from 5 October to 8 November 2021", []string{"from 5 October to 8 November 2021=2021-10-05/2021-11-08"}},
		{"28 December 2020 – 3 January 2021", []string{"28 December 2020 – 3 January 2021=2020-12-28/2021-01-03"}},
		{"28 December – 3 January 2021", []string{"28 December – 3 January 2021=2020-12-28/2021-01-03"}},
		{"5 – 8 October 2021", []string{"5 – 8 October 2021=2021-10-05/2021-10-08"}},
		{"с 2010 по 2015 год", []string{"с 2010 по 2015 год=2010/2015"}},
		// relative
		{"He said today.", []string{"today=2021-10-06 rel"}},
		{"It happened yesterday.", []string{"yesterday=2021-10-05 rel"}},
		{"They meet tomorrow.", []string{"tomorrow=2021-10-07 rel"}},
		{"Сегодня президент заявил", []string{"Сегодня=2021-10-06 rel"}},
		{"Вчера стороны", []string{"Вчера=2021-10-05 rel"}},
		{"позавчера", []string{"позавчера=2021-10-04 rel"}},
		{"Министры накануне вечером провели переговоры", []string{"накануне=2021-10-05 rel"}},
		{"Переговоры состоялись накануне.", []string{"накануне=2021-10-05 rel"}},
		{"Он выступил накануне визита в Москву", nil},                   // "on the eve of the visit"
		{"He said on Tuesday.", []string{"Tuesday=2021-10-05 rel"}},     // the day before a Wednesday ref
		{"He said on Wednesday.", []string{"Wednesday=2021-10-06 rel"}}, // the ref itself
		{"He said on Thursday.", []string{"Thursday=2021-09-30 rel"}},   // last Thursday
		{"Во вторник министр", []string{"вторник=2021-10-05 rel"}},
		{"в среду", []string{"среду=2021-10-06 rel"}},
		{"last Tuesday", []string{"last Tuesday=2021-10-05 rel"}},
		{"next Monday", []string{"next Monday=2021-10-11 rel"}},
		{"last week", []string{"last week=2021-09-27/2021-10-03 rel"}},
		{"на прошлой неделе", []string{"прошлой неделе=2021-09-27/2021-10-03 rel"}},
		{"в прошлом году", []string{"прошлом году=2020 rel"}},
		{"this year", []string{"this year=2021 rel"}},
		{"last month", []string{"last month=2021-09 rel"}},
		{"3 days ago", []string{"3 days ago=2021-10-03 rel"}},
		{"2 недели назад", []string{"2 недели назад=2021-09-22 rel"}},
		// a weekday next to a date: the date wins
		{"в среду, 21 июля", []string{"среду, 21 июля=2021-07-21 part"}},
		{"on Wednesday, July 21", []string{"Wednesday, July 21=2021-07-21 part"}},
		{"Tuesday, 5 October 2021", []string{"Tuesday, 5 October 2021=2021-10-05"}},
		{"вторник, 5 октября 2021", []string{"вторник, 5 октября 2021=2021-10-05"}},
		{"Wednesday (July 21)", []string{"Wednesday (July 21)=2021-07-21 part"}},
		// several, left to right
		{"On 5 October and on 8 October 2021, and yesterday.", []string{"5 October=2021-10-05 part", "8 October 2021=2021-10-08", "yesterday=2021-10-05 rel"}},
	} {
		assert.Equal(t, tc.want, findAll(tc.text, wed), "Find(%q)", tc.text)
	}
}

func TestFindZeroRef(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"today", []string{"today= rel"}},                                   // relative: zero Date
		{"on Tuesday", []string{"Tuesday= rel"}},                            // idem
		{"5 октября", []string{"5 октября=--10-05 part"}},                   // year-less: Year 0
		{"ПХЕНЬЯН, 26 июл — РИА Новости.", []string{"26 июл=--07-26 part"}}, // RIA dateline
		{"ЕРЕВАН, 22 ФЕВРАЛЯ, АРМЕНПРЕСС.", []string{"22 ФЕВРАЛЯ=--02-22 part"}},
		{"HANOI, Sept 10 (Reuters) -", []string{"Sept 10=--09-10 part"}},
		{"КИЇВ, 24 лютого. /Укрінформ/.", []string{"24 лютого=--02-24 part"}}, // Ukrainian dateline
		{"29 February", []string{"29 February=--02-29 part"}},                 // could be a leap year
		{"5 October 2021", []string{"5 October 2021=2021-10-05"}},             // absolute unaffected
		{"from 5 to 8 October", []string{"from 5 to 8 October=--10-05/--10-08 part"}},
	} {
		assert.Equal(t, tc.want, findAll(tc.text, Date{}), "Find(%q)", tc.text)
	}
}

func TestFindNotDates(t *testing.T) {
	for _, text := range []string{
		"The F-16 jets",          // designation
		"at COP29 in Baku",       // attached to a word
		"at 19:45 local time",    // time
		"call +7 495 123-45-67",  // phone
		"call (012) 493-12-34",   // phone
		"2+2 format",             // arithmetic
		"Zapad-2021 exercises",   // year in a hyphenated name
		"учения «Запад-2021»",    // idem, ru
		"Су-35 и С-400",          // designations
		"growth of 2.5 percent",  // decimal
		"1,000 troops",           // grouped number
		"up to 2000 troops",      // a count, not a year
		"до 2000 человек",        // idem, ru
		"2000 troops",            // bare number
		"a 30-day ceasefire",     // number + hyphen + word
		"5 October Street",       // street name
		"улица 28 Мая",           // street name, ru
		"станция метро 28 Мая",   // station
		"version 1.2.3.4",        // dotted version
		"IP 192.168.1.1",         // address
		"the last week of talks", // "last week" as "final week"
		"окружающая среда",       // среда = environment
		"Russia Today reported",  // channel name
		"USA Today said",         // idem
		"it may 2 be",            // lower-case "may"
		"the march 5 times",      // idem
		"COVID-19",               // name
		"50% of 2021",            // no cue for 2021
		"Resolution 2231",        // number
		"32 October",             // no such day
		"31 апреля",              // no such day
	} {
		assert.Empty(t, findAll(text, wed), "Find(%q)", text)
	}
}

func TestResolutionRule(t *testing.T) {
	for _, tc := range []struct {
		ref  Date
		text string
		want string
	}{
		{Date{2022, 1, 10}, "December 19", "2021-12-19"},  // beyond ref+2 months → previous year
		{Date{2022, 1, 10}, "March 9", "2022-03-09"},      // within ref+2 months
		{Date{2022, 1, 10}, "March 11", "2021-03-11"},     // just beyond
		{Date{2022, 10, 31}, "December 31", "2022-12-31"}, // Dec 31 = limit
		{Date{2022, 10, 0}, "December 31", "2022-12-31"},  // month-precision ref: end of month
		{Date{2022, 0, 0}, "December 31", "2022-12-31"},   // year-precision ref: its year
		{Date{2021, 3, 1}, "29 February", "--02-29"},      // not in 2021: left unresolved
	} {
		ms := Find(tc.text, tc.ref)
		require.Len(t, ms, 1, "Find(%q, %v)", tc.text, tc.ref)
		got := ms[0].Date.String()
		if ms[0].Date.Year == 0 {
			got = fmt.Sprintf("--%02d-%02d", ms[0].Date.Month, ms[0].Date.Day)
		}
		assert.Equal(t, tc.want, got, "Find(%q, %v)", tc.text, tc.ref)
	}
}

func TestDateHelpers(t *testing.T) {
	d := Date{2021, 10, 6}
	wd, ok := d.Weekday()
	assert.True(t, ok)
	assert.Equal(t, time.Wednesday, wd)
	_, ok = Date{2021, 10, 0}.Weekday()
	assert.False(t, ok)
	assert.Equal(t, Date{2021, 9, 30}, d.AddDays(-6))
	assert.Equal(t, Date{2021, 10, 0}, Date{2021, 10, 0}.AddDays(3))
	assert.True(t, Date{2020, 2, 29}.Valid())
	assert.False(t, Date{2021, 2, 29}.Valid())
	assert.False(t, Date{2021, 0, 5}.Valid())
	assert.Equal(t, d, FromTime(d.Time()))
	assert.Equal(t, "2021-10", Date{2021, 10, 0}.String())
}

// checkMatches checks the invariants of Find's result.
func checkMatches(t *testing.T, text string, ms []Match) {
	t.Helper()
	end := 0
	for _, m := range ms {
		if m.Start < end || m.Start >= m.End || m.End > len(text) {
			t.Fatalf("bad offsets %d:%d (prev end %d, len %d) in %q", m.Start, m.End, end, len(text), text)
		}
		if m.Text != text[m.Start:m.End] {
			t.Fatalf("Text %q != text[%d:%d]", m.Text, m.Start, m.End)
		}
		if utf8.ValidString(text) && (!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End]))) {
			t.Fatalf("offsets %d:%d not on rune boundaries in %q", m.Start, m.End, text)
		}
		if m.Date.Year != 0 && !m.Date.Valid() {
			t.Fatalf("invalid date %+v from %q", m.Date, m.Text)
		}
		end = m.End
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"Talks 05–08 October 2021, on Tuesday; Zapad-2021 at 19:45.", "15.06.21", "с 5 по 8 октября", "on Tuesday, 5 October", "2010-2015 гг.", "5-го октября", "\xff5 October"} {
		f.Add(s, 2021, 10, 6)
	}
	f.Fuzz(func(t *testing.T, text string, y, m, d int) {
		ref := Date{y % 3000, ((m % 13) + 13) % 13, ((d % 32) + 32) % 32}
		if ref.Year < 0 {
			ref.Year = -ref.Year
		}
		if ref.Day != 0 && ref.Month == 0 {
			ref.Day = 0
		}
		if ref.Day != 0 && !validDay(ref.Year, ref.Month, ref.Day) {
			ref.Day = 1
		}
		a := Find(text, ref)
		checkMatches(t, text, a)
		b := Find(text, ref)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Fatal("Find not deterministic")
		}
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"15.06.21", "29.09.2017 [00:04]", "25.Nov.2025", "вторник, 5 октября 2021", "2021", "31.02.2021"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, ok := Parse(s)
		if ok != (d.Year != 0) {
			t.Fatalf("Parse(%q) = %v, %v", s, d, ok)
		}
		if ok && !d.Valid() {
			t.Fatalf("Parse(%q) = invalid %+v", s, d)
		}
		if d2, ok2 := Parse(s); d2 != d || ok2 != ok {
			t.Fatal("Parse not deterministic")
		}
	})
}

// benchText is ~3 KB of mixed English and Russian news text.
var benchText = strings.Repeat(`BAKU, October 6. /TASS/. Azerbaijani President Ilham Aliyev met Turkish
Defence Minister Hulusi Akar on Tuesday, the ministry said. The joint exercises held 05–08 October 2021
near Baku involved 2,000 troops, F-16 jets and Bayraktar TB2 drones; the previous drills took place
in September 2020 and from 5 to 8 October. Президент Азербайджана Ильхам Алиев в среду, 21 июля,
принял министра обороны Турции. Учения «Запад-2021» прошли с 10 по 16 сентября 2021 года, а на
прошлой неделе стороны подписали соглашение от 05.10.2021 г. Вчера в 19:45 по местному времени
министр заявил, что в 2010 году страны подписали Шушинскую декларацию. `, 4)

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	ref := Date{2021, 10, 6}
	n := 0
	for b.Loop() {
		n += len(Find(benchText, ref))
	}
	if n == 0 {
		b.Fatal("no matches")
	}
}

func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		Parse("29.09.2017 [00:04]")
	}
}

func TestLexicon(t *testing.T) {
	for w, l := range lexicon {
		assert.LessOrEqual(t, len(w), maxLexLen, "word %q longer than maxLexLen", w)
		assert.NotContains(t, w, "ё", "lexicon words are folded: %q", w)
		assert.Equal(t, strings.ToLower(w), w, "lexicon words are lower case: %q", w)
		assert.NotEqual(t, lexeme{}, l, "word %q means nothing", w)
	}
}
