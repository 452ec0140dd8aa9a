package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// part is a person taking part in a sentence's event, at a token position.
type part struct {
	ent int
	pos int
}

// office is a person's office from the text or the knowledge base.
type office struct {
	role, iso string
	fromText  bool
}

// rel records a relation between entity indexes.
func (d *doc) rel(t graph.RelType, from, to int, si int, conf float64, props map[string]string) {
	from, to = d.live(from), d.live(to)
	if from < 0 || to < 0 || from == to {
		return
	}
	if si == d.title {
		return // the headline is not in the body: no evidence to cite
	}
	c := d.sents[si]
	ev := ""
	if len(c.toks) > 0 {
		ev = c.src[c.toks[0].start:c.toks[len(c.toks)-1].end]
		// extend to the sentence's final punctuation already included
	}
	for k, v := range props {
		if v == "" {
			delete(props, k)
		}
	}
	if len(props) == 0 {
		props = nil
	}
	if t == graph.RelHoldsOffice && props["role"] == "" {
		return
	}
	d.rels = append(d.rels, graph.Relation{Type: t, From: strconv.Itoa(from), To: strconv.Itoa(to),
		Properties: props, Evidence: ev, Confidence: conf})
}

// mentionsIn returns the live entity mentions of sentence si.
func (d *doc) mentionsIn(si int) []mention {
	if d.bySent == nil {
		d.indexMentions()
	}
	var out []mention
	for _, k := range d.bySent[si] {
		m := d.ments[k]
		if m.ent >= 0 && !m.inside {
			m.ent = d.live(m.ent)
			out = append(out, m)
		}
	}
	return out
}

// indexMentions lists the mentions of each sentence (d.ments is sorted by
// sentence).
func (d *doc) indexMentions() {
	d.bySent = make([][]int, len(d.sents))
	for k, m := range d.ments {
		if m.sent >= 0 && m.sent < len(d.sents) {
			d.bySent[m.sent] = append(d.bySent[m.sent], k)
		}
	}
}

// offices returns the offices of person entity ei: those the text states
// and those the knowledge base gives for the article's date.
func (d *doc) offices(ei int) []office {
	e := d.ents[ei]
	var out []office
	for _, o := range e.offices {
		role := o.role
		if role == "counterpart" {
			// "his Georgian counterpart B": the title of the person before
			if role = d.counterpartTitle(ei, o.sent); role == "" {
				continue
			}
		}
		out = append(out, office{role: role, iso: o.iso, fromText: true})
	}
	if e.entry >= 0 && d.g.entries[e.entry].label == graph.LabelPerson {
		for _, o := range d.g.officesAt(e.entry, d.officeDate()) {
			if o.State != "" {
				out = append(out, office{role: o.Role, iso: o.State})
			}
		}
	}
	return out
}

// counterpartTitle returns the title the text gives the first person
// named before person ei in sentence si ("A met his counterpart B": A's
// title is B's), or "".
func (d *doc) counterpartTitle(ei, si int) string {
	for _, m := range d.mentionsIn(si) {
		if m.label != graph.LabelPerson || m.ent < 0 {
			continue
		}
		if m.ent == ei {
			break
		}
		for _, po := range d.ents[m.ent].offices {
			if po.role != "" && po.role != "counterpart" {
				return po.role
			}
		}
	}
	return ""
}

// personISO is the state a person serves, from the text ("his Tanzanian
// counterpart" included) or the knowledge base.
func (d *doc) personISO(ei int) string {
	e := d.ents[ei]
	for _, o := range e.offices {
		if o.iso != "" {
			return o.iso
		}
	}
	if e.entry >= 0 && d.g.entries[e.entry].label == graph.LabelPerson {
		for _, o := range d.g.officesAt(e.entry, d.officeDate()) {
			if o.State != "" {
				return o.State
			}
		}
	}
	return ""
}

// stateEnt returns the entity of the state iso2 in this article, or -1.
func (d *doc) stateEnt(iso string) int {
	if iso == "" {
		return -1
	}
	for i, e := range d.ents {
		if e.label == graph.LabelState && e.iso2 == iso && e.merged < 0 {
			return i
		}
	}
	return -1
}

// orgEnt returns the organization entity named name, or -1.
func (d *doc) orgEnt(name string) int {
	for i, e := range d.ents {
		if e.label == graph.LabelOrganization && e.name == name && e.merged < 0 {
			return i
		}
	}
	return -1
}

// topStates returns the n states mentioned most, ties by first mention.
func (d *doc) topStates(n int) []int {
	var st []int
	for i, e := range d.ents {
		if e.label == graph.LabelState && e.merged < 0 {
			st = append(st, i)
		}
	}
	sort.SliceStable(st, func(a, b int) bool { return d.ents[st[a]].count > d.ents[st[b]].count })
	if len(st) > n {
		st = st[:n]
	}
	return st
}

// firstOf returns the first live entity of label l in mention order,
// optionally requiring a pattern or named entity.
func (d *doc) firstOf(l graph.Label) int {
	for _, m := range d.ments {
		if m.label == l && m.ent >= 0 && !m.inside {
			return d.live(m.ent)
		}
	}
	return -1
}

// resolveRef returns the people a title without a name refers to: the
// article's people holding that role (for those states), or for
// "counterpart" the role of the person named before it.
func (d *doc) resolveRef(r roleRefMention, isos []string, before []part) []int {
	role := r.role
	if role == "counterpart" && len(before) > 0 {
		for _, o := range d.offices(before[len(before)-1].ent) {
			role = o.role
			break
		}
	}
	group := role == "Head" || role == "counterpart"
	var out []int
	for i, e := range d.ents {
		if e.label != graph.LabelPerson || e.merged >= 0 {
			continue
		}
		ok := false
		for _, o := range d.offices(i) {
			roleOK := o.role == role || group && r.plural || r.headOfState && (o.role == "President" || o.role == "King" || o.role == "Emir") ||
				role == "Minister" && r.plural && strings.Contains(o.role, "Minister") && !strings.Contains(o.role, "Prime Minister")
			if !roleOK {
				continue
			}
			if len(isos) > 0 {
				for _, s := range isos {
					if s == o.iso {
						ok = true
					}
				}
			} else {
				ok = true
			}
		}
		if ok {
			out = append(out, i)
		}
	}
	// nobody of the article holds it: the knowledge base's holder on the
	// article's date ("the President of Turkey" on 2021-06-15)
	if role != "Head" && role != "Chief" && role != "counterpart" && d.pub != "" && (len(out) == 0 || r.plural) {
		for _, iso := range isos {
			have := false
			for _, ei := range out {
				for _, o := range d.offices(ei) {
					if o.iso == iso {
						have = true
					}
				}
			}
			if have {
				continue
			}
			if hs := d.g.kb.OfficeHolders(iso, role, d.refDate(r)); len(hs) == 1 {
				if ei := d.kbPerson(hs[0].Name, r.sent); ei >= 0 {
					out = append(out, ei)
				}
			}
		}
	}
	if !r.plural && len(isos) == 0 && len(out) > 1 {
		return nil // "the President" with several presidents in the story
	}
	if !r.plural && len(out) > 1 {
		// the most mentioned
		sort.SliceStable(out, func(a, b int) bool { return d.ents[out[a]].count > d.ents[out[b]].count })
		out = out[:1]
	}
	if n := r.count; r.plural && n >= 2 && len(out) > n && len(isos) == 0 {
		sort.SliceStable(out, func(a, b int) bool { return d.ents[out[a]].count > d.ents[out[b]].count })
		out = out[:n]
	}
	return out
}

// refDate is the date to look a title's holder up on: the date the
// sentence gives its event ("on December 14, 1995, the presidents of …"
// in a 2020 article), else the publication date.
func (d *doc) refDate(r roleRefMention) string {
	if r.sent >= 0 && r.sent < len(d.sents) && r.i < len(d.sents[r.sent].toks) {
		if ev := d.eventDate(r.sent, d.sents[r.sent].toks[r.i].start, false); ev != "" {
			return ev
		}
	}
	return d.pub
}

// kbPerson returns the entity of the knowledge-base person name, adding
// it to the article when the text names them only by title.
func (d *doc) kbPerson(name string, si int) int {
	for i, e := range d.ents {
		if e.label == graph.LabelPerson && e.name == name && e.merged < 0 {
			return i
		}
	}
	entry, ok := d.g.byName[string(graph.LabelPerson)+"\x00"+name]
	if !ok {
		return -1
	}
	e := &entity{label: graph.LabelPerson, name: name, entry: entry, aliases: map[string]bool{}, first: len(d.ents), merged: -1, refSent: si}
	d.ents = append(d.ents, e)
	return len(d.ents) - 1
}

// refStates returns the states named right after a title reference:
// "the presidents of Azerbaijan and Turkey", «министры обороны США и России»,
// «главы двух стран».
func (d *doc) refStates(c *sentCtx, r roleRefMention) []string {
	var out []string
	if r.iso != "" {
		out = append(out, r.iso)
	}
	k := r.j
	if c.has(k, "of") {
		k++
	}
	for k < len(c.toks) {
		if m, ok := c.stateAt(k); ok && !m.adj {
			iso := d.g.entries[m.entry].iso2
			if len(out) == 0 || out[len(out)-1] != iso {
				out = append(out, iso)
			}
			k = m.j
			continue
		}
		if c.has(k, "and", "и", ",") || c.toks[k].text == "," {
			k++
			continue
		}
		break
	}
	if len(out) == 0 && (c.has(r.j, "двух") || c.has(r.j, "two") || c.has(r.i-1, "two", "both") || c.has(r.i-2, "two")) {
		for _, s := range d.topStates(2) {
			out = append(out, d.ents[s].iso2)
		}
	}
	return out
}

// peopleIn returns the people of sentence si in text order: named people,
// and titles without names resolved to people named elsewhere in the
// article.
func (d *doc) peopleIn(si int) []part {
	var out []part
	seen := map[int]bool{}
	for _, m := range d.mentionsIn(si) {
		if m.label == graph.LabelPerson && !seen[m.ent] {
			out = append(out, part{ent: m.ent, pos: m.i})
			seen[m.ent] = true
		}
	}
	c := d.sents[si]
	for _, r := range d.refs {
		if r.sent != si {
			continue
		}
		var before []part
		for _, p := range out {
			if p.pos < r.i {
				before = append(before, p)
			}
		}
		isos := d.refStates(c, r)
		for _, ei := range d.resolveRef(r, isos, before) {
			// the title the text gives this person ("the presidents of
			// Azerbaijan and Turkey")
			if r.role != "Head" && r.role != "Chief" && r.role != "counterpart" {
				for _, o := range d.offices(ei) {
					if o.role == r.role && !o.fromText {
						for _, iso := range isos {
							if iso == o.iso {
								d.ents[ei].offices = appendOffice(d.ents[ei].offices, textOffice{role: o.role, iso: iso, sent: si})
							}
						}
					}
				}
			}
			if !seen[ei] {
				out = append(out, part{ent: ei, pos: r.i})
				seen[ei] = true
			}
		}
	}
	// group words: "the two leaders", "the sides", «стороны», "the three
	// officials", «двух президентов»
	for i, t := range c.toks {
		n := 2
		if i > 0 {
			if k := countWord(c.toks[i-1].fold); k > 0 {
				n = k
			}
		}
		group := cueAt(t, groupEn, groupRu) && (c.has(i-1, "the", "both", "two") || t.cyr) && !strings.HasPrefix(t.fold, "сторонн") && !oneSide(c.toks, i) ||
			t.fold == "глав" && i+1 < len(c.toks) && strings.HasPrefix(c.toks[i+1].fold, "государств") // «переговоры глав государств»
		if !group && i > 0 && countWord(c.toks[i-1].fold) > 0 && cueAt(t, countedPeopleEn, countedPeopleRu) {
			group = true
		}
		if group {
			for _, ei := range d.topPeople(n) {
				if !seen[ei] {
					out = append(out, part{ent: ei, pos: i})
					seen[ei] = true
				}
			}
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].pos < out[b].pos })
	return out
}

// oneSide reports «стороны» meaning one side, not "the sides": «по данным
// индийской стороны», «со стороны Китая».
func oneSide(toks []token, i int) bool {
	if !strings.HasPrefix(toks[i].fold, "сторон") || i == 0 {
		return false
	}
	p := toks[i-1].fold
	return p == "со" || p == "с" || strings.HasSuffix(p, "ой") || strings.HasSuffix(p, "ей")
}

func appendOffice(list []textOffice, o textOffice) []textOffice {
	for _, x := range list {
		if x.role == o.role && x.iso == o.iso {
			return list
		}
	}
	return append(list, o)
}

// topPeople returns the n people mentioned most (at least twice in all).
func (d *doc) topPeople(n int) []int {
	var ps []int
	for i, e := range d.ents {
		if e.label == graph.LabelPerson && e.merged < 0 {
			ps = append(ps, i)
		}
	}
	if len(ps) < 2 {
		return nil
	}
	sort.SliceStable(ps, func(a, b int) bool { return d.ents[ps[a]].count > d.ents[ps[b]].count })
	if len(ps) > n {
		ps = ps[:n]
	}
	return ps
}

// lastPerson returns the person a pronoun at the start of sentence si
// refers to: the first person (the subject) of the nearest earlier
// sentence that names one.
func (d *doc) lastPerson(si int) int {
	for s := si - 1; s >= 0; s-- {
		if s == d.title {
			continue
		}
		for _, m := range d.mentionsIn(s) {
			if m.label == graph.LabelPerson {
				return m.ent
			}
		}
	}
	return -1
}

var pronounsEn = words(`he she his her`)
var pronounsRu = words(`он она его ее её`)

// pronounBefore reports whether a third-person pronoun occurs in toks
// before position p.
func pronounBefore(toks []token, p int) bool {
	for i := 0; i < p && i < len(toks); i++ {
		if pronounsEn[toks[i].fold] || pronounsRu[toks[i].fold] {
			return true
		}
	}
	return false
}

// relations applies the relation rules sentence by sentence.
func (d *doc) relations() {
	mainEx := d.firstOf(graph.LabelExercise)
	var lastMeeting []int
	for si, c := range d.sents {
		if si == d.title {
			continue
		}
		ms := d.mentionsIn(si)
		people := d.peopleIn(si)
		lastMeeting = d.meetRule(si, c, people, lastMeeting)
		d.visitRule(si, c, ms, people)
		d.signRule(si, c, ms, people)
		d.holdsDocumentRule(si, c, ms)
		d.accessionRule(si, c, ms)
		d.referenceRule(si, c, ms)
		d.exerciseRules(si, c, ms, mainEx)
	}
	d.exerciseHierarchy()
	d.officeRelations()
}

// officeRelations emits HOLDS_OFFICE for every person: the office the text
// states next to the name, and the knowledge base's office on the
// article's date.
func (d *doc) officeRelations() {
	for ei, e := range d.ents {
		if e.label != graph.LabelPerson || e.merged >= 0 {
			continue
		}
		done := map[string]bool{}
		for _, o := range e.offices {
			role, iso := o.role, o.iso
			if role == "counterpart" {
				role = ""
				// the role of the person named before in the same sentence
				for _, p := range d.peopleIn(o.sent) {
					if p.ent == ei {
						break
					}
					for _, po := range d.offices(p.ent) {
						if po.role != "" {
							role = po.role
							break
						}
					}
				}
				if role == "" {
					for _, ko := range d.offices(ei) {
						if !ko.fromText {
							role = ko.role
						}
					}
				}
			}
			if role == "" || role == "Head" || role == "Chief" {
				continue
			}
			if iso == "" {
				// the knowledge base's state for this role
				for _, ko := range d.offices(ei) {
					if !ko.fromText && ko.role == role {
						iso = ko.iso
					}
				}
			}
			if iso == "" && e.entry >= 0 && d.g.entries[e.entry].label == graph.LabelPerson {
				// "then President Lee Myung-bak": the text gives the title,
				// the knowledge base the one state he held it in, at any time
				states := map[string]bool{}
				for _, ko := range d.g.officesAt(e.entry, "") {
					if ko.Role == role && ko.State != "" {
						states[ko.State] = true
					}
				}
				if len(states) == 1 {
					for st := range states {
						iso = st
					}
				}
			}
			if iso == "" && o.role != "counterpart" {
				// "Foreign Secretary A and his Indian counterpart B": A
				// serves the other of the article's two main states
				iso = d.counterpartOther(ei, o.sent, role)
			}
			if iso == "" && o.role != "counterpart" {
				// a colleague's state named in the same sentence; a colleague
				// with the same title serves another state ("Indian Prime
				// Minister A is greeted by Prime Minister B")
				// — unless the sentence lists people of several states
				// ("Russian Foreign Minister A, French Foreign Minister B, EU
				// foreign policy chief C")
				seen := map[string]bool{}
				cand, before := "", true
				for _, p := range d.peopleIn(o.sent) {
					if p.ent == ei {
						before = false
						continue
					}
					for _, po := range d.ents[p.ent].offices {
						if po.iso == "" || po.sent != o.sent {
							continue
						}
						if !strings.HasPrefix(po.iso, orgPrefix) {
							seen[po.iso] = true
						}
						if before && po.role != role {
							cand = po.iso
						}
					}
				}
				if len(seen) <= 1 {
					iso = cand
				}
			}
			st := d.stateEnt(iso)
			if strings.HasPrefix(iso, orgPrefix) {
				st = d.orgEnt(strings.TrimPrefix(iso, orgPrefix))
			}
			if st < 0 || done[iso] {
				continue
			}
			si := o.sent
			if si == d.title {
				// stated in the headline: cite the body's first mention
				if si = d.secondSentenceOf(ei); si < 0 {
					continue
				}
			}
			done[iso] = true
			d.rel(graph.RelHoldsOffice, ei, st, si, 0.9, map[string]string{"role": role})
		}
		if e.entry < 0 || e.former {
			continue
		}
		// offices in an organization the article names ("NATO Secretary General")
		for _, o := range d.g.officesAt(e.entry, d.officeDate()) {
			if o.Org == "" || d.officeDate() == "" {
				continue
			}
			for oi, oe := range d.ents {
				if oe.label == graph.LabelOrganization && oe.merged < 0 && oe.name == o.Org && !done[orgPrefix+o.Org] {
					done[orgPrefix+o.Org] = true
					if si := d.secondSentenceOf(ei); si >= 0 {
						d.rel(graph.RelHoldsOffice, ei, oi, si, 0.6, map[string]string{"role": o.Role})
					}
				}
			}
		}
		kbOffices := map[string]bool{}
		for _, o := range d.offices(ei) {
			if !o.fromText {
				kbOffices[o.role+"\x00"+o.iso] = true
			}
		}
		if d.officeDate() == "" && len(kbOffices) > 1 {
			continue // no date to choose among the terms
		}
		for _, o := range d.offices(ei) {
			if o.fromText || done[o.iso] {
				continue
			}
			st := d.stateEnt(o.iso)
			if st < 0 {
				continue
			}
			done[o.iso] = true
			si := d.firstSentenceOf(ei)
			if si == d.title {
				si = d.secondSentenceOf(ei)
			}
			if si < 0 {
				si = e.refSent
			}
			if si < 0 || si == d.title {
				continue
			}
			d.rel(graph.RelHoldsOffice, ei, st, si, 0.6, map[string]string{"role": o.role})
		}
	}
}

// counterpartOther returns the state of person ei, titled role in
// sentence si, that another person of the sentence implies: a later "his
// Indian counterpart B", or B with the same title and a state ("Indian
// Prime Minister B is greeted by Prime Minister A"). A serves the other
// of the article's two main states when B's state is one of them; else "".
func (d *doc) counterpartOther(ei, si int, role string) string {
	other := func(iso string) string {
		top := d.topStates(2)
		if len(top) != 2 {
			return ""
		}
		a, b := d.ents[top[0]].iso2, d.ents[top[1]].iso2
		switch iso {
		case a:
			return b
		case b:
			return a
		}
		return ""
	}
	seen := false
	counterpart, sameTitle := "", ""
	for _, p := range d.peopleIn(si) {
		if p.ent == ei {
			seen = true
			continue
		}
		for _, po := range d.ents[p.ent].offices {
			switch {
			case po.sent != si || po.iso == "":
			case po.role == "counterpart" && seen && counterpart == "":
				counterpart = po.iso
			case po.role == role && sameTitle == "" && !strings.HasPrefix(po.iso, orgPrefix):
				sameTitle = po.iso
			}
		}
	}
	if counterpart != "" {
		return other(counterpart)
	}
	if sameTitle != "" {
		return other(sameTitle)
	}
	return ""
}

func (d *doc) firstSentenceOf(ei int) int {
	for _, m := range d.ments {
		if m.ent >= 0 && d.live(m.ent) == ei && !m.inside {
			return m.sent
		}
	}
	return -1
}

func (d *doc) secondSentenceOf(ei int) int {
	for _, m := range d.ments {
		if m.ent >= 0 && d.live(m.ent) == ei && !m.inside && m.sent != d.title {
			return m.sent
		}
	}
	return -1
}

// placeIn returns the place (or state) an event of the sentence happened
// in: the first place or state after "in"/"at"/«в».
func (d *doc) placeIn(c *sentCtx, ms []mention) string {
	for _, m := range ms {
		if (m.label == graph.LabelPlace || m.label == graph.LabelState && !m.adj) && c.has(m.i-1, "in", "at", "в", "во") {
			return d.ents[m.ent].name
		}
	}
	return ""
}

// meetRule: "X met Y", "talks between X and Y", «X провел переговоры с Y»,
// "X held a trilateral meeting with Y and Z". People before the cue meet
// people after it; when all are on one side (or the meeting is
// trilateral), every pair met. Phone calls and planned meetings are left
// out. It returns the participants, for "also took part in the meeting".
func (d *doc) meetRule(si int, c *sentCtx, people []part, lastMeeting []int) []int {
	toks := c.toks
	if containsWord(toks, phoneWords) {
		return lastMeeting
	}
	for k, t := range toks {
		if (t.fold == "call" || t.fold == "calls" || t.fold == "conversation") && c.has(k-1, "a", "the", "phone", "telephone", "video") && !c.has(k-1, "video") {
			return lastMeeting
		}
	}
	cues := findCue(toks, meetEn, meetRu)
	// "called on Prime Minister X": a courtesy call in person
	for k := 0; k+1 < len(toks); k++ {
		if (toks[k].fold == "called" || toks[k].fold == "calls") && toks[k+1].fold == "on" {
			cues = append(cues, k)
		}
	}
	sort.Ints(cues)
	var cue = -1
	for _, k := range cues {
		if strings.HasPrefix(toks[k].fold, "принял") && (c.has(k+1, "участие") || c.has(k-1, "участие")) {
			continue
		}
		if c.has(k-1, "peace", "мирных", "мирные") {
			continue // a peace process, not a meeting
		}
		cue = k
		break
	}
	ms := d.mentionsIn(si)
	place := d.placeIn(c, ms)
	// "also took part in the meeting", «во встрече также принял участие»
	joins := false
	for k, t := range toks {
		if cueAt(t, meetNounEn, meetNounRu) && c.has(k-1, "in", "во", "в", "the") {
			joins = true
		}
		// «В ней приняли участие …» after a sentence about a meeting
		if k <= 1 && (t.fold == "ней" || t.fold == "нем" || t.fold == "нём") && c.has(k-1, "в", "во") && len(lastMeeting) > 0 {
			joins = true
		}
	}
	if joins && len(lastMeeting) > 0 && (anyCue(toks, partEn, partRu) || anyCue(toks, attendEn, nil)) && len(people) > 0 {
		date := d.meetDate
		if date == "" {
			date = d.eventDate(si, toks[0].start, true)
		}
		props := map[string]string{"date": date, "place": d.meetPlace}
		out := append([]int(nil), lastMeeting...)
		for a, p := range people {
			for _, q := range lastMeeting {
				d.rel(graph.RelMetWith, p.ent, q, si, 0.7, props)
			}
			// the participants named together met each other too
			for _, p2 := range people[a+1:] {
				d.rel(graph.RelMetWith, p.ent, p2.ent, si, 0.7, props)
			}
			out = append(out, p.ent)
		}
		return out
	}
	if cue < 0 || isFuture(toks, cue) || planned(toks, cue) {
		return lastMeeting
	}
	if len(people) == 1 && pronounBefore(toks, cue) {
		if lp := d.lastPerson(si); lp >= 0 && lp != people[0].ent {
			people = append([]part{{ent: lp, pos: -1}}, people...)
		}
	}
	if len(people) < 2 {
		// "the meeting, which X hosted": X is there for those who join it
		// in the next sentence
		if len(people) == 1 && cueAt(toks[cue], meetNounEn, meetNounRu) {
			d.meetDate, d.meetPlace = d.eventDate(si, toks[cue].start, true), place
			return []int{people[0].ent}
		}
		return lastMeeting
	}
	// a reported clause belongs to the speaker: "X said that Y met Z" is
	// Y and Z; "X met Y and said that Z …" is X and Y
	var that []int
	for k, t := range toks {
		if t.fold == "that" || t.fold == "что" || t.fold == "whether" {
			that = append(that, k)
		}
	}
	// a clause break before the cue's own subject: "The scandal involving
	// A grew, and President B met C" is B and C
	var breaks []int
	for k, t := range toks {
		if t.text == ";" || t.text == "," && (c.has(k+1, "and", "but", "while", "whereas", "а", "но")) {
			breaks = append(breaks, k)
		}
	}
	nearSubject := false
	for _, p := range people {
		if p.pos >= 0 && p.pos < cue && !anyBetween(breaks, p.pos, cue) {
			nearSubject = true
		}
	}
	var before, after []int
	for _, p := range people {
		if conveyedFrom(toks, p.pos) {
			continue // "handed him a letter from Putin": Putin was not there
		}
		if p.pos >= 0 && p.pos < cue && nearSubject && anyBetween(breaks, p.pos, cue) {
			continue
		}
		switch {
		case p.pos < cue && !anyBetween(that, p.pos, cue):
			before = append(before, p.ent)
		case p.pos > cue && !anyBetween(that, cue, p.pos):
			after = append(after, p.ent)
		}
	}
	if len(before)+len(after) < 2 {
		return lastMeeting
	}
	multi := false
	for _, t := range toks {
		if t.fold == "trilateral" || t.fold == "multilateral" || t.fold == "three-way" || t.fold == "four-way" || strings.HasPrefix(t.fold, "трехсторон") || strings.HasPrefix(t.fold, "трёхсторон") {
			multi = true
		}
	}
	date := d.eventDate(si, toks[cue].start, true)
	d.meetDate, d.meetPlace = date, place
	props := func() map[string]string { return map[string]string{"date": date, "place": place} }
	// "A and B began talks …, hosted by C": A and B meet each other too
	if len(before) >= 2 && len(after) > 0 && cueAt(toks[cue], meetNounEn, meetNounRu) {
		for a := 0; a < len(before); a++ {
			for b := a + 1; b < len(before); b++ {
				d.rel(graph.RelMetWith, before[a], before[b], si, 0.75, props())
			}
		}
	}
	var all []int
	if len(before) == 0 || len(after) == 0 || multi {
		all = append(before, after...)
		for a := 0; a < len(all); a++ {
			for b := a + 1; b < len(all); b++ {
				d.rel(graph.RelMetWith, all[a], all[b], si, 0.8, props())
			}
		}
		return all
	}
	for _, a := range before {
		for _, b := range after {
			d.rel(graph.RelMetWith, a, b, si, 0.85, props())
		}
	}
	return append(before, after...)
}

// visitRule: "X arrived in Y", "X is on an official visit to Y",
// «X совершил визит в Y», «Визит X в Y». The visitor is the person nearest
// before the cue (or the genitive right after «визит»), or the person a
// pronoun refers to; a visit to one's own state is not a visit.
func (d *doc) visitRule(si int, c *sentCtx, ms []mention, people []part) {
	toks := c.toks
	for _, cue := range findCue(toks, visitEn, visitRu) {
		if isFuture(toks, cue) || insideName(ms, cue) || cancelled(toks, cue) {
			continue // "a Visiting Forces Agreement" is no visit
		}
		// destination: first place/state after the cue within a few tokens;
		// «находился во Франции с рабочим визитом»: the place before a
		// visit noun comes first
		dest := -1
		if strings.HasPrefix(toks[cue].fold, "визит") || toks[cue].fold == "visit" {
			for _, m := range ms {
				if m.j <= cue && cue-m.j <= 4 && (m.label == graph.LabelPlace || m.label == graph.LabelState && !m.adj) && c.has(m.i-1, "in", "в", "во") {
					dest = m.ent
				}
			}
		}
		for _, m := range ms {
			if dest >= 0 {
				break
			}
			if m.i > cue && m.i-cue <= 7 && (m.label == graph.LabelPlace || m.label == graph.LabelState && !m.adj) {
				prev := toks[m.i-1]
				if st, ok := c.stateEndingAt(m.i); ok && st.adj && st.i > 0 {
					prev = toks[st.i-1] // "to the Egyptian capital"
				}
				if prev.fold == "to" || prev.fold == "in" || prev.fold == "into" || prev.fold == "в" || prev.fold == "во" || prev.fold == "at" || m.i == cue+1 || prev.fold == "the" ||
					m.i >= 2 && isRuAdjective(prev.fold) && (toks[m.i-2].fold == "в" || toks[m.i-2].fold == "во") {
					dest = m.ent
					break
				}
			}
		}
		// «находится в Казахстане с официальным визитом», "in Baku on a visit"
		if dest < 0 && (strings.HasPrefix(toks[cue].fold, "визит") || toks[cue].fold == "visit") {
			for _, m := range ms {
				if m.j <= cue && cue-m.j <= 4 && (m.label == graph.LabelPlace || m.label == graph.LabelState && !m.adj) && c.has(m.i-1, "in", "в", "во") {
					dest = m.ent
				}
			}
		}
		if dest < 0 {
			continue
		}
		if planned(toks, cue) {
			continue
		}
		speech := findCue(toks, speechEn, speechRu)
		var visitors []int
		nearest := -1
		for k, p := range people {
			if p.pos < cue && !anyBetween(speech, p.pos, cue) {
				visitors = []int{p.ent}
				nearest = k
			}
		}
		// "Pompeo and Esper arrived", «Тернбулл и его супруга прибыли»
		for k := nearest - 1; k >= 0; k-- {
			between := people[k+1].pos - 1
			// "Kamikawa and Japanese Defense Minister Minoru Kihara": past the title
			for between > people[k].pos && toks[between].word && toks[between].cap && !c.has(between, "and", "и") {
				between--
			}
			if between >= 0 && between < len(toks) && (c.has(between, "and", "и") || toks[between].text == ",") {
				visitors = append(visitors, people[k].ent)
				continue
			}
			break
		}
		// "X and his wife Y arrived", «Визит Сердюкова в Вашингтон»
		if len(visitors) == 0 {
			for _, p := range people {
				if p.pos == cue+1 {
					visitors = []int{p.ent}
				}
			}
		}
		// "During his visit to Baku, the minister met …", "Upon arrival in
		// the Turkish capital, Tokayev laid a wreath": the subject after
		// the comma
		if len(visitors) == 0 && (pronounBefore(toks, cue) || cue <= 2) {
			comma := -1
			for k := cue + 1; k < len(toks); k++ {
				if toks[k].text == "," {
					comma = k
					break
				}
			}
			if comma > 0 {
				for _, p := range people {
					if p.pos > comma && p.pos-comma <= 6 && !anyBetween(findCue(toks, meetEn, meetRu), comma, p.pos) {
						visitors = []int{p.ent}
						break
					}
				}
			}
		}
		// «Таджикский лидер прибыл», "the Tajik leader arrived": the
		// article's person of that state
		if len(visitors) == 0 {
			for k := cue - 1; k >= 1 && k >= cue-4; k-- {
				if !cueAt(toks[k], leaderEn, leaderRu) {
					continue
				}
				if st, ok := c.stateEndingAt(k); ok && st.adj {
					iso := c.g.entries[st.entry].iso2
					for _, pe := range d.topPeople(6) {
						if d.personISO(pe) == iso {
							visitors = []int{pe}
							break
						}
					}
				}
				break
			}
		}
		if len(visitors) == 0 && (pronounBefore(toks, cue) || cue <= 3) {
			if lp := d.lastPerson(si); lp >= 0 {
				visitors = []int{lp}
			}
		}
		for _, v := range visitors {
			de := d.ents[dest]
			if de.label == graph.LabelState && de.iso2 == d.personISO(v) {
				continue
			}
			date := d.eventDate(si, toks[cue].start, true)
			d.rel(graph.RelVisited, v, dest, si, 0.8, map[string]string{"date": date})
			// "the Egyptian capital", "the Philippine capital Manila": the
			// text places the site in its state
			if de.label == graph.LabelPlace && de.entry >= 0 && d.namedCapital(dest) {
				if st := d.stateEnt(d.g.entries[de.entry].iso2); st >= 0 && d.g.entries[de.entry].iso2 != d.personISO(v) {
					d.rel(graph.RelVisited, v, st, si, 0.7, map[string]string{"date": date})
				}
			}
			// "arrived in Baku, Azerbaijan": the text places the site in a state
			if de.label == graph.LabelPlace {
				for _, m := range ms {
					if m.label == graph.LabelState && !m.adj && m.i >= 2 && toks[m.i-1].text == "," && d.live(m.ent) != d.stateEnt(d.personISO(v)) {
						for _, q := range ms {
							if q.j == m.i-1 && q.ent == dest {
								d.rel(graph.RelVisited, v, m.ent, si, 0.7, map[string]string{"date": date})
							}
						}
					}
				}
			}
		}
	}
}

// namedCapital reports whether the article calls place entity pe the
// capital of a state ("the Egyptian capital", "the Philippine capital
// Manila", «в кыргызскую столицу»).
func (d *doc) namedCapital(pe int) bool {
	for _, m := range d.ments {
		if m.ent < 0 || d.live(m.ent) != pe || m.label != graph.LabelPlace {
			continue
		}
		c := d.sents[m.sent]
		t := c.toks[m.i]
		if t.fold == "capital" || strings.HasPrefix(t.fold, "столиц") {
			return true
		}
		if m.i > 1 && (c.toks[m.i-1].fold == "capital" || strings.HasPrefix(c.toks[m.i-1].fold, "столиц")) {
			if st, ok := c.stateEndingAt(m.i - 1); ok && st.adj {
				return true
			}
		}
	}
	return false
}

// insideName reports whether token k lies inside a document, exercise or
// organization name.
func insideName(ms []mention, k int) bool {
	for _, m := range ms {
		if m.i <= k && k < m.j && (m.label == graph.LabelTreaty || m.label == graph.LabelExercise || m.label == graph.LabelOrganization) {
			return true
		}
	}
	return false
}

// treatiesIn returns the document mentions of a sentence; a bare document
// word ("the document", «Меморандум») stands for the article's document
// with that head word, or its main document.
func (d *doc) treatiesIn(si int, c *sentCtx, ms []mention) []mention {
	var out []mention
	for _, m := range ms {
		if m.label == graph.LabelTreaty {
			out = append(out, m)
		}
	}
	if len(out) > 0 {
		return out
	}
	for i, t := range c.toks {
		if !(treatyHeads[t.key] || t.fold == "document" || t.fold == "deal" || strings.HasPrefix(t.fold, "документ") || strings.HasPrefix(t.fold, "сделк")) {
			continue
		}
		// an unresolved word stays in the list (ent -1): a document the
		// article does not know is nearer the cue than a known one
		out = append(out, mention{sent: si, i: i, j: i + 1, label: graph.LabelTreaty, ent: d.documentFor(t, si, i), entry: -1})
	}
	return out
}

// documentFor finds the document a bare head word refers to: the last one
// mentioned up to sentence si with the same head word, else the main one.
func (d *doc) documentFor(t token, si, ti int) int {
	best := -1
	for _, m := range d.ments {
		if m.sent > si || m.sent == si && m.i >= ti {
			break
		}
		if m.label != graph.LabelTreaty || m.ent < 0 || m.inside {
			continue
		}
		name := fold(d.ents[d.live(m.ent)].name)
		if t.fold == "document" || strings.HasPrefix(t.fold, "документ") || strings.Contains(name, t.key) {
			best = d.live(m.ent)
		}
	}
	if best < 0 {
		best = d.mainTreaty()
		// "the memorandum that Turkey signed with Libya" in a story about
		// an agreement is another document: a specific head word stands
		// for the main document only when it shares that word
		if best >= 0 && treatyHeads[t.key] && !strings.Contains(fold(d.ents[best].name), t.key) && d.ents[best].entry < 0 {
			for a := range d.ents[best].aliases {
				if strings.Contains(fold(a), t.key) {
					return best
				}
			}
			return -1
		}
	}
	return best
}

// mainTreaty is the article's most mentioned document.
func (d *doc) mainTreaty() int {
	best := -1
	for i, e := range d.ents {
		if e.label == graph.LabelTreaty && e.merged < 0 && (best < 0 || e.count > d.ents[best].count) {
			best = i
		}
	}
	return best
}

// signRule: "X and Y signed Z", "Z that X signed", «Z подписали X и Y»,
// "the presidents ... signed", "A and B signed an agreement", "Z, signed on
// June 15, 2021, ... between A and B"; adoption ("the plan was adopted")
// gives PARTY_TO only. Signers' states are parties too.
func (d *doc) signRule(si int, c *sentCtx, ms []mention, people []part) {
	toks := c.toks
	signs := findCue(toks, signEn, signRu)
	adopts := findCue(toks, adoptEn, adoptRu)
	if len(signs) == 0 && len(adopts) == 0 {
		return
	}
	treaties := d.treatiesIn(si, c, ms)
	if len(treaties) == 0 {
		return
	}
	var cue int
	if len(signs) > 0 {
		cue = signs[0]
	} else {
		cue = adopts[0]
	}
	// which document: the one nearest the cue, and the documents
	// coordinated with it after the cue ("signed a memorandum … and an
	// agreement …")
	tr := treaties[0]
	for _, t := range treaties {
		if abs(t.i-cue) < abs(tr.i-cue) {
			tr = t
		}
	}
	if tr.ent < 0 {
		return
	}
	d.signDocument(si, c, ms, people, signs, adopts, cue, tr)
	// "the X Agreement signed on 17 April 2001 and the Y Agreement signed
	// on 27 May 1998": each participle cue signs the document before it
	for _, k := range signs[min(1, len(signs)):] {
		for _, t := range treaties {
			if t.ent >= 0 && (t.j == k || t.j+1 == k && toks[t.j].text == ",") && d.live(t.ent) != d.live(tr.ent) {
				d.signDocument(si, c, ms, people, signs, adopts, k, t)
			}
		}
	}
	prev := tr
	for _, t := range treaties {
		if tr.i > cue && t.i > prev.i && t.ent >= 0 && d.live(t.ent) != d.live(tr.ent) {
			// only documents coordinated with the object: "X and an agreement"
			gap := t.i - prev.j
			if gap < 1 || gap > 3 || !(c.has(prev.j, "and", "и", ",") || toks[prev.j].text == ",") {
				break
			}
			d.signDocument(si, c, ms, people, signs, adopts, cue, t)
			prev = t
		}
	}
}

// signDocument applies the signing rule to one document tr of sentence si.
func (d *doc) signDocument(si int, c *sentCtx, ms []mention, people []part, signs, adopts []int, cue int, tr mention) {
	toks := c.toks
	date := d.eventDate(si, toks[cue].start, false)
	if date == "" {
		// a known document's signature date, else the story's day
		if date = d.ents[d.live(tr.ent)].signed; date == "" {
			date = d.eventDate(si, toks[cue].start, true)
		}
	}
	place := d.placeIn(c, ms)
	// speech verbs between a person and the cue exclude the person
	speech := findCue(toks, speechEn, speechRu)
	// "The ministers noted … and signed": a coordinated verb shares the
	// subject; "X said that Y signed" does not
	coordinated := c.has(cue-1, "and", "и") && !anyCue(toks[:cue], map[string]bool{"that": true}, []string{"что"})
	between := func(a, b int) bool {
		if a > b {
			a, b = b, a
		}
		if coordinated {
			return false
		}
		for _, s := range speech {
			if s > a && s < b {
				return true
			}
		}
		return false
	}
	var signers []int
	byAt := agentBy(toks, cue)
	named := map[int]bool{}
	for _, m := range ms {
		if m.label == graph.LabelPerson {
			named[m.i] = true
		}
	}
	if len(signs) > 0 {
		participle := tr.j == cue || tr.j+1 == cue && toks[tr.j].text == ","
		for _, p := range people {
			if observerAt(toks, p.pos) {
				continue
			}
			switch {
			case p.pos < cue && !between(p.pos, cue) && !participle:
				signers = append(signers, p.ent)
			case p.pos > cue && (toks[cue].cyr && tr.i < cue || c.has(cue+1, "by")) && !between(cue, p.pos):
				signers = append(signers, p.ent)
			case byAt >= 0 && p.pos > byAt && !between(cue, p.pos) && named[p.pos]:
				// "was signed in New Delhi in May 1974 by A and B" (named
				// people: "…, then prime ministers of the two countries" is
				// them again, not today's holders)
				signers = append(signers, p.ent)
			case p.pos > tr.j && tr.i > cue && !participle && withBefore(toks, tr.j, p.pos) && !between(cue, p.pos):
				// "A signed the agreement with B"
				signers = append(signers, p.ent)
			}
		}
		if len(signers) == 0 && !participle && pronounBefore(toks, cue) && !anyCue(toks[:cue], speechEn, speechRu) {
			if lp := d.lastPerson(si); lp >= 0 {
				signers = append(signers, lp)
			}
		}
	}
	if len(signs) > 0 && d.ents[tr.ent].signed == "" {
		if sd := d.eventDate(si, toks[cue].start, false); sd != "" {
			d.ents[tr.ent].signed = sd
		}
	}
	// two people who sign one document together at the story's event met
	// ("Foreign Secretary A and his Indian counterpart B signed and
	// swapped the documents"); a signing of long ago is only recalled
	if len(signers) == 2 && d.live(signers[0]) != d.live(signers[1]) && date != "" && nearDay(date, d.defaultDate, 3) {
		d.rel(graph.RelMetWith, signers[0], signers[1], si, 0.7, map[string]string{"date": date, "place": place})
	}
	parties := map[int]bool{}
	for _, s := range signers {
		d.rel(graph.RelSigned, s, tr.ent, si, 0.85, map[string]string{"date": date, "place": place})
		if st := d.stateEnt(d.personISO(s)); st >= 0 {
			parties[st] = true
		}
	}
	// states named as the subject before the cue ("signed by": after it),
	// or in "between A and B"
	prep := map[string]bool{"against": true, "counter": true, "from": true, "to": true, "in": true, "of": true, "on": true}
	by := c.has(cue+1, "by")
	for _, m := range ms {
		if m.label != graph.LabelState || m.adj {
			continue
		}
		if by {
			if m.i > cue && m.i-cue < 12 {
				parties[m.ent] = true
			}
			continue
		}
		if m.i < cue && !prep[c.toks[max(m.i-1, 0)].fold] && !anyBetween(speech, m.i, cue) {
			parties[m.ent] = true
		}
	}
	// "the presidents of Bosnia and Herzegovina, Croatia and Serbia …
	// signed": the states a plural title names before the cue
	if len(signs) > 0 && !by {
		for _, rm := range c.roles {
			if !rm.plural || rm.j >= cue || !c.has(rm.j, "of") {
				continue
			}
			for k := rm.j + 1; k < cue; {
				m, ok := c.stateAt(k)
				if !ok || m.adj {
					break
				}
				if st := d.stateEnt(d.g.entries[m.entry].iso2); st >= 0 && !anyBetween(speech, m.i, cue) {
					parties[st] = true
				}
				k = m.j
				if c.has(k, ",") || c.has(k, "and") {
					k++
				}
				if c.has(k, "and") {
					k++
				}
			}
		}
	}
	for k, t := range toks {
		if t.fold == "between" || t.fold == "между" {
			for x := k + 1; x < len(toks) && x <= k+6; x++ {
				if m, ok := c.stateAt(x); ok && !m.adj {
					if st := d.stateEnt(d.g.entries[m.entry].iso2); st >= 0 {
						parties[st] = true
					}
				}
			}
			if c.has(k+1, "the") && c.has(k+2, "two") || c.has(k+1, "двумя") {
				for _, st := range d.topStates(2) {
					parties[st] = true
				}
			}
		}
		if n := countWord(t.fold); n >= 2 && k+1 < len(toks) && isCountriesWord(toks[k+1].fold) {
			for _, st := range d.topStates(n) {
				parties[st] = true
			}
		}
	}
	// persons' states for adoption ("Turkish Foreign Minister ... adopted")
	if len(signers) == 0 {
		for _, p := range people {
			if p.pos < cue {
				if st := d.stateEnt(d.personISO(p.ent)); st >= 0 {
					parties[st] = true
				}
			}
		}
	}
	// released documents with no party named: the states of the article's
	// opening sentence that names several
	if len(parties) == 0 && len(adopts) > 0 {
		for _, st := range d.openingStates() {
			parties[st] = true
		}
	}
	keys := make([]int, 0, len(parties))
	for k := range parties {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, st := range keys {
		d.rel(graph.RelPartyTo, st, tr.ent, si, 0.75, map[string]string{"date": date})
	}
}

// observerAt reports whether the person at token p watches an act rather
// than performs it: "with President X looking on", "in the presence of X",
// "witnessed by X", «в присутствии X».
func observerAt(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-4; k-- {
		f := toks[k].fold
		if f == "presence" || f == "witnessed" || f == "observed" || strings.HasPrefix(f, "присутстви") {
			return true
		}
		if toks[k].text == "," || toks[k].text == ";" {
			break
		}
	}
	for k := p + 1; k < len(toks) && k <= p+6; k++ {
		f := toks[k].fold
		if f == "looking" || f == "looked" || f == "watching" || f == "watched" || f == "witnessing" || f == "observing" {
			return lookingOn(toks, k)
		}
		if !toks[k].word && toks[k].text != "." && toks[k].text != "-" {
			break
		}
	}
	return false
}

// lookingOn: "looking on", "watching" (the latter needs nothing after).
func lookingOn(toks []token, k int) bool {
	f := toks[k].fold
	if f == "looking" || f == "looked" {
		return k+1 < len(toks) && toks[k+1].fold == "on"
	}
	return true
}

// withBefore reports "with" / «с» between a and b, the start of a
// co-signer phrase ("signed the agreement with Philippine Foreign
// Secretary Enrique Manalo").
func withBefore(toks []token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].fold == "with" || toks[k].fold == "с" || toks[k].fold == "со" {
			return true
		}
		if toks[k].text == "." || toks[k].text == ";" {
			return false
		}
	}
	return false
}

// openingStates returns the states of the first sentence naming at least
// two.
func (d *doc) openingStates() []int {
	for si := range d.sents {
		var out []int
		seen := map[int]bool{}
		for _, m := range d.mentionsIn(si) {
			if m.label == graph.LabelState && !m.adj && !seen[m.ent] {
				out = append(out, m.ent)
				seen[m.ent] = true
			}
		}
		if len(out) >= 2 {
			return out
		}
	}
	return nil
}

// referenceRule: "the text refers to the Treaty of Moscow", «в документе
// сделана ссылка на Договор о дружбе», "the statement ... reaffirmed
// their commitment to the Helsinki Final Act".
func (d *doc) referenceRule(si int, c *sentCtx, ms []mention) {
	toks := c.toks
	var cues []int
	for _, k := range findCue(toks, refEn, refRu) {
		if toks[k].fold == "based" && !c.has(k+1, "on") {
			continue
		}
		cues = append(cues, k)
	}
	if len(cues) == 0 {
		return
	}
	cue := cues[0]
	if c.has(cue-1, "со") { // «со ссылкой на» cites a source
		return
	}
	var targets []int
	src := -1
	for _, m := range ms {
		if m.label != graph.LabelTreaty {
			continue
		}
		if m.i > cue {
			targets = append(targets, m.ent)
		} else {
			src = m.ent
		}
	}
	if len(targets) == 0 {
		return
	}
	if src < 0 {
		for i := 0; i < cue; i++ {
			t := toks[i]
			if treatyHeads[t.key] || t.fold == "document" || strings.HasPrefix(t.fold, "документ") {
				src = d.documentFor(t, si, i)
				break
			}
		}
	}
	// "The two sides also agreed to implement the Security Cooperation
	// Agreement": the sides speak through the article's main document
	if src < 0 {
		for i := 0; i < cue; i++ {
			if cueAt(toks[i], groupEn, groupRu) {
				if mt := d.mainTreaty(); mt >= 0 && !slices.Contains(targets, mt) && d.storyDocument(mt) {
					src = mt
				}
				break
			}
		}
	}
	if src < 0 {
		return
	}
	for _, t := range targets {
		d.rel(graph.RelReferences, src, t, si, 0.8, nil)
	}
}

// exerciseRules: PARTICIPATED_IN from "A and B began/held/conduct joint
// drills", "with the participation of Greek and Egyptian troops",
// "troops from A, B and C", "A is taking part in Malabar"; HELD_IN from
// "drills in Baku", "held in Nakhchivan, Azerbaijan", "near a river crossing in
// Poland"; an exercise's dates from a range in its sentence.
func (d *doc) exerciseRules(si int, c *sentCtx, ms []mention, mainEx int) {
	toks := c.toks
	var exs []int
	for _, m := range ms {
		if m.label == graph.LabelExercise {
			exs = append(exs, m.ent)
		}
	}
	// "troops from A, B and C", "troops of A", «военнослужащие Армении, Китая»
	troops := -1
	for i, t := range toks {
		if troopsEn[t.fold] {
			for k := i + 1; k < len(toks) && k <= i+4; k++ {
				if toks[k].fold == "from" || toks[k].fold == "of" && k == i+1 {
					troops = k
					break
				}
			}
		}
		if troops < 0 && cueAt(t, nil, troopsRu) {
			troops = i
		}
	}
	cueWord := c.sentenceHasCue(exerciseCues) || strings.Contains(strings.ToLower(c.text(0, len(toks))), "war games")
	// "American and Filipino personnel are joined by Australian troops":
	// troops and a participation cue speak of the main exercise
	troopsJoin := anyCue(toks, troopsEn, troopsRu) && anyCue(toks, partEn, partRu)
	if len(exs) == 0 && mainEx >= 0 && (cueWord || troops >= 0 || troopsJoin) {
		exs = []int{mainEx}
	}
	if len(exs) == 0 {
		return
	}
	// exercise dates from a range
	for _, m := range d.dates[si] {
		if !m.EndDate.IsZero() {
			for _, ex := range exs {
				e := d.ents[ex]
				if e.start == "" {
					e.start, e.end = m.Date.String(), m.EndDate.String()
				}
			}
		}
	}
	states := map[int]bool{}
	// parenthetical clauses ("— which also ... China —") are skipped
	inParen := make([]bool, len(toks))
	open := false
	lastDash := -1
	for i, t := range toks {
		if t.text == "—" || t.text == "–" {
			lastDash = i
		}
	}
	for i, t := range toks {
		if t.text == "—" || t.text == "–" || t.text == "(" || t.text == ")" {
			if t.text == "(" {
				open = true
			} else if t.text == ")" {
				open = false
			} else if open || i < lastDash {
				// a lone dash (after a dateline) opens nothing
				open = !open
			}
		}
		inParen[i] = open
	}
	partCue := findCue(toks, partEn, partRu)
	conduct := findCue(toks, conductEn, conductRu)
	firstCue := -1
	for _, k := range append(append([]int{}, partCue...), conduct...) {
		if firstCue < 0 || k < firstCue {
			firstCue = k
		}
	}
	prep := map[string]bool{"against": true, "counter": true, "to": true, "in": true, "of": true, "on": true, "with": true, "near": true, "at": true, "в": true, "на": true, "с": true}
	prevPrep := ""
	prevEnd := -1
	prevOfEx := false
	for _, m := range ms {
		if m.label != graph.LabelState || inParen[m.i] {
			continue
		}
		p := ""
		if m.i > 0 {
			p = toks[m.i-1].fold
			if p == "the" && m.i > 1 {
				p = toks[m.i-2].fold
			}
		}
		// «начальник Генерального штаба Вооруженных сил России»: a
		// capitalized forces name in a title is no participation
		for k := m.i - 1; k >= 0 && forcesWord(toks[k]); k-- {
			if toks[k].cap {
				p = "title"
			}
		}
		// "the joint military exercise of India and France"
		ofEx := !m.adj && p == "of" && m.i >= 2 && (exerciseCues[toks[m.i-2].key] || c.has(m.i-2, "the") && m.i >= 3 && exerciseCues[toks[m.i-3].key])
		// "of Pakistan and China": a coordinated state shares the first one's preposition
		if (p == "and" || p == "," || p == "и") && prevEnd >= 0 && m.i-prevEnd <= 2 {
			p = prevPrep
			ofEx = prevOfEx && !m.adj
		}
		prevPrep, prevEnd, prevOfEx = p, m.j, ofEx
		switch {
		case firstCue >= 0 && m.i < firstCue && !m.adj && !prep[p]:
			states[m.ent] = true
		case troops >= 0 && m.i > troops && m.i-troops <= 25 && (!m.adj || m.j < len(toks) && forcesWord(toks[m.j])):
			// "troops from France, Germany, ... and the US", "ships of the
			// Indian Navy, the Japan Maritime Self-Defense Force and …"
			ok := true
			for k := troops + 1; k < m.i; k++ {
				if toks[k].word && c.cover[k] < 0 && !c.has(k, "and", "и", "the", "all", "nato", "allies") && !forcesWord(toks[k]) && !(toks[k].cap && !toks[k].cyr) {
					ok = false
				}
			}
			if ok {
				states[m.ent] = true
			}
		case m.adj && m.i > 0 && m.j < len(toks) && (troopsEn[toks[m.j].fold] || c.has(m.j, "and", ",") && participationBefore(toks, m.i)):
			states[m.ent] = true
		case participationBefore(toks, m.i):
			states[m.ent] = true
		case ofEx:
			states[m.ent] = true
		case !m.adj && forcesWord(token{fold: p, cyr: true, word: true}) && (p != "forces" || c.has(m.i-1, "of") || c.has(m.i-2, "of")):
			// «учения вооружённых сил России и Белоруссии»
			states[m.ent] = true
		case m.adj && m.j+1 < len(toks) && forcesWord(toks[m.j]) && len(partCue) > 0 && partCue[0] < m.i && m.i-partCue[0] <= 12:
			// "are joined this year by members of the Australian Defence Force"
			states[m.ent] = true
		case !m.adj && len(partCue) > 0 && m.i < partCue[0] && !prep[p]:
			states[m.ent] = true
		}
	}
	// "the exercise X between the UAE Land Forces and the Indian Army",
	// «учения между вооружёнными силами России и Китая»
	for k, t := range toks {
		if t.fold != "between" && t.fold != "между" {
			continue
		}
		for _, m := range ms {
			if m.label == graph.LabelState && m.i > k && m.i-k <= 12 && !inParen[m.i] {
				states[m.ent] = true
			}
		}
	}
	// "with the participation of the three countries"
	for k := range toks {
		if n := countWord(toks[k].fold); n >= 2 && k+1 < len(toks) && isCountriesWord(toks[k+1].fold) && participationBefore(toks, k) {
			for _, st := range d.topStates(n) {
				states[st] = true
			}
		}
	}
	keys := make([]int, 0, len(states))
	for k := range states {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, st := range keys {
		for _, ex := range exs {
			d.rel(graph.RelParticipatedIn, st, ex, si, 0.75, nil)
		}
	}
	// HELD_IN: a place after the exercise, its cue word or "troops from"
	// ("met in Baku and agreed to hold the exercise in Georgia": Georgia)
	visit := findCue(toks, visitEn, visitRu)
	anchor := len(toks)
	for _, m := range ms {
		if m.label == graph.LabelExercise && m.i < anchor {
			anchor = m.i
		}
	}
	for k, t := range toks {
		if (exerciseCues[t.key] || t.fold == "games") && k < anchor {
			anchor = k
		}
	}
	if troops >= 0 && troops < anchor {
		anchor = troops
	}
	prevLoc := -1 // end of the last located place: a list continues it
	// "the previous edition was held in France": another edition's site
	if previousEdition(toks) {
		return
	}
	speech := findCue(toks, speechEn, speechRu)
	for _, m := range ms {
		// "…, the admiral told reporters in Brussels": the speaker's place
		if anyBetween(speech, anchor, m.i) {
			continue
		}
		if m.label != graph.LabelPlace && (m.label != graph.LabelState || m.adj) {
			continue
		}
		if m.i < anchor && !(len(visit) > 0 && m.label == graph.LabelPlace) {
			continue
		}
		if prevLoc >= 0 && m.i > prevLoc && m.i-prevLoc <= 5 && listJoin(toks[prevLoc:m.i]) {
			for _, ex := range exs {
				d.rel(graph.RelHeldIn, ex, m.ent, si, 0.65, nil)
			}
			prevLoc = m.j
			continue
		}
		// the preposition before the name, past "the", quotes and a place
		// noun («на полигоне «Матыбулак»»)
		p := ""
		adjISO := "" // "in the Indian state of Rajasthan": the text places the site
		for k := m.i - 1; k >= 0 && k >= m.i-6; k-- {
			f := toks[k].fold
			if o, cl := isQuote(toks[k]); f == "the" || o || cl || placeNouns[toks[k].key] || compassAdjs[toks[k].key] && !toks[k].cap ||
				strings.HasPrefix(f, "акватори") || strings.HasPrefix(f, "территори") || f == "waters" {
				continue
			}
			// "the Indian state of Rajasthan", "the province of X"
			if f == "of" && k > 0 && (placeNouns[toks[k-1].key] || toks[k-1].fold == "state") && !toks[k-1].cap {
				k--
				continue
			}
			// «на белорусском полигоне»: a state adjective before the site
			if st, ok := c.stateEndingAt(k + 1); ok && st.adj {
				adjISO = d.g.entries[st.entry].iso2
				k = st.i
				continue
			}
			p = f
			break
		}
		loc := p == "in" || p == "near" || p == "at" || p == "в" || p == "во" || p == "на" || p == "across" ||
			p == "of" && m.label == graph.LabelPlace && m.i >= 2 && (c.has(m.i-2, "crossing") || m.i >= 3 && c.has(m.i-3, "crossing"))
		if p == "to" && len(visit) > 0 && m.label == graph.LabelPlace {
			loc = true
		}
		// "Nakhchivan, Azerbaijan": the state after a place
		if !loc && m.label == graph.LabelState && m.i >= 2 && toks[m.i-1].text == "," {
			for _, q := range ms {
				if q.j == m.i-1 && q.label == graph.LabelPlace {
					loc = true
				}
			}
		}
		if !loc && m.label == graph.LabelPlace && m.i > 0 && (isListNoun(toks[m.i-1]) || m.i > 1 && isListNoun(toks[m.i-2]) && !toks[m.i-1].word) {
			loc = true // «на аэродромах Барановичи», «на полигонах — Брестском»
		}
		if !loc {
			continue
		}
		prevLoc = m.j
		for _, ex := range exs {
			d.rel(graph.RelHeldIn, ex, m.ent, si, 0.7, nil)
			if pe := d.ents[m.ent]; pe.label == graph.LabelPlace && pe.iso2 != "" {
				if st := d.stateEnt(pe.iso2); st >= 0 {
					d.rel(graph.RelHeldIn, ex, st, si, 0.5, nil)
				}
			}
			if st := d.stateEnt(adjISO); st >= 0 && d.ents[m.ent].label == graph.LabelPlace {
				d.rel(graph.RelHeldIn, ex, st, si, 0.6, nil)
			}
		}
	}
}

// countWord reads "two", "three", «двух», «трех», "both" as a number.
func countWord(f string) int {
	switch f {
	case "two", "both", "двух", "две", "два", "обеих", "обоих":
		return 2
	case "three", "трех", "трёх", "три":
		return 3
	case "four", "четырех", "четырёх":
		return 4
	}
	return 0
}

func isCountriesWord(f string) bool {
	return f == "countries" || f == "nations" || f == "states" || strings.HasPrefix(f, "стран") || strings.HasPrefix(f, "государств")
}

// participationBefore reports "participation of" / «с участием» before p.
func participationBefore(toks []token, p int) bool {
	for i := p - 1; i >= 0 && i >= p-6; i-- {
		if toks[i].fold == "participation" || strings.HasPrefix(toks[i].fold, "участи") {
			return true
		}
	}
	return false
}

// exerciseHierarchy: "Cold Response, held as part of the larger Nordic
// Response 24": the states in the part take part in the whole.
func (d *doc) exerciseHierarchy() {
	for si, c := range d.sents {
		var exs []mention
		for _, m := range d.mentionsIn(si) {
			if m.label == graph.LabelExercise {
				exs = append(exs, m)
			}
		}
		if len(exs) < 2 {
			continue
		}
		for i := 0; i+1 < len(exs); i++ {
			a, b := exs[i], exs[i+1]
			partOf := false
			for k := a.j; k < b.i; k++ {
				if c.has(k, "part") && c.has(k+1, "of") || c.has(k, "umbrella") || c.has(k, "within") || c.has(k, "рамках") {
					partOf = true
				}
			}
			if !partOf {
				continue
			}
			for _, r := range d.rels {
				if r.Type == graph.RelParticipatedIn && r.To == strconv.Itoa(a.ent) {
					st, _ := strconv.Atoi(r.From)
					d.rel(graph.RelParticipatedIn, st, b.ent, si, 0.6, nil)
				}
			}
		}
	}
}

// planned reports a visit or meeting word with "planned", "upcoming",
// "possible", "next", «предстоящ» near it.
func planned(toks []token, cue int) bool {
	for k := cue - 2; k <= cue+1; k++ {
		if k < 0 || k >= len(toks) || k == cue {
			continue
		}
		f := toks[k].fold
		if f == "planned" || f == "upcoming" || f == "forthcoming" || f == "possible" || f == "next" || f == "future" ||
			f == "proposed" || strings.HasPrefix(f, "предстоящ") || strings.HasPrefix(f, "планируем") || strings.HasPrefix(f, "возможн") {
			return true
		}
	}
	return false
}

func anyBetween(idx []int, a, b int) bool {
	for _, s := range idx {
		if s > a && s < b {
			return true
		}
	}
	return false
}

// isFuture reports a planned event: "will meet", "is slated to visit",
// "to meet", «встретится».
func isFuture(toks []token, cue int) bool {
	for k := cue - 3; k < cue; k++ {
		if k < 0 {
			continue
		}
		if futureEn[toks[k].fold] || k == cue-1 && toks[k].fold == "to" {
			return true
		}
		for _, p := range futureRu {
			if toks[k].cyr && strings.HasPrefix(toks[k].fold, p) {
				return true
			}
		}
	}
	t := toks[cue]
	for _, p := range futureRu {
		if strings.HasPrefix(t.fold, p) {
			return true
		}
	}
	return false
}

// agentBy returns the "by" of a passive signing a few words after the cue
// ("signed in New Delhi in May 1974 by …"), past places, dates and
// prepositions only; -1 when there is none.
func agentBy(toks []token, cue int) int {
	for k := cue + 1; k < len(toks) && k <= cue+10; k++ {
		t := toks[k]
		if t.fold == "by" {
			return k
		}
		if !t.word || t.num {
			if t.text == "," || t.text == "." || t.text == ";" {
				return -1
			}
			continue
		}
		if !t.cap && !agentSkip[t.fold] {
			return -1
		}
	}
	return -1
}

// agentSkip are the lower-case words between a signing cue and its "by".
var agentSkip = map[string]bool{"in": true, "on": true, "at": true, "the": true, "of": true, "last": true, "this": true,
	"year": true, "month": true, "week": true, "and": true, "then": true}

// nearDay reports whether two dates of day precision ("2015-06-06") are at
// most days apart.
func nearDay(a, b string, days int) bool {
	ta, err := time.Parse("2006-01-02", a)
	if err != nil {
		return false
	}
	tb, err := time.Parse("2006-01-02", b)
	if err != nil {
		return false
	}
	return tb.Sub(ta).Abs() <= time.Duration(days)*24*time.Hour
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// listJoin reports whether the tokens between two list items only join
// them: ",", "and", «и», "the waters off".
func listJoin(toks []token) bool {
	for _, t := range toks {
		if t.text == "," || t.fold == "and" || t.fold == "и" || listFillers[t.fold] && !t.cap {
			continue
		}
		return false
	}
	return true
}

// conveyedFrom reports a person named as the sender of something handed
// over: "a letter from Putin", «письмо Президента России Владимира Путина».
func conveyedFrom(toks []token, p int) bool {
	for k := p - 1; k >= 0 && k >= p-6; k-- {
		f := toks[k].fold
		if f == "letter" || f == "message" || f == "greetings" || strings.HasPrefix(f, "письм") || strings.HasPrefix(f, "послани") || strings.HasPrefix(f, "привет") {
			return true
		}
		if toks[k].text == "," || cueAt(toks[k], meetEn, meetRu) {
			return false
		}
	}
	return false
}

// forcesWord: a word of an armed forces' name ("Defence Force", «вооруженных
// сил»), which may stand between a troops word and its states.
func forcesWord(t token) bool {
	f := t.fold
	return f == "armed" || f == "forces" || f == "force" || f == "defence" || f == "defense" || f == "army" || f == "navy" ||
		f == "military" || strings.HasPrefix(f, "вооруж") || strings.HasPrefix(f, "сил") || strings.HasPrefix(f, "арми")
}

// storyDocument reports whether document entity ei is signed or issued in
// the story itself (a sentence with a signing or adoption cue names it and
// dates no other year).
func (d *doc) storyDocument(ei int) bool {
	for _, m := range d.ments {
		if m.label != graph.LabelTreaty || m.ent < 0 || d.live(m.ent) != ei {
			continue
		}
		toks := d.sents[m.sent].toks
		if (anyCue(toks, signEn, signRu) || anyCue(toks, adoptEn, adoptRu)) && !d.datedElsewhen(m.sent) {
			return true
		}
	}
	return false
}

// cancelled reports a visit or meeting the sentence calls off: "plans for
// a visit to Australia were dropped", «визит был отменён».
func cancelled(toks []token, cue int) bool {
	for k := cue + 1; k < len(toks) && k <= cue+12; k++ {
		f := toks[k].fold
		if f == "dropped" || f == "cancelled" || f == "canceled" || f == "postponed" || f == "scrapped" || f == "shelved" ||
			f == "called" && k+1 < len(toks) && toks[k+1].fold == "off" || strings.HasPrefix(f, "отмен") || strings.HasPrefix(f, "отложен") {
			return true
		}
	}
	for k := cue - 1; k >= 0 && k >= cue-4; k-- {
		if f := toks[k].fold; f == "cancelled" || f == "canceled" || f == "postponed" || f == "planned" || strings.HasPrefix(f, "отмен") {
			return true
		}
	}
	return false
}

// previousEdition reports a sentence about an earlier edition of an
// exercise: "the previous edition was held in France", «предыдущие учения».
func previousEdition(toks []token) bool {
	for k, t := range toks {
		f := t.fold
		if (f == "previous" || f == "last" || f == "earlier" || f == "past") && k+1 < len(toks) && (toks[k+1].fold == "edition" || toks[k+1].fold == "editions") ||
			strings.HasPrefix(f, "предыдущ") || strings.HasPrefix(f, "прошлогодн") {
			return true
		}
	}
	return false
}

// holdsDocumentRule: "Manila has a Visiting Forces Agreement with the
// United States", «У Армении есть соглашение с Россией»: a state (or its
// capital standing for it) that has a named document with another state
// is a party to it, and so is the other.
func (d *doc) holdsDocumentRule(si int, c *sentCtx, ms []mention) {
	toks := c.toks
	for k, t := range toks {
		if t.fold != "has" && t.fold != "have" {
			continue
		}
		var subj, tr, obj = -1, -1, -1
		for _, m := range ms {
			switch {
			case m.j <= k && k-m.j <= 2 && subj < 0:
				subj = d.partyOf(m)
			case m.i > k && m.label == graph.LabelTreaty && !m.unnamed && tr < 0 && m.i-k <= 3:
				tr = m.ent
				if !c.has(m.j, "with") {
					return
				}
			case tr >= 0 && m.i > k && obj < 0 && c.has(m.i-1, "with", "the") && (c.has(m.i-1, "with") || c.has(m.i-2, "with")):
				obj = d.partyOf(m)
			}
		}
		if subj < 0 || tr < 0 || obj < 0 || subj == obj {
			return
		}
		d.rel(graph.RelPartyTo, subj, tr, si, 0.7, nil)
		d.rel(graph.RelPartyTo, obj, tr, si, 0.7, nil)
		return
	}
}

// partyOf returns the state a mention stands for: a state named, or the
// state whose capital is named ("Manila", "Tokyo"), else -1.
func (d *doc) partyOf(m mention) int {
	if m.ent < 0 {
		return -1
	}
	e := d.ents[d.live(m.ent)]
	switch {
	case e.label == graph.LabelState && !m.adj:
		return d.live(m.ent)
	case e.label == graph.LabelPlace && e.entry >= 0 && d.g.entries[e.entry].kind == "capital":
		return d.stateEnt(d.g.entries[e.entry].iso2)
	}
	return -1
}

// accessionRule: "Finland formally joined NATO", "Finland becomes NATO's
// 31st member", «Финляндия вступила в НАТО»: the state becomes a party to
// the organization's founding treaty (knowledge base) when the article
// names that treaty.
func (d *doc) accessionRule(si int, c *sentCtx, ms []mention) {
	toks := c.toks
	cue := -1
	for k, t := range toks {
		f := t.fold
		if f == "joined" || f == "joins" || f == "accession" || f == "acceded" || f == "admitted" ||
			(f == "became" || f == "becomes") && containsWord(toks[k:], []string{"member"}) ||
			strings.HasPrefix(f, "вступил") || strings.HasPrefix(f, "вступлени") || strings.HasPrefix(f, "присоединил") {
			cue = k
			break
		}
	}
	if cue < 0 || isFuture(toks, cue) || planned(toks, cue) {
		return
	}
	tr := -1
	for _, m := range ms {
		if m.label != graph.LabelOrganization || m.i < cue || m.entry < 0 {
			continue
		}
		if ch := d.g.entries[m.entry].charter; ch != "" {
			for i, e := range d.ents {
				if e.label == graph.LabelTreaty && e.merged < 0 && e.name == ch {
					tr = i
				}
			}
		}
	}
	if tr < 0 {
		return
	}
	for _, m := range ms {
		if m.label == graph.LabelState && !m.adj && m.j <= cue && cue-m.j <= 4 {
			d.rel(graph.RelPartyTo, m.ent, tr, si, 0.7, map[string]string{"date": d.eventDate(si, toks[cue].start, true)})
		}
	}
}
