package dates

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The scanner works on tokens, not on the bytes of the text: a run of ASCII
// digits, a run of letters (looked up once in lexicon), or one other rune.
// Whitespace only sets token.space. The patterns below are small functions
// over the token slice; at each token the longest pattern wins.

type tokKind uint8

const (
	tNum tokKind = iota + 1
	tWord
	tPunct
)

type token struct {
	start, end int
	kind       tokKind
	space      bool  // whitespace or start of text before the token
	upper      bool  // word starting with an upper-case letter
	latin      bool  // word of Latin letters
	nd         int8  // digits of a number
	r          rune  // the rune of a punctuation token
	val        int   // value of a number (capped at 9 digits)
	cl         int32 // index of the number's cluster
	lx         lexeme
}

// cluster is a maximal run of numbers joined by separators without spaces:
// "15.06.2021", "1,000", "19:45", "05–08". A number inside a cluster is only
// a date as part of a pattern that consumes the whole cluster.
type cluster struct {
	first, last int  // token indices of the first and last number
	n           int  // how many numbers
	sep         rune // the first separator, 0 when n == 1
	mixed       bool // separators differ
	leftAtt     bool // glued to a word before ("COP29", "F-16", "+7")
	rightAtt    bool // glued to something after ("5km", "50%")
}

type scanner struct {
	text       string
	toks       []token
	cls        []cluster
	ref        Date
	standalone bool
}

// cand is a pattern's result before resolution. Year 0 in d means the year
// is not in the text.
type cand struct {
	first, last int // token indices, inclusive
	d, e        Date
	rel         bool
	ok          bool
	// invalid marks a well-formed date that is not in the calendar
	// ("31 February 2021"): its tokens are consumed without a match, so
	// that "February 2021" is not matched in its place.
	invalid bool
}

func find(text string, ref Date, standalone bool) []Match {
	s := scanner{text: text, ref: ref, standalone: standalone}
	s.tokenize()
	if len(s.toks) == 0 {
		return nil
	}
	s.clusterize()
	var out []Match
	for i := 0; i < len(s.toks); {
		c := s.best(i)
		if !c.ok {
			i++
			continue
		}
		if m, ok := s.resolve(c); ok {
			out = append(out, m)
		}
		i = c.last + 1
	}
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\u00a0' ||
		r == '\u202f' || r == '\u2009' || unicode.IsSpace(r)
}

func (s *scanner) tokenize() {
	text := s.text
	s.toks = make([]token, 0, len(text)/5+4)
	var buf [maxLexLen + utf8.UTFMax]byte
	space := true
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c >= '0' && c <= '9':
			j, v := i, 0
			for j < len(text) && text[j] >= '0' && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			nd := j - i
			if nd > 100 {
				nd = 100
			}
			s.toks = append(s.toks, token{start: i, end: j, kind: tNum, space: space, nd: int8(nd), val: v})
			space = false
			i = j
			continue
		case c < utf8.RuneSelf && !isLetterASCII(c):
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' {
				space = true
			} else {
				s.toks = append(s.toks, token{start: i, end: i + 1, kind: tPunct, space: space, r: rune(c)})
				space = false
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			if isSpace(r) {
				space = true
			} else {
				s.toks = append(s.toks, token{start: i, end: i + w, kind: tPunct, space: space, r: r})
				space = false
			}
			i += w
			continue
		}
		// A word: letters and combining marks. Only words short enough to
		// be in the lexicon are lower-cased and looked up.
		_, _, up := letterLower(r)
		t := token{start: i, kind: tWord, space: space, upper: up, latin: r < 0x250}
		n, long := 0, false
		j := i
		for j < len(text) {
			var r rune
			w := 1
			if c := text[j]; c < utf8.RuneSelf {
				r = rune(c)
			} else {
				r, w = utf8.DecodeRuneInString(text[j:])
			}
			lr, ok, _ := letterLower(r)
			if !ok && !(r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r)) {
				break
			}
			if !long {
				if n+utf8.RuneLen(lr) > maxLexLen {
					long = true
				} else {
					n += utf8.EncodeRune(buf[n:], lr)
				}
			}
			j += w
		}
		t.end = j
		if !long {
			t.lx = lexicon[string(buf[:n])]
		}
		s.toks = append(s.toks, t)
		space = false
		i = j
	}
}

func isLetterASCII(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// letterLower reports whether r is a letter, its lower case with ё folded
// to е, and whether it is upper case; Latin and Cyrillic take a fast path.
func letterLower(r rune) (lower rune, letter, upper bool) {
	switch {
	case r >= 'a' && r <= 'z', r >= 'а' && r <= 'я':
		return r, true, false
	case r >= 'A' && r <= 'Z', r >= 'А' && r <= 'Я':
		return r + 0x20, true, true
	case r == 'ё':
		return 'е', true, false
	case r == 'Ё':
		return 'е', true, true
	case r < utf8.RuneSelf:
		return r, false, false
	}
	if !unicode.IsLetter(r) {
		return r, false, false
	}
	lr := unicode.ToLower(r)
	return lr, true, lr != r
}

func isClusterSep(r rune) bool {
	switch r {
	case '.', '/', '-', ':', ',', '–', '—', '‒', '−':
		return true
	}
	return false
}

func isDash(r rune) bool {
	switch r {
	case '-', '–', '—', '‒', '−':
		return true
	}
	return false
}

// glueLeft and glueRight are punctuation that makes an adjacent number a
// quantity, a code or a formula rather than a date.
func glueLeft(r rune) bool {
	switch r {
	case '+', '№', '#', '$', '€', '£', '₽', '×', '*', '^', '=', '_', '@', '\\', '&':
		return true
	}
	return false
}

func glueRight(r rune) bool {
	switch r {
	case '+', '%', '‰', '$', '€', '£', '₽', '°', '×', '*', '^', '=', '_', '@', '\\', '&', '²', '³':
		return true
	}
	return false
}

func (s *scanner) clusterize() {
	t := s.toks
	for i := 0; i < len(t); i++ {
		if t[i].kind != tNum {
			continue
		}
		c := cluster{first: i, last: i, n: 1}
		for j := i; j+2 < len(t) && t[j+1].kind == tPunct && isClusterSep(t[j+1].r) &&
			!t[j+1].space && !t[j+2].space && t[j+2].kind == tNum; j += 2 {
			if c.sep == 0 {
				c.sep = t[j+1].r
			} else if t[j+1].r != c.sep {
				c.mixed = true
			}
			c.last = j + 2
			c.n++
		}
		if p := i - 1; p >= 0 && !t[i].space {
			switch {
			case t[p].kind == tWord:
				c.leftAtt = true
			case t[p].kind == tPunct && isDash(t[p].r) && p > 0 && !t[p].space && t[p-1].kind == tWord:
				c.leftAtt = true
			case t[p].kind == tPunct && glueLeft(t[p].r):
				c.leftAtt = true
			case t[p].kind == tPunct && (t[p].r == '.' || t[p].r == ',') && p > 0 && !t[p].space && t[p-1].kind == tNum:
				c.leftAtt = true // "1.2.3.4" split oddly, "3,.5"
			}
		}
		if q := c.last + 1; q < len(t) && !t[q].space {
			switch {
			case t[q].kind == tWord:
				f := t[q].lx.flags
				iso := (t[q].end-t[q].start == 1 && (s.text[t[q].start] == 'T' || s.text[t[q].start] == 't') &&
					q+1 < len(t) && t[q+1].kind == tNum && !t[q+1].space)
				c.rightAtt = f&(fOrdinal|fYearWord) == 0 && !iso
			case t[q].kind == tPunct && glueRight(t[q].r):
				c.rightAtt = true
			case t[q].kind == tPunct && isDash(t[q].r) && q+1 < len(t) && !t[q+1].space && t[q+1].kind == tWord:
				// "5-летний", "30-day"; but «5-го октября», «2010-х»? keep
				// the ordinal «-го»/«-е» as a day.
				c.rightAtt = t[q+1].lx.flags&fOrdSuffixRu == 0 && t[q+1].lx.month == 0
			case t[q].kind == tPunct && (t[q].r == '.' || t[q].r == ',') && q+1 < len(t) && !t[q+1].space && t[q+1].kind == tNum:
				c.rightAtt = true
			}
		}
		for j := c.first; j <= c.last; j += 2 {
			t[j].cl = int32(len(s.cls))
		}
		s.cls = append(s.cls, c)
		i = c.last
	}
}

// ---- token predicates ----

func (s *scanner) tok(i int) *token {
	if i < 0 || i >= len(s.toks) {
		return nil
	}
	return &s.toks[i]
}

func (s *scanner) punct(i int, rs ...rune) bool {
	t := s.tok(i)
	if t == nil || t.kind != tPunct {
		return false
	}
	for _, r := range rs {
		if t.r == r {
			return true
		}
	}
	return false
}

func (s *scanner) dash(i int) bool {
	t := s.tok(i)
	return t != nil && t.kind == tPunct && isDash(t.r)
}

func (s *scanner) flag(i int, f uint32) bool {
	t := s.tok(i)
	return t != nil && t.kind == tWord && t.lx.flags&f != 0
}

// single reports whether token i is a number standing alone (a cluster of
// one).
func (s *scanner) single(i int) bool {
	t := s.tok(i)
	return t != nil && t.kind == tNum && s.cls[t.cl].n == 1
}

// dayAt reports a day-of-month number at i and the last token of the day,
// including an ordinal suffix ("5th", «5-го»).
func (s *scanner) dayAt(i int) (day, last int, ok bool) {
	t := s.tok(i)
	if t == nil || !s.single(i) || t.nd > 2 || t.val < 1 || t.val > 31 {
		return 0, 0, false
	}
	c := &s.cls[t.cl]
	if c.leftAtt || c.rightAtt {
		return 0, 0, false
	}
	last = i
	if s.flag(i+1, fOrdinal) && !s.toks[i+1].space {
		last = i + 1
	} else if s.dash(i+1) && !s.toks[i+1].space && s.flag(i+2, fOrdSuffixRu) && !s.toks[i+2].space {
		last = i + 2
	}
	return t.val, last, true
}

// dayRangeAt reports a "05–08" cluster at i.
func (s *scanner) dayRangeAt(i int) (d1, d2 int, ok bool) {
	t := s.tok(i)
	if t == nil || t.kind != tNum {
		return 0, 0, false
	}
	c := &s.cls[t.cl]
	if c.first != i || c.n != 2 || !isDash(c.sep) || c.leftAtt || c.rightAtt {
		return 0, 0, false
	}
	a, b := s.toks[c.first], s.toks[c.last]
	if a.nd > 2 || b.nd > 2 || a.val < 1 || b.val > 31 || a.val >= b.val {
		return 0, 0, false
	}
	return a.val, b.val, true
}

// monthAt reports a month name at i and its last token (with the dot of an
// abbreviation). needUpper applies the capitalization rule of English names
// in running text.
func (s *scanner) monthAt(i int, needUpper bool) (month, last int, ok bool) {
	t := s.tok(i)
	if t == nil || t.kind != tWord || t.lx.month == 0 {
		return 0, 0, false
	}
	if needUpper && !s.standalone && t.lx.flags&fUpper != 0 && !t.upper {
		return 0, 0, false
	}
	last = i
	if t.lx.flags&fAbbr != 0 && s.punct(i+1, '.') && !s.toks[i+1].space {
		last = i + 1
	}
	return int(t.lx.month), last, true
}

// yearAt reports a four-digit year at i and its last token, with a year
// word after it («2021 года», «2021 г.», «2021г.»).
func (s *scanner) yearAt(i int, allowLeftAtt bool) (year, last int, ok bool) {
	t := s.tok(i)
	if t == nil || !s.single(i) || t.nd != 4 || t.val < 1000 {
		return 0, 0, false
	}
	c := &s.cls[t.cl]
	if (c.leftAtt && !allowLeftAtt) || c.rightAtt {
		return 0, 0, false
	}
	return t.val, s.yearWord(i), true
}

// yearWord returns the last token of the year words after token i, or i.
func (s *scanner) yearWord(i int) int {
	if !s.flag(i+1, fYearWord) {
		if s.dash(i+1) && !s.toks[i+1].space && s.flag(i+2, fYearWord) {
			return s.yearWord(i + 1) // «2021-го года»? rare; «2010-е» is not ours
		}
		return i
	}
	last := i + 1
	if w := s.text[s.toks[last].start:s.toks[last].end]; (w == "г" || w == "гг") && s.punct(last+1, '.') && !s.toks[last+1].space {
		last++
	}
	return last
}

func daysIn(year, month int) int {
	if month == 2 {
		if year == 0 || (year%4 == 0 && (year%100 != 0 || year%400 == 0)) {
			return 29
		}
		return 28
	}
	if month == 4 || month == 6 || month == 9 || month == 11 {
		return 30
	}
	return 31
}

func validDay(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// ---- patterns ----

// best returns the longest candidate starting at token i.
func (s *scanner) best(i int) cand {
	t := &s.toks[i]
	var b cand
	try := func(c cand) {
		if c.ok && (!b.ok || c.last > b.last) {
			b = c
		}
	}
	switch t.kind {
	case tNum:
		try(s.numeric(i))
		try(s.dayMonth(i))
		try(s.yearOnly(i))
		try(s.rangeAt(i, false))
		try(s.ago(i))
	case tWord:
		lx := t.lx
		if lx.month != 0 {
			try(s.monthDay(i))
			try(s.monthYear(i))
			try(s.monthOnly(i))
		}
		if lx.weekday != 0 || lx.flags&(fLast|fThis|fNext) != 0 {
			try(s.weekday(i))
		}
		if lx.flags&(fLast|fThis|fNext) != 0 {
			try(s.unitPhrase(i))
		}
		if lx.flags&fDayWord != 0 {
			try(s.dayWord(i))
		}
		if lx.flags&fOpener != 0 {
			try(s.rangeAt(i, true))
		}
	}
	return b
}

// numeric: "15.06.2021", "15.06.21", "15/06/2021", "15-06-2021",
// "2024-03-06", "2024.03.06", "05.10.2021 г.".
func (s *scanner) numeric(i int) cand {
	c := &s.cls[s.toks[i].cl]
	if c.first != i || c.n != 3 || c.mixed || c.leftAtt || c.rightAtt {
		return cand{}
	}
	switch c.sep {
	case '.', '/', '-':
	default:
		return cand{}
	}
	a, b, y := s.toks[i], s.toks[i+2], s.toks[i+4]
	var d Date
	switch {
	case a.nd == 4 && b.nd <= 2 && y.nd <= 2:
		d = Date{a.val, b.val, y.val}
	case a.nd <= 2 && b.nd <= 2 && y.nd == 4:
		d = Date{y.val, b.val, a.val}
	case a.nd <= 2 && b.nd <= 2 && y.nd == 2 && c.sep != '-':
		yy := y.val + 2000
		if y.val >= 70 {
			yy = y.val + 1900
		}
		d = Date{yy, b.val, a.val}
	default:
		return cand{}
	}
	if d.Year < 1000 || !validDay(d.Year, d.Month, d.Day) {
		return cand{}
	}
	return cand{first: i, last: s.yearWord(i + 4), d: d, ok: true}
}

// streetAround reports a street or station name around a day-month pair
// ("5 October Street", «улица 28 Мая», «станция метро 28 Мая»).
func (s *scanner) streetAround(first, last int) bool {
	return s.flag(first-1, fStreetBefore) || (s.flag(last+1, fStreetAfter) && s.toks[last+1].upper)
}

// dayMonth: "26 February 2021", "5 октября 2021 года", "24 Oct 2023",
// "25.Nov.2025", "24-Oct-2023", "5th of October", "05–08 October 2021",
// "5-8 октября", "5 октября" (year-less).
func (s *scanner) dayMonth(i int) cand {
	d1, d2, rng := s.dayRangeAt(i)
	last := s.cls[s.toks[i].cl].last
	if !rng {
		var ok bool
		if d1, last, ok = s.dayAt(i); !ok {
			return cand{}
		}
	}
	j := last + 1
	var sep rune
	if s.punct(j, '.', '-', '/') && !s.toks[j].space && s.tok(j+1) != nil && !s.toks[j+1].space && s.toks[j+1].kind == tWord {
		sep = s.toks[j].r
		j++
	} else if s.tok(j) != nil && s.toks[j].kind == tWord && s.toks[j].lx.flags&fOrdinal == 0 && s.toks[j].latin && s.text[s.toks[j].start:s.toks[j].end] == "of" {
		j++ // "5th of October"
	}
	t := s.tok(j)
	if t == nil || (sep == 0 && !t.space) {
		return cand{}
	}
	m, mlast, ok := s.monthAt(j, false)
	if !ok {
		return cand{}
	}
	c := cand{first: i, last: mlast, d: Date{0, m, d1}, ok: true}
	if rng {
		c.e = Date{0, m, d2}
	}
	// The year.
	k := mlast + 1
	if sep != 0 {
		k = j + 1 // "25.Nov.2025": the abbreviation's dot is the separator
		if s.punct(k, sep) && !s.toks[k].space {
			if y, ylast, ok := s.yearAt(k+1, true); ok && !s.toks[k+1].space {
				c.d.Year, c.last = y, ylast
			}
		}
	} else {
		if s.punct(k, ',') {
			k++
		}
		if t := s.tok(k); t != nil && t.space {
			if y, ylast, ok := s.yearAt(k, false); ok {
				c.d.Year, c.last = y, ylast
			}
		}
	}
	if c.d.Year == 0 && s.streetAround(i, mlast) {
		return cand{}
	}
	if rng {
		c.e.Year = c.d.Year
	}
	return c.checked()
}

// checked validates the calendar of c's dates.
func (c cand) checked() cand {
	if !c.ok {
		return c
	}
	for _, d := range []Date{c.d, c.e} {
		if d.Day != 0 && !validDay(d.Year, d.Month, d.Day) {
			c.invalid = true
		}
	}
	return c
}

// monthDay: "October 24, 2023", "Oct. 24, 2023", "October 24th",
// "December 19" (year-less), "October 5-8, 2023".
func (s *scanner) monthDay(i int) cand {
	m, mlast, ok := s.monthAt(i, true)
	if !ok {
		return cand{}
	}
	j := mlast + 1
	t := s.tok(j)
	if t == nil || t.kind != tNum || (!t.space && mlast == i) {
		return cand{}
	}
	c := cand{first: i, d: Date{0, m, 0}, ok: true}
	if d1, d2, ok := s.dayRangeAt(j); ok {
		c.d.Day, c.e = d1, Date{0, m, d2}
		c.last = s.cls[t.cl].last
	} else if d, last, ok := s.dayAt(j); ok {
		c.d.Day, c.last = d, last
	} else {
		return cand{}
	}
	k := c.last + 1
	if s.punct(k, ',') && !s.toks[k].space {
		k++
	}
	if t := s.tok(k); t != nil && t.space {
		if y, ylast, ok := s.yearAt(k, false); ok {
			c.d.Year, c.last = y, ylast
			if c.e.Month != 0 {
				c.e.Year = y
			}
		}
	}
	if c.d.Year == 0 && s.streetAround(i, c.last) {
		return cand{}
	}
	return c.checked()
}

// monthYear: "October 2021", «октябре 2021 года», "Nov-2025", "March of 2021".
func (s *scanner) monthYear(i int) cand {
	m, mlast, ok := s.monthAt(i, true)
	if !ok {
		return cand{}
	}
	k := mlast + 1
	allowLeft := false
	switch {
	case s.punct(k, ',') && !s.toks[k].space:
		k++
	case s.punct(k, '-', '.', '/') && !s.toks[k].space && mlast == i:
		k++
		allowLeft = true
		if s.tok(k) == nil || s.toks[k].space {
			return cand{}
		}
	case s.tok(k) != nil && s.toks[k].kind == tWord && s.text[s.toks[k].start:s.toks[k].end] == "of":
		k++
	}
	if t := s.tok(k); t == nil || (!allowLeft && !t.space) {
		return cand{}
	}
	y, ylast, ok := s.yearAt(k, allowLeft)
	if !ok {
		return cand{}
	}
	return cand{first: i, last: ylast, d: Date{y, m, 0}, ok: true}
}

// monthOnly: a full month name after a cue: "in October", «в октябре»,
// «до конца сентября», "mid-October". Year-less, month precision.
func (s *scanner) monthOnly(i int) cand {
	m, last, ok := s.monthAt(i, true)
	if !ok || s.toks[i].lx.flags&fAbbr != 0 {
		return cand{}
	}
	cue := s.flag(i-1, fMonthCue) && s.toks[i].space
	if !cue && s.dash(i-1) && !s.toks[i].space && s.flag(i-2, fMonthCue) {
		cue = true // "mid-October"
	}
	if !cue {
		return cand{}
	}
	return cand{first: i, last: last, d: Date{0, m, 0}, ok: true}
}

// yearOnly: "in 2010", «в 2010 году», «2010 г.», "2010–2015" after a cue,
// «в 2010-2015 годах»; any year in a standalone string.
func (s *scanner) yearOnly(i int) cand {
	t := &s.toks[i]
	c := &s.cls[t.cl]
	if c.first != i || c.leftAtt || c.rightAtt {
		return cand{}
	}
	cue := s.flag(i-1, fYearCue) && t.space
	if c.n == 2 && isDash(c.sep) {
		a, b := s.toks[c.first], s.toks[c.last]
		if a.nd != 4 || b.nd != 4 || a.val < 1000 || a.val >= b.val || b.val > 2999 {
			return cand{}
		}
		last := s.yearWord(c.last)
		if !cue && last == c.last && !s.standalone {
			return cand{}
		}
		return cand{first: i, last: last, d: Date{a.val, 0, 0}, e: Date{b.val, 0, 0}, ok: true}
	}
	y, last, ok := s.yearAt(i, false)
	if !ok {
		return cand{}
	}
	if last == i { // no year word: a bare number needs a cue and a plausible year
		if !(s.standalone || cue) || y < 1900 || y > 2099 {
			return cand{}
		}
	}
	return cand{first: i, last: last, d: Date{y, 0, 0}, ok: true}
}

// weekday: "Tuesday", "on Tuesday", «в среду», "last Tuesday",
// «в прошлую пятницу», and a weekday confirming a date: "Tuesday,
// 5 October 2021", «в среду, 21 июля», "Wed, 06 Mar 2024", "Wednesday
// (July 21)".
func (s *scanner) weekday(i int) cand {
	first, w := i, i
	var mod uint32
	if f := s.toks[i].lx.flags & (fLast | fThis | fNext); f != 0 && s.toks[i].lx.weekday == 0 {
		mod, w = f, i+1
		if s.tok(w) == nil || !s.toks[w].space || s.toks[w].kind != tWord {
			return cand{}
		}
		if s.flag(first-1, fOrdinal|fStreetAfter) { // nothing
			return cand{}
		}
	}
	t := s.tok(w)
	if t == nil || t.lx.weekday == 0 {
		return cand{}
	}
	if !s.standalone && t.lx.flags&fUpper != 0 && !t.upper {
		return cand{}
	}
	// An explicit date after the weekday wins.
	j := w + 1
	paren := false
	if s.punct(j, ',') {
		j++
	} else if s.punct(j, '(') {
		j++
		paren = true
	}
	if t := s.tok(j); t != nil && (t.space || paren) && mod == 0 {
		var d cand
		switch t.kind {
		case tNum:
			d = s.numeric(j)
			if e := s.dayMonth(j); e.ok && (!d.ok || e.last > d.last) {
				d = e
			}
		case tWord:
			d = s.monthDay(j)
		}
		if d.ok {
			d.first = first
			if paren && s.punct(d.last+1, ')') {
				d.last++
			}
			return d
		}
	}
	if t.lx.flags&fAbbr != 0 {
		return cand{}
	}
	if !t.latin && mod == 0 {
		// Russian weekdays need «в»/«во»: «среда» is also "environment".
		if !s.flag(w-1, fYearCue) || t.lx.flags&fRuWeekdayObl != 0 {
			return cand{}
		}
		if p := s.text[s.toks[w-1].start:s.toks[w-1].end]; p != "в" && p != "во" && p != "В" && p != "Во" {
			return cand{}
		}
	}
	c := cand{first: first, last: w, rel: true, ok: true}
	if !s.ref.IsZero() && s.ref.Day != 0 {
		wd := time.Weekday(t.lx.weekday - 1)
		r := s.ref.Time()
		back := (int(r.Weekday()) - int(wd) + 7) % 7
		switch {
		case mod&fNext != 0:
			c.d = FromTime(r.AddDate(0, 0, 7-back))
			if back == 0 {
				c.d = FromTime(r.AddDate(0, 0, 7))
			}
		case mod&fLast != 0 && back == 0:
			c.d = FromTime(r.AddDate(0, 0, -7))
		default:
			c.d = FromTime(r.AddDate(0, 0, -back))
		}
	}
	return c
}

// dayWord: today, yesterday, tomorrow, «сегодня», «вчера», «позавчера».
func (s *scanner) dayWord(i int) cand {
	t := &s.toks[i]
	if t.latin && t.upper && !s.standalone {
		// "Russia Today", "USA Today": a capitalized name, not a date.
		if p := s.tok(i - 1); p != nil && p.kind == tWord && p.upper && p.latin {
			return cand{}
		}
	}
	if s.text[t.start:t.end] == "накануне" || s.text[t.start:t.end] == "Накануне" {
		// «накануне» is the day before only on its own or with a time of
		// day («накануне вечером»); «накануне визита» is "on the eve of"
		if !eveAlone(s.tok(i+1), s.text) {
			return cand{}
		}
	}
	c := cand{first: i, last: i, rel: true, ok: true}
	if !s.ref.IsZero() && s.ref.Day != 0 {
		c.d = FromTime(s.ref.Time().AddDate(0, 0, int(t.lx.dayOff)))
	}
	return c
}

// eveAlone reports whether the token after «накануне» leaves it standing
// for "the day before": a time of day, punctuation or the end.
func eveAlone(next *token, text string) bool {
	if next == nil || next.kind != tWord {
		return true
	}
	switch strings.ToLower(text[next.start:next.end]) {
	case "вечером", "утром", "днем", "днём", "ночью", "в", "во", "на", "состоялись", "состоялась", "состоялся", "прошли", "прошла", "прошел", "прошёл":
		return true
	}
	return false
}

// unitPhrase: "last week", "this year", "next month", «на прошлой неделе»,
// «в этом году», «в прошлом месяце».
func (s *scanner) unitPhrase(i int) cand {
	u := s.tok(i + 1)
	if u == nil || u.kind != tWord || u.lx.unit < uWeek || !u.space {
		return cand{}
	}
	if p := s.tok(i - 1); p != nil && p.kind == tWord && p.latin && s.text[p.start:p.end] == "the" {
		return cand{} // "the last week of talks"
	}
	c := cand{first: i, last: i + 1, rel: true, ok: true}
	f := s.toks[i].lx.flags
	off := 0
	switch {
	case f&fLast != 0:
		off = -1
	case f&fNext != 0:
		off = 1
	}
	if s.ref.IsZero() {
		return c
	}
	switch u.lx.unit {
	case uYear:
		c.d = Date{s.ref.Year + off, 0, 0}
	case uMonth:
		if s.ref.Month == 0 {
			return c
		}
		t := time.Date(s.ref.Year, time.Month(s.ref.Month)+time.Month(off), 1, 0, 0, 0, 0, time.UTC)
		c.d = Date{t.Year(), int(t.Month()), 0}
	case uWeek:
		if s.ref.Day == 0 {
			return c
		}
		r := s.ref.Time()
		mon := r.AddDate(0, 0, -((int(r.Weekday())+6)%7)+7*off)
		c.d, c.e = FromTime(mon), FromTime(mon.AddDate(0, 0, 6))
	}
	return c
}

// ago: "3 days ago", «2 недели назад», "5 years ago".
func (s *scanner) ago(i int) cand {
	t := &s.toks[i]
	if !s.single(i) || t.nd > 3 || s.cls[t.cl].leftAtt || s.cls[t.cl].rightAtt {
		return cand{}
	}
	u := s.tok(i + 1)
	if u == nil || u.kind != tWord || u.lx.unit == 0 || !s.flag(i+2, fAgo) {
		return cand{}
	}
	c := cand{first: i, last: i + 2, rel: true, ok: true}
	if s.ref.IsZero() {
		return c
	}
	n := t.val
	switch u.lx.unit {
	case uYear:
		c.d = Date{s.ref.Year - n, 0, 0}
	case uMonth:
		if s.ref.Month != 0 {
			r := time.Date(s.ref.Year, time.Month(s.ref.Month)-time.Month(n), 1, 0, 0, 0, 0, time.UTC)
			c.d = Date{r.Year(), int(r.Month()), 0}
		}
	case uDay, uWeek:
		if s.ref.Day != 0 {
			if u.lx.unit == uWeek {
				n *= 7
			}
			c.d = FromTime(s.ref.Time().AddDate(0, 0, -n))
		}
	}
	return c
}

// rangeAt: "from 5 to 8 October", "between 5 and 8 October 2021",
// «с 5 по 8 октября 2021 года», "from 5 October to 8 November 2021",
// "5 – 8 October", "28 December 2020 – 3 January 2021", «с 2010 по 2015 год».
// With opener set, token i is the opener word.
func (s *scanner) rangeAt(i int, opener bool) cand {
	j := i
	if opener {
		j = i + 1
		if t := s.tok(j); t == nil || t.kind != tNum || !t.space {
			return cand{}
		}
	}
	// Left side: a full or year-less day-month, a bare day, or a year.
	var a cand
	bareDay, bareYear := false, false
	if x := s.dayMonth(j); x.ok && x.e.IsZero() && x.e.Month == 0 {
		a = x
	} else if x := s.numeric(j); x.ok {
		a = x
	} else if d, last, ok := s.dayAt(j); ok {
		a = cand{first: j, last: last, d: Date{0, 0, d}, ok: true}
		bareDay = true
	} else if opener {
		if y, last, ok := s.yearAt(j, false); ok && last == j {
			a = cand{first: j, last: j, d: Date{y, 0, 0}, ok: true}
			bareYear = true
		}
	}
	if !a.ok {
		return cand{}
	}
	k := a.last + 1
	switch {
	case s.dash(k) && s.toks[k].space:
	case opener && s.flag(k, fConn):
		w := s.text[s.toks[k].start:s.toks[k].end]
		if s.toks[i].lx.flags&fConn == 0 && (w == "and") != (s.text[s.toks[i].start:s.toks[i].end] == "between") {
			return cand{}
		}
	default:
		return cand{}
	}
	k++
	if t := s.tok(k); t == nil || !t.space || t.kind != tNum {
		return cand{}
	}
	var b cand
	if bareYear {
		y, last, ok := s.yearAt(k, false)
		if !ok {
			return cand{}
		}
		b = cand{first: k, last: last, d: Date{y, 0, 0}, ok: true}
	} else {
		b = s.dayMonth(k)
		if x := s.numeric(k); x.ok && (!b.ok || x.last > b.last) {
			b = x
		}
		if !b.ok || b.e.Month != 0 {
			return cand{}
		}
	}
	c := cand{first: i, last: b.last, d: a.d, e: b.d, ok: true}
	if bareDay {
		c.d.Month = b.d.Month
	}
	if c.d.Year == 0 {
		c.d.Year = b.d.Year
		if c.d.Year != 0 && c.d.after(c.e) {
			c.d.Year-- // "28 December – 3 January 2021"
		}
	}
	if c.d.Year != 0 && c.e.Year != 0 && !c.e.after(c.d) {
		return cand{}
	}
	if c.d.Year == 0 && c.d.Month == c.e.Month && c.d.Day >= c.e.Day {
		return cand{}
	}
	return c.checked()
}

// after reports whether d is later than e (both with a month).
func (d Date) after(e Date) bool {
	if d.Year != e.Year {
		return d.Year > e.Year
	}
	if d.Month != e.Month {
		return d.Month > e.Month
	}
	return d.Day > e.Day
}

// resolve turns a candidate into a Match, filling years from s.ref.
func (s *scanner) resolve(c cand) (Match, bool) {
	m := Match{
		Start:    s.toks[c.first].start,
		End:      s.toks[c.last].end,
		Date:     c.d,
		EndDate:  c.e,
		Relative: c.rel,
	}
	m.Text = s.text[m.Start:m.End]
	if c.invalid {
		return Match{}, false
	}
	if c.rel {
		return m, true
	}
	if m.Date.Year == 0 {
		m.Partial = true
		if !s.ref.IsZero() {
			if m.EndDate.Month != 0 {
				m.EndDate.Year = yearFor(m.EndDate, s.ref)
				m.Date.Year = m.EndDate.Year
				if m.Date.after(m.EndDate) {
					m.Date.Year--
				}
			} else {
				m.Date.Year = yearFor(m.Date, s.ref)
			}
			for _, d := range []*Date{&m.Date, &m.EndDate} {
				if d.Day != 0 && !validDay(d.Year, d.Month, d.Day) {
					d.Year = 0 // 29 February of a common year: leave unresolved
				}
			}
		}
	}
	return m, true
}

// yearFor is the year of a year-less date d in an article dated ref: ref's
// year, or the year before when that would put d more than two months after
// ref (news reports past events: "December 19" in a January article is last
// December).
func yearFor(d Date, ref Date) int {
	if ref.Month == 0 {
		return ref.Year
	}
	rd := ref.Day
	if rd == 0 {
		rd = daysIn(ref.Year, ref.Month)
	}
	limit := time.Date(ref.Year, time.Month(ref.Month)+2, rd, 0, 0, 0, 0, time.UTC)
	day := d.Day
	if day == 0 {
		day = 1
	}
	if time.Date(ref.Year, time.Month(d.Month), day, 0, 0, 0, 0, time.UTC).After(limit) {
		return ref.Year - 1
	}
	return ref.Year
}
