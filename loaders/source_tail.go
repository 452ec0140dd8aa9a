package loaders

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lowest-priority source rules: the outlet named in its own byline, in a
// subscription or social blurb, or in the copyright footer.
var (
	// staffBylineRe: "Anadolu Staff | 22.04.2024", "By Reuters Staff",
	// "AA staff".
	staffBylineRe = regexp.MustCompile(`(?i)^(?:by\s+)?(\p{L}[\p{L}\p{M}\d.&'’ -]{0,40}?)\s+staff\b\s*(?:$|[|,•·/–—(-]|\d)`)
	// corrBylineRe: «Корреспондент РИА Новости», «Автор: корреспондент ТАСС Иван Петров».
	corrBylineRe = regexp.MustCompile(`(?i)^(?:(?:автор|текст)\s*:\s*)?(?:специальный\s+|собственный\s+|спец)?(?:корреспондент|корр\.)\s+(?:агентства\s+|издания\s+)?(.{2,80})$`)
	// blurbRe: "Follow Daily Sabah on X", «Подписывайтесь на РБК в
	// Telegram», «Читайте «СБ. Беларусь сегодня» в Telegram»; group 1 is
	// the verb (optional), group 2 the name.
	blurbRe = regexp.MustCompile(`(?i)^(?:(follow|subscribe\s+to|read|join|подписывайтесь\s+на|подпишитесь\s+на|читайте|следите\s+за|смотрите)\s+)?(«[^»]{2,40}»|"[^"]{2,40}"|“[^”]{2,40}”|[^\s«"“][^«»"“”]{0,40}?)\s+(?:on|in|via|в|на)\s+(?:telegram|телеграм\S*|x|twitter|facebook|vk|вконтакте|одноклассниках|youtube|дзен\S*|яндекс\.?\s?дзен\S*|whatsapp|instagram|max|rutube|viber|tiktok|threads|linkedin)(?:$|[\s,.!:;])`)
	// subscribeRe: "Subscribe to Kathimerini", «Подписывайтесь на РБК».
	subscribeRe = regexp.MustCompile(`(?i)^(?:subscribe\s+to|follow|подписывайтесь\s+на|подпишитесь\s+на)\s+(«[^»]{2,40}»|"[^"]{2,40}"|“[^”]{2,40}”|[^\s«"“][^«»"“”]{0,40}?)\s*[.!]?$`)
	// copyrightMarkRe: the mark opening a copyright notice.
	copyrightMarkRe = regexp.MustCompile(`(?i)(?:copyright\s*)?(?:©|\(c\)|copyright)\s*`)
	// copyrightTailRe: what follows the holder: "All rights reserved".
	copyrightTailRe = regexp.MustCompile(`(?i)\s*[.,;|–—-]?\s*(?:all rights reserved|все права защищены|tüm hakları saklıdır|при (?:использовании|цитировании)).*$`)
	// yearsRe: years and year ranges in a copyright notice.
	yearsRe = regexp.MustCompile(`(?:^|[\s,])(?:19|20)\d{2}(?:\s*[–—-]\s*(?:19|20)\d{2})?(?:[\s,.]|$)`)
	// captionWordRe: a photo credit, whose © names the photographer's agency.
	captionWordRe = regexp.MustCompile(`(?i)\b(?:photo|image|picture|фото|снимок|fotoğraf)`)
)

// socialNetworks are never a source: they carry the outlet's channel.
var socialNetworks = map[string]bool{
	"telegram": true, "телеграм": true, "x": true, "twitter": true, "facebook": true, "vk": true, "вконтакте": true,
	"одноклассники": true, "одноклассниках": true, "youtube": true, "дзен": true, "дзене": true, "яндекс дзен": true, "whatsapp": true,
	"instagram": true, "max": true, "rutube": true, "viber": true, "tiktok": true, "threads": true, "linkedin": true,
	"us": true, "нас": true, "our newsletter": true, "newsletter": true, "our channel": true, "наш канал": true,
}

// genericNames are capitalized words that stand where an outlet would but
// name none: "Our Staff", "Editorial Staff".
var genericNames = map[string]bool{
	"our": true, "the": true, "editorial": true, "news": true, "web": true, "online": true, "digital": true,
	"staff": true, "newsroom": true, "desk": true, "us": true, "all": true, "our newsletter": true,
}

// legalForms and holderSuffixes are the company words around an outlet's
// name in its copyright notice: «АО «РОСБИЗНЕСКОНСАЛТИНГ»», "Kathimerini
// Publishing S.A.".
var (
	legalForms     = map[string]bool{"ао": true, "оао": true, "зао": true, "пао": true, "ооо": true, "фгуп": true, "ано": true, "фгбу": true, "ип": true, "миа": false}
	holderSuffixes = map[string]bool{"publishing": true, "publishers": true, "publications": true, "media": true, "group": true, "ltd": true, "limited": true,
		"inc": true, "sa": true, "s.a": true, "llc": true, "plc": true, "gmbh": true, "corp": true, "corporation": true, "co": true,
		"company": true, "holding": true, "holdings": true, "a.s": true, "as": true, "ag": true, "ооо": true, "ао": true}
)

// knownPrefix returns the canonical outlet named by the longest run of
// leading words of name ("РИА Новости Иван Петров" → RIA Novosti).
func (c *cleaner) knownPrefix(name string) (string, bool) {
	ws := strings.Fields(name)
	if len(ws) > 6 {
		ws = ws[:6]
	}
	for k := len(ws); k >= 1; k-- {
		if canon, ok := c.outlets.lookup(strings.Join(ws[:k], " ")); ok {
			return canon, true
		}
	}
	return "", false
}

// namedOutlet accepts the name of an outlet standing in a slot of its own
// furniture (byline, blurb, copyright): a known outlet, else a quoted name
// or one to four capitalized words that are not a social network or a
// generic word.
func (c *cleaner) namedOutlet(name string) (string, bool) {
	quoted := strings.ContainsAny(name, "«»\"“”")
	name = strings.TrimSpace(strings.Trim(strings.TrimSpace(name), " .,:;!«»\"“”'()[]"))
	if name == "" || utf8.RuneCountInString(name) > 40 {
		return "", false
	}
	key := outletKey(name)
	if socialNetworks[key] || genericNames[key] || notOutlets[strings.ToUpper(name)] {
		return "", false
	}
	if canon, ok := c.outlets.lookup(name); ok {
		return canon, true
	}
	if s, ok := c.outlet(name, false); ok {
		return s, true
	}
	ws := strings.Fields(name)
	if len(ws) > 4 {
		return "", false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if !(unicode.IsUpper(r) || unicode.IsDigit(r) || quoted && unicode.IsLetter(r)) || genericNames[strings.ToLower(w)] && len(ws) == 1 {
			return "", false
		}
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return "", false
	}
	return name, true
}

// bylineSource reads the outlet of a staff or correspondent byline:
// "Anadolu Staff | 22.04.2024", "By Reuters Staff", «Корреспондент РИА
// Новости». Only short lines outside side lists count.
func (c *cleaner) bylineSource(lines []pline) (string, bool) {
	for _, l := range lines {
		if l.cut == "sidebar" || l.cut == "related" || wordCount(l.text) > 14 {
			continue
		}
		t := strings.TrimSpace(l.text)
		if m := staffBylineRe.FindStringSubmatch(t); m != nil {
			// "Embassy staff" in a short story line is no byline: an
			// unknown name needs "By" or a byline or stamp line.
			if s, ok := c.outlets.lookup(m[1]); ok {
				return s, true
			}
			if l.kind != kText || strings.HasPrefix(strings.ToLower(t), "by ") {
				if s, ok := c.namedOutlet(m[1]); ok {
					return s, true
				}
			}
		}
		if m := corrBylineRe.FindStringSubmatch(t); m != nil {
			rest := strings.NewReplacer("«", " ", "»", " ", "\"", " ").Replace(m[1])
			if s, ok := c.knownPrefix(rest); ok {
				return s, true
			}
		}
	}
	return "", false
}

// blurbSource reads the outlet of a subscription or social blurb: "Follow
// Daily Sabah on X", «Подписывайтесь на РБК в Telegram», «СБ. Беларусь
// сегодня» в Telegram. Without a verb the name must be quoted or known.
func (c *cleaner) blurbSource(text string) (string, bool) {
	t := strings.TrimSpace(text)
	if wordCount(t) > 15 {
		return "", false
	}
	if m := blurbRe.FindStringSubmatch(t); m != nil {
		name := m[2]
		if m[1] == "" && !strings.ContainsAny(name, "«\"“") {
			if canon, ok := c.outlets.lookup(name); ok {
				return canon, true
			}
			return "", false
		}
		if s, ok := c.namedOutlet(name); ok {
			return s, true
		}
	}
	if m := subscribeRe.FindStringSubmatch(t); m != nil {
		return c.namedOutlet(m[1])
	}
	return "", false
}

// copyrightSource reads the holder of a copyright notice, years, legal
// forms and company suffixes dropped: "© 2021 Kathimerini Publishing S.A.
// All rights reserved." → Kathimerini, "© РИА Новости" → RIA Novosti.
// A photo credit ("Photo: © AFP") names a photo agency, not the outlet.
func (c *cleaner) copyrightSource(text string) (string, bool) {
	if captionWordRe.MatchString(text) {
		return "", false
	}
	loc := copyrightMarkRe.FindStringIndex(text)
	if loc == nil || loc[0] > 12 {
		return "", false
	}
	// «АО «ТРК «Звезда»»», «Редакция «Российской газеты»»: the innermost
	// quoted name is the outlet's
	if o := strings.LastIndex(text[loc[1]:], "«"); o >= 0 {
		in := text[loc[1]+o+len("«"):]
		if e := strings.Index(in, "»"); e > 0 {
			if canon, ok := c.outlets.lookup(in[:e]); ok {
				return canon, true
			}
		}
	}
	h := copyrightTailRe.ReplaceAllString(text[loc[1]:], "")
	for i := 0; i < 3; i++ {
		h = yearsRe.ReplaceAllString(h, " ")
	}
	if i := strings.IndexAny(h, "|/"); i >= 0 {
		h = h[:i]
	}
	h = strings.NewReplacer("«", " ", "»", " ", "\"", " ", "“", " ", "”", " ", ",", " ").Replace(h)
	ws := strings.Fields(h)
	for len(ws) > 0 && legalForms[strings.ToLower(strings.Trim(ws[0], "."))] {
		ws = ws[1:]
	}
	for len(ws) > 1 && holderSuffixes[strings.ToLower(strings.Trim(ws[len(ws)-1], ".,"))] {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return "", false
	}
	if s, ok := c.knownPrefix(strings.Join(ws, " ")); ok {
		return s, true
	}
	return c.namedOutlet(strings.Join(ws, " "))
}

// trimStaff drops a trailing "Staff" from a byline name: "Reuters Staff".
func trimStaff(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 && strings.EqualFold(name[i+1:], "staff") {
		return strings.TrimSpace(name[:i])
	}
	return name
}

// socialStems are the cheap filter before blurbRe in classify.
var socialStems = []string{"telegram", "телеграм", "twitter", "facebook", " x", " vk", "вконтакте", "одноклассник", "youtube", "дзен", "whatsapp", "instagram", " max", "rutube", "viber", "tiktok", "threads", "linkedin"}

// isBlurb reports a social blurb naming the outlet by a verb or a quoted
// name: «Подписывайтесь на РБК в Telegram», «СБ. Беларусь сегодня» в
// Telegram. A bare unquoted "X в Telegram" can be story text.
func isBlurb(s string) bool {
	m := blurbRe.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return false
	}
	r, _ := utf8.DecodeRuneInString(m[2])
	return m[1] != "" || r == '«' || r == '"' || r == '“'
}
