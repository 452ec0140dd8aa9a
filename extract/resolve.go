package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/ru"
)

// entity is one resolved entity of an article.
type entity struct {
	label   graph.Label
	name    string
	entry   int // gazetteer entry or -1
	aliases map[string]bool
	count   int
	first   int // order of the first mention
	iso2    string
	signed  string
	start   string
	end     string
	// surname and first-name keys of a person; surnames holds every
	// surname key seen or known (Latin and Cyrillic)
	surname, firstName string
	surnames           map[string]bool
	// offices the text states: role and state (or organization entity)
	offices []textOffice
	// unnamed marks a document the text does not name.
	unnamed bool
	// former marks a person the text calls a former office holder: the
	// knowledge base's offices are not asserted.
	former bool
	merged int // index of the entity this one was merged into, -1
	// refSent is the sentence of the title that named a person known only
	// from the knowledge base, -1 otherwise.
	refSent int
}

type textOffice struct {
	role, iso string
	sent      int
}

// articleMention orders mentions for resolution.
func sortMentions(ms []mention) {
	sort.SliceStable(ms, func(a, b int) bool {
		if ms[a].sent != ms[b].sent {
			return ms[a].sent < ms[b].sent
		}
		if ms[a].i != ms[b].i {
			return ms[a].i < ms[b].i
		}
		return ms[a].j > ms[b].j
	})
}

// collectMentions runs the recognizers on every sentence and settles
// overlaps: states are always kept; places and people inside a document,
// exercise or organization name are marked inside; pattern spans that
// overlap an earlier accepted pattern span are dropped.
func (d *doc) collectMentions() {
	for _, c := range d.sents {
		var pats []mention
		pats = append(pats, c.findExercises()...)
		pats = append(pats, c.findTreaties()...)
		pats = append(pats, c.findOrganizations()...)
		pats = append(pats, c.findPlaces()...)
		people, refs := c.findPeople()
		pats = append(pats, people...)
		d.refs = append(d.refs, refs...)
		var accepted []mention
		for _, p := range pats {
			ok := true
			for _, a := range accepted {
				if p.i < a.j && a.i < p.j {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			// a pattern inside a longer knowledge-base name of another label
			for _, k := range c.kb {
				if k.i <= p.i && p.j <= k.j && (k.j-k.i > p.j-p.i) && k.label != graph.LabelState && p.label != graph.LabelPerson {
					ok = false
				}
			}
			if ok {
				accepted = append(accepted, p)
			}
		}
		for _, k := range c.kb {
			if k.label == graph.LabelExercise {
				continue // re-emitted by findExercises with the edition year
			}
			for _, a := range accepted {
				if a.i <= k.i && k.j <= a.j && (a.label == graph.LabelTreaty || a.label == graph.LabelExercise || a.label == graph.LabelOrganization || a.label == graph.LabelPlace) {
					if k.label != graph.LabelState {
						k.inside = true
					}
				}
				if a.label == graph.LabelPerson && a.i <= k.i && k.j <= a.j {
					k.inside = true
				}
			}
			// "Supreme Allied Commander Europe": a place inside a title
			for _, rm := range c.roles {
				if k.label == graph.LabelPlace && rm.i <= k.i && k.j <= rm.j {
					k.inside = true
				}
			}
			d.ments = append(d.ments, k)
		}
		d.ments = append(d.ments, accepted...)
	}
	sortMentions(d.ments)
}

// entityKey identifies an entity inside the article.
func entityKey(l graph.Label, name string) string {
	return string(l) + "\x00" + graph.Slug(name)
}

// resolve turns mentions into entities: knowledge-base mentions take the
// canonical name, Cyrillic names of unknown people are put in the
// nominative and transliterated, single surnames attach to the nearest
// person with that surname, and documents or organizations named by a part
// of a longer name of the same article join it.
func (d *doc) resolve() {
	idx := map[string]int{}
	get := func(l graph.Label, name string, entry int) int {
		k := entityKey(l, name)
		if i, ok := idx[k]; ok {
			return i
		}
		e := &entity{label: l, name: name, entry: entry, aliases: map[string]bool{}, first: len(d.ents), merged: -1, refSent: -1}
		if entry >= 0 {
			ge := d.g.entries[entry]
			e.iso2 = ge.iso2
			e.signed = ge.signed
		}
		d.ents = append(d.ents, e)
		idx[k] = len(d.ents) - 1
		return len(d.ents) - 1
	}
	// people first: full names, so that surnames can attach
	var surnameOnly []int
	// the surnames of the people named in full, with their entries: a
	// lone "Aliyev" after "Foreign Minister Kamran Aliyev" is Kamran, not
	// the knowledge base's best-known Aliyev
	fullSurnames := map[string]map[int]bool{}
	for _, m := range d.ments {
		if m.label != graph.LabelPerson || m.inside {
			continue
		}
		if words := wordTokens(d.sents[m.sent].toks[m.i:m.j]); len(words) >= 2 {
			k := words[len(words)-1].key
			if fullSurnames[k] == nil {
				fullSurnames[k] = map[int]bool{}
			}
			fullSurnames[k][m.entry] = true
		}
	}
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.inside {
			continue
		}
		if m.label == graph.LabelPerson && m.entry >= 0 {
			if words := wordTokens(d.sents[m.sent].toks[m.i:m.j]); len(words) == 1 {
				if named := fullSurnames[words[0].key]; len(named) > 0 && !named[m.entry] {
					m.entry = -1
					surnameOnly = append(surnameOnly, mi)
					continue
				}
			}
		}
		surface := d.surface(m)
		if m.label == graph.LabelPerson && m.entry < 0 {
			words := wordTokens(d.sents[m.sent].toks[m.i:m.j])
			if len(words) < 2 {
				surnameOnly = append(surnameOnly, mi)
				continue
			}
		}
		if m.label == graph.LabelTreaty && m.entry >= 0 && d.otherParties(m) {
			// "the Reciprocal Access Agreement" signed by the Philippines
			// and Japan is not the Japan-Australia one: keep the text's name
			m.entry, m.name = -1, surface
		}
		var name string
		switch {
		case m.entry >= 0 && m.label != graph.LabelExercise:
			name = d.g.entries[m.entry].name
		case m.label == graph.LabelPerson:
			name = d.personName(m)
			// a transliterated spelling of a known person
			if words := wordTokens(d.sents[m.sent].toks[m.i:m.j]); len(words) > 0 && words[0].cyr {
				if es := d.g.skeletons[skeleton(name)]; len(es) == 1 {
					m.entry = es[0]
					name = d.g.entries[es[0]].name
				}
			}
		default:
			name = m.name
		}
		if name == "" {
			continue
		}
		ei := get(m.label, name, m.entry)
		if m.label == graph.LabelState && m.entry >= 0 {
			d.ents[ei].iso2 = d.g.entries[m.entry].iso2
		}
		m.ent = ei
		e := d.ents[ei]
		if e.count == 0 {
			e.unnamed = m.unnamed
		}
		e.unnamed = e.unnamed && m.unnamed
		e.count++
		if surface != e.name && !m.noAlias {
			e.aliases[surface] = true
		}
		if m.label == graph.LabelPerson {
			words := wordTokens(d.sents[m.sent].toks[m.i:m.j])
			if len(words) >= 1 {
				e.surname = words[len(words)-1].key
				e.firstName = words[0].key
			}
			if e.surnames == nil {
				e.surnames = map[string]bool{}
			}
			if len(words) >= 2 {
				e.surnames[e.surname] = true
			}
			if m.entry >= 0 {
				// the knowledge-base surnames, in every script
				p := d.g.people[d.g.entries[m.entry].person]
				for _, n := range append(append([]string{p.Name}, p.Aliases...), p.Ru...) {
					nt := wordTokens(tokenize(n, 0))
					if len(nt) > 1 {
						e.surnames[nt[len(nt)-1].key] = true
					}
				}
				nt := wordTokens(tokenize(e.name, 0))
				if len(nt) > 0 {
					e.surname = nt[len(nt)-1].key
				}
			}
			if m.role != "" {
				e.offices = append(e.offices, textOffice{role: m.role, iso: m.roleISO, sent: m.sent})
			}
			e.former = e.former || m.former
		}
	}
	// single surnames from titles ("Minister Hasanov")
	for _, mi := range surnameOnly {
		m := &d.ments[mi]
		t := d.sents[m.sent].toks[m.i]
		if ei := d.personBySurname(t.key, m.sent); ei >= 0 {
			m.ent = ei
			d.ents[ei].count++
			d.ents[ei].aliases[t.text] = true
			if m.role != "" {
				d.ents[ei].offices = append(d.ents[ei].offices, textOffice{role: m.role, iso: m.roleISO, sent: m.sent})
			}
		}
	}
	// bare surnames anywhere: "Aliyev said", «сказал Алиев»
	d.buildSurnameIndex()
	sortMentions(d.ments)
	d.indexMentions()
	n := len(d.ments)
	for si, c := range d.sents {
		covered := make([]bool, len(c.toks))
		for _, k := range d.bySent[si] {
			if k >= n {
				continue
			}
			m := d.ments[k]
			if m.ent >= 0 {
				for k := m.i; k < m.j; k++ {
					covered[k] = true
				}
			}
		}
		for k, t := range c.toks {
			if covered[k] || !t.word || !t.cap || t.num || len([]rune(t.text)) < 3 {
				continue
			}
			if c.cover[k] >= 0 && c.kb[c.cover[k]].label != graph.LabelPerson {
				continue
			}
			if k > 0 && !covered[k-1] && isNameWord(c.toks[k-1]) && c.cover[k-1] < 0 && k-1 > 0 {
				continue // "Imran Aliyev" is not Ilham Aliyev
			}
			ei := d.personBySurname(t.key, si)
			if ei < 0 {
				continue
			}
			m := mention{sent: si, i: k, j: k + 1, label: graph.LabelPerson, entry: d.ents[ei].entry, ent: ei}
			d.ments = append(d.ments, m)
			d.ents[ei].count++
			if t.text != d.ents[ei].name {
				d.ents[ei].aliases[t.text] = true
			}
		}
	}
	sortMentions(d.ments)
	d.bySent = nil
	d.mergeEntities()
	d.mergeUnnamedDocuments()
	d.indexMentions()
}

// buildSurnameIndex maps every surname key of the article's people to
// their mentions.
func (d *doc) buildSurnameIndex() {
	d.surnameIdx = map[string][]personMention{}
	for _, m := range d.ments {
		if m.ent < 0 || m.label != graph.LabelPerson {
			continue
		}
		e := d.ents[m.ent]
		keys := map[string]bool{e.surname: true}
		for k := range e.surnames {
			keys[k] = true
		}
		for k := range keys {
			if k != "" {
				d.surnameIdx[k] = append(d.surnameIdx[k], personMention{m.sent, m.ent})
			}
		}
	}
}

// datedElsewhen reports whether sentence si dates its event in another
// year than the story's ("the agreement signed between them on 17 April
// 2001" in a 2023 story).
func (d *doc) datedElsewhen(si int) bool {
	if len(d.pub) < 4 {
		return false
	}
	for _, m := range d.dates[si] {
		if !m.Relative && m.Date.Year > 0 && strconv.Itoa(m.Date.Year) != d.pub[:4] {
			return true
		}
	}
	return false
}

// otherParties reports whether the sentence of a knowledge-base document
// mention names states that do not fit the document's parties: at least
// two states, one of them not a party, while the phrase itself names no
// state. A generic title ("Reciprocal Access Agreement", «Договор о
// дружбе») shared by several documents then stands for another one.
func (d *doc) otherParties(m *mention) bool {
	parties := d.g.entries[m.entry].parties
	if len(parties) == 0 {
		return false
	}
	c := d.sents[m.sent]
	for _, k := range c.kb {
		if k.label == graph.LabelState && k.i >= m.i && k.j <= m.j {
			return false // "Japan-Australia Reciprocal Access Agreement"
		}
	}
	// a place in the name makes it distinctive: "Shusha Declaration",
	// «Карсский договор»
	for k := m.i; k < m.j; k++ {
		for _, r := range d.g.phrases[c.toks[k].key] {
			if l := d.g.entries[r.entry].label; l == graph.LabelPlace || l == graph.LabelState {
				return false
			}
		}
		if strings.HasSuffix(c.toks[k].fold, "ская") || c.toks[k].cyr && c.toks[k].cap && k > m.i {
			return false
		}
	}
	states := map[string]bool{}
	for _, k := range c.kb {
		if k.label == graph.LabelState && k.entry >= 0 {
			states[d.g.entries[k.entry].iso2] = true
		}
	}
	if len(states) < 2 {
		return false
	}
	for iso := range states {
		if !slices.Contains(parties, iso) {
			return true
		}
	}
	return false
}

// mergeUnnamedDocuments: in a story about the signing of a named document,
// the unnamed documents it mentions ("the alliance agreement", «соглашение
// о взаимной военной помощи») are that document, unless their sentence
// names another document.
func (d *doc) mergeUnnamedDocuments() {
	main := -1
	for _, m := range d.ments {
		if m.label != graph.LabelTreaty || m.ent < 0 || m.inside {
			continue
		}
		e := d.live(m.ent)
		if d.ents[e].unnamed || !anyCue(d.sents[m.sent].toks, signEn, signRu) || d.datedElsewhen(m.sent) {
			continue
		}
		if main < 0 || d.ents[e].count > d.ents[main].count {
			main = e
		}
	}
	if main < 0 {
		return
	}
	for _, m := range d.ments {
		if m.label != graph.LabelTreaty || m.ent < 0 || m.inside {
			continue
		}
		e := d.live(m.ent)
		if !d.ents[e].unnamed || e == main {
			continue
		}
		// "the leaders also signed a statement on …": a document signed
		// besides the main one is another document
		if toks := d.sents[m.sent].toks; anyCue(toks, signEn, signRu) && anyCue(toks, alsoWords, []string{"также", "кроме"}) {
			continue
		}
		other := false
		for _, n := range d.ments {
			if n.sent == m.sent && n.label == graph.LabelTreaty && n.ent >= 0 && !n.unnamed && d.live(n.ent) != main {
				other = true
			}
		}
		if !other {
			d.mergeInto(e, main)
		}
	}
}

// alsoWords mark an addition to what was told before.
var alsoWords = words(`also additionally besides`)

func wordTokens(toks []token) []token {
	var out []token
	for _, t := range toks {
		if t.word {
			out = append(out, t)
		}
	}
	return out
}

// surface is the text of a mention.
func (d *doc) surface(m *mention) string {
	return d.sents[m.sent].text(m.i, m.j)
}

// personBySurname finds the person of the article with that surname key:
// the nearest one mentioned before sentence si, else the first after.
func (d *doc) personBySurname(key string, si int) int {
	best, bestSent := -1, -1
	after, afterSent := -1, 1<<30
	var list []personMention
	if d.surnameIdx != nil {
		list = d.surnameIdx[key]
	} else {
		for _, m := range d.ments {
			if m.ent < 0 || m.label != graph.LabelPerson {
				continue
			}
			if e := d.ents[m.ent]; e.surname == key || e.surnames[key] {
				list = append(list, personMention{m.sent, m.ent})
			}
		}
	}
	for _, m := range list {
		if m.sent <= si && m.sent >= bestSent {
			best, bestSent = m.ent, m.sent
		} else if m.sent > si && m.sent < afterSent {
			after, afterSent = m.ent, m.sent
		}
	}
	if best >= 0 {
		return best
	}
	return after
}

// personName is the canonical name of a person found by a pattern: Latin
// names as written; Cyrillic names in the nominative, transliterated.
func (d *doc) personName(m *mention) string {
	words := wordTokens(d.sents[m.sent].toks[m.i:m.j])
	if len(words) == 0 {
		return ""
	}
	if !words[0].cyr {
		return m.name
	}
	// the shortest form of each word among the mentions of the same name
	// is the likeliest nominative (Биньямина / Биньямин)
	forms := make([]string, len(words))
	for i, w := range words {
		forms[i] = w.text
	}
	key := joinKeys(words)
	for _, o := range d.ments {
		if o.label != graph.LabelPerson || o.entry >= 0 {
			continue
		}
		ow := wordTokens(d.sents[o.sent].toks[o.i:o.j])
		if len(ow) != len(words) || joinKeys(ow) != key {
			continue
		}
		for i, w := range ow {
			if len(w.text) < len(forms[i]) {
				forms[i] = w.text
			}
		}
	}
	noms := nominativeName(forms)
	// a Chinese name in the Palladius system is written in Pinyin
	if zh, ok := ru.ChineseName(noms); ok {
		return zh
	}
	if zh, ok := ru.ChineseName(forms); ok {
		return zh
	}
	// the first of two or more words is the given name
	return ru.PersonName(noms)
}

// nominativeName guesses the nominative of a Russian name whose words
// share one case: a word with an unambiguous ending (Мустафы: genitive,
// Исметом: instrumental) sets the case of the others (Ататюрка →
// Ататюрк). Words already in the nominative are kept.
func nominativeName(words []string) []string {
	gen, ins, dat := false, false, false
	for _, w := range words {
		r := []rune(w)
		if len(r) < 4 {
			continue
		}
		end := string(r[len(r)-2:])
		if len(r) >= 5 {
			// «Жукову», «Путину», «Жуковскому»: a dative surname
			switch string(r[len(r)-3:]) {
			case "ову", "еву", "ёву", "ину", "ыну", "ому", "ему":
				dat = true
			}
		}
		switch {
		case end == "ом" || end == "ым" || end == "ем":
			ins = true
		case r[len(r)-1] == 'ы' || r[len(r)-1] == 'я' && !isRuVowel(r[len(r)-2]) && r[len(r)-2] != 'и':
			gen = true
		}
	}
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = w
		r := []rune(w)
		n := len(r)
		if n < 4 {
			continue
		}
		last, prev := r[n-1], r[n-2]
		if dat {
			switch {
			case string(r[n-3:]) == "ому" || string(r[n-3:]) == "ему":
				out[i] = string(r[:n-3]) + "ий" // Жуковскому → Жуковский
			case string(r[n-2:]) == "ию" || string(r[n-2:]) == "ею":
				out[i] = string(r[:n-1]) + "й" // Георгию → Георгий, Сергею → Сергей
			case last == 'ю' && !isRuVowel(prev):
				out[i] = string(r[:n-1]) + "ь" // Игорю → Игорь
			case last == 'у' && !isRuVowel(prev):
				out[i] = string(r[:n-1]) // Жукову → Жуков, Ивану → Иван
			}
			continue
		}
		switch {
		case ins && (string(r[n-2:]) == "ом" || string(r[n-2:]) == "ым"):
			out[i] = string(r[:n-2])
		case ins && string(r[n-2:]) == "ем":
			if isRuVowel(r[n-3]) {
				out[i] = string(r[:n-2]) + "й"
			} else {
				out[i] = string(r[:n-2]) + "ь"
			}
		case ins && string(r[n-2:]) == "ой":
			out[i] = string(r[:n-2]) + "а"
		case gen && last == 'ы':
			out[i] = string(r[:n-1]) + "а"
		case gen && last == 'я' && !isRuVowel(prev):
			out[i] = string(r[:n-1]) + "ь"
		case gen && last == 'я' && isRuVowel(prev):
			out[i] = string(r[:n-1]) + "й"
		case gen && last == 'а' && !isRuVowel(prev):
			out[i] = string(r[:n-1])
		}
	}
	return out
}

func isRuVowel(r rune) bool { return strings.ContainsRune("аеёиоуыэюя", r) }

// mergeEntities joins entities of one article that name the same thing:
// an organization, document or place whose name is the start or the end of
// a longer name of the same label, and "X Army" into "X Armed Forces".
func (d *doc) mergeEntities() {
	for i, a := range d.ents {
		if a.label != graph.LabelOrganization && a.label != graph.LabelTreaty && a.label != graph.LabelPlace {
			continue
		}
		if a.entry >= 0 && a.label != graph.LabelOrganization {
			continue
		}
		// "NATO said …" and "the NATO Military Committee": a known alliance
		// named on its own is not its own committee
		if a.entry >= 0 && (d.g.entries[a.entry].kind == "alliance" || d.g.entries[a.entry].kind == "international") {
			continue
		}
		fa := " " + strings.Join(strings.Fields(fold(a.name)), " ") + " "
		for j, b := range d.ents {
			if i == j || b.label != a.label || b.merged >= 0 {
				continue
			}
			fb := " " + strings.Join(strings.Fields(fold(b.name)), " ") + " "
			longer := len(fb) > len(fa) && (strings.HasPrefix(fb, fa) || strings.HasSuffix(fb, fa)) ||
				len(fa) >= 8 && fa != fb && oneEdit(fa, fb) && a.count <= b.count && (b.entry >= 0 || j < i)
			army := false
			if a.label == graph.LabelOrganization && strings.HasSuffix(fb, " armed forces ") {
				adj := strings.TrimSuffix(fb, " armed forces ")
				for s := range a.aliases {
					if " "+fold(s)+" " == adj+" army " {
						army = true
					}
				}
				army = army || fa == adj+" army "
			}
			if longer || army {
				d.mergeInto(i, j)
				break
			}
		}
	}
}

// mergeInto merges entity i into j.
func (d *doc) mergeInto(i, j int) {
	a, b := d.ents[i], d.ents[j]
	if a.merged >= 0 || i == j {
		return
	}
	a.merged = j
	b.count += a.count
	b.aliases[a.name] = true
	for s := range a.aliases {
		b.aliases[s] = true
	}
	b.offices = append(b.offices, a.offices...)
	for k := range d.ments {
		if d.ments[k].ent == i {
			d.ments[k].ent = j
		}
	}
}

// live returns the entity index after merges.
func (d *doc) live(i int) int {
	for i >= 0 && d.ents[i].merged >= 0 {
		i = d.ents[i].merged
	}
	return i
}

// oneEdit reports whether a and b differ by one insertion, deletion,
// substitution or transposition of adjacent letters ("Tblisi"/"Tbilisi").
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		if i == len(ra) {
			return true
		}
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}
