package synth

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/graph"
)

// story collects the sentences, entities and relations of one page.
type story struct {
	sentences []string
	entities  map[string]graph.Entity
	order     []string
	mentions  map[string]int
	relations []graph.Relation
}

func (s *story) entity(e graph.Entity) string {
	if _, ok := s.entities[e.ID]; !ok {
		s.entities[e.ID] = e
		s.order = append(s.order, e.ID)
	}
	s.mentions[e.ID]++
	return e.ID
}

func (s *story) rel(t graph.RelType, from, to, evidence string, conf float64, props map[string]string) {
	s.relations = append(s.relations, graph.Relation{Type: t, From: from, To: to, Properties: props, Evidence: evidence, Confidence: conf})
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func stateEntity(i int) graph.Entity {
	st := states[i]
	return graph.Entity{ID: graph.EntityID(graph.LabelState, st.en), Label: graph.LabelState, Name: st.en, ISO2: st.iso2, Aliases: graph.UnionSorted([]string{st.ru, st.adjEN}, nil)}
}

func placeEntity(i int) graph.Entity {
	st := states[i]
	return graph.Entity{ID: graph.EntityID(graph.LabelPlace, st.capitalEN), Label: graph.LabelPlace, Name: st.capitalEN, Aliases: []string{st.capitalRU}}
}

// article builds one page and its record.
func (w *world) article(r *rand.Rand, ru bool) (string, graph.Record) {
	s := &story{entities: map[string]graph.Entity{}, mentions: map[string]int{}}
	y, m, d := 2015+r.IntN(11), 1+r.IntN(12), 1+r.IntN(28)
	date := fmt.Sprintf("%04d-%02d-%02d", y, m, d)
	src := sources[zipf(r, len(sources))]
	a := w.people[zipf(r, len(w.people))]
	b := w.people[zipf(r, len(w.people))]
	for b.id == a.id {
		b = w.people[r.IntN(len(w.people))]
	}
	host := a.state
	if r.IntN(2) == 0 {
		host = b.state
	}
	conf := func() float64 { return float64(50+r.IntN(50)) / 100 }

	personEntity := func(p person) graph.Entity {
		aliases := []string{p.lastEN}
		if ru {
			aliases = []string{p.ru}
		}
		return graph.Entity{ID: p.id, Label: graph.LabelPerson, Name: p.en, Aliases: aliases}
	}
	pa, pb := s.entity(personEntity(a)), s.entity(personEntity(b))
	sa, sb := s.entity(stateEntity(a.state)), s.entity(stateEntity(b.state))
	s.entity(placeEntity(host))
	srcE := graph.Entity{ID: graph.EntityID(graph.LabelSource, src.en), Label: graph.LabelSource, Name: src.en, Aliases: []string{}}
	if ru && src.ru != src.en {
		srcE.Aliases = []string{src.ru}
	}
	srcID := srcE.ID
	s.entities[srcID] = srcE
	s.order = append(s.order, srcID)

	var title, dateline string
	var lead string
	if ru {
		title = fmt.Sprintf("%s и %s провели переговоры в %s", a.ru, b.ru, states[host].capitalRU)
		dateline = fmt.Sprintf("%s, %d %s (%s) – ", strings.ToUpper(states[host].capitalRU), d, monthsRU[m-1], src.ru)
		lead = fmt.Sprintf("%s %s %s встретился с %s (%s, %s) в %s %d %s %d года.",
			capitalize(roles[a.role].ru), states[a.state].ru, a.ru, b.ru, roles[b.role].ru, states[b.state].ru, states[host].capitalRU, d, monthsRU[m-1], y)
	} else {
		title = fmt.Sprintf("%s and %s hold talks in %s", a.lastEN, b.lastEN, states[host].capitalEN)
		dateline = fmt.Sprintf("%s, %s %d (%s) – ", strings.ToUpper(states[host].capitalEN), monthsEN[m-1], d, src.en)
		lead = fmt.Sprintf("%s, the %s of %s, met with %s, the %s of %s, in %s on %d %s %d.",
			a.en, roles[a.role].en, states[a.state].en, b.en, roles[b.role].en, states[b.state].en, states[host].capitalEN, d, monthsEN[m-1], y)
	}
	s.sentences = append(s.sentences, lead)
	s.rel(graph.RelMetWith, pa, pb, lead, conf(), map[string]string{"date": date, "place": states[host].capitalEN})
	s.rel(graph.RelHoldsOffice, pa, sa, lead, conf(), map[string]string{"role": roles[a.role].en})
	s.rel(graph.RelHoldsOffice, pb, sb, lead, conf(), map[string]string{"role": roles[b.role].en})
	visitor, visitorState := pa, a.state
	if host == a.state {
		visitor, visitorState = pb, b.state
	}
	if visitorState != host {
		s.rel(graph.RelVisited, visitor, s.entity(stateEntity(host)), lead, conf(), map[string]string{"date": date})
	}

	// A treaty in most stories.
	if r.IntN(10) < 7 {
		t := w.treaties[zipf(r, len(w.treaties))]
		te := graph.Entity{ID: t.id, Label: graph.LabelTreaty, Name: t.en, Aliases: []string{}}
		if ru {
			te.Aliases = []string{t.ru}
		}
		tid := s.entity(te)
		var sent string
		if ru {
			sent = fmt.Sprintf("По итогам встречи стороны подписали документ «%s».", t.ru)
		} else {
			sent = fmt.Sprintf("The two officials signed the %s.", t.en)
		}
		s.sentences = append(s.sentences, sent)
		s.rel(graph.RelSigned, pa, tid, sent, conf(), map[string]string{"date": date, "place": states[host].capitalEN})
		s.rel(graph.RelSigned, pb, tid, sent, conf(), map[string]string{"date": date})
		s.rel(graph.RelPartyTo, sa, tid, sent, conf(), map[string]string{"date": date})
		if sb != sa {
			s.rel(graph.RelPartyTo, sb, tid, sent, conf(), map[string]string{"date": date})
		}
		if r.IntN(4) == 0 {
			t2 := w.treaties[zipf(r, len(w.treaties))]
			if t2.id != t.id {
				t2e := graph.Entity{ID: t2.id, Label: graph.LabelTreaty, Name: t2.en, Aliases: []string{}}
				if ru {
					sent = fmt.Sprintf("Документ опирается на «%s».", t2.ru)
					t2e.Aliases = []string{t2.ru}
				} else {
					sent = fmt.Sprintf("The document builds on the %s.", t2.en)
				}
				s.sentences = append(s.sentences, sent)
				s.rel(graph.RelReferences, tid, s.entity(t2e), sent, conf(), nil)
			}
		}
	}
	// A joint exercise in some.
	if r.IntN(10) < 3 {
		ex := w.exercises[zipf(r, len(w.exercises))]
		ee := graph.Entity{ID: ex.id, Label: graph.LabelExercise, Name: ex.en, Aliases: []string{}}
		if ru {
			ee.Aliases = []string{ex.ru}
		}
		eid := s.entity(ee)
		var sent string
		if ru {
			sent = fmt.Sprintf("Военные двух стран примут участие в учениях «%s» на территории страны %s.", ex.ru, states[host].ru)
		} else {
			sent = fmt.Sprintf("%s and %s troops will take part in the %s exercise in %s.", states[a.state].adjEN, states[b.state].adjEN, ex.en, states[host].en)
		}
		s.sentences = append(s.sentences, sent)
		s.rel(graph.RelParticipatedIn, sa, eid, sent, conf(), nil)
		if sb != sa {
			s.rel(graph.RelParticipatedIn, sb, eid, sent, conf(), nil)
		}
		s.rel(graph.RelHeldIn, eid, s.entity(stateEntity(host)), sent, conf(), nil)
	}
	filler := fillerEN
	sidebar := sidebarEN
	if ru {
		filler, sidebar = fillerRU, sidebarRU
	}
	for n := 3 + r.IntN(6); n > 0; n-- {
		s.sentences = append(s.sentences, filler[r.IntN(len(filler))])
	}

	body := dateline + strings.Join(s.sentences, "\n")
	id := graph.ArticleID(body)
	var page strings.Builder
	page.WriteString(title + "\n" + body + "\n")
	for _, l := range sidebar[:2+r.IntN(3)] {
		page.WriteString(l + "\n")
	}
	lang := "en"
	if ru {
		lang = "ru"
	}
	pub, srcName := date, src.en
	rec := graph.Record{
		Article: graph.Article{ID: id, Title: title, Published: &pub, Language: lang, Source: &srcName,
			Authors: []string{}, WordCount: len(strings.Fields(body))},
		Entities:  make([]graph.Entity, 0, len(s.order)),
		Relations: s.relations,
	}
	for _, eid := range s.order {
		rec.Entities = append(rec.Entities, s.entities[eid])
	}
	for _, eid := range s.order {
		if eid == srcID {
			continue
		}
		rec.Relations = append(rec.Relations, graph.Relation{Type: graph.RelMentions, From: id, To: eid, Properties: map[string]string{"count": strconv.Itoa(s.mentions[eid])}})
	}
	rec.Relations = append(rec.Relations, graph.Relation{Type: graph.RelReportedBy, From: id, To: srcID})
	return page.String(), rec
}
