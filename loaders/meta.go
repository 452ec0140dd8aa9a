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
	datelinePrefixRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M}'’ -]{0,30}(?:,\s*\p{Lu}[\p{L}\p{M}'’ -]{0,30})?(?:\s*\[[^\]]{1,40}\])?\s*[,/.]\s*$`)
	// slashDatelineRe: "Baku/15.06.21/Turan: …".
	slashDatelineRe = regexp.MustCompile(`^\p{Lu}[\p{L}\p{M} .'’-]{1,40}/\s*[\d.\-/]{6,10}\s*/\s*(\p{L}[\p{L}\p{M}\d .&-]{1,40}?)\s*[:–—-]`)
	// slashAgencyRe: "MINSK, December 19. /TASS/".
	slashAgencyRe = regexp.MustCompile(`/\s*(\p{Lu}[\p{L}\p{M}\-]{1,20}(?:[ -]\p{Lu}[\p{L}\p{M}\-]{1,20})?)\s*/`)
	// parenAgencyRe: "Paris [France], Oct 9 (ANI): …", "LONDON (Reuters) - …".
	parenAgencyRe = regexp.MustCompile(`^[^()]{0,80}\((\p{Lu}[\p{L}\p{M}\d .&-]{1,30})\)\s*(?:[.:–—-]|$)`)
	// datelineDomainRe: an outlet's domain closing a dateline, before the
	// story: "Baku. 26 February. REPORT.AZ/", "ANKARA – AA.com.tr:".
	datelineDomainRe = regexp.MustCompile(`(?:^|[\s,.])([\p{L}\d-]{2,30}\.(?i:az|ru|ge|am|by|kz|uz|kg|tj|tm|ua|md|tr|com|net|org|info|news|in|cn|jp|kr))\s*[/:–—-]`)
	// agencyAfterDateRe: the agency right after a dateline's date.
	agencyAfterDateRe = regexp.MustCompile(`^\s*[,.]?\s*([\p{L}\d][\p{L}\p{M}\d.&-]{1,30}?)\s*(?:[.:–—-](?:\s|$)|$)`)
	// parenAfterDateRe: an agency in parentheses right after the date.
	parenAfterDateRe = regexp.MustCompile(`^\s*\((\p{Lu}[\p{L}\p{M}\d .&-]{1,30})\)`)
	// dashOutletRe: "БАКУ, 11 сен – 1NEWS.AZ" (a dateline line ending with the outlet).
	dashOutletRe = regexp.MustCompile(`\s[–—-]\s*(\S{2,40})\s*$`)
	// leadOutletRe: "Agenda.ge, 02 Sep 2024 - 12:56, Tbilisi".
	leadOutletRe = regexp.MustCompile(`^([^,]{2,40}),\s`)
	// creditRe: "…, APA reports.", "Trend reports", "… AZERTAC informs".
	creditRe = regexp.MustCompile(`(?:^|[,.;:]\s+|\s)(\p{Lu}[\p{L}\p{M}\d.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}\d.&'’-]*){0,3})(?:\s+(?:news agency|information agency|agency|news service|correspondent))?\s+(reports|reported|informs|writes|has learned|learned)\b`)
	// creditRuRe: «сообщает АПА», «передает ТАСС», «со ссылкой на РИА Новости».
	creditRuRe = regexp.MustCompile(`(?:сообщает|сообщают|сообщило|передает|передаёт|информирует|пишет|со ссылкой на|по данным|по информации)\s+(?:(?:информационное\s+)?агентство\s+|агентства\s+|ИА\s+|издание\s+|издания\s+|портал\s+|телеканал\s+|корреспондент\s+|корреспонденту\s+)?[«"]?(\p{Lu}[\p{L}\p{M}\d.&-]*(?:[\s-]\p{Lu}[\p{L}\p{M}\d.&-]*){0,2})[»"]?`)
	// trailingParenRe: a story closing with the agency: "… (ILKHA)".
	trailingParenRe = regexp.MustCompile(`\((\p{Lu}[\p{L}\p{M}\d .&-]{1,30})\)\s*\.?\s*$`)
	// sourceLabelRe: "Source: Reuters", «Источник: ТАСС».
	sourceLabelRe = regexp.MustCompile(`(?i)^(?:source|источник|kaynak)\s*:\s*(.{2,40})$`)
	// handleRe: an outlet's own handle in a follow blurb: "@AzerNewsAz".
	handleRe = regexp.MustCompile(`@([A-Za-z0-9_]{3,30})`)
	// followRe: "follow AzerNEWS on Twitter".
	followRe = regexp.MustCompile(`(?i)follow\s+(\p{Lu}[\p{L}\d.]+(?:\s\p{Lu}[\p{L}\d.]+)?)\s+on\b`)
	// copyrightRe: "© 2024 Azernews", "Copyright © Trend".
	copyrightRe = regexp.MustCompile(`(?i)(?:©|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)\d{2})?\s*)?([\p{L}][\p{L}\d.&' -]{1,40})`)
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
// «сообщает АПА»); the story's closing credit ("(ILKHA)", "Source: X"); the
// outlet's own handle or name in its follow/copyright blurb ("@AzerNewsAz").
// Side lists never lend their credits.
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
			if m := agencyAfterDateRe.FindStringSubmatch(rest); m != nil {
				if s, ok := c.outlet(m[1], false); ok {
					return s, "dateline"
				}
			}
		}
		if m := parenAgencyRe.FindStringSubmatch(t); m != nil {
			if s, ok := c.outlet(m[1], false); ok {
				return s, "dateline"
			}
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
	for _, l := range lines {
		if l.cut != "promo" && l.kind != kPromo {
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
		if m := copyrightRe.FindStringSubmatch(l.text); m != nil {
			if s, ok := c.outlet(strings.Fields(m[1])[0], false); ok {
				return s, "copyright line"
			}
		}
		if m := handleRe.FindStringSubmatch(l.text); m != nil {
			return m[1], "outlet's handle"
		}
	}
	return "", ""
}

// findPublished returns the story's own date and the rule that found it. In
// order: the scraper's date marker; the first date stamp of the story zone
// (after the headline first, then before it) that has story text after it
// — a stamp below the story or inside a side list is a render or sidebar
// date, never the publication date; the dateline of the first paragraph
// ("Baku/15.06.21/Turan", "MINSK, December 19. /TASS/"). A stamp or dateline
// without a year takes it from the page's context (see yearFromContext);
// without one the date is unknown.
func (c *cleaner) findPublished(lines []pline, marker dates.Date, titleAt, bodyStart int, allText, body string) (dates.Date, string) {
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
	hasStoryAfter := func(i int) bool { return i < lastStory }
	var partial dates.Date
	partialWhy := ""
	for pass := 0; pass < 2; pass++ {
		for i, l := range lines {
			if l.kind != kStamp || (l.cut != "" && l.cut != "stamp") {
				continue
			}
			if (pass == 0) != (i > titleAt) || !hasStoryAfter(i) {
				continue
			}
			if l.st.date.Year != 0 {
				return l.st.date, "date stamp"
			}
			if partial.Month == 0 {
				partial, partialWhy = l.st.date, "date stamp"
			}
		}
	}
	for i := bodyStart; i < len(lines); i++ {
		l := lines[i]
		if l.cut != "" || l.kind != kText {
			continue
		}
		if d, ok := datelineDate(l.text); ok {
			if d.Year != 0 {
				return d, "dateline"
			}
			if partial.Month == 0 {
				partial, partialWhy = d, "dateline"
			}
		}
		break
	}
	if partial.Month != 0 {
		if y, ok := yearFromContext(partial, allText, body); ok {
			partial.Year = y
			return partial, partialWhy + ", year from context"
		}
	}
	return dates.Date{}, ""
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
	for _, m := range dates.Find(head, dates.Date{}) {
		if m.Relative || m.Date.Month == 0 || m.Date.Day == 0 || m.Start > 60 {
			return dates.Date{}, 0, false
		}
		if !datelinePrefixRe.MatchString(head[:m.Start]) {
			return dates.Date{}, 0, false
		}
		return m.Date, m.End, true
	}
	return dates.Date{}, 0, false
}
