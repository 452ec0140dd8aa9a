package extract

import (
	"strings"

	"github.com/diplograph/diplograph/graph"
)

// mention is one span of a sentence that names an entity (or a role).
type mention struct {
	sent  int // sentence index
	i, j  int // token range [i, j) within the sentence
	label graph.Label
	entry int // gazetteer entry, -1 when found by a pattern
	adj   bool
	// name is the canonical name for pattern mentions.
	name string
	// inside marks a mention inside another entity's name (a place in a
	// treaty's name): it does not create an entity of its own.
	inside bool
	// Person title found next to the name.
	role, roleISO string
	// counterpart: the title was "his Turkish counterpart".
	counterpart bool
	// former: the title was "former …": no office now.
	former bool
	// noAlias: the surface is not a name of the entity (a coordinated
	// adjective standing for "Turkish Armed Forces").
	noAlias bool
	// ent is the resolved entity index (set by resolve), -1 before.
	ent int
	// unnamed marks a document the text does not name ("memorandum of
	// understanding").
	unnamed bool
}

// roleMention is a title word found in a sentence.
type roleMention struct {
	i, j        int
	role        string
	headOfState bool
	plural      bool
	// adjISO is the state of an adjective inside the title («глава
	// российского военного ведомства»).
	adjISO string
}

// locPreps put a building name in the place reading.
var locPreps = map[string]bool{"in": true, "at": true, "inside": true, "outside": true, "в": true, "во": true}

// labelRank orders labels when one phrase names entries of several labels.
func labelRank(l graph.Label) int {
	switch l {
	case graph.LabelState:
		return 0
	case graph.LabelPerson:
		return 1
	case graph.LabelTreaty:
		return 2
	case graph.LabelExercise:
		return 3
	case graph.LabelOrganization:
		return 4
	case graph.LabelPlace:
		return 5
	}
	return 9
}

// matchKB finds the knowledge-base phrases of a sentence, longest first,
// left to right, without overlaps.
func (g *gazetteer) matchKB(si int, toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		t := toks[i]
		max := g.firstLen[t.key]
		if t.word && max == 0 {
			out = g.compoundAdjective(si, toks, i, out)
		}
		if !t.word || max == 0 {
			i++
			continue
		}
		if max > len(toks)-i {
			max = len(toks) - i
		}
		found := false
		for L := max; L >= 1; L-- {
			if !toks[i+L-1].word && toks[i+L-1].text != "." && toks[i+L-1].text != ")" {
				continue
			}
			refs := g.phrases[joinKeys(toks[i:i+L])]
			if len(refs) == 0 {
				continue
			}
			best := -1
			// "talks in the Kremlin", «в Кремле»: after a locative
			// preposition a building is a place, not the body it houses
			loc := i > 0 && locPreps[toks[i-1].fold] || i > 1 && toks[i-1].fold == "the" && locPreps[toks[i-2].fold]
			rank := func(r phraseRef) int {
				l := g.entries[r.entry].label
				if loc && l == graph.LabelPlace {
					return -1
				}
				return labelRank(l)
			}
			for k, r := range refs {
				if !(t.cap || t.upper || t.num || r.lowerOK) || !inflectionOK(r, toks[i:i+L]) {
					continue
				}
				if best < 0 || rank(r) < rank(refs[best]) {
					best = k
				}
			}
			if best < 0 {
				continue
			}
			// a single all-caps word must match exactly an all-caps or
			// capitalized phrase; a single short Cyrillic stem needs
			// capitalization (checked above).
			r := refs[best]
			e := g.entries[r.entry]
			out = append(out, mention{sent: si, i: i, j: i + L, label: e.label, entry: r.entry, adj: r.adj, ent: -1})
			i += L
			found = true
			break
		}
		if !found {
			out = g.compoundAdjective(si, toks, i, out)
			i++
		}
	}
	// states named inside longer names: "Turkish-Russian Joint Monitoring
	// Center" names Russia too
	n := len(out)
	for k := 0; k < n; k++ {
		m := out[k]
		if m.label == graph.LabelState || m.label == graph.LabelPlace || m.j-m.i < 2 {
			continue // "South China Sea" does not name China
		}
		for i := m.i; i < m.j; i++ {
			for L := m.j - i; L >= 1; L-- {
				if i == m.i && L == m.j-m.i {
					continue
				}
				for _, r := range g.phrases[joinKeys(toks[i:i+L])] {
					if e := g.entries[r.entry]; e.label == graph.LabelState && (toks[i].cap || r.lowerOK) {
						out = append(out, mention{sent: si, i: i, j: i + L, label: graph.LabelState, entry: r.entry, adj: r.adj, ent: -1, inside: false})
						i += L - 1
						L = 0
						break
					}
				}
			}
		}
	}
	return out
}

// compoundAdjective recognizes the first part of a Russian compound
// adjective («российско-турецкий», «азербайджано-грузинский») at token i.
func (g *gazetteer) compoundAdjective(si int, toks []token, i int, out []mention) []mention {
	t := toks[i]
	if !t.cyr || i+1 >= len(toks) || toks[i+1].text != "-" || !strings.HasSuffix(t.fold, "о") {
		return out
	}
	base := strings.TrimSuffix(t.fold, "о")
	for _, v := range []string{base + "ий", base + "ский"} {
		for _, r := range g.phrases[cyrStem(v)] {
			if e := g.entries[r.entry]; e.label == graph.LabelState && r.adj {
				return append(out, mention{sent: si, i: i, j: i + 1, label: graph.LabelState, entry: r.entry, adj: true, ent: -1})
			}
		}
	}
	return out
}

// matchRoles finds title words in a sentence, longest first.
func (g *gazetteer) matchRoles(toks []token) []roleMention {
	var out []roleMention
	for i := 0; i < len(toks); {
		t := toks[i]
		max := g.roleFirst[t.key]
		if !t.word || max == 0 {
			i++
			continue
		}
		if max > len(toks)-i {
			max = len(toks) - i
		}
		found := false
		// «глава российского военного ведомства», «руководитель
		// финского оборонного ведомства»: a state adjective inside the
		// title; the title is matched without it and keeps its state
		if t.cyr && i+2 < len(toks) {
			if iso := g.stateAdjective(toks[i+1]); iso != "" {
				rest := append([]token{t}, toks[i+2:min(len(toks), i+1+max)]...)
				for L := len(rest); L >= 2; L-- {
					if r, ok := g.roles[joinKeys(rest[:L])]; ok {
						out = append(out, roleMention{i: i, j: i + L + 1, role: r.role, headOfState: r.headOfState, adjISO: iso})
						i += L + 1
						found = true
						break
					}
				}
			}
		}
		for L := max; L >= 1 && !found; L-- {
			r, ok := g.roles[joinKeys(toks[i:i+L])]
			if !ok {
				continue
			}
			// "PM" must be upper case; "head" and "chief" only as titles
			if L == 1 && (t.fold == "pm") && !t.upper {
				continue
			}
			rm := roleMention{i: i, j: i + L, role: r.role, headOfState: r.headOfState}
			// the head noun carries the number: the last word in English
			// ("defence ministers"), the first in Russian («министры
			// обороны»; «министр обороны» ends in a genitive)
			head := toks[i+L-1]
			if t.cyr {
				head = t
			}
			// "heads of state", "ministers of defence": the noun before "of"
			for k := i + 1; k < i+L; k++ {
				if !t.cyr && toks[k].fold == "of" {
					head = toks[k-1]
					break
				}
			}
			last := head.fold
			rm.plural = strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "ы") || strings.HasSuffix(last, "и") && head.cyr && r.role != "counterpart"
			out = append(out, rm)
			i += L
			found = true
			break
		}
		if !found {
			i++
		}
	}
	return out
}

// stateAdjective returns the state a lower-case Russian adjective names
// («российского» → RU), or "".
func (g *gazetteer) stateAdjective(t token) string {
	if !t.word || t.cap {
		return ""
	}
	for _, r := range g.phrases[t.key] {
		if r.adj && g.entries[r.entry].label == graph.LabelState && inflectionOK(r, []token{t}) {
			return g.entries[r.entry].iso2
		}
	}
	return ""
}

// rankWords are military ranks and honorifics skipped between a title and
// a name (keys).
var rankWords = setOfKeys(`general lieutenant colonel major admiral vice rear brigadier marshal field captain
sergeant gen lt col maj adm mr mrs ms dr sir lady lord shri army air force retired ret chief
генерал полковник подполковник лейтенант майор адмирал вице контр маршал капитан запаса авиации
армии юстиции господин госпожа г н генерал-полковник`)

// notNameWords are capitalized words that never start or continue a name.
var notNameWords = setOfKeys(`the a an in on at of and for to by from with as this that these those it
its his her their our we he she they i you but or if when while after before during since also both
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today yesterday
president minister ministry prime defence defense foreign affairs general staff ambassador governor
commander chief head deputy secretary chairman speaker army navy forces government news agency
mr mrs ms dr photo source read more according however meanwhile moreover additionally
в во на и с со о об по из к у за для от до при под над между также это этот эта
министр министерство президент премьер посол глава генерал командующий пресс служба
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь`)

func setOfKeys(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[keyOf(w)] = true
		m[fold(w)] = true
	}
	return m
}

// isNameWord reports whether t can be part of a person's name.
func isNameWord(t token) bool {
	if !t.word || t.num || !t.cap {
		return false
	}
	if notNameWords[t.key] || notNameWords[t.fold] {
		return false
	}
	return true
}
