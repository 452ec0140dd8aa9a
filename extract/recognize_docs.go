package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/ru"

	"github.com/diplograph/diplograph/graph"
)

// complementStop ends the complement of an unnamed document ("agreement on
// mutual military assistance").
var complementStop = setOfKeys(`that which who was were is are be been has have had signed adopted will would
with in at to for by from as during after before since this these its their was it
signing inked concluded reached initialled
что который которая которое которые был была было были подписан подписана подписали подписал
в на с по для от при за`)

// findTreaties finds treaties, declarations, agreements and other
// documents: named ones ("Trabzon Declaration", "Treaty of Kars",
// "Ganja, Kars and Baku Statements") and unnamed ones with a complement
// ("memorandum of understanding", «меморандум о взаимопонимании между
// Израилем и Австралией»).
func (c *sentCtx) findTreaties() []mention {
	var out []mention
	toks := c.toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		if m, ok := c.kbAt(i); ok && m.label == graph.LabelTreaty {
			// «Договор о гарантиях безопасности …» is not the known «Договор
			// о гарантиях»: a Russian complement that runs on past the known
			// name makes a longer, different document
			if h := m.j - 1; toks[h].cyr && !c.isDocHead(h) {
				for h > m.i && !c.isDocHead(h) {
					h--
				}
				if c.isDocHead(h) {
					if e := c.complementEnd(h); e > m.j && toks[m.j].word {
						out = append(out, mention{sent: c.si, i: m.i, j: e, label: graph.LabelTreaty, entry: -1, name: c.text(m.i, e), ent: -1})
						i = e - 1
						continue
					}
				}
			}
			i = m.j - 1
			continue
		}
		head := treatyHeads[t.key] || treatyHeads[t.fold]
		plural, isPlural := treatyPlurals[t.fold]
		if !head && !isPlural {
			continue
		}
		// "Government of National Accord", "Council of the Accord": a
		// document word after an organization word and "of" names the body
		if k := i - 1; k >= 1 && t.cap {
			for k > 0 && toks[k].word && toks[k].cap && !docStop[toks[k].key] {
				k--
			}
			if c.has(k, "of") && k > 0 && (orgHeads[toks[k-1].key] || toks[k-1].fold == "government") && toks[k-1].cap {
				continue
			}
		}
		if t.fold == "plan" && !c.has(i-1, "action") {
			continue
		}
		// "Act" names a document only as "Presidential Act", "Final Act",
		// "Founding Act": other acts are laws
		if t.fold == "act" && !(t.cap && i > 0 && actModifiers[toks[i-1].fold]) {
			continue
		}
		if c.inKB(i, graph.LabelTreaty) {
			continue
		}
		// modifiers to the left
		s := i
		if t.fold == "plan" {
			s = i - 1
		}
		for s-1 >= 0 {
			p := toks[s-1]
			// «подписали в Бишкеке Договор о …»: in Russian only an
			// adjective agreeing with the document word is part of its
			// name; a noun (a locative after «в», a genitive) is not
			if t.cyr && p.cyr && !isRuAdjective(p.fold) {
				break
			}
			if p.word && (p.cap || p.upper || p.num) && !docStop[p.key] {
				s--
				continue
			}
			if p.text == "-" && s-2 >= 0 && toks[s-2].word && toks[s-2].cap {
				s--
				continue
			}
			// "General Security of Military Information Agreement", "Rio de
			// Janeiro Protocol": "of" or a name particle between
			// capitalized words
			if !t.cyr && p.word && (p.fold == "of" || nameParticles[p.fold] && !p.cap) && s < i && toks[s].cap &&
				s-2 >= 0 && toks[s-2].word && toks[s-2].cap && !docStop[toks[s-2].key] && !c.inKB(s-2, graph.LabelState) && !c.inKB(s-2, graph.LabelOrganization) {
				s--
				continue
			}
			if p.word && isMonthWord(p) {
				s--
				continue
			}
			break
		}
		if isPlural && s < i {
			// "26 agreements and memorandums": a count names nothing
			counted := true
			for k := s; k < i; k++ {
				if toks[k].word && !toks[k].num && countWord(toks[k].fold) == 0 {
					counted = false
				}
			}
			if !counted {
				out = append(out, c.coordinatedTreaties(s, i, plural)...)
			}
			continue
		}
		if isPlural && counted(toks, i) {
			continue // "13 agreements and memoranda of understanding": a batch, no document
		}
		named := s < i || t.cap && !(i == 0)
		if s < i && t.cyr && !t.cap {
			// «Карский договор»: a Russian adjective is lower case after
			// the first word only; a capitalized adjective names it.
			named = toks[s].cap
		}
		// a lone state adjective or name is not a name ("Turkish statement")
		if s < i && !t.cap {
			onlyState := true
			for k := s; k < i; k++ {
				if m, ok := c.kbAt(k); ok && m.label == graph.LabelState {
					k = m.j - 1
					continue
				}
				if toks[k].word {
					onlyState = false
				}
			}
			if onlyState {
				named = false
				s = i
			}
			if s == 0 && i-s == 1 && genericModifiers[toks[s].key] {
				named, s = false, i
			}
		}
		j := i + 1
		// «Декларация Эль-Улы», «Протокол Алма-Аты»: a capitalized Russian
		// document word followed by a place name in the genitive
		if named && s == i && t.cyr {
			if e := c.ruGenitiveName(j); e > j {
				out = append(out, mention{sent: c.si, i: i, j: e, label: graph.LabelTreaty, entry: -1, name: c.text(i, e), ent: -1})
				i = e - 1
				continue
			}
		}
		if named && s == i && !(j+1 < len(toks) && c.has(j, "of", "on") && (toks[j+1].cap || c.has(j+1, "the") && j+2 < len(toks) && toks[j+2].cap)) {
			named = false // "the Agreement" alone names nothing
		}
		if named {
			// "Treaty of Kars", "Declaration on Allied Relations", "General
			// Agreement for Cooperation in the Fields of Economy, Trade and
			// Culture", "Joint Statement of the Republic of Kazakhstan and
			// the People's Republic of China"
			if j+1 < len(toks) && (c.has(j, "of", "on", "for") && (toks[j+1].cap || c.has(j+1, "the") && j+2 < len(toks) && toks[j+2].cap)) {
				k := j + 1
				if c.has(k, "the") {
					k++
				}
				for k < len(toks) {
					if m, ok := c.kbAt(k); ok && m.label == graph.LabelState && !m.adj {
						k = m.j // "the People's Republic of China"
						continue
					}
					if toks[k].word && !isMonthWord(toks[k]) && !notNameWords[toks[k].key] && (toks[k].cap || toks[k].upper || toks[k].num) {
						k++
						continue
					}
					// "the Protocol on X and the Protocol on Y": a second
					// document word starts a second document
					if c.has(k, "and") && (c.isDocHead(k+1) || c.has(k+1, "the") && c.isDocHead(k+2)) {
						break
					}
					if c.has(k, "and", "of", "the", "in") && k+1 < len(toks) && (toks[k+1].cap && !notNameWords[toks[k+1].key] || c.has(k+1, "the") && k+2 < len(toks) && toks[k+2].cap) {
						k++
						continue
					}
					if toks[k].text == "," && k > j+2 && k+1 < len(toks) && toks[k+1].word && toks[k+1].cap && !notNameWords[toks[k+1].key] && c.cover[k+1] < 0 {
						k++ // "in the Fields of Economy, Trade, …"
						continue
					}
					break
				}
				for k > j+1 && (c.has(k-1, "and", "of", "the", "in") || toks[k-1].text == ",") {
					k--
				}
				if k > j+1 || k == j+1 && toks[j].text != "of" && toks[j].text != "on" && toks[j].text != "for" {
					j = k
				}
			}
			if t.cyr && c.has(i+1, "о", "об") {
				j = max(j, c.complementEnd(i)) // «Совместное заявление об углублении …»
			}
			j = c.betweenStates(j)
			// "the 1994 Budapest Memorandum": the year is not part of the name
			if y, ok := isYearNum(toks[s]); ok && len(y) == 4 && s+1 < i {
				s++
			}
			name := c.text(s, j)
			out = append(out, mention{sent: c.si, i: s, j: j, label: graph.LabelTreaty, entry: -1, name: name, ent: -1})
			i = j - 1
			continue
		}
		// unnamed: needs a complement or a lower-case modifier; a
		// statement is a document only when it is joint ("joint
		// statement", «совместное заявление»), not a press statement
		if (t.fold == "statement" || strings.HasPrefix(t.fold, "заявлени") || t.fold == "communique" || t.fold == "communiqué") &&
			!c.has(i-1, "joint", "trilateral", "bilateral", "совместное", "совместного", "совместном", "совместным", "совместному", "трехстороннее", "трёхстороннее") &&
			// «подписали заявление о плане развития …»: a signed statement
			// with a subject is a document
			!(c.has(i+1, "о", "об", "on") && anyCue(toks, signEn, signRu) && c.complementEnd(i) > i+2) {
			continue
		}
		j = c.complementEnd(i)
		s = i
		if j > i+1 && i-1 >= 0 && toks[i-1].word && !toks[i-1].num && (toks[i-1].cyr && !t.cap && isRuAdjective(toks[i-1].fold) && !isRuVerbalNoun(toks[i-1].fold) ||
			!toks[i-1].cyr && !toks[i-1].cap && !complementStop[toks[i-1].key] && !notNameWords[toks[i-1].key] && !isVerbish(toks[i-1]) && !genericModifiers[toks[i-1].key] || toks[i-1].fold == "joint") {
			// «совместное заявление о …», "joint statement on …"
			s = i - 1
		}
		if j == i+1 {
			// "security pact", "alliance agreement", "joint statement"
			if i-1 >= 0 && toks[i-1].word && !toks[i-1].cap && !toks[i-1].num && !complementStop[toks[i-1].key] &&
				!notNameWords[toks[i-1].key] && !isVerbish(toks[i-1]) && (!genericModifiers[toks[i-1].key] || toks[i-1].fold == "joint" || toks[i-1].fold == "trilateral") &&
				(!toks[i-1].cyr || isRuAdjective(toks[i-1].fold) && !isRuVerbalNoun(toks[i-1].fold)) && len([]rune(toks[i-1].text)) >= 3 &&
				!(i-2 >= 0 && toks[i-2].fold == "'") {
				s = i - 1
			} else {
				continue
			}
		}
		j = c.betweenStates(j)
		name := c.text(s, j)
		// «Договор о коллективной безопасности»: a capitalized head inside a
		// sentence names the document
		unnamed := !t.cap || i == 0
		if s == i && t.cyr {
			// «установленной Договором о границе» → «Договор о границе»
			name = ruDocNominative(t.text) + c.src[t.end:toks[j-1].end]
		}
		out = append(out, mention{sent: c.si, i: s, j: j, label: graph.LabelTreaty, entry: -1, name: name, ent: -1, unnamed: unnamed})
		i = j - 1
	}
	return out
}

// ruDocNominatives are the Russian document words in the nominative, by
// the key of their case forms.
var ruDocNominatives = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`договор соглашение декларация меморандум протокол заявление пакт хартия конвенция`) {
		for _, f := range ru.PlaceForms(w) {
			m[fold(f)] = w
		}
		m[w] = w
	}
	return m
}()

// ruDocNominative puts a Russian document word in the nominative, keeping
// its capital: «Договором» → «Договор», «декларацию» → «декларация».
func ruDocNominative(word string) string {
	nom, ok := ruDocNominatives[fold(word)]
	if !ok {
		return word
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		rs := []rune(nom)
		rs[0] = unicode.ToUpper(rs[0])
		return string(rs)
	}
	return nom
}

// complementEnd returns the token after the complement of the document word
// at i ("agreement on mutual military assistance", «Договор о гарантиях
// безопасности в рамках Союзного государства»), or i+1 when it has none.
func (c *sentCtx) complementEnd(i int) int {
	toks := c.toks
	t := toks[i]
	j := i + 1
	if j < len(toks) && c.has(j, "of", "on", "concerning", "regarding", "о", "об") {
		k := j + 1
		words := 0
		limit := 8
		if t.cyr {
			limit = 16 // a Russian genitive chain is long
		}
		for k < len(toks) && words < limit {
			u := toks[k]
			// «в военной области», «в сфере обороны», «в районе границы»:
			// a field or an area is part of the subject
			if u.cyr && (u.fold == "в" || u.fold == "во" || u.fold == "на") {
				m := k + 1
				for m < len(toks) && m < k+3 && toks[m].cyr && !toks[m].cap && isRuAdjective(toks[m].fold) {
					m++
				}
				if m < len(toks) && ruFieldNoun(toks[m].fold) {
					words += m + 1 - k
					k = m + 1
					continue
				}
			}
			// «вдоль линии фактического контроля»
			if u.cyr && u.fold == "вдоль" && k+1 < len(toks) && toks[k+1].cyr && toks[k+1].word && !toks[k+1].cap && k > j+1 {
				k++
				words++
				continue
			}
			// «соглашение о поставках … и соглашение о …»: a second
			// document word starts a second document
			if (u.fold == "и" || u.fold == "and") && k+1 < len(toks) && (c.isDocHead(k+1) || k+2 < len(toks) && c.isDocHead(k+2)) {
				break
			}
			// «… сотрудничества до 2030 года», «… на 2019 год», «на
			// 2019-2021 годы»: the period is part of the document's name
			if u.cyr && (u.fold == "до" || u.fold == "на") && k+2 < len(toks) && toks[k+1].num {
				e := k + 2
				if e+1 < len(toks) && toks[e].text == "-" && toks[e+1].num {
					e += 2
				}
				if e < len(toks) && strings.HasPrefix(toks[e].fold, "год") {
					words += e + 1 - k
					k = e + 1
					continue
				}
			}
			// "on cooperation in military medicine", "on cooperation in the
			// field of defence": the field is part of the subject
			if !u.cyr && u.fold == "in" && k > j+1 && fieldHeads[toks[k-1].fold] && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap {
				k++
				words++
				continue
			}
			// "… cooperation for 2019", "for 2019-2021"
			if !u.cyr && u.fold == "for" && k+1 < len(toks) && toks[k+1].num && len(toks[k+1].text) == 4 {
				e := k + 2
				if e+1 < len(toks) && toks[e].text == "-" && toks[e+1].num {
					e += 2
				}
				words += e - k
				k = e
				continue
			}
			// «ТЭЦ-3»: an abbreviation with its number names a facility,
			// and «в Улан-Баторе» after it places the facility
			if u.cyr && u.upper && k+2 < len(toks) && toks[k+1].text == "-" && toks[k+2].num {
				k += 3
				words += 2
				if k+1 < len(toks) && c.has(k, "в") {
					if m, ok := c.kbAt(k + 1); ok && (m.label == graph.LabelPlace || m.label == graph.LabelState) && !m.adj {
						k = m.j
						words++
					}
				}
				continue
			}
			if m, ok := c.stateAt(k); ok && !m.adj && m.j > k+1 {
				k = m.j // "of the Republic of Kazakhstan and the People's Republic of China"
				words++
				continue
			}
			if u.fold == "a" || u.fold == "an" {
				break
			}
			// "on the delimitation of their economic zones"
			if (u.fold == "their" || u.fold == "its" || u.fold == "our" || u.fold == "both") && k > j+1 && c.has(k-1, "of", "between", "on") && k+1 < len(toks) && toks[k+1].word && !toks[k+1].cap {
				k++
				continue
			}
			if u.text == "-" && k+1 < len(toks) && toks[k+1].word && k > j+1 && toks[k-1].word {
				k++ // «военно-техническом», "military-technical"
				continue
			}
			if !u.word || u.num || complementStop[u.key] || complementStop[u.fold] || !u.cyr && strings.HasSuffix(u.fold, "ing") && !nounsInIng[u.fold] || !u.cyr && strings.HasSuffix(u.fold, "ed") {
				break
			}
			if u.cyr && !u.upper && !strings.ContainsAny(lastRune(u.fold), "еиймхюыаяо") {
				break
			}
			if u.cap && !(t.cyr && u.cyr) {
				if _, ok := c.stateAt(k); !ok {
					break
				}
			}
			k++
			words++
		}
		for words > 0 && c.has(k-1, "and", "и", "the", "of", "on", "in") {
			k--
			words--
		}
		if words > 0 {
			j = k
			// «…, вступающих в новую эпоху»: a participle phrase after a
			// comma still describes the document's subject
			if t.cyr && j+1 < len(toks) && toks[j].text == "," && isRuParticiple(toks[j+1].fold) {
				k := j + 2
				for k < len(toks) && k < j+8 && toks[k].word && toks[k].cyr && !toks[k].cap {
					k++
				}
				if k == len(toks) || !toks[k].word {
					j = k
				}
			}
		}
	}
	return j
}

// isRuVerbalNoun guesses a Russian neuter noun in -ние/-тие/-вие
// («название», «соглашение», «развитие»), which ends like an adjective but
// does not modify a document word.
func isRuVerbalNoun(f string) bool {
	return strings.HasSuffix(f, "ние") || strings.HasSuffix(f, "тие") || strings.HasSuffix(f, "вие")
}

// ruGenitiveName returns the token after a capitalized Cyrillic name of one
// or two words, hyphenated compounds included («Эль-Улы», «Алма-Аты»),
// that starts at token j and is not a state, an organization or a person;
// j when there is none.
func (c *sentCtx) ruGenitiveName(j int) int {
	toks := c.toks
	if j >= len(toks) || !toks[j].word || !toks[j].cyr || !toks[j].cap || toks[j].upper || toks[j].num ||
		notNameWords[toks[j].key] || c.g.firstNames[toks[j].key] || isMonthWord(toks[j]) {
		return j
	}
	if m, ok := c.kbAt(j); ok {
		if m.label != graph.LabelPlace {
			return j
		}
		return m.j
	}
	if c.cover[j] >= 0 {
		return j
	}
	e := j + 1
	for e+1 < len(toks) && toks[e].text == "-" && toks[e+1].word && toks[e+1].cyr && toks[e+1].cap {
		e += 2
	}
	// a one-word name must look like a genitive (-ы, -и, -а, -я)
	if e == j+1 && !strings.ContainsAny(lastRune(toks[j].fold), "ыиая") {
		return j
	}
	return e
}

// ruFieldNoun reports whether a Russian noun names a field or an area
// that belongs to a document's subject after «в»/«на» («в военной
// области», «в сфере», «в рамках», «в районе границы», «в зоне»).
func ruFieldNoun(f string) bool {
	for _, p := range []string{"област", "сфер", "рамк", "район", "зон", "погранич", "границ"} {
		if strings.HasPrefix(f, p) {
			return true
		}
	}
	return false
}

// isDocHead reports whether token i is a document word, singular.
func (c *sentCtx) isDocHead(i int) bool {
	return i >= 0 && i < len(c.toks) && c.toks[i].word && (treatyHeads[c.toks[i].key] || treatyHeads[c.toks[i].fold])
}

// isRuParticiple guesses a Russian active or passive participle in the
// genitive plural or singular («вступающих», «направленного»).
func isRuParticiple(f string) bool {
	for _, e := range []string{"ющих", "ющего", "ющей", "ющие", "ащих", "ящих", "вших", "вшего", "емых", "имых"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// fieldHeads take a field after "in": "cooperation in military medicine".
var fieldHeads = map[string]bool{"cooperation": true, "co-operation": true, "collaboration": true, "partnership": true, "assistance": true}

// counted reports a count or quantifier before the plural document word
// at i, possibly past another coordinated document word: "13 agreements
// and memoranda", "several memoranda", «ряд соглашений».
func counted(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		f := toks[k].fold
		if toks[k].num || countWord(f) > 0 || quantifiers[f] || quantifiers[toks[k].key] {
			return true
		}
		if !toks[k].word || f == "and" || f == "и" || treatyPlurals[f] != "" || f == "of" {
			continue
		}
		return false
	}
	return false
}

// quantifiers count documents without naming them.
var quantifiers = setOfKeys(`several many multiple various some number package dozen dozens ряд несколько множество пакет десяток`)

// ruGeoNouns name a body of water or a landform before its name: the
// key of each case form → the nominative.
var ruGeoNouns = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields(`залив пролив бухта озеро река остров полуостров`) {
		for _, f := range ru.PlaceForms(w) {
			m[cyrStem(fold(f))] = w
		}
		m[cyrStem(w)] = w
	}
	return m
}()

// actModifiers make "Act" a document's name rather than a law's.
var actModifiers = setOfKeys(`presidential final founding constitutive`)

// docStop ends the capitalized words before a document's name.
var docStop = setOfKeys(`the a an this that these those in on at of and for to by from with as its his her their our
under after before during since also both new first last`)

// nounsInIng are nouns that end like a gerund.
var nounsInIng = words(`understanding training peacekeeping building meeting briefing`)

// genericModifiers do not make a document's name ("official statement").
var genericModifiers = setOfKeys(`joint final official new previous first second last latest other such same
this that these those bilateral trilateral common special separate historic main full draft interim
signed said sign signs inked ink adopt adopts adopted approve approves approved`)

func lastRune(s string) string {
	r := []rune(s)
	if len(r) == 0 {
		return ""
	}
	return string(r[len(r)-1])
}

// isRuAdjective guesses a Russian adjective by its ending.
func isRuAdjective(f string) bool {
	for _, e := range []string{"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ую", "юю", "ым", "им", "ых", "их", "ыми", "ими"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// isVerbish guesses an English past participle or a Russian verb form, which
// do not modify a document's name ("signed agreement").
func isVerbish(t token) bool {
	f := t.fold
	if t.cyr {
		return strings.HasSuffix(f, "ли") || strings.HasSuffix(f, "нный") || strings.HasSuffix(f, "нное") || strings.HasSuffix(f, "нная") ||
			strings.HasSuffix(f, "ном") || strings.HasSuffix(f, "нном")
	}
	return strings.HasSuffix(f, "ed") || f == "new" || f == "first" || f == "this" || f == "that" || f == "an" || f == "a" || f == "the"
}

// betweenStates extends a document name over "between A and B" /
// «между A и B» when A and B are states.
func (c *sentCtx) betweenStates(j int) int {
	if !c.has(j, "between", "между") {
		return j
	}
	k := j + 1
	if c.has(k, "the") {
		k++
	}
	a, ok := c.stateAt(k)
	if !ok || a.adj {
		return j
	}
	k = a.j
	if !c.has(k, "and", "и") {
		return j
	}
	k++
	if c.has(k, "the") {
		k++ // "between the Republic of Kazakhstan and the Republic of Türkiye"
	}
	b, ok := c.stateAt(k)
	if !ok || b.adj {
		return j
	}
	return b.j
}

// inKB reports whether token i lies inside a knowledge-base mention of l.
func (c *sentCtx) inKB(i int, l graph.Label) bool {
	if c.cover[i] < 0 {
		return false
	}
	return c.kb[c.cover[i]].label == l
}

// coordinatedTreaties splits "Ganja, Kars, Tbilisi, Baku and Istanbul
// Statements" into one document per name.
func (c *sentCtx) coordinatedTreaties(s, head int, singular string) []mention {
	var out []mention
	k := s
	// extend left over ", X" and "X and" chains
	for {
		if k-2 >= 0 && (c.toks[k-1].text == "," || c.has(k-1, "and")) && c.toks[k-2].word && c.toks[k-2].cap && !notNameWords[c.toks[k-2].key] {
			k -= 2
			for k-1 >= 0 && c.toks[k-1].word && c.toks[k-1].cap && !notNameWords[c.toks[k-1].key] {
				k--
			}
			continue
		}
		break
	}
	start := k
	for start < head {
		e := start
		for e < head && c.toks[e].word && c.toks[e].text != "," && !c.has(e, "and") {
			e++
		}
		if e > start {
			name := c.text(start, e) + " " + singular
			out = append(out, mention{sent: c.si, i: start, j: e, label: graph.LabelTreaty, entry: -1, name: name, ent: -1})
		}
		start = e + 1
	}
	return out
}

// orgHeads end a capitalized organization name.
var orgHeads = setOfKeys(`agency organization organisation council committee commission service command alliance
union center centre administration office bank corporation company institute parliament assembly duma
guard academy party forces navy army ministry directorate bureau secretariat department foundation fund`)

// orgNouns introduce a quoted organization name (English).
var orgNouns = setOfKeys(`company corporation firm concern holding agency group`)

var placeCenters = setOfKeys(`expo exhibition detention business shopping trade medical convention экспо выставочный`)

// militaryHeads follow a state adjective to name its forces.
var militaryHeads = map[string]string{
	"armed forces": "Armed Forces", "army": "Army", "navy": "Navy", "air force": "Air Force",
	"land forces": "Land Forces", "naval forces": "Naval Forces", "air forces": "Air Force",
	"coast guard": "Coast Guard", "general staff": "General Staff", "marines": "Marines",
	"government": "Government", "parliament": "Parliament",
}

// findOrganizations finds ministries of defence and foreign affairs with
// their state, a state's armed forces, and capitalized names ending in an
// organization word ("Joint Monitoring Center").
func (c *sentCtx) findOrganizations() []mention {
	var out []mention
	toks := c.toks
	add := func(i, j int, name string) {
		out = append(out, mention{sent: c.si, i: i, j: j, label: graph.LabelOrganization, entry: -1, name: name, ent: -1})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		if c.inKB(i, graph.LabelOrganization) {
			continue
		}
		// English ministries
		if t.fold == "ministry" {
			kind, j, iso := "", i+1, ""
			national := c.has(i-1, "national") || c.has(i-2, "national") || c.has(i+2, "national")
			switch {
			case c.has(i-1, "defence", "defense"):
				kind = "defence"
			case c.has(i-1, "foreign"):
				kind = "foreign"
			case c.has(i+1, "of") && c.has(i+2, "defence", "defense"):
				kind, j = "defence", i+3
			case c.has(i+1, "of") && c.has(i+2, "national") && c.has(i+3, "defence", "defense"):
				kind, j = "defence", i+4
			case c.has(i+1, "of") && c.has(i+2, "foreign") && c.has(i+3, "affairs"):
				kind, j = "foreign", i+4
			}
			if kind == "" {
				continue
			}
			s := i
			for s-1 >= 0 && c.has(s-1, "defence", "defense", "foreign", "national") {
				s--
			}
			// state before: "Azerbaijani", "Azerbaijan's", "Turkish National"
			k := s
			if k-2 >= 0 && toks[k-1].fold == "s" && toks[k-2].fold == "'" {
				k -= 2
			}
			if m, ok := c.stateEndingAt(k); ok {
				iso, s = c.g.entries[m.entry].iso2, m.i
			}
			// state after: "of Azerbaijan", "of the Republic of Azerbaijan"
			if iso == "" && c.has(j, "of") {
				k := j + 1
				if c.has(k, "the") {
					k++
				}
				if m, ok := c.stateAt(k); ok && !m.adj {
					iso, j = c.g.entries[m.entry].iso2, m.j
				}
			}
			if iso == "" {
				continue
			}
			add(s, j, ministryName(kind, national, c.g.stateName(iso)))
			i = j - 1
			continue
		}
		// «госкорпорация «Росатом»», "the company «Hanwha»": a quoted name
		// after an organization noun
		if orgNouns[t.key] || t.cyr && (strings.HasPrefix(t.fold, "госкорпорац") || strings.HasPrefix(t.fold, "агентств") ||
			strings.HasPrefix(t.fold, "компани") || strings.HasPrefix(t.fold, "концерн") || strings.HasPrefix(t.fold, "корпораци") || strings.HasPrefix(t.fold, "холдинг")) {
			if i+3 < len(toks) {
				if open, _ := isQuote(toks[i+1]); open && toks[i+2].cap && toks[i+2].word {
					j := i + 2
					for j < len(toks) && j-i < 7 && (toks[j].word || toks[j].text == "-") {
						j++
					}
					if j >= len(toks) {
						j = len(toks) - 1
					}
					if _, cl := isQuote(toks[j]); cl && c.cover[i+2] < 0 {
						name := c.text(i+2, j)
						if toks[i+2].cyr {
							name = ru.Translit(name)
						}
						add(i+2, j, name)
						i = j
						continue
					}
				}
			}
		}
		// Russian ministries: Минобороны / министерство (национальной) обороны / МИД + state
		if t.cyr {
			kind, j := "", i+1
			national := false
			switch {
			case t.fold == "минобороны" || t.fold == "мо" && t.upper:
				kind = "defence"
			case t.fold == "мид" && t.upper:
				kind = "foreign"
			case strings.HasPrefix(t.fold, "министерств") && c.has(j, "оборон"):
				kind, j = "defence", j+1
			case strings.HasPrefix(t.fold, "министерств") && c.has(j, "национальн", "национальной") && c.has(j+1, "оборон"):
				kind, j, national = "defence", j+2, true
			case strings.HasPrefix(t.fold, "министерств") && c.has(j, "иностранн", "иностранных") && c.has(j+1, "дел"):
				kind, j = "foreign", j+2
			}
			if kind == "" {
				continue
			}
			if m, ok := c.stateAt(j); ok && !m.adj {
				iso := c.g.entries[m.entry].iso2
				add(i, m.j, ministryName(kind, national, c.g.stateName(iso)))
				i = m.j - 1
			}
			continue
		}
		// "Turkish Armed Forces", "the Turkish and Azerbaijani Armed Forces", "Indian Navy"
		if m, ok := c.stateAt(i); ok && m.adj {
			// collect coordinated adjectives
			adjs := []mention{m}
			k := m.j
			for {
				if k+1 < len(toks) && (c.has(k, "and") || toks[k].text == ",") {
					if m2, ok := c.stateAt(k + 1); ok && m2.adj {
						adjs = append(adjs, m2)
						k = m2.j
						continue
					}
				}
				break
			}
			for L := 2; L >= 1; L-- {
				if k+L > len(toks) {
					continue
				}
				head, ok := militaryHeads[joinFold(toks[k:k+L])]
				if !ok {
					continue
				}
				if !toks[k].cap && head != "Army" && head != "Navy" {
					continue
				}
				for n, a := range adjs {
					iso := c.g.entries[a.entry].iso2
					if n == len(adjs)-1 {
						add(a.i, k+L, c.g.stateAdj(iso)+" "+head)
					} else {
						// "the Turkish and Azerbaijani Armed Forces": the
						// first state's forces are named by its adjective
						add(a.i, a.j, c.g.stateAdj(iso)+" "+head)
						out[len(out)-1].noAlias = true
					}
				}
				i = k + L - 1
				break
			}
			continue
		}
		// "Armed Forces of Azerbaijan", «Вооруженные силы Турции»
		if (t.fold == "armed" && t.cap && c.has(i+1, "forces") && c.has(i+2, "of")) || (t.key == "вооруженн" && c.has(i+1, "сил", "силы", "силам", "силами")) {
			k := i + 2
			if t.fold == "armed" {
				k = i + 3
				if c.has(k, "the") {
					k++
				}
			}
			if m, ok := c.stateAt(k); ok && !m.adj {
				iso := c.g.entries[m.entry].iso2
				add(i, m.j, c.g.stateAdj(iso)+" Armed Forces")
				i = m.j - 1
			}
			continue
		}
		// "Government of National Accord", "Council of Ministers": a
		// capitalized body named after "of"
		if (t.fold == "government" || orgHeads[t.key]) && t.cap && c.has(i+1, "of") && i+2 < len(toks) && toks[i+2].cap && !notNameWords[toks[i+2].key] {
			if _, ok := c.stateAt(i + 2); !ok {
				j := i + 2
				for j < len(toks) && toks[j].word && (toks[j].cap || c.has(j, "of", "and") && j+1 < len(toks) && toks[j+1].cap) && !isMonthWord(toks[j]) {
					j++
				}
				s := i
				for s-1 >= 0 && toks[s-1].word && toks[s-1].cap && !docStop[toks[s-1].key] && !notNameWords[toks[s-1].key] {
					s--
				}
				if m, ok := c.kbAt(s); !ok || m.j < j {
					add(i, j, c.text(i, j))
					i = j - 1
					continue
				}
			}
		}
		// "the Akorda press service", "the Kremlin press office": a named
		// body's press service is an organization of its own
		if t.fold == "press" && c.has(i+1, "service", "office") && i > 0 && toks[i-1].word && toks[i-1].cap && !notNameWords[toks[i-1].key] {
			s := i - 1
			if m, ok := c.kbEndingAt(i); ok && m.label != graph.LabelPerson && m.label != graph.LabelState {
				s = m.i
			}
			add(s, i+2, c.text(s, i)+" press "+toks[i+1].fold)
			i++
			continue
		}
		// capitalized name ending in an organization word
		if orgHeads[t.key] && t.cap && i > 0 {
			s := i
			for s-1 >= 0 && (toks[s-1].word && (toks[s-1].cap || toks[s-1].upper) && !docStop[toks[s-1].key] && !isMonthWord(toks[s-1]) ||
				toks[s-1].text == "-" && s-2 >= 0 && toks[s-2].cap) {
				s--
			}
			if s == i {
				continue
			}
			if placeCenters[toks[i-1].key] && (t.fold == "center" || t.fold == "centre") {
				continue
			}
			if m, ok := c.kbAt(s); ok && m.j >= i+1 {
				continue
			}
			// a state adjective alone before a generic word is handled above
			if m, ok := c.stateAt(s); ok && m.j == i {
				continue
			}
			// "Communist Party of China": the state after "of" is part of it
			j := i + 1
			if c.has(j, "of") {
				k := j + 1
				if c.has(k, "the") {
					k++
				}
				if m, ok := c.stateAt(k); ok && !m.adj {
					j = m.j
				}
			}
			add(s, j, c.text(s, j))
			i = j - 1
		}
	}
	return out
}

func joinFold(toks []token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = t.fold
	}
	return strings.Join(parts, " ")
}

// ministryName is the canonical name of a state's ministry.
func ministryName(kind string, national bool, state string) string {
	if kind == "foreign" {
		return "Ministry of Foreign Affairs of " + state
	}
	defence := "Defense"
	if defenceSpelling[state] {
		defence = "Defence"
	}
	if national {
		return "Ministry of National " + defence + " of " + state
	}
	return "Ministry of " + defence + " of " + state
}

// defenceSpelling are the states whose defence ministry's official English
// name spells "Defence" (British spelling: the Commonwealth, most of
// Europe, the Nordic and the Baltic states, Russia, Belarus, Kazakhstan,
// Kyrgyzstan); the others get "Defense".
var defenceSpelling = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split(`United Kingdom|India|Pakistan|Bangladesh|Sri Lanka|Nepal|Australia|New Zealand|Singapore|Malaysia|Brunei|Ireland|Malta|Cyprus|Finland|Denmark|Norway|Sweden|Iceland|Netherlands|Belgium|Estonia|Latvia|Lithuania|Poland|Czech Republic|Czechia|Slovakia|Hungary|Slovenia|Croatia|Serbia|Montenegro|North Macedonia|Albania|Bulgaria|Romania|Greece|Portugal|Spain|Italy|Germany|Austria|Armenia|Georgia|Ukraine|Moldova|Russia|Belarus|Kazakhstan|Kyrgyzstan|Kenya|Uganda|Nigeria|Ghana|South Africa|Zambia|Zimbabwe|Botswana|Namibia|Sierra Leone|Jamaica|Fiji|Papua New Guinea`, "|") {
		m[s] = true
	}
	return m
}()

// placeHeads end a capitalized place name ("Vistula River").
var placeHeads = map[string]bool{
	"river": true, "sea": true, "ocean": true, "mountains": true, "range": true, "island": true,
	"islands": true, "peninsula": true, "desert": true, "lake": true, "valley": true, "region": true,
	"corridor": true, "airport": true, "canal": true, "province": true, "oblast": true, "district": true,
	"strait": true, "gulf": true, "bay": true, "base": true, "port": true, "palace": true,
}

var placeOfHeads = setOfKeys(`bay gulf sea strait isle city province region port palace`)

// findPlaces finds places by shape: "X River", "Bay of X", "city of X",
// "near X, Poland", «в городе X», and a quoted name after «комплекс».
func (c *sentCtx) findPlaces() []mention {
	var out []mention
	toks := c.toks
	add := func(i, j int, name string) {
		out = append(out, mention{sent: c.si, i: i, j: j, label: graph.LabelPlace, entry: -1, name: name, ent: -1})
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if !t.word {
			continue
		}
		// "X River", "Indian Ocean Region", "Zangezur corridor", "Expo Center"
		if placeHeads[t.fold] && i > 0 {
			s := i
			for s-1 >= 0 && (toks[s-1].word && (toks[s-1].cap || toks[s-1].upper) && !toks[s-1].num && !notNameWords[toks[s-1].key] ||
				toks[s-1].text == "-" && s-2 >= 0 && toks[s-2].cap) {
				s--
			}
			j := i + 1
			for j < len(toks) && placeHeads[toks[j].fold] && toks[j].cap {
				j++
			}
			if s == i || (!t.cap && t.fold != "region" && t.fold != "corridor") {
				continue
			}
			if m, ok := c.kbAt(s); ok && m.j >= j {
				continue
			}
			// a state before "region" is not a place name; a known place
			// before a lower-case "region" is that place
			if m, ok := c.kbAt(s); ok && m.j == i && (m.label == graph.LabelState || !t.cap) {
				continue
			}
			add(s, j, c.text(s, j))
			i = j - 1
			continue
		}
		if (t.fold == "center" || t.fold == "centre" || t.key == "центр" || t.key == "центре") && t.cap && i > 0 && placeCenters[toks[i-1].key] {
			s := i - 1
			for s-1 >= 0 && toks[s-1].word && toks[s-1].cap && !notNameWords[toks[s-1].key] {
				s--
			}
			add(s, i+1, c.text(s, i+1))
			continue
		}
		// "Bay of Bengal", "city of Darwin"
		// "the Indian state of Rajasthan", "the US state of Ohio": a state
		// adjective before "state of" makes the name a region
		if t.fold == "state" && !t.cap && c.has(i+1, "of") && i+2 < len(toks) && toks[i+2].cap && toks[i+2].word {
			if m, ok := c.stateEndingAt(i); ok && m.adj {
				j := i + 3
				for j < len(toks) && toks[j].word && toks[j].cap {
					j++
				}
				if _, known := c.kbAt(i + 2); !known {
					add(i+2, j, c.text(i+2, j))
				}
				i = j - 1
				continue
			}
		}
		if placeOfHeads[t.key] && c.has(i+1, "of") && i+2 < len(toks) && toks[i+2].cap && toks[i+2].word {
			j := i + 3
			for j < len(toks) && toks[j].word && toks[j].cap {
				j++
			}
			if m, ok := c.kbAt(i + 2); ok && m.j >= j {
				continue
			}
			if t.fold == "city" || t.fold == "province" || t.fold == "region" || t.fold == "port" {
				add(i+2, j, c.text(i+2, j))
			} else if t.cap {
				add(i, j, c.text(i, j))
			}
			i = j - 1
			continue
		}
		// place lists after a locative cue: "across northern Luzon, Palawan
		// and the waters off Zambales", «на аэродромах Барановичи, Лида и
		// Мачулищи», «на пяти полигонах — Брестском и Гожском»
		if j, items := c.placeList(i); len(items) >= 2 {
			for _, it := range items {
				if c.cover[it[0]] >= 0 {
					continue // known already
				}
				name := c.text(it[0], it[1])
				switch {
				case toks[it[0]].cyr && isRuAdjLocative(toks[it[1]-1].fold) && strings.HasPrefix(t.fold, "полигон"):
					// «на полигонах — Брестском»: the Brestsky training ground
					name = trainingGround(name)
				case toks[it[0]].cyr && !isRuAdjLocative(toks[it[1]-1].fold):
					name = ru.Translit(name)
				}
				add(it[0], it[1], name)
			}
			i = j - 1
			continue
		}
		// "the Egyptian capital", «в кыргызскую столицу»: the state's
		// capital (world knowledge) when no name follows
		if (t.fold == "capital" || strings.HasPrefix(t.fold, "столиц")) && i > 0 {
			if m, ok := c.stateEndingAt(i); ok && m.adj && !(i+1 < len(toks) && toks[i+1].word && toks[i+1].cap) {
				if st, ok := c.g.kb.StateByISO(c.g.entries[m.entry].iso2); ok && st.Capital != "" {
					if e, ok := c.g.byName[string(graph.LabelPlace)+"\x00"+st.Capital]; ok {
						out = append(out, mention{sent: c.si, i: i, j: i + 1, label: graph.LabelPlace, entry: e, ent: -1, noAlias: true})
						continue
					}
				}
			}
		}
		// "near Korzeniewo, Poland", "in X, Y-state"
		if c.has(i, "near", "in", "at", "outside") && i+3 < len(toks) && toks[i+1].word && toks[i+1].cap && !notNameWords[toks[i+1].key] {
			if _, ok := c.kbAt(i + 1); ok || c.cover[i+1] >= 0 {
				continue
			}
			j := i + 2
			for j < len(toks) && toks[j].word && toks[j].cap {
				j++
			}
			if j+1 < len(toks) && toks[j].text == "," {
				if m, ok := c.stateAt(j + 1); ok && !m.adj {
					add(i+1, j, c.text(i+1, j))
				}
			}
			continue
		}
		// «в Джизакской области», «Приморского края»: a region named by
		// its adjective
		if t.cyr && !t.cap && (strings.HasPrefix(t.fold, "област") || t.fold == "края" || t.fold == "крае" || t.fold == "край") && i > 0 &&
			toks[i-1].cyr && toks[i-1].cap && c.cover[i-1] < 0 && isRuAdjLocative(toks[i-1].fold) && c.has(i-2, "в", "во", "на", "из", "под", "для") {
			stem := toks[i-1].text
			for _, end := range []string{"ской", "ская", "скую", "ского", "скому", "ском", "ский", "кой", "кая"} {
				if strings.HasSuffix(stem, end) && len([]rune(stem)) > len([]rune(end))+2 {
					stem = strings.TrimSuffix(stem, end)
					break
				}
			}
			add(i-1, i+1, ru.Translit(stem)+" Region")
			continue
		}
		// «в заливе Петра Великого», «пролив Босфор», «на озере Иссык-Куль»:
		// a geographic noun and the capitalized name after it (a genitive
		// name is a name, not a person)
		if nom := ruGeoNouns[t.key]; t.cyr && !t.cap && nom != "" && i+1 < len(toks) && toks[i+1].cap && toks[i+1].cyr && c.cover[i+1] < 0 {
			j := i + 2
			for j < len(toks) && j < i+4 && toks[j].word && toks[j].cap && toks[j].cyr && c.cover[j] < 0 {
				j++
			}
			for j+1 < len(toks) && toks[j].text == "-" && toks[j+1].cap {
				j += 2
			}
			add(i, j, nom+" "+c.text(i+1, j))
			i = j - 1
			continue
		}
		// «в городе X», «город X»
		if t.key == "город" || t.key == "городе" {
			if i+1 < len(toks) && toks[i+1].cap && toks[i+1].cyr {
				if _, ok := c.kbAt(i + 1); ok {
					continue
				}
				// «в городе Эль-Ула», «город Нур-Султан»: a hyphenated
				// name is one place
				j := i + 2
				for j+1 < len(toks) && toks[j].text == "-" && toks[j+1].word && toks[j+1].cap {
					j += 2
				}
				add(i+1, j, c.text(i+1, j))
				i = j - 1
			}
			continue
		}
		// «на белорусском полигоне Обуз-Лесновский»: the Obuz-Lesnovsky
		// training ground
		if strings.HasPrefix(t.fold, "полигон") && !strings.HasPrefix(t.fold, "полигонах") && i+1 < len(toks) && toks[i+1].cyr && toks[i+1].cap && c.cover[i+1] < 0 {
			j := i + 2
			for j+1 < len(toks) && toks[j].text == "-" && toks[j+1].cap {
				j += 2
			}
			if isRuAdjLocative(toks[j-1].fold) {
				add(i+1, j, trainingGround(c.text(i+1, j)))
				i = j - 1
				continue
			}
		}
		// «мемориальном комплексе "Аныткабыр"»
		if strings.HasPrefix(t.fold, "комплекс") || strings.HasPrefix(t.fold, "полигон") {
			if i+3 < len(toks) {
				if open, _ := isQuote(toks[i+1]); open && toks[i+2].cap {
					j := i + 2
					for j < len(toks) && toks[j].word {
						j++
					}
					if j < len(toks) {
						if _, cl := isQuote(toks[j]); cl {
							add(i+2, j, c.text(i+2, j))
						}
					}
				}
			}
		}
	}
	return out
}

// listPreps open a list of places; listNouns are plural site nouns that
// do the same in Russian («на аэродромах», «на полигонах»).
var (
	listPreps   = setOfKeys(`in across at throughout near`)
	compassAdjs = setOfKeys(`northern southern eastern western central northeastern northwestern southeastern southwestern north south east west`)
	listFillers = setOfKeys(`the waters off coast of area island islands province provinces`)
)

func isListNoun(t token) bool {
	return t.cyr && (strings.HasPrefix(t.fold, "полигонах") || strings.HasPrefix(t.fold, "аэродромах") ||
		strings.HasPrefix(t.fold, "городах") || strings.HasPrefix(t.fold, "базах") || strings.HasPrefix(t.fold, "районах"))
}

// placeList reads a coordinated list of capitalized names after a
// locative cue at token i and returns the token after it and the items'
// ranges. Every item is one or two capitalized words (a hyphenated
// compound is one); fillers ("the waters off") may precede an item; the
// list needs at least two items and an "and"/«и» before the last.
func (c *sentCtx) placeList(i int) (int, [][2]int) {
	toks := c.toks
	t := toks[i]
	k := i + 1
	switch {
	case listPreps[t.fold] && !t.cyr:
		if k < len(toks) && compassAdjs[toks[k].fold] && !toks[k].cap {
			k++
		}
	case isListNoun(t):
		if k < len(toks) && (toks[k].text == "—" || toks[k].text == "-" || toks[k].text == "–" || toks[k].text == ":") {
			k++
		}
	default:
		return i + 1, nil
	}
	var items [][2]int
	closed := false
	for k < len(toks) {
		// fillers before an item: "the waters off"
		f := k
		for f < len(toks) && f-k < 4 && listFillers[toks[f].fold] && !toks[f].cap {
			f++
		}
		if f >= len(toks) || !toks[f].word || !toks[f].cap || toks[f].num || notNameWords[toks[f].key] || isMonthWord(toks[f]) || c.g.firstNames[toks[f].key] {
			break
		}
		if f > k && len(items) == 0 {
			break
		}
		if m, ok := c.kbAt(f); ok && m.label != graph.LabelPlace {
			break // a state, person or organization ends the list
		}
		e := f + 1
		for e+1 < len(toks) && toks[e].text == "-" && toks[e+1].word && toks[e+1].cap {
			e += 2 // «Обуз-Лесновском»
		}
		if e < len(toks) && toks[e].word && toks[e].cap && !toks[e].cyr && !notNameWords[toks[e].key] && e-f < 2 {
			e++ // "Quezon City"
		}
		items = append(items, [2]int{f, e})
		k = e
		if closed {
			break
		}
		if k < len(toks) && toks[k].text == "," {
			k++
			if c.has(k, "and", "и") {
				k++
				closed = true
			}
			continue
		}
		if c.has(k, "and", "и") {
			k++
			closed = true
			continue
		}
		break
	}
	if !closed || len(items) < 2 || len(items) > 8 {
		return i + 1, nil
	}
	return k, items
}

// ruAdjNominative puts a masculine or neuter Russian adjective in a case
// form back in the masculine nominative («Брестском» → «Брестский»,
// «Обуз-Лесновском» → «Обуз-Лесновский»).
func ruAdjNominative(w string) string {
	r := []rune(w)
	for _, end := range []string{"ого", "его", "ому", "ему", "ом", "ем", "им", "ым"} {
		e := []rune(end)
		if len(r) > len(e)+2 && string(r[len(r)-len(e):]) == end {
			stem := r[:len(r)-len(e)]
			last := stem[len(stem)-1]
			if strings.ContainsRune("кгхжшчщ", last) || end[0] == "е"[0] && end != "ем" {
				return string(stem) + "ий"
			}
			if end == "ем" || end == "его" || end == "ему" || end == "им" {
				return string(stem) + "ий"
			}
			return string(stem) + "ый"
		}
	}
	return w
}

// isRuAdjLocative guesses a Russian adjective, prepositional case
// included («Брестском», «Северном»).
func isRuAdjLocative(f string) bool {
	return isRuAdjective(f) || strings.HasSuffix(f, "ском") || strings.HasSuffix(f, "цком") || strings.HasSuffix(f, "ном")
}

// trainingGround names a Russian range by its adjective: «Брестском» →
// "Brestsky training ground".
func trainingGround(adj string) string {
	tr := ru.Translit(ruAdjNominative(adj))
	if strings.HasSuffix(tr, "iy") || strings.HasSuffix(tr, "yy") {
		tr = tr[:len(tr)-2] + "y" // the usual English spelling: Brestsky
	}
	return tr + " training ground"
}

// kbEndingAt returns the knowledge-base mention ending just before token j.
func (c *sentCtx) kbEndingAt(j int) (mention, bool) {
	if j-1 < 0 || j-1 >= len(c.toks) || c.cover[j-1] < 0 {
		return mention{}, false
	}
	m := c.kb[c.cover[j-1]]
	return m, m.j == j
}
