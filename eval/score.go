package eval

import (
	"fmt"
	"sort"
	"strconv"

	"github.com/diplograph/diplograph/graph"
)

var scoredLabels = map[string]bool{"Person": true, "State": true, "Treaty": true, "Exercise": true, "Place": true, "Organization": true}

// relEnds are the labels a relation's endpoints may carry; they resolve gold
// names shared by two entities.
var relEnds = map[string][2]map[string]bool{
	"SIGNED":          {{"Person": true}, {"Treaty": true}},
	"PARTY_TO":        {{"State": true}, {"Treaty": true}},
	"MET_WITH":        {{"Person": true}, {"Person": true}},
	"VISITED":         {{"Person": true}, {"State": true, "Place": true}},
	"HOLDS_OFFICE":    {{"Person": true}, {"State": true, "Organization": true}},
	"PARTICIPATED_IN": {{"State": true}, {"Exercise": true}},
	"HELD_IN":         {{"Exercise": true}, {"Place": true, "State": true}},
	"REFERENCES":      {{"Treaty": true}, {"Treaty": true}},
	"REPORTED_BY":     {{}, {"Source": true, "Organization": true}},
}

// Counts are true positives, false positives and false negatives.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// PRF returns precision, recall and F1.
func (c Counts) PRF() (p, r, f1 float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f1 = 2 * p * r / (p + r)
	}
	return p, r, f1
}

// Fraction is right answers out of those asked.
type Fraction struct {
	Right int `json:"right"`
	Asked int `json:"asked"`
}

// Result holds every figure of one scoring run.
type Result struct {
	Entities  map[string]*Counts   `json:"per_label"`
	Relations map[string]*Counts   `json:"per_type"`
	Dates     []float64            `json:"-"`
	Roles     []float64            `json:"-"`
	Meta      map[string]*Fraction `json:"meta"`
	Missing   []string             `json:"missing"`
	Notes     []string             `json:"notes,omitempty"`
	// Report lists misses and extras (the --verbose lines).
	Report []string `json:"report,omitempty"`
}

type key struct {
	g        *Gold
	entities []keyEntity
	byName   map[string][]int
}

type keyEntity struct {
	label, name string
	optional    bool
}

func newKey(g *Gold) *key {
	k := &key{g: g, byName: map[string][]int{}}
	add := func(ents []GoldEntity, optional bool) {
		for _, e := range ents {
			idx := len(k.entities)
			k.entities = append(k.entities, keyEntity{e.Label, e.Name, optional})
			seen := map[string]bool{}
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				nn := Norm(n)
				if !seen[nn] {
					seen[nn] = true
					k.byName[nn] = append(k.byName[nn], idx)
				}
			}
		}
	}
	add(g.Entities, false)
	add(g.Optional.Entities, true)
	return k
}

// find returns the index of the gold entity called name, preferring one
// whose label is in labels; with labels nil, the first.
func (k *key) find(name string, labels map[string]bool) (int, bool) {
	cands := k.byName[Norm(name)]
	for _, idx := range cands {
		if labels == nil || labels[k.entities[idx].label] {
			return idx, true
		}
	}
	if len(cands) > 0 && labels == nil {
		return cands[0], true
	}
	return 0, false
}

func entIdent(idx int) string { return "e:" + strconv.Itoa(idx) }

func (k *key) ident(name string, labels map[string]bool) string {
	if name == "@article" {
		return "@article"
	}
	idx, ok := k.find(name, labels)
	if !ok {
		idx, ok = k.find(name, nil)
	}
	if ok {
		return entIdent(idx)
	}
	return "s:" + Norm(name)
}

func (k *key) matchEntity(label, name string) (string, bool) {
	if label == string(graph.LabelSource) {
		if idx, ok := k.find(name, nil); ok {
			return entIdent(idx), true
		}
		return "s:" + Norm(name), true
	}
	if idx, ok := k.find(name, map[string]bool{label: true}); ok {
		return entIdent(idx), true
	}
	return "", false
}

func (k *key) optional(ident string) bool {
	if len(ident) < 2 || ident[:2] != "e:" {
		return false
	}
	idx, _ := strconv.Atoi(ident[2:])
	return k.entities[idx].optional
}

type relKey struct{ typ, a, b string }

func orderSymmetric(typ, a, b string) (string, string) {
	if graph.RelType(typ).Symmetric() && b < a {
		return b, a
	}
	return a, b
}

func (k *key) relKeys(rels []GoldRelation) (map[relKey]GoldRelation, []relKey) {
	out := map[relKey]GoldRelation{}
	var order []relKey
	for _, r := range rels {
		if r.Type == string(graph.RelMentions) {
			continue
		}
		ends := relEnds[r.Type]
		a, b := k.ident(r.From, ends[0]), k.ident(r.To, ends[1])
		a, b = orderSymmetric(r.Type, a, b)
		rk := relKey{r.Type, a, b}
		if _, ok := out[rk]; !ok {
			order = append(order, rk)
		}
		out[rk] = r
	}
	return out, order
}

// Score compares predicted records with the keys. Records are joined to keys
// by the base name of article.file; the first record of a name is scored.
// verbose fills Result.Report with every miss and extra.
func Score(keys map[string]*Gold, preds []graph.Record, verbose bool) *Result {
	res := &Result{Entities: map[string]*Counts{}, Relations: map[string]*Counts{}, Meta: map[string]*Fraction{}}
	byName := map[string]*graph.Record{}
	var stray []string
	for i := range preds {
		n := baseName(preds[i].Article.File)
		if _, dup := byName[n]; dup {
			res.Notes = append(res.Notes, fmt.Sprintf("second record for %s: scoring the first only", n))
			continue
		}
		byName[n] = &preds[i]
		if keys[n] == nil {
			stray = append(stray, n)
		}
	}
	if len(stray) > 0 {
		sort.Strings(stray)
		res.Notes = append(res.Notes, fmt.Sprintf("%d record(s) without a key, not scored", len(stray)))
	}
	names := make([]string, 0, len(keys))
	for n := range keys {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		p := byName[n]
		if p == nil {
			res.Missing = append(res.Missing, n)
			p = &graph.Record{}
		}
		res.scoreOne(n, newKey(keys[n]), p, verbose)
	}
	return res
}

func counts(m map[string]*Counts, k string) *Counts {
	c := m[k]
	if c == nil {
		c = &Counts{}
		m[k] = c
	}
	return c
}

func (res *Result) note(verbose bool, format string, args ...any) {
	if verbose {
		res.Report = append(res.Report, fmt.Sprintf(format, args...))
	}
}

func (res *Result) scoreOne(name string, k *key, p *graph.Record, verbose bool) {
	g := k.g
	art := p.Article
	str := func(s *string) string {
		if s == nil {
			return ""
		}
		return *s
	}
	meta := []struct {
		field     string
		want, got *string
	}{
		{"published", g.Article.Published, art.Published},
		{"language", g.Article.Language, strPtr(art.Language)},
		{"source", g.Article.Source, art.Source},
	}
	for _, m := range meta {
		if m.want == nil {
			continue
		}
		f := res.Meta[m.field]
		if f == nil {
			f = &Fraction{}
			res.Meta[m.field] = f
		}
		f.Asked++
		var ok bool
		if m.field == "source" {
			idx, found := k.find(*m.want, nil)
			ok = Norm(str(m.got)) == Norm(*m.want)
			if !ok && found && m.got != nil {
				gi, gfound := k.find(*m.got, nil)
				ok = gfound && gi == idx
			}
		} else {
			ok = m.got != nil && *m.got == *m.want
		}
		if ok {
			f.Right++
		} else {
			res.note(verbose, "%s: article.%s = %s, want %s", name, m.field, show(m.got), pyRepr(*m.want))
		}
	}

	predIdent := map[string]string{}
	seenGold := map[string]bool{}
	for _, e := range p.Entities {
		label := string(e.Label)
		m, ok := k.matchEntity(label, e.Name)
		if ok {
			predIdent[e.ID] = m
		} else {
			predIdent[e.ID] = "x:" + label + ":" + Norm(e.Name)
		}
		if label == string(graph.LabelSource) {
			continue
		}
		counted := label
		if !scoredLabels[label] {
			counted = fmt.Sprintf("(label %q)", label)
		}
		switch {
		case !ok:
			counts(res.Entities, counted).FP++
			res.note(verbose, "%s: extra %s %s", name, label, pyRepr(e.Name))
		case k.optional(m):
		case seenGold[m]:
			counts(res.Entities, counted).FP++
			res.note(verbose, "%s: duplicate %s %s", name, label, pyRepr(e.Name))
		default:
			seenGold[m] = true
			counts(res.Entities, counted).TP++
		}
	}
	for idx, e := range k.entities {
		if !e.optional && !seenGold[entIdent(idx)] && scoredLabels[e.label] {
			counts(res.Entities, e.label).FN++
			res.note(verbose, "%s: missed %s %s", name, e.label, pyRepr(e.name))
		}
	}

	goldRels, goldOrder := k.relKeys(g.Relations)
	optRels, _ := k.relKeys(g.Optional.Relations)
	predRels := map[relKey][]graph.Relation{}
	var predOrder []relKey
	for _, r := range p.Relations {
		t := string(r.Type)
		if r.Type == graph.RelMentions {
			continue
		}
		end := func(id string) string {
			if id == art.ID {
				return "@article"
			}
			if v, ok := predIdent[id]; ok {
				return v
			}
			return "?:" + id
		}
		a, b := orderSymmetric(t, end(r.From), end(r.To))
		rk := relKey{t, a, b}
		if _, ok := predRels[rk]; !ok {
			predOrder = append(predOrder, rk)
		}
		predRels[rk] = append(predRels[rk], r)
	}
	for _, rk := range predOrder {
		rs := predRels[rk]
		ref, inGold := goldRels[rk]
		if !inGold {
			var inOpt bool
			ref, inOpt = optRels[rk]
			if !inOpt {
				if k.optional(rk.a) && k.optional(rk.b) {
					continue
				}
				counts(res.Relations, rk.typ).FP++
				res.note(verbose, "%s: extra %s %s", name, rk.typ, showRel(p, rs[0]))
				continue
			}
		}
		if _, ok := DateCredit(ref.Date, ""); ok {
			best := 0.0
			var got []string
			for _, r := range rs {
				c, _ := DateCredit(ref.Date, r.Properties["date"])
				best = max(best, c)
				got = append(got, r.Properties["date"])
			}
			res.Dates = append(res.Dates, best)
			if best < 1 {
				res.note(verbose, "%s: %s %s -> %s date %s, want %s", name, rk.typ, ref.From, ref.To, pyList(got), pyRepr(ref.Date))
			}
		}
		if inGold {
			counts(res.Relations, rk.typ).TP++
			if ref.Role != "" {
				hit := 0.0
				var got []string
				for _, r := range rs {
					role := r.Properties["role"]
					got = append(got, role)
					if role != "" && NormRole(role) == NormRole(ref.Role) {
						hit = 1
					}
				}
				res.Roles = append(res.Roles, hit)
				if hit < 1 {
					res.note(verbose, "%s: HOLDS_OFFICE %s role %s, want %s", name, ref.From, pyList(got), pyRepr(ref.Role))
				}
			}
		}
	}
	for _, rk := range goldOrder {
		if _, ok := predRels[rk]; !ok {
			counts(res.Relations, rk.typ).FN++
			r := goldRels[rk]
			res.note(verbose, "%s: missed %s %s -> %s", name, rk.typ, r.From, r.To)
		}
	}
}

func strPtr(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func show(s *string) string {
	if s == nil {
		return "None"
	}
	return pyRepr(*s)
}

func showRel(p *graph.Record, r graph.Relation) string {
	names := map[string]string{}
	for _, e := range p.Entities {
		names[e.ID] = e.Name
	}
	name := func(id string) string {
		if n, ok := names[id]; ok {
			return n
		}
		return id
	}
	return name(r.From) + " -> " + name(r.To)
}
