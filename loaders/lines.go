package loaders

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lineKind classifies one line of a scraped page before the page-level
// decisions (title, story, side lists) are made.
type lineKind int

const (
	kText    lineKind = iota // story text, headline or paragraph
	kBlank                   // empty
	kSep                     // a separator: "-", "—", "•", "***"
	kImage                   // a picture: markdown image, bare image URL
	kUI                      // page furniture: icons, counters, share buttons
	kPromo                   // subscription, follow, review, copyright blurbs
	kCaption                 // photo caption or credit
	kStamp                   // a date stamp: date (+ time, labels), nothing else
	kCue                     // the heading of a side list ("Other news")
	kSection                 // a bare section name ("Politics"), a cue only before a list
	kByline                  // "By X", «Автор: X»
	kCredit                  // "Reporting by X; Editing by Y", "Editor: X"
)

var kindNames = map[lineKind]string{
	kText: "text", kBlank: "blank", kSep: "separator", kImage: "image", kUI: "ui",
	kPromo: "promo", kCaption: "caption", kStamp: "stamp", kCue: "sidebar", kSection: "section", kByline: "byline", kCredit: "credit",
}

func (k lineKind) String() string { return kindNames[k] }

// Cue words, in English, Russian and Turkish. They are matched on whole
// lines (cues, sections) or as phrases inside short lines (promo, ui), never
// inside story paragraphs.
var (
	// Headings of side lists: a line that is only this starts a side list.
	sideCues = []string{
		"other news", "latest news", "more news", "related news", "related articles", "related stories",
		"related", "read also", "also read", "read more", "see also", "most read", "most popular",
		"popular", "top stories", "trending", "trending now", "editor's picks", "editors' picks",
		"recommended", "you may also like", "you might also like", "news feed", "more from", "in other news",
		"recent posts", "recent news", "top news", "more stories", "what to read next", "news from partners",
		"read next", "up next", "see more", "more on", "most viewed", "most commented", "editor's choice", "related topics", "more on this", "more on this topic",
		"последние новости", "другие новости", "новости партнеров", "новости партнёров", "выбор читателей",
		"читайте также", "смотрите также", "популярное", "самое читаемое", "самое популярное", "лента новостей",
		"похожие новости", "по теме", "материалы по теме", "новости по теме", "главное", "главные новости",
		"рекомендуем", "еще новости", "ещё новости", "все новости",
		"diğer haberler", "ilgili haberler", "son dakika", "son haberler", "öne çıkanlar", "benzer haberler",
	}
	// Bare section names: a side list when a list follows (separator or
	// stamp within the next lines), a kicker when a headline follows.
	sectionNames = []string{
		"politics", "economy", "society", "world", "business", "sports", "sport", "culture", "region",
		"regions", "analytics", "analysis", "opinion", "defense", "defence", "military", "security",
		"diplomacy", "news", "world news", "local news", "incidents", "science", "tech", "technology",
		"политика", "экономика", "общество", "в мире", "мир", "происшествия", "культура", "спорт",
		"аналитика", "армия", "оборона", "безопасность", "дипломатия", "регионы", "новости", "лента",
		"siyaset", "ekonomi", "gündem", "dünya", "spor", "kültür", "türkiye", "savunma",
	}
	// Promotional and subscription blurbs; a short line containing one of
	// these phrases is not the story.
	promoRe = regexp.MustCompile(`(?i)(leave a (review|comment)|follow us|follow .{1,40} on (twitter|facebook|telegram|instagram|x\b)|` +
		`\bsubscrib|\bnewsletter|sign up (for|to)|thank you!|support (open|independent|our)|worth your attention|` +
		`serve you with news|syndicated feed|has not been edited|our standards|trust principles|download (our|the) app|join us on|our (telegram|whatsapp|youtube) channel|all rights reserved|` +
		`copyright|©|reproduction (is|of)|when (using|quoting) (materials|our)|full digital access|` +
		`подписывайтесь|подпишитесь|подписаться|подписка|наш телеграм|телеграм-канал|telegram-канал|читайте нас|` +
		`оставить (отзыв|комментарий)|оставьте (отзыв|комментарий)|все права защищены|при (использовании|цитировании) материалов|` +
		`ссылка на .{1,30} обязательна|присоединяйтесь|bizi takip edin|abone ol|destek için|tüm hakları saklıdır)`)
	// UI residue: icon names, counters, share buttons, language switches.
	uiIconRe = regexp.MustCompile(`(?i)\b(clock|calendar|eye|views?|comments?|time|date|user|author|icon|share)-(gr[ae]y|icon|o|outline|solid|white|black)\b`)
	uiWords  = []string{"share", "print", "tweet", "like", "comments", "comment", "reply", "email", "facebook", "twitter", "telegram", "whatsapp", "vk", "ok", "copy link", "english news", "english", "русский", "türkçe", "azərbaycan", "read more", "подробнее", "поделиться", "печать", "комментарии", "advertisement", "реклама", "ads", "menu", "search", "поиск", "home", "главная", "back to top", "наверх", "listen", "слушать", "video", "видео", "photo", "фото", "gallery", "tags", "теги", "теги:", "tags:", "paylaş", "yazdır",
		"(end)", "/end/", "###", "-30-", "(конец)", "contact us", "about us", "privacy policy", "terms of use", "контакты", "о нас", "cookies", "accept"}
	uiCountRe = regexp.MustCompile(`(?i)^(views?|просмотров|просмотры|comments?|комментари\p{L}*|yorum\p{L}*|👁|\s)*[:\s(]*\d[\d\s.,kmк]*\)?$`)
	// uiTagsRe is a line of tags: "Tags: Turkey, Azerbaijan", «Теги: …».
	uiTagsRe = regexp.MustCompile(`(?i)^(tags|теги|метки|ключевые слова|etiketler|keywords)\s*:`)
	// Photo captions and credits.
	captionHeadRe = regexp.MustCompile(`(?i)^(photo|photos|фото|на снимке|на фото|image|picture|photo credit|source of (the )?photo|фотография|kaynak|fotoğraf)\s*[:：—–-]`)
	captionTailRe = regexp.MustCompile(`(?i)(\b(photo|photo credit|image|фото|источник фото|fotoğraf)\s*[:：]\s*[^.:]{1,60}|\((photo|фото|image)[^)]{0,60}\)|\b(archive|архив|file photo|фото из архива|archive photo|illustrative( photo)?|иллюстративное фото)\.?)$`)
	// Markdown images and bare image addresses.
	imageRe = regexp.MustCompile(`(?i)^(!\[[^\]]*\]\([^)]*\)|\S+\.(jpe?g|png|gif|webp|svg)(\?\S*)?)$`)
	// Separators: a line of dashes, bullets or stars.
	sepRe = regexp.MustCompile(`^[\-–—•·*_=|~]{1,10}$`)
	// Bylines: "By Vugar Khalilov", «Автор: Иван Петров».
	bylineRe = regexp.MustCompile(`^(?:By|BY|Written by|Author:|Authors:|Автор:|Авторы:|Автор —|Автор -|Текст:|Yazar:)\s+(.{2,120})$`)
	// Production credits closing a story.
	creditLineRe = regexp.MustCompile(`(?i)^(?:(?:additional )?reporting by|writing by|editing by|compiled by|edited by|editor:|editors:|редактор:|редактор —|корректор:|фото:? автора|editor)\b`)
	// Leading bullets and dashes before a stamp: "- 7 March 2024, 15:54".
	bulletRe    = regexp.MustCompile(`^[\-–—•·*]+\s+`)
	authorSepRe = regexp.MustCompile(`\s*(?:,|;| and | и | ve | & )\s*`)
	// Times of day and clock labels inside stamps.
	timeRe = regexp.MustCompile(`\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\b(\s*(am|pm|a\.m\.|p\.m\.|GMT|UTC|MSK|\+\d{1,2}(:?\d{2})?))?`)
)

// Stems that a promo or caption line must contain: a cheap filter before
// the case-insensitive patterns, which are slow on every line of a corpus.
var (
	promoStems = []string{"syndicated", "not been edited", "review", "comment", "follow", "subscrib", "newsletter", "sign up", "thank you", "support",
		"worth your", "serve you", "our standards", "trust principles", "download", "join us", "channel", "rights",
		"copyright", "©", "reproduction", "materials", "digital access", "подпис", "телеграм", "telegram", "читайте нас",
		"отзыв", "комментарий", "права", "материалов", "обязательна", "присоединяйтесь", "takip", "abone", "destek", "hakları"}
	captionStems = []string{"photo", "фото", "снимке", "image", "picture", "kaynak", "fotoğraf", "archive", "архив", "illustrative", "иллюстратив"}
)

func containsAny(s string, stems []string) bool {
	for _, st := range stems {
		if strings.Contains(s, st) {
			return true
		}
	}
	return false
}

// stampLabels are words a date stamp may carry besides the date and time.
var stampLabels = map[string]bool{
	"published": true, "updated": true, "posted": true, "date": true, "time": true, "added": true,
	"modified": true, "last": true, "on": true, "at": true, "am": true, "pm": true, "gmt": true, "utc": true,
	"clock": true, "calendar": true, "gray": true, "grey": true, "icon": true, "english": true, "news": true,
	"ekleme": true, "güncelleme": true, "yayınlanma": true, "tarih": true, "giriş": true, "son": true,
	"опубликовано": true, "обновлено": true, "дата": true, "время": true, "публикации": true, "обновления": true,
	"msk": true, "мск": true, "ist": true, "cet": true, "cest": true, "eet": true, "eest": true, "bst": true, "est": true,
	"edt": true, "pst": true, "pdt": true, "jst": true, "kst": true, "trt": true, "azt": true, "ago": true, "hours": true, "hour": true, "minutes": true, "min": true, "назад": true,
	"часов": true, "часа": true, "час": true, "минут": true, "минуты": true, "saat": true, "önce": true, "г": true, "года": true, "year": true, "edited": true, "created": true, "in": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"понедельник": true, "вторник": true, "среда": true, "четверг": true, "пятница": true, "суббота": true, "воскресенье": true,
}

// words splits s into words of letters and digits (dots and apostrophes
// inside a word kept, so "Agenda.ge" is one word).
func words(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '\'' || r == '’' || r == '-' || unicode.Is(unicode.Mn, r))
	})
}

// wordCount counts words of letters or digits.
func wordCount(s string) int {
	n := 0
	for _, w := range words(s) {
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// fold lower-cases s and trims punctuation for whole-line cue matching.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.Trim(s, " \t:.-–—|»«>•")
}

func inList(s string, list []string) bool {
	for _, c := range list {
		if s == c {
			return true
		}
	}
	return false
}

// cuePrefix reports whether s starts with a side-list heading glued to the
// first item ("Последние новостиРумыния …", a scrape of adjacent blocks).
func cuePrefix(s string) bool {
	ls := strings.ToLower(s)
	for _, c := range sideCues {
		if len(c) < 8 || !strings.HasPrefix(ls, c) {
			continue
		}
		rest := s[len(c):]
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// endsSentence reports whether a line ends like a sentence of running text
// ('.', ';', ':', '…'), which a headline never does.
func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \t")
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == ';' || r == ':' || r == '…'
}

// endsAnyPunct reports whether a line ends with any closing punctuation,
// including quotes, brackets, '?' and '!'.
func endsAnyPunct(s string) bool {
	s = strings.TrimRight(s, " \t")
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".;:…?!\"”»)’'", r)
}

// headlineShaped reports whether s can be a headline: short, starting with a
// capital letter, a digit or a quote, not ending like a sentence.
func headlineShaped(s string) bool {
	n := wordCount(s)
	if n == 0 || n > 25 || len(s) > 250 || endsSentence(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“«'‘", r)
}

// namesOnly reports whether s is a bare list of names ("Ilham Aliyev and
// Recep Tayyip Erdogan."), the shape of a photo caption or kicker.
func namesOnly(s string) bool {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	ws := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(ws) < 2 || len(ws) > 12 {
		return false
	}
	caps := 0
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "and", "и", "ve", "&", "with", "с", "und", "et", "y":
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, c := range w {
			if !(unicode.IsLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.' || unicode.Is(unicode.Mn, c)) {
				return false
			}
		}
		caps++
	}
	return caps >= 2
}

// isUILine reports page furniture: icon labels, view counters, a lone
// share button or language switch.
func isUILine(s string) bool {
	if uiIconRe.MatchString(s) && wordCount(s) <= 8 {
		return true
	}
	if uiCountRe.MatchString(s) && len(s) <= 40 {
		return true
	}
	f := fold(s)
	if inList(f, uiWords) {
		return true
	}
	// "Share Tweet Print": several UI words and nothing else.
	ws := strings.Fields(f)
	if len(ws) >= 2 && len(ws) <= 6 {
		for _, w := range ws {
			if !inList(strings.Trim(w, ",|/"), uiWords) {
				return false
			}
		}
		return true
	}
	return false
}

// classify gives the kind of one trimmed line, without context.
func classify(s string) lineKind {
	switch {
	case s == "":
		return kBlank
	case sepRe.MatchString(s):
		return kSep
	case imageRe.MatchString(s):
		return kImage
	}
	n := wordCount(s)
	if n > 60 {
		// Long lines are story text: skip the cue patterns (they are for
		// short lines) and keep pathological inputs linear and fast.
		return kText
	}
	f := fold(s)
	switch {
	case inList(f, sideCues) || cuePrefix(s):
		return kCue
	case inList(f, sectionNames):
		return kSection
	case n <= 8 && isUILine(s), n <= 30 && uiTagsRe.MatchString(s):
		return kUI
	}
	ls := strings.ToLower(s)
	if n <= 25 && containsAny(ls, promoStems) && promoRe.MatchString(s) {
		return kPromo
	}
	if n <= 15 && containsAny(ls, socialStems) && isBlurb(s) {
		// «Читайте «СБ. Беларусь сегодня» в Telegram», "Read X on Facebook".
		return kPromo
	}
	if containsAny(ls, captionStems) && (captionHeadRe.MatchString(s) && n <= 40 || captionTailRe.MatchString(s) && n <= 60) {
		return kCaption
	}
	if m := bylineRe.FindStringSubmatch(s); m != nil && len(authorNames(m[1])) > 0 {
		return kByline
	}
	if n <= 20 && creditLineRe.MatchString(s) {
		return kCredit
	}
	return kText
}

// authorNames splits the names of a byline ("Vugar Khalilov and Ayşe Nur
// Dok", «Иван Петров, Анна Смирнова»), keeping only name-shaped parts.
func authorNames(s string) []string {
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	var out []string
	for _, part := range authorSepRe.Split(s, -1) {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		ws := strings.Fields(part)
		if len(ws) < 1 || len(ws) > 5 {
			return nil
		}
		ok := true
		for _, w := range ws {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				ok = false
			}
		}
		if !ok {
			return nil
		}
		out = append(out, part)
	}
	return out
}
