package extract

import (
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/extract/kb"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/ru"
)

// gazEntry is one knowledge-base entity the matcher can find.
type gazEntry struct {
	label graph.Label
	name  string
	iso2  string // State: its code; Place/Organization: the state it belongs to
	kind  string
	adj   string // State: first English adjective ("Turkish")
	// person indexes gazetteer.people for a Person.
	person int
	signed string // Treaty
	// parties are a Treaty's parties (ISO2).
	parties []string
	// charter is an Organization's founding treaty (canonical name).
	charter string
}

// phraseRef is one phrase of the gazetteer.
type phraseRef struct {
	entry int
	// adj marks adjective and demonym forms of a State.
	adj bool
	// lowerOK allows a lower-case match (Russian adjectives).
	lowerOK bool
	// folds are the folded words of a phrase with Cyrillic words, to check
	// that a text's ending is an inflection of the entry's ending.
	folds []string
	// exact marks a generated case form: the text must spell it.
	exact bool
}

// roleRef is one cue phrase of a role.
type roleRef struct {
	role string
	// headOfState marks roles "the head of state" refers to.
	headOfState bool
}

// gazetteer holds the matchers built once from the knowledge base. It is
// read-only after build.
type gazetteer struct {
	kb      *kb.KB
	entries []gazEntry
	people  []kb.Person
	// phrases maps a phrase key (see keyOf) to its entries.
	phrases map[string][]phraseRef
	// firstLen maps the key of a phrase's first token to the longest
	// phrase (in tokens) starting with it.
	firstLen map[string]int
	// surnames maps the key of a person's last name to person entries.
	surnames map[string][]int
	// firstNames holds keys of known first names (from people's names).
	firstNames map[string]bool
	// skeletons maps the consonant skeleton of a person's Latin full name
	// to person entries, to recognize a transliterated spelling
	// (Нетаниягу → Netaniyagu ~ Netanyahu).
	skeletons map[string][]int
	roles     map[string]roleRef
	roleFirst map[string]int
	byISO     map[string]int // State entry by ISO2
	byName    map[string]int // entry by label+"\x00"+name
}

func newGazetteer(k *kb.KB) *gazetteer {
	g := &gazetteer{
		kb:         k,
		phrases:    map[string][]phraseRef{},
		firstLen:   map[string]int{},
		surnames:   map[string][]int{},
		skeletons:  map[string][]int{},
		firstNames: map[string]bool{},
		roles:      map[string]roleRef{},
		roleFirst:  map[string]int{},
		byISO:      map[string]int{},
		byName:     map[string]int{},
	}
	for _, s := range k.States() {
		adj := ""
		if len(s.Adjectives) > 0 {
			adj = s.Adjectives[0]
		}
		e := g.add(gazEntry{label: graph.LabelState, name: s.Name, iso2: s.ISO2, adj: adj})
		g.byISO[s.ISO2] = e
		g.phrase(s.Name, e, false, false)
		for _, a := range s.Aliases {
			g.phrase(a, e, false, false)
		}
		for _, a := range s.Adjectives {
			g.phrase(a, e, true, false)
		}
		for _, a := range s.Ru {
			g.ruPhrase(a, e, false, false, ru.PlaceForms)
		}
		for _, a := range s.RuAdjectives {
			g.ruPhrase(a, e, true, true, ru.AdjectiveForms)
		}
	}
	for _, p := range k.Places() {
		e := g.add(gazEntry{label: graph.LabelPlace, name: p.Name, iso2: p.State, kind: p.Kind})
		g.phrase(p.Name, e, false, false)
		for _, a := range p.Aliases {
			g.phrase(a, e, false, false)
		}
		for _, a := range p.Ru {
			g.ruPhrase(a, e, false, false, ru.PlaceForms)
		}
	}
	for _, o := range k.Organizations() {
		e := g.add(gazEntry{label: graph.LabelOrganization, name: o.Name, iso2: o.State, kind: o.Kind, charter: o.Charter})
		g.phrase(o.Name, e, false, false)
		for _, a := range o.Aliases {
			g.phrase(a, e, false, false)
		}
		for _, a := range o.Ru {
			g.ruPhrase(a, e, false, false, ru.PlaceForms)
		}
	}
	for _, t := range k.Treaties() {
		e := g.add(gazEntry{label: graph.LabelTreaty, name: t.Name, signed: t.Signed, parties: t.Parties})
		g.phrase(t.Name, e, false, false)
		for _, a := range t.Aliases {
			g.phrase(a, e, false, false)
		}
		for _, a := range t.Ru {
			g.ruPhrase(a, e, false, true, nil)
		}
	}
	for _, x := range k.Exercises() {
		e := g.add(gazEntry{label: graph.LabelExercise, name: x.Name, kind: "series"})
		g.phrase(x.Name, e, false, false)
		for _, a := range x.Aliases {
			g.phrase(a, e, false, false)
		}
		for _, a := range x.Ru {
			g.ruPhrase(a, e, false, false, nil)
		}
	}
	for i, p := range k.People() {
		g.people = append(g.people, p)
		e := g.add(gazEntry{label: graph.LabelPerson, name: p.Name, person: i})
		forms := append([]string{p.Name}, p.Aliases...)
		for _, a := range forms {
			g.phrase(a, e, false, false)
			g.nameParts(a, e)
			if sk := skeleton(a); len(sk) >= 6 && strings.Contains(a, " ") {
				g.skeletons[sk] = append(g.skeletons[sk], e)
			}
		}
		for _, a := range p.Ru {
			g.ruPhrase(a, e, false, false, ru.NameForms)
			g.nameParts(a, e)
		}
	}
	for _, r := range k.Roles() {
		ref := roleRef{role: r.Name, headOfState: r.HeadOfState}
		for _, c := range append(append([]string{}, r.En...), r.Ru...) {
			g.rolePhrase(c, ref)
		}
	}
	for _, c := range extraRoleCues {
		g.rolePhrase(c.cue, roleRef{role: c.role})
	}
	for _, n := range k.FirstNames() {
		g.firstNames[keyOf(n)] = true
	}
	for k, v := range g.surnames {
		sort.Ints(v)
		g.surnames[k] = dedupInts(v)
	}
	for k, v := range g.skeletons {
		sort.Ints(v)
		g.skeletons[k] = dedupInts(v)
	}
	return g
}

func (g *gazetteer) add(e gazEntry) int {
	g.entries = append(g.entries, e)
	i := len(g.entries) - 1
	k := string(e.label) + "\x00" + e.name
	if _, ok := g.byName[k]; !ok {
		g.byName[k] = i
	}
	return i
}

func (g *gazetteer) phrase(s string, e int, adj, lowerOK bool) {
	g.phraseOpt(s, e, adj, lowerOK, false)
}

func (g *gazetteer) phraseOpt(s string, e int, adj, lowerOK, exact bool) {
	toks := tokenize(s, 0)
	if len(toks) == 0 {
		return
	}
	key := joinKeys(toks)
	ref := phraseRef{entry: e, adj: adj, lowerOK: lowerOK, exact: exact}
	for _, t := range toks {
		if t.cyr {
			ref.folds = make([]string, len(toks))
			for k, u := range toks {
				ref.folds[k] = u.fold
			}
			break
		}
	}
	// one ref per entry and spelling: «Киму Чену Ыну» and «Ким Чен Ыну»
	// share a key but not their inflection check
	for _, r := range g.phrases[key] {
		if r.entry == e && (slices.Equal(r.folds, ref.folds) || !exact) {
			return
		}
	}
	g.phrases[key] = append(g.phrases[key], ref)
	if len(toks) > g.firstLen[toks[0].key] {
		g.firstLen[toks[0].key] = len(toks)
	}
}

func (g *gazetteer) ruPhrase(s string, e int, adj, lowerOK bool, forms func(string) []string) {
	g.phrase(s, e, adj, lowerOK)
	if forms != nil {
		for _, f := range forms(s) {
			g.phraseOpt(f, e, adj, lowerOK, true)
		}
	}
}

// nameParts records the first and last names of a multi-word person name.
func (g *gazetteer) nameParts(name string, e int) {
	var words []token
	for _, t := range tokenize(name, 0) {
		if t.word {
			words = append(words, t)
		}
	}
	if len(words) < 2 {
		if len(words) == 1 && len(words[0].key) >= 4 {
			g.surnames[words[0].key] = append(g.surnames[words[0].key], e)
		}
		return
	}
	g.firstNames[words[0].key] = true
	last := words[len(words)-1].key
	g.surnames[last] = append(g.surnames[last], e)
}

func (g *gazetteer) rolePhrase(c string, ref roleRef) {
	toks := tokenize(c, 0)
	if len(toks) == 0 {
		return
	}
	key := joinKeys(toks)
	if _, ok := g.roles[key]; ok {
		return
	}
	g.roles[key] = ref
	if len(toks) > g.roleFirst[toks[0].key] {
		g.roleFirst[toks[0].key] = len(toks)
	}
}

var adjEndings = []string{"ого", "его", "ому", "ему", "им", "ым", "ом", "ем", "ая", "яя", "ой", "ей", "ую", "юю",
	"ое", "ее", "ые", "ие", "ых", "их", "ыми", "ими", "ий", "ый"}

// ruInflections lists, by the ending cyrStem removes from a nominative,
// the endings its case forms may have.
var ruInflections = map[string][]string{
	"":   {"а", "у", "ом", "ым", "е", "я", "ю", "ем", "ы", "и"},
	"а":  {"ы", "и", "е", "у", "ой", "ою"},
	"я":  {"и", "е", "ю", "ей", "ею"},
	"ия": {"ии", "ию", "ией"},
	"ь":  {"и", "ью", "я", "ю", "ем", "е", "ей"},
	"ей": {"ея", "ею", "еем", "ее"},
	"ий": adjEndings, "ый": adjEndings, "ой": adjEndings, "ая": adjEndings, "яя": adjEndings,
	"ое": adjEndings, "ие": adjEndings, "ые": adjEndings,
	"е": {}, "и": {}, "у": {}, "ю": {},
}

// inflectionOK reports whether every Cyrillic word of the text is the
// entry's word or one of its case forms (Анатолий is not Анатолия).
func inflectionOK(ref phraseRef, toks []token) bool {
	if ref.folds == nil || len(ref.folds) != len(toks) {
		return true
	}
	if ref.exact {
		for k, t := range toks {
			if t.cyr && t.fold != ref.folds[k] {
				return false
			}
		}
		return true
	}
	for k, t := range toks {
		if !t.cyr || t.fold == ref.folds[k] {
			continue
		}
		stem := t.key
		if !strings.HasPrefix(ref.folds[k], stem) || !strings.HasPrefix(t.fold, stem) {
			continue
		}
		kbEnd, tEnd := ref.folds[k][len(stem):], t.fold[len(stem):]
		allowed, ok := ruInflections[kbEnd]
		if !ok {
			continue
		}
		found := false
		for _, a := range allowed {
			if a == tEnd {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// skeleton reduces a Latin name to its consonants, with the letters that
// transliterations spell differently merged (c/k, g/h dropped, w/v) and
// doubles collapsed: "Benjamin Netanyahu" and "Binyamin Netaniyagu" meet.
func skeleton(name string) string {
	var b strings.Builder
	var last rune
	for _, r := range strings.ReplaceAll(fold(name), "kh", "h") {
		switch {
		case r == 'c' || r == 'q':
			r = 'k'
		case r == 'w':
			r = 'v'
		case strings.ContainsRune("aeiouyhjg", r):
			continue
		case r < 'a' || r > 'z':
			continue
		}
		if r == last {
			continue
		}
		b.WriteRune(r)
		last = r
	}
	return b.String()
}

func dedupInts(v []int) []int {
	out := v[:0]
	for i, x := range v {
		if i == 0 || x != v[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// officesAt returns the offices of person entry e held at date (ISO, any
// precision; "" = any time), most recent first.
func (g *gazetteer) officesAt(e int, date string) []kb.Office {
	p := g.people[g.entries[e].person]
	var out []kb.Office
	for _, o := range p.Offices {
		if date == "" || overlapsDate(o.From, o.To, date) {
			out = append(out, o)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From > out[j].From })
	return out
}

// overlapsDate reports whether the term [from, to] (ISO dates, to empty =
// open) overlaps the day, month or year date.
func overlapsDate(from, to, date string) bool {
	lo, hi := date, date
	switch len(date) {
	case 4:
		lo, hi = date+"-01-01", date+"-12-31"
	case 7:
		lo, hi = date+"-01", date+"-31"
	}
	if from != "" && padDate(from, false) > hi {
		return false
	}
	if to != "" && padDate(to, true) < lo {
		return false
	}
	return true
}

func padDate(d string, end bool) string {
	switch len(d) {
	case 4:
		if end {
			return d + "-12-31"
		}
		return d + "-01-01"
	case 7:
		if end {
			return d + "-31"
		}
		return d + "-01"
	}
	return d
}

// stateAdj returns the English adjective of the state with code iso2, or
// its name.
func (g *gazetteer) stateAdj(iso2 string) string {
	if e, ok := g.byISO[iso2]; ok {
		if a := g.entries[e].adj; a != "" {
			return a
		}
		return g.entries[e].name
	}
	return iso2
}

func (g *gazetteer) stateName(iso2 string) string {
	if e, ok := g.byISO[iso2]; ok {
		return g.entries[e].name
	}
	return ""
}

// roleCue is a built-in cue phrase for a role word the knowledge base may
// not list; the grammar of titles needs them.
type roleCue struct{ cue, role string }

var extraRoleCues = []roleCue{
	{"counterpart", "counterpart"}, {"counterparts", "counterpart"},
	{"коллега", "counterpart"}, {"коллегой", "counterpart"}, {"коллеги", "counterpart"},
	{"director general", "Director General"}, {"director-general", "Director General"},
	{"генеральный директор", "Director General"},
	{"head", "Head"}, {"chief", "Chief"},
	{"глава", "Head"}, {"руководитель", "Head"},
	{"defence ministers", "Minister of Defence"}, {"defense ministers", "Minister of Defence"},
	{"foreign ministers", "Minister of Foreign Affairs"},
	{"presidents", "President"}, {"prime ministers", "Prime Minister"}, {"ministers", "Minister"},
	{"министры обороны", "Minister of Defence"}, {"министры иностранных дел", "Minister of Foreign Affairs"},
	{"президенты", "President"},
	// a fleeting vowel defeats the case-ending stem: посол → посла, послом
	{"посла", "Ambassador"}, {"послом", "Ambassador"}, {"послу", "Ambassador"}, {"послы", "Ambassador"},
}
