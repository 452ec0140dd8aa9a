package loaders

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/dates"
)

var (
	// datelinePrefixRe is the place part of a dateline before its date:
	// "Baku/", "MINSK, ", "BAKU, Azerbaijan, ", "Paris [France], ".
	// "МУЛИНО /Нижегородская область/, ", "NUR-SULTAN. ".
	datelinePrefixRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’ -]{0,30}(?:\s*/[^/]{1,40}/)?(?:,\s*\p{Lu}[\p{L}\p{M}'’ -]{0,30})?(?:\s*\[[^\]]{1,40}\])?\s*[,/.]\s*$`)
	// slashDatelineRe: "Baku/15.06.21/Turan: …".
	slashDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M} .'’-]{1,40}/\s*[\d.\-/]{6,10}\s*/\s*(\p{L}[\p{L}\p{M}\d .&-]{1,40}?)\s*[:–—-]`)
	// slashAgencyRe: "MINSK, December 19. /TASS/".
	slashAgencyRe = regexp.MustCompile(`/\s*(\p{Lu}[\p{L}\p{M}\-]{1,20}(?:[ -]\p{Lu}[\p{L}\p{M}\-]{1,20})?)\s*/`)
	// parenAgencyRe: "Paris [France], Oct 9 (ANI): …", "LONDON (Reuters) - …".
	// "Berlin (dpa) -": a known outlet may be in lower case.
	parenAgencyRe = regexp.MustCompile(`^[^()]{0,80}\((\p{L}[\p{L}\p{M}\d .&-]{1,30})\)\s*(?:[.:–—-]|$)`)
	// datelessPlaceRe: the place of a dateline without a date, before the
	// agency: "Tehran, IRNA --", "ASTANA. KAZINFORM –".
	datelessPlaceRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’ -]{1,30}(?:\s*/[^/]{1,40}/)?\s*(?:[,.]|\s[–—])\s*`)
	// datelineDomainRe: an outlet's domain closing a dateline, before the
	// story: "Baku. 26 February. REPORT.AZ/", "ANKARA – AA.com.tr:".
	datelineDomainRe = regexp.MustCompile(`(?:^|[\s,.])([\p{L}\d-]{2,30}\.(?i:az|ru|ge|am|by|kz|uz|kg|tj|tm|ua|md|tr|com|net|org|info|news|in|cn|jp|kr))\s*[/:–—-]`)
	// agencyAfterDateRe: the agency in the slot right after a dateline's
	// date, behind a comma, period or dash, closed by a period, colon,
	// dash, slash or the end of the line: "YEREVAN, JUNE 18, ARMENPRESS.",
	// "ТАШКЕНТ, 27 мая — Sputnik.", "ПХЕНЬЯН, 26 июл — РИА Новости.",
	// "NUR-SULTAN. September 14. KAZINFORM -", "Beijing, March 10, 2023,
	// SPA --". The name is one to four words, the shortest that is closed;
	// group 2 is the closing mark.
	agencyAfterDateRe = regexp.MustCompile(`^[\s,.]*(?:[–—-]+\s*)?([\p{L}\d][\p{L}\p{M}\d&'’.-]*?(?:\s[\p{L}\d][\p{L}\p{M}\d&'’.-]*?){0,3}?)\s*((?:[.:](?:\s|$))|$|[,.]?\s*[–—-]+(?:\s|$)|/)`)
	// undatedDatelineRe: a dateline without a date, the agency in
	// parentheses: "MANILA, Philippines (AP) —", "WARSAW (PAP) -".
	undatedDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’ .-]{1,30}(?:,\s*\p{Lu}[\p{L}\p{M}'’ .-]{1,30})?\s*\((\p{Lu}[\p{L}\p{M}\d .&-]{0,30})\)\s*[–—-]+\s`)
	// parenAfterDateRe: an agency in parentheses right after the date.
	parenAfterDateRe = regexp.MustCompile(`^\s*\((\p{L}[\p{L}\p{M}\d .&-]{1,30})\)`)
	// dashOutletRe: "БАКУ, 11 сен – 1NEWS.AZ" (a dateline line ending with the outlet).
	dashOutletRe = regexp.MustCompile(`\s[–—-]\s*(\S{2,40})\s*$`)
	// leadOutletRe: "Agenda.ge, 17 May 2023 - 09:41, Tbilisi".
	leadOutletRe = regexp.MustCompile(`^([^,]{2,40}),\s`)
	// creditRe: "…, APA reports.", "Trend reports", "… AZERTAC informs".
	creditRe = regexp.MustCompile(`(?:^|[,.;:]\s+|\s)(\p{Lu}[\p{L}\p{M}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\d.&'’-]*){0,3})(?:\s+(?:news agency|information agency|agency|news service|correspondent))?\s+(reports|reported|informs|writes|has learned|learned)\b`)
	// creditRuRe: «сообщает АПА», «передает ТАСС», «со ссылкой на РИА Новости».
	// Ukrainian: «повідомляє Укрінформ», «з посиланням на УНІАН».
	creditRuRe = regexp.MustCompile(`(?:сообщает|сообщают|сообщило|передает|передаёт|информирует|пишет|со ссылкой на|по данным|по информации|повідомляє|повідомляють|передає|інформує|пише|з посиланням на|за даними|за інформацією)\s+(?:(?:информационное\s+)?агентство\s+|агентства\s+|агентство\s+|агенція\s+|агенції\s+|ИА\s+|издание\s+|издания\s+|видання\s+|портал\s+|телеканал\s+|корреспондент\s+|корреспонденту\s+|кореспондент\s+)?[«"]?(\p{Lu}[\p{L}\p{M}\d.&-]*(?:[\s-]\p{Lu}[\p{L}\p{M}\d.&-]*){0,2})[»"]?`)
	// trailingParenRe: a story closing with the agency: "… (ILKHA)".
	trailingParenRe = regexp.MustCompile(`\((\p{Lu}[\p{L}\p{M}\d .&-]{1,30})\)\s*\.?\s*$`)
	// sourceLabelRe: "Source: Reuters", «Источник: ТАСС».
	sourceLabelRe = regexp.MustCompile(`(?i)^(?:source|источник|kaynak)\s*:\s*(.{2,40})$`)
	// handleRe: an outlet's own handle in a follow blurb: "@AzerNewsAz".
	handleRe = regexp.MustCompile(`@([A-Za-z0-9_]{3,30})`)
	// followRe: "follow AzerNEWS on Twitter".
	followRe = regexp.MustCompile(`(?i)follow\s+(\p{Lu}[\p{L}\d.]+(?:\s\p{Lu}[\p{L}\d.]+)?)\s+on\b`)
)

// notOutlets are acronyms that stand where an agency could but are actors of
// the story ("NATO reports").
var notOutlets = map[string]bool{
	"NATO": true, "OSCE": true, "UN": true, "EU": true, "CSTO": true, "IAEA": true, "WHO": true, "USA": true,
	"US": true, "UK": true, "CIS": true, "SCO": true, "UAE": true, "MOD": true, "MFA": true, "FSB": true, "CIA": true,
	"FBI": true, "ОДКБ": true, "ООН": true, "ЕС": true, "НАТО": true, "СНГ": true, "ОБСЕ": true, "США": true, "МИД": true,
	"МО": true, "РФ": true, "PM": true, "GDP": true, "COVID": true, "AP": false,
}

// outlet accepts a name found where an outlet stands. Known outlets give
// their canonical name. Unknown names are accepted when they look like an
// outlet: a domain ("agenda.ge"), an acronym of three to ten capitals
// ("ILKHA"), or, with shape set (the shape of the match says agency, as in
// "Baku/15.06.21/Turan"), any capitalized name of up to three words.
func (c *cleaner) outlet(name string, shape bool) (string, bool) {
	name = strings.TrimSpace(strings.Trim(name, " .,:;«»\"'()[]"))
	if name == "" || utf8.RuneCountInString(name) > 40 {
		return "", false
	}
	if canon, ok := c.outlets.lookup(name); ok {
		return canon, true
	}
	if notOutlets[strings.ToUpper(name)] {
		return "", false
	}
	if isDomain(name) {
		return strings.ToLower(name), true
	}
	letters, upper := 0, 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 3 && letters <= 10 && upper == letters && !strings.Contains(name, " ") {
		return name, true
	}
	if shape && letters >= 2 && len(strings.Fields(name)) <= 3 {
		r, _ := utf8.DecodeRuneInString(name)
		if unicode.IsUpper(r) {
			return name, true
		}
	}
	return "", false
}

// findSource returns the outlet or credited agency of a page and the rule
// that found it. In order: the dateline of the first story lines
// ("Baku/15.06.21/Turan", "/TASS/", "(ANI):", "– 1NEWS.AZ", "Agenda.ge,
// 02 Sep 2024"); a credit anywhere in the story ("APA reports",
// «сообщает АПА»); the story's closing credit ("(ILKHA)", "Source: X"); a
// staff or correspondent byline ("Anadolu Staff", «Корреспондент РИА
// Новости»); the outlet's own handle or name in its follow or subscription
// blurb ("@AzerNewsAz", «Подписывайтесь на РБК в Telegram»), even at the
// foot of a side list; last, the holder of the copyright notice ("© 2021
// Kathimerini Publishing S.A." → Kathimerini). Side lists never lend their
// credits. See source_tail.go.
func (c *cleaner) findSource(lines []pline) (string, string) {
	var kept []pline
	for _, l := range lines {
		if l.cut == "" {
			kept = append(kept, l)
		}
	}
	for i, l := range kept {
		if i >= 3 {
			break
		}
		t := l.text
		if m := slashDatelineRe.FindStringSubmatch(t); m != nil {
			if s, ok := c.outlet(m[1], true); ok {
				return s, "dateline"
			}
		}
		head := t
		if len(head) > 160 {
			head = head[:160]
		}
		if m := slashAgencyRe.FindStringSubmatch(head); m != nil {
			if s, ok := c.outlet(m[1], true); ok {
				return s, "dateline"
			}
		}
		if rest, ok := datelineRest(t); ok {
			// "YEREVAN, JUNE 18, ARMENPRESS. …": the agency after the date.
			if m := parenAfterDateRe.FindStringSubmatch(rest); m != nil {
				// "New Delhi, Aug 20 (PTI) India and …"
				if s, ok := c.outlet(m[1], false); ok {
					return s, "dateline"
				}
			}
			if s, ok := c.datelineAgency(rest); ok {
				return s, "dateline"
			}
		}
		if m := parenAgencyRe.FindStringSubmatch(t); m != nil {
			if s, ok := c.outlet(m[1], false); ok {
				return s, "dateline"
			}
		}
		if s, ok := c.datelessAgency(t); ok {
			return s, "dateline"
		}
		if i == 0 {
			// "Baku. 26 February. REPORT.AZ/ …": a domain in the dateline.
			dl := head
			if len(dl) > 80 {
				dl = strings.ToValidUTF8(dl[:80], "")
			}
			if m := datelineDomainRe.FindStringSubmatch(dl); m != nil {
				if s, ok := c.outlet(m[1], false); ok {
					return s, "dateline"
				}
			}
		}
		if l.kind == kStamp {
			if m := dashOutletRe.FindStringSubmatch(t); m != nil {
				if s, ok := c.outlet(m[1], false); ok {
					return s, "dateline"
				}
			}
			if m := leadOutletRe.FindStringSubmatch(t); m != nil {
				if s, ok := c.outlet(m[1], false); ok {
					return s, "outlet line"
				}
			}
		}
	}
	for _, l := range kept {
		t := l.text
		if len(t) > 8192 {
			// Credits stand at the start or the end of a paragraph.
			t = strings.ToValidUTF8(t[:4096]+" … "+t[len(t)-4096:], "")
		}
		for _, m := range creditRe.FindAllStringSubmatch(t, -1) {
			name := strings.TrimPrefix(strings.TrimPrefix(m[1], "The "), "the ")
			if s, ok := c.outlet(name, false); ok {
				if m[2] == "reported" || m[2] == "learned" {
					if _, known := c.outlets.lookup(name); !known {
						continue
					}
				}
				return s, "credit"
			}
		}
		for _, m := range creditRuRe.FindAllStringSubmatch(t, -1) {
			if s, ok := c.outlet(m[1], false); ok {
				return s, "credit"
			}
		}
	}
	for i := len(kept) - 1; i >= 0 && i >= len(kept)-2; i-- {
		t := kept[i].text
		if m := trailingParenRe.FindStringSubmatch(t); m != nil {
			if s, ok := c.outlet(m[1], false); ok {
				return s, "closing credit"
			}
		}
		if m := sourceLabelRe.FindStringSubmatch(t); m != nil {
			if s, ok := c.outlet(m[1], true); ok {
				return s, "closing credit"
			}
		}
	}
	if s, ok := c.bylineSource(lines); ok {
		return s, "staff byline"
	}
	// The outlet's own furniture, cut as promo or swallowed by a side list
	// at the foot of the page: handles and blurbs first, then the
	// copyright notice, then an unknown handle.
	var handle string
	for pass := 0; pass < 2; pass++ {
		for _, l := range lines {
			if l.cut != "promo" && l.kind != kPromo {
				if pass == 0 {
					// A blurb without a promo word: «X» в Telegram.
					if s, ok := c.blurbSource(l.text); ok && l.kind != kText || ok && l.cut != "" {
						return s, "outlet's follow blurb"
					}
				}
				continue
			}
			if pass == 1 {
				if s, ok := c.copyrightSource(l.text); ok {
					return s, "copyright line"
				}
				continue
			}
			for _, m := range handleRe.FindAllStringSubmatch(l.text, -1) {
				if s, ok := c.outlets.lookupHandle(m[1]); ok {
					return s, "outlet's handle"
				}
			}
			if m := followRe.FindStringSubmatch(l.text); m != nil && !strings.EqualFold(m[1], "us") {
				if s, ok := c.outlet(m[1], true); ok {
					return s, "outlet's follow blurb"
				}
			}
			if s, ok := c.blurbSource(l.text); ok {
				return s, "outlet's follow blurb"
			}
			if m := handleRe.FindStringSubmatch(l.text); m != nil && handle == "" {
				handle = m[1]
			}
		}
	}
	if handle != "" {
		return handle, "outlet's handle"
	}
	return "", ""
}

// findPublished returns the story's own date and the rule that found it. In
// order:
//  1. the scraper's date marker;
//  2. a date stamp of the story zone labelled as the publication date
//     ("Published: …", «Опубликовано: …»);
//  3. the dateline of the first paragraph, or of the second after a
//     standfirst ("Baku/15.06.21/Turan", "CAIRO,
//     Aug. 6 (Xinhua) --"): the story's own date beats render and
//     "Updated" stamps. A dateline without a year takes it from a stamp of
//     the story zone with the same month and day ("27.05.2024" above
//     "ТАШКЕНТ, 27 мая — Sputnik."), else from the context (see
//     yearFromContext); without one the date is unknown;
//  4. the first date stamp of the story zone (after the headline first,
//     then before it) that has story text after it and is not labelled
//     "Updated" — a stamp below the story or inside a side list is a render
//     or sidebar date, never the publication date;
//  5. a full date in the lead of a dateline without a date ("MANILA,
//     Philippines (AP) — … on Monday, July 8, 2024, …");
//  6. an "Updated" stamp; a year-less stamp ("27 Aug. 13:50") with the year
//     from the context.
func (c *cleaner) findPublished(lines []pline, marker dates.Date, titleAt, bodyStart int, allText string) (dates.Date, string) {
	if !marker.IsZero() {
		return marker, "scraper's date marker"
	}
	lastStory := -1
	for j := len(lines) - 1; j >= 0; j-- {
		if lines[j].cut == "" && lines[j].kind == kText && wordCount(lines[j].text) >= 8 {
			lastStory = j
			break
		}
	}
	var stamps []stamp
	for pass := 0; pass < 2; pass++ {
		for i, l := range lines {
			if l.kind != kStamp || (l.cut != "" && l.cut != "stamp") {
				continue
			}
			if (pass == 0) != (i > titleAt) || i >= lastStory {
				continue
			}
			stamps = append(stamps, l.st)
		}
	}
	for _, st := range stamps {
		if st.published && st.date.Year != 0 {
			return st.date, "labelled publication stamp"
		}
	}
	// The dateline opens the first paragraph, or the second after a
	// standfirst.
	lead, seen := -1, 0
	for i := bodyStart; i < len(lines) && seen < 2; i++ {
		if lines[i].cut != "" || lines[i].kind != kText {
			continue
		}
		if seen == 0 {
			lead = i
		}
		seen++
		if d, ok := datelineDate(lines[i].text); ok {
			if d.Year != 0 {
				return d, "dateline"
			}
			return c.completeYear(d, "dateline", stamps, lines, allText)
		}
	}
	for _, st := range stamps {
		if st.date.Year != 0 && !st.updated {
			return st.date, "date stamp"
		}
	}
	if lead >= 0 {
		if d, ok := undatedDatelineDate(lines[lead].text); ok {
			return d, "date in the lead of an undated dateline"
		}
	}
	for _, st := range stamps {
		if st.date.Year != 0 {
			return st.date, "updated stamp"
		}
	}
	for _, st := range stamps {
		if st.date.Month != 0 {
			return c.completeYear(st.date, "date stamp", stamps, lines, allText)
		}
	}
	return dates.Date{}, ""
}

// completeYear gives a year-less date of the story (a dateline or stamp)
// its year: that of a stamp with the same month and day, else the
// context's (yearFromContext; the story is its kept text lines, stamps
// left out). Without one the date is unknown.
func (c *cleaner) completeYear(d dates.Date, why string, stamps []stamp, lines []pline, allText string) (dates.Date, string) {
	for _, st := range stamps {
		if st.date.Year != 0 && st.date.Month == d.Month && st.date.Day == d.Day {
			return st.date, why + ", year from the stamp"
		}
	}
	var story strings.Builder
	for _, l := range lines {
		if l.cut == "" && l.kind == kText {
			story.WriteString(l.text)
			story.WriteByte('\n')
		}
	}
	if y, how, ok := yearFromContext(d, allText, story.String(), pageDates(lines)); ok {
		d.Year = y
		if d.Valid() {
			return d, why + ", " + how
		}
	}
	return dates.Date{}, ""
}

// pageDates returns the full dates of the page's dated lines outside the
// story text: date stamps (kept or cut) and side-list headlines opening
// with a date ("2020-08-05 Lebanon mourns …", «17 сентября 2021 — …»).
func pageDates(lines []pline) []dates.Date {
	var out []dates.Date
	full := func(d dates.Date) bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }
	for _, l := range lines {
		if l.kind == kStamp {
			if full(l.st.date) {
				out = append(out, l.st.date)
			}
			continue
		}
		if l.cut == "" || l.cut == "blank" || l.kind != kText {
			continue
		}
		head := l.text
		if len(head) > 40 {
			cut := 40
			for cut > 0 && !utf8.RuneStart(head[cut]) {
				cut--
			}
			head = head[:cut]
		}
		if ms := dates.Find(head, dates.Date{}); len(ms) > 0 && ms[0].Start <= 3 && !ms[0].Relative && !ms[0].Partial && full(ms[0].Date) {
			out = append(out, ms[0].Date)
		}
	}
	return out
}

// undatedDatelineDate reads the date of a lead opened by a dateline without
// a date ("MANILA, Philippines (AP) — The Philippines and Japan signed a
// defense pact on Monday, July 8, 2024, …"): the first full date of the
// lead's first 240 bytes.
func undatedDatelineDate(text string) (dates.Date, bool) {
	loc := undatedDatelineRe.FindStringIndex(text)
	if loc == nil {
		return dates.Date{}, false
	}
	head := text[loc[1]:]
	if len(head) > 240 {
		cut := 240
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	for _, m := range dates.Find(head, dates.Date{}) {
		if !m.Relative && !m.Partial && m.Date.Year != 0 && m.Date.Month != 0 && m.Date.Day != 0 {
			return m.Date, true
		}
	}
	return dates.Date{}, false
}

// datelineAgency reads the agency in the slot after a dateline's date (see
// agencyAfterDateRe). A known outlet is taken by its longest known leading
// words ("Sputnik Узбекистан" → Sputnik); an unknown name only when it is
// shaped like an agency — an acronym, a domain, or at most three
// capitalized words closed by a period, dash, slash or the end of the line
// ("БИШКЕК, 13 марта 2025 — Кабар.").
func (c *cleaner) datelineAgency(rest string) (string, bool) {
	m := agencyAfterDateRe.FindStringSubmatch(rest)
	if m == nil {
		return "", false
	}
	name := strings.TrimRight(m[1], ".")
	ws := strings.Fields(name)
	for k := len(ws); k >= 1; k-- {
		if canon, ok := c.outlets.lookup(strings.Join(ws[:k], " ")); ok {
			return canon, true
		}
	}
	shape := len(ws) <= 3 && !strings.HasPrefix(strings.TrimSpace(m[2]), ":")
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) || isDateWord(w) {
			shape = false
		}
	}
	return c.outlet(name, shape)
}

// datelessAgency reads a known outlet in the agency slot of a dateline
// without a date: "Tehran, IRNA --", "ASTANA. KAZINFORM –", "BAKU,
// Azerbaijan, Trend:". Unknown names are not taken there: "MOSCOW, Russia —"
// is a place.
func (c *cleaner) datelessAgency(text string) (string, bool) {
	for try := 0; try < 2; try++ {
		loc := datelessPlaceRe.FindStringIndex(text)
		if loc == nil {
			return "", false
		}
		text = text[loc[1]:]
		m := agencyAfterDateRe.FindStringSubmatch(text)
		if m == nil {
			continue
		}
		ws := strings.Fields(strings.TrimRight(m[1], "."))
		if len(ws) == 0 {
			continue
		}
		// an agency slot holds a name: "…, the report." is prose
		if r, _ := utf8.DecodeRuneInString(ws[0]); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		for k := len(ws); k >= 1; k-- {
			if canon, ok := c.outlets.lookup(strings.Join(ws[:k], " ")); ok {
				return canon, true
			}
		}
	}
	return "", false
}

// isDateWord reports a word that belongs to a date, not a name: a month or
// weekday name ("Monday", «июня»).
func isDateWord(w string) bool {
	for _, m := range dates.Find("1 "+w, dates.Date{}) {
		if m.Start == 0 {
			return true
		}
	}
	ms := dates.Find("on "+w, dates.Date{Year: 2000, Month: 1, Day: 1})
	return len(ms) > 0
}

// datelineRest returns the text after the date of a dateline.
func datelineRest(text string) (string, bool) {
	_, end, ok := datelineMatch(text)
	if !ok {
		return "", false
	}
	return text[end:], true
}

// datelineDate reads the date of a dateline opening a paragraph: a place,
// then a date of day precision within the first 60 bytes.
func datelineDate(text string) (dates.Date, bool) {
	d, _, ok := datelineMatch(text)
	return d, ok
}

func datelineMatch(text string) (dates.Date, int, bool) {
	head := text
	if len(head) > 120 {
		cut := 120
		for cut > 0 && !utf8.RuneStart(head[cut]) {
			cut--
		}
		head = head[:cut]
	}
	// Only the first date of the head counts: it must sit right after the
	// place name.
	found := dates.Find(head, dates.Date{})
	if len(found) == 0 {
		return dates.Date{}, 0, false
	}
	m := found[0]
	if m.Relative || m.Date.Month == 0 || m.Date.Day == 0 || m.Start > 60 || !datelinePrefixRe.MatchString(head[:m.Start]) {
		return dates.Date{}, 0, false
	}
	return m.Date, m.End, true
}
