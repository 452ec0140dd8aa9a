package dates

import "time"

// lexeme is what a (lower-cased, ё-folded) word means to the date scanner.
// A word may carry several meanings (Russian «года» is both a year word and
// a unit of "N years ago").
type lexeme struct {
	month   int8 // 1–12, 0 if not a month name
	weekday int8 // time.Weekday+1, 0 if not a weekday name
	dayOff  int8 // offset in days for today/yesterday/…; valid when flags&fDayWord
	unit    int8 // unit of "last week", "3 days ago": uDay…uYear
	flags   uint32
}

const (
	fAbbr         uint32 = 1 << iota // abbreviated month or weekday ("Oct", «сент»)
	fUpper                           // English name: must be capitalized in running text
	fDayWord                         // today, yesterday, «вчера»…
	fYearWord                        // «год», «года», «г»: suffix of a year
	fOrdinal                         // st, nd, rd, th
	fYearCue                         // preposition that makes a bare year a date: in, since, «в»
	fMonthCue                        // preposition that makes a bare month name a date
	fOpener                          // range opener: from, between, «с», «от»
	fConn                            // range connector: to, until, and, «по», «до»
	fLast                            // last, «прошлой»
	fThis                            // this, «этой»
	fNext                            // next, «следующей»
	fAgo                             // ago, «назад»
	fStreetAfter                     // Street, Avenue: "5 October Street" is a name
	fStreetBefore                    // «улица», «метро»: «улица 28 Мая» is a name
	fOrdSuffixRu                     // «го», «е» in «5-го октября»
	fRuWeekdayObl                    // Russian weekday form that needs «в»/«во» or a date to be one
)

// Units of relative expressions.
const (
	uDay int8 = iota + 1
	uWeek
	uMonth
	uYear
)

// maxLexLen bounds the byte length of the words in lexicon; longer words
// are not looked up.
const maxLexLen = 32

// lexicon maps folded words to their meaning. It is built once and never
// written afterwards.
var lexicon = buildLexicon()

func buildLexicon() map[string]lexeme {
	m := make(map[string]lexeme, 512)
	add := func(w string, f func(*lexeme)) {
		l := m[w]
		f(&l)
		m[w] = l
	}
	month := func(n int, flags uint32, words ...string) {
		for _, w := range words {
			add(w, func(l *lexeme) { l.month = int8(n); l.flags |= flags })
		}
	}
	en := []string{"january", "february", "march", "april", "may", "june", "july",
		"august", "september", "october", "november", "december"}
	for i, w := range en {
		month(i+1, fUpper, w)
	}
	for i, ws := range [][]string{{"jan"}, {"feb"}, {"mar"}, {"apr"}, nil, {"jun"}, {"jul"},
		{"aug"}, {"sep", "sept"}, {"oct"}, {"nov"}, {"dec"}} {
		month(i+1, fAbbr|fUpper, ws...)
	}
	// Russian: every case form of the month names, then abbreviations.
	soft := []string{"ь", "я", "е", "ю", "ем"}
	hard := []string{"", "а", "е", "у", "ом"}
	ru := []struct {
		stem  string
		forms []string
		abbr  []string
	}{
		{"январ", soft, []string{"янв"}},
		{"феврал", soft, []string{"фев", "февр"}},
		{"март", hard, []string{"мар"}},
		{"апрел", soft, []string{"апр"}},
		{"ма", []string{"й", "я", "е", "ю", "ем"}, nil},
		{"июн", soft, []string{"июн"}}, // RIA Novosti datelines: «8 июн», «26 июл»
		{"июл", soft, []string{"июл"}},
		{"август", hard, []string{"авг"}},
		{"сентябр", soft, []string{"сен", "сент"}},
		{"октябр", soft, []string{"окт"}},
		{"ноябр", soft, []string{"ноя", "нояб"}},
		{"декабр", soft, []string{"дек"}},
	}
	for i, r := range ru {
		for _, e := range r.forms {
			month(i+1, 0, r.stem+e)
		}
		month(i+1, fAbbr, r.abbr...)
	}
	// Ukrainian: nominative, genitive and locative («5 травня 2023 року»,
	// «у травні»).
	for i, ws := range [][]string{
		{"січень", "січня", "січні"}, {"лютий", "лютого", "лютому"}, {"березень", "березня", "березні"},
		{"квітень", "квітня", "квітні"}, {"травень", "травня", "травні"}, {"червень", "червня", "червні"},
		{"липень", "липня", "липні"}, {"серпень", "серпня", "серпні"}, {"вересень", "вересня", "вересні"},
		{"жовтень", "жовтня", "жовтні"}, {"листопад", "листопада", "листопаді"}, {"грудень", "грудня", "грудні"},
	} {
		month(i+1, 0, ws...)
	}
	// Turkish and Azerbaijani month names (dates in those languages are
	// day-first: "5 Ekim 2021", "5 oktyabr 2021").
	for i, w := range []string{"ocak", "şubat", "mart", "nisan", "mayıs", "haziran",
		"temmuz", "ağustos", "eylül", "ekim", "kasım", "aralık"} {
		month(i+1, 0, w)
	}
	for i, w := range []string{"yanvar", "fevral", "mart", "aprel", "may", "iyun",
		"iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"} {
		if _, ok := m[w]; !ok {
			month(i+1, 0, w)
		}
	}

	wday := func(d time.Weekday, flags uint32, words ...string) {
		for _, w := range words {
			add(w, func(l *lexeme) { l.weekday = int8(d) + 1; l.flags |= flags })
		}
	}
	wday(time.Monday, fUpper, "monday")
	wday(time.Tuesday, fUpper, "tuesday")
	wday(time.Wednesday, fUpper, "wednesday")
	wday(time.Thursday, fUpper, "thursday")
	wday(time.Friday, fUpper, "friday")
	wday(time.Saturday, fUpper, "saturday")
	wday(time.Sunday, fUpper, "sunday")
	wday(time.Monday, fAbbr|fUpper, "mon")
	wday(time.Tuesday, fAbbr|fUpper, "tue", "tues")
	wday(time.Wednesday, fAbbr|fUpper, "wed")
	wday(time.Thursday, fAbbr|fUpper, "thu", "thur", "thurs")
	wday(time.Friday, fAbbr|fUpper, "fri")
	wday(time.Saturday, fAbbr|fUpper, "sat")
	wday(time.Sunday, fAbbr|fUpper, "sun")
	wday(time.Monday, 0, "понедельник")
	wday(time.Tuesday, 0, "вторник")
	wday(time.Wednesday, 0, "среду")
	wday(time.Wednesday, fRuWeekdayObl, "среда")
	wday(time.Thursday, 0, "четверг")
	wday(time.Friday, 0, "пятницу")
	wday(time.Friday, fRuWeekdayObl, "пятница")
	wday(time.Saturday, 0, "субботу")
	wday(time.Saturday, fRuWeekdayObl, "суббота")
	wday(time.Sunday, 0, "воскресенье")
	wday(time.Monday, fAbbr, "пн")
	wday(time.Tuesday, fAbbr, "вт")
	wday(time.Wednesday, fAbbr, "ср")
	wday(time.Thursday, fAbbr, "чт")
	wday(time.Friday, fAbbr, "пт")
	wday(time.Saturday, fAbbr, "сб")
	wday(time.Sunday, fAbbr, "вс")

	for w, off := range map[string]int8{"today": 0, "tonight": 0, "yesterday": -1,
		"tomorrow": 1, "сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2,
		"послезавтра": 2, "накануне": -1} {
		add(w, func(l *lexeme) { l.dayOff = off; l.flags |= fDayWord })
	}
	flag := func(f uint32, words ...string) {
		for _, w := range words {
			add(w, func(l *lexeme) { l.flags |= f })
		}
	}
	flag(fYearWord, "год", "года", "году", "годом", "годах", "годы", "годов", "г", "гг",
		"рік", "року", "роком", "роки", "років")
	flag(fOrdinal, "st", "nd", "rd", "th")
	flag(fOrdSuffixRu, "го", "е", "ого")
	// Cues of a bare year. Not "to", "of", «до», «с»: "up to 2000 troops",
	// «до 2000 человек» are counts; with a year word («до 2010 года») any
	// year is taken.
	flag(fYearCue, "in", "since", "by", "until", "till", "before", "after",
		"during", "through", "year", "early", "late", "mid",
		"в", "во", "после", "начале", "конце", "середине", "течение")
	flag(fMonthCue, "in", "since", "by", "until", "till", "of", "early", "late", "mid",
		"during", "through", "в", "с", "со", "до", "к", "по", "начале", "начала",
		"конце", "конца", "середине", "середины", "течение")
	flag(fOpener, "from", "between", "с", "со", "от")
	flag(fConn, "to", "till", "until", "through", "and", "по", "до")
	flag(fLast, "last", "past", "previous", "прошлой", "прошлом", "прошлую", "прошлый",
		"прошлое", "прошедшей", "прошедшем", "минувшей", "минувшем", "минувший",
		"минувшую", "минувшее")
	flag(fThis, "this", "этой", "этом", "эту", "этот", "это", "текущей", "текущем",
		"нынешнем", "нынешней")
	flag(fNext, "next", "coming", "следующей", "следующем", "следующую", "следующий",
		"следующее", "будущей", "будущем")
	flag(fAgo, "ago", "назад")
	flag(fStreetAfter, "street", "st", "avenue", "ave", "square", "boulevard", "road",
		"prospekt", "metro", "station")
	flag(fStreetBefore, "ул", "улица", "улице", "улицы", "улицу", "проспект",
		"проспекте", "пр", "площадь", "площади", "метро", "станция", "станции",
		"бульвар", "бульваре", "пос", "поселок")
	unit := func(u int8, words ...string) {
		for _, w := range words {
			add(w, func(l *lexeme) { l.unit = u })
		}
	}
	unit(uDay, "day", "days", "день", "дня", "дней", "сутки", "суток")
	unit(uWeek, "week", "weeks", "неделе", "неделю", "недели", "недель", "неделя")
	unit(uMonth, "month", "months", "месяце", "месяц", "месяца", "месяцев")
	unit(uYear, "year", "years", "году", "год", "года", "лет")
	return m
}
