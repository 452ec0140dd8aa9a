package extract

import (
	"strings"
	"unicode"

	"github.com/diplograph/diplograph/graph"
)

// sentCtx is one sentence under recognition with its knowledge-base
// mentions indexed by token.
type sentCtx struct {
	si int
	// src is the text the token offsets point into (the body, or the
	// title when it is not part of the body).
	src   string
	toks  []token
	kb    []mention
	cover []int // token → index into kb, -1
	roles []roleMention
	g     *gazetteer
}

func newSentCtx(g *gazetteer, src string, si int, toks []token) *sentCtx {
	c := &sentCtx{si: si, src: src, toks: toks, g: g}
	c.kb = g.matchKB(si, toks)
	c.cover = make([]int, len(toks))
	for i := range c.cover {
		c.cover[i] = -1
	}
	for k, m := range c.kb {
		for t := m.i; t < m.j; t++ {
			c.cover[t] = k
		}
	}
	c.roles = g.matchRoles(toks)
	c.dropLoneSurnames()
	c.dropBareSeries()
	return c
}

// dropLoneSurnames removes a knowledge-base surname match preceded by an
// unknown first name: "Dursun Hasanov" is not Zakir Hasanov.
func (c *sentCtx) dropLoneSurnames() {
	keep := c.kb[:0]
	for _, m := range c.kb {
		if m.label == graph.LabelPerson && m.j-m.i == 1 && m.i > 0 && c.cover[m.i-1] < 0 &&
			isNameWord(c.toks[m.i-1]) && !rankWords[c.toks[m.i-1].key] && c.toks[m.i-1].cyr == c.toks[m.i].cyr &&
			(m.i-1 > 0 || c.g.firstNames[c.toks[m.i-1].key]) {
			continue
		}
		// "Wang Wenbin" is not the "Wang" of another known person
		if m.label == graph.LabelPerson && m.j-m.i == 1 && m.j < len(c.toks) && c.cover[m.j] < 0 &&
			isNameWord(c.toks[m.j]) && c.toks[m.j].cyr == c.toks[m.i].cyr {
			continue
		}
		keep = append(keep, m)
	}
	c.kb = keep
}

// dropBareSeries removes knowledge-base exercise series named without an
// edition year, quotes or an exercise word in the sentence: "Центр" or
// "Kavkaz" alone are ordinary words and places.
func (c *sentCtx) dropBareSeries() {
	cue := c.sentenceHasCue(exerciseCues)
	keep := c.kb[:0]
	for _, m := range c.kb {
		if m.label == graph.LabelExercise && !cue {
			year := false
			if m.j < len(c.toks) {
				_, year = isYearNum(c.toks[m.j])
				if !year && m.j+1 < len(c.toks) && c.toks[m.j].text == "-" {
					_, year = isYearNum(c.toks[m.j+1])
				}
			}
			quoted := m.i > 0 && m.j < len(c.toks)
			if quoted {
				o, _ := isQuote(c.toks[m.i-1])
				_, cl := isQuote(c.toks[m.j])
				quoted = o && cl
			}
			if !year && !quoted {
				continue
			}
		}
		keep = append(keep, m)
	}
	c.kb = keep
	for i := range c.cover {
		c.cover[i] = -1
	}
	for k, m := range c.kb {
		for t := m.i; t < m.j; t++ {
			c.cover[t] = k
		}
	}
}

// kbAt returns the knowledge-base mention starting at token i.
func (c *sentCtx) kbAt(i int) (mention, bool) {
	if i < 0 || i >= len(c.toks) || c.cover[i] < 0 {
		return mention{}, false
	}
	m := c.kb[c.cover[i]]
	return m, m.i == i
}

// stateAt returns the State mention (name or adjective) starting at i.
func (c *sentCtx) stateAt(i int) (mention, bool) {
	m, ok := c.kbAt(i)
	if ok && m.label == graph.LabelState {
		return m, true
	}
	return mention{}, false
}

// stateEndingAt returns the State mention ending just before token j.
func (c *sentCtx) stateEndingAt(j int) (mention, bool) {
	if j-1 < 0 || j-1 >= len(c.toks) || c.cover[j-1] < 0 {
		return mention{}, false
	}
	m := c.kb[c.cover[j-1]]
	if m.j == j && m.label == graph.LabelState {
		return m, true
	}
	return mention{}, false
}

func (c *sentCtx) text(i, j int) string {
	if i >= j || j > len(c.toks) {
		return ""
	}
	return c.src[c.toks[i].start:c.toks[j-1].end]
}

func (c *sentCtx) has(i int, words ...string) bool {
	if i < 0 || i >= len(c.toks) {
		return false
	}
	for _, w := range words {
		if c.toks[i].fold == w || c.toks[i].key == w {
			return true
		}
	}
	return false
}

var exerciseCues = setOfKeys(`exercise exercises drill drills wargame wargames manoeuvres maneuvers
учения учений учениях учениям маневры маневров`)

var treatyHeads = setOfKeys(`declaration treaty agreement accord accords memorandum statement communique
communiqué pact protocol charter convention roadmap plan act
декларация договор соглашение меморандум протокол заявление коммюнике пакт хартия конвенция`)

var treatyPlurals = map[string]string{
	"declarations": "Declaration", "treaties": "Treaty", "agreements": "Agreement",
	"statements": "Statement", "communiques": "Communiqué", "memoranda": "Memorandum",
	"memorandums": "Memorandum", "protocols": "Protocol", "accords": "Accords",
}

// sentenceHasCue reports whether any token's key is in cues.
func (c *sentCtx) sentenceHasCue(cues map[string]bool) bool {
	for _, t := range c.toks {
		if t.word && (cues[t.key] || cues[t.fold]) {
			return true
		}
	}
	return false
}

func isQuote(t token) (open, close bool) {
	switch t.text {
	case "«", "“", "„":
		return true, false
	case "»", "”":
		return false, true
	case "\"", "'", "‘", "’":
		return true, true
	}
	return false, false
}

// quoteAt is isQuote for token i of toks, where an apostrophe between
// letters ("Australia’s") is no quote.
func quoteAt(toks []token, i int) (open, close bool) {
	t := toks[i]
	open, close = isQuote(t)
	if t.text == "'" || t.text == "’" || t.text == "‘" {
		if i > 0 && i+1 < len(toks) && toks[i-1].end == t.start && toks[i+1].start == t.end && toks[i-1].word && toks[i+1].word {
			return false, false
		}
	}
	return open, close
}

func isYearNum(t token) (string, bool) {
	if !t.num {
		return "", false
	}
	n := len(t.text)
	if n == 4 && t.text >= "1990" && t.text <= "2039" {
		return t.text, true
	}
	if n == 2 && t.text <= "39" {
		return t.text, true
	}
	return "", false
}

// exerciseName builds "Name-2021" / "Name 24" from the words and the year.
func exerciseName(words, year string) string {
	words = strings.TrimSpace(words)
	if year == "" {
		return words
	}
	if len(year) == 4 {
		return words + "-" + year
	}
	return words + " " + year
}

// findExercises finds named exercises: quoted or capitalized names with a
// year next to an exercise cue, knowledge-base series, and lists after
// "exercises like/such as".
func (c *sentCtx) findExercises() []mention {
	var out []mention
	cue := c.sentenceHasCue(exerciseCues)
	toks := c.toks
	used := make([]bool, len(toks))
	add := func(i, j int, name string, entry int) {
		for k := i; k < j; k++ {
			if used[k] {
				return
			}
		}
		for k := i; k < j; k++ {
			used[k] = true
		}
		out = append(out, mention{sent: c.si, i: i, j: j, label: graph.LabelExercise, entry: entry, name: name, ent: -1})
	}
	// knowledge-base series, with an edition year
	for _, m := range c.kb {
		if m.label != graph.LabelExercise {
			continue
		}
		name := c.g.entries[m.entry].name
		j := m.j
		if j+1 < len(toks) && toks[j].text == "-" {
			if y, ok := isYearNum(toks[j+1]); ok {
				name, j = exerciseName(name, y), j+2
			}
		} else if j < len(toks) {
			if y, ok := isYearNum(toks[j]); ok {
				name, j = exerciseName(name, y), j+1
			}
		}
		add(m.i, j, name, m.entry)
	}
	if !cue {
		return out
	}
	// quoted names
	for i := 0; i < len(toks); i++ {
		open, _ := quoteAt(toks, i)
		if !open {
			continue
		}
		j := i + 1
		for j < len(toks) && j-i <= 8 {
			if _, cl := quoteAt(toks, j); cl {
				break
			}
			j++
		}
		if j >= len(toks) || j == i+1 || j-i > 8 {
			continue
		}
		inner := toks[i+1 : j]
		ok := inner[0].cap || inner[0].upper
		_, yearLast := isYearNum(inner[len(inner)-1])
		// «учения «Северное взаимодействие»»: right after the exercise word
		yearLast = yearLast || i > 0 && exerciseCues[toks[i-1].key] && j-i <= 5
		for _, t := range inner {
			// «Северное взаимодействие-2023»: Russian names capitalize the first word only
			if t.word && !t.cap && !t.num && !t.upper && !(t.fold == "of" || t.fold == "and") && !(t.cyr && yearLast) {
				ok = false
			}
			if !t.word && t.text != "-" && t.text != "." {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if i > 0 && placeNouns[toks[i-1].key] {
			continue // «на полигоне «Матыбулак»» names a place
		}
		words, year := c.splitYear(i+1, j)
		name := exerciseName(words, year)
		if kbm, ok := c.kbAt(i + 1); ok && kbm.label == graph.LabelExercise && kbm.j >= j-2 {
			continue // handled as a series
		}
		add(i+1, j, name, -1)
		i = j
	}
	// unquoted Capitalized Words-2021 / Words 24
	for i := 0; i < len(toks); i++ {
		y, ok := isYearNum(toks[i])
		if !ok || i == 0 {
			continue
		}
		k := i - 1
		if toks[k].text == "-" {
			k--
		}
		if k < 0 || (!toks[k].cap && !toks[k].upper) || !toks[k].word || toks[k].num {
			continue
		}
		end := k + 1
		s := k
		for s-1 >= 0 && s > k-3 && toks[s-1].word && (toks[s-1].cap || toks[s-1].upper) && !toks[s-1].num && !notNameWords[toks[s-1].key] {
			s--
		}
		if notNameWords[toks[s].key] {
			s++
		}
		if s >= end || isMonthWord(toks[end-1]) || len([]rune(toks[end-1].text)) < 3 || mixedCase(toks[end-1].text) || notExercise[toks[end-1].key] {
			continue
		}
		if m, ok := c.kbAt(s); ok && m.j >= end && m.label != graph.LabelExercise {
			continue
		}
		add(s, i+1, exerciseName(c.text(s, end), y), -1)
	}
	// "Exercise Pitch Black 2024": capitalized words after a capitalized
	// "Exercise"
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].fold != "exercise" || !toks[i].cap {
			continue
		}
		k := i + 1
		for k < len(toks) && k-i <= 3 && toks[k].word && (toks[k].cap || toks[k].upper) && !toks[k].num && !notNameWords[toks[k].key] && c.cover[k] < 0 {
			k++
		}
		if k == i+1 || used[i+1] {
			continue
		}
		words, year := c.text(i+1, k), ""
		if k < len(toks) {
			if y, ok := isYearNum(toks[k]); ok {
				year, k = y, k+1
			} else if k+1 < len(toks) && toks[k].text == "-" {
				if y, ok := isYearNum(toks[k+1]); ok {
					year, k = y, k+2
				}
			}
		}
		add(i+1, k, exerciseName(words, year), -1)
	}
	// "the Eternal Flame exercises": capitalized words right before the cue
	for i := 1; i < len(toks); i++ {
		if !exerciseCues[toks[i].key] || toks[i].cyr {
			continue
		}
		s := i
		for s-1 >= 0 && toks[s-1].word && (toks[s-1].cap || toks[s-1].upper) && !toks[s-1].num && !notNameWords[toks[s-1].key] && !used[s-1] {
			s--
		}
		if s == i || s == 0 && i-s == 1 {
			continue
		}
		other := false
		for k := s; k < i; k++ {
			if c.cover[k] >= 0 {
				other = true
			}
		}
		if !other {
			add(s, i, c.text(s, i), -1)
		}
	}
	// "exercises like Shakti, Varuna and Garuda", "exercises (SHAKTI, VARUNA and GARUDA)"
	for i := 0; i < len(toks); i++ {
		if !exerciseCues[toks[i].key] {
			continue
		}
		k := i + 1
		if k < len(toks) && toks[k].text == "(" {
			k++
		} else if c.has(k, "like", "including", "named", "called", "dubbed", "codenamed") {
			k++
		} else if c.has(k, "such") && c.has(k+1, "as") {
			k += 2
		} else {
			continue
		}
		for k < len(toks) {
			t := toks[k]
			if t.word && (t.cap || t.upper) && !t.num {
				if m, ok := c.kbAt(k); ok && m.label != graph.LabelExercise {
					break
				}
				s := k
				for k < len(toks) && toks[k].word && (toks[k].cap || toks[k].upper) {
					k++
				}
				name := c.text(s, k)
				if toks[s].upper {
					name = titleCase(name)
				}
				if m, ok := c.kbAt(s); ok && m.label == graph.LabelExercise {
					continue // already added as a series
				}
				add(s, k, name, -1)
				continue
			}
			if t.text == "," || t.fold == "and" || t.fold == "и" {
				k++
				continue
			}
			break
		}
	}
	return out
}

func (c *sentCtx) splitYear(i, j int) (string, string) {
	last := c.toks[j-1]
	if y, ok := isYearNum(last); ok && j-1 > i {
		k := j - 1
		if c.toks[k-1].text == "-" {
			k--
		}
		if k > i {
			return c.text(i, k), y
		}
	}
	return c.text(i, j), ""
}

// placeNouns introduce a quoted place name.
var placeNouns = setOfKeys(`полигон полигоне полигона комплекс комплексе аэродром аэродроме база базе город городе
range ground base airfield airport complex`)

// notExercise are names followed by numbers that are not exercises.
var notExercise = setOfKeys(`covid cop sars mig su tu il an mi ka yak f t s cop26 cop29 article resolution vision agenda`)

// mixedCase reports an upper-case letter after the first one ("MiG").
func mixedCase(s string) bool {
	upperInside, lower := false, false
	for i, r := range s {
		if unicode.IsLower(r) {
			lower = true
		} else if i > 0 && unicode.IsUpper(r) {
			upperInside = true
		}
	}
	return upperInside && lower
}

func isMonthWord(t token) bool {
	_, ok := monthKeys[t.key]
	return ok
}

var monthKeys = setOfKeys(`january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь
января февраля марта апреля мая июня июля августа сентября октября ноября декабря`)

func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		r := []rune(strings.ToLower(w))
		if len(r) > 0 {
			r[0] = []rune(strings.ToUpper(string(r[0])))[0]
		}
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}
