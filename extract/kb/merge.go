package kb

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Closed sets of kinds; a value outside them is a load error.
var (
	placeKinds = []string{"capital", "city", "region", "territory", "continent", "range", "sea", "ocean",
		"strait", "gulf", "lake", "river", "island", "peninsula", "landmark", "venue", "base", "corridor", "desert"}
	orgKinds = []string{"alliance", "international", "ministry", "armed_forces", "agency", "company", "media",
		"legislature", "government"}
)

var iso2RE = regexp.MustCompile(`^[A-Z]{2}$`)

// refKind is what a pending cross reference must name.
type refKind int

const (
	refState refKind = iota
	refRole
	refOrg
	refPlace
	refTreaty
)

// ref is a cross reference checked once every file is read.
type ref struct {
	file  string
	line  int
	entry string
	what  string // field, for the message
	kind  refKind
	value string
}

// builder merges decoded files into a KB and collects problems.
type builder struct {
	k    *KB
	errs ErrorList
	refs []ref
	// idx maps label + "\x00" + key to the index in the label's slice.
	idx map[string]int
}

func newBuilder() *builder { return &builder{k: &KB{}, idx: map[string]int{}} }

// key folds a canonical name for merging.
func key(label, name string) string { return label + "\x00" + strings.ToLower(strings.TrimSpace(name)) }

// lookup returns the index of an earlier entry and records a new one.
func (b *builder) lookup(label, name string, n int) (int, bool) {
	kk := key(label, name)
	if i, ok := b.idx[kk]; ok {
		return i, true
	}
	b.idx[kk] = n
	return n, false
}

func (b *builder) date(file string, line int, entry, field, s string) (span, bool) {
	if s == "" {
		return span{}, false
	}
	sp, err := parseSpan(s)
	if err != nil {
		b.errs.add(file, line, entry, "%s: %v", field, err)
		return span{}, false
	}
	return sp, true
}

func (b *builder) refISO(file string, line int, entry, field, v string) {
	if v == "" {
		return
	}
	if !iso2RE.MatchString(v) {
		b.errs.add(file, line, entry, "%s: %q is not an ISO 3166-1 alpha-2 code (two upper-case letters)", field, v)
		return
	}
	b.refs = append(b.refs, ref{file, line, entry, field, refState, v})
}

func (b *builder) name(file string, line int, entry, name string) bool {
	if strings.TrimSpace(name) == "" {
		b.errs.add(file, line, entry, "empty name")
		return false
	}
	if name != strings.TrimSpace(name) {
		b.errs.add(file, line, entry, "name %q has leading or trailing space", name)
	}
	return true
}

func (b *builder) kind(file string, line int, entry, kind string, allowed []string) {
	if kind != "" && !slices.Contains(allowed, kind) {
		b.errs.add(file, line, entry, "kind %q not one of %s", kind, strings.Join(allowed, ", "))
	}
}

// add merges one file.
func (b *builder) add(r *rawFile) {
	k := b.k
	f := r.name
	for i, s := range r.file.States {
		line, entry := r.lineOf("states", i), fmt.Sprintf("states[%d] %s", i, cmpOr(s.Name, s.ISO2))
		if !iso2RE.MatchString(s.ISO2) {
			b.errs.add(f, line, entry, "iso2 %q is not two upper-case letters", s.ISO2)
			continue
		}
		if !b.name(f, line, entry, s.Name) {
			continue
		}
		if s.Capital != "" {
			b.refs = append(b.refs, ref{f, line, entry, "capital", refPlace, s.Capital})
		}
		if j, dup := b.lookup("State", s.ISO2, len(k.states)); dup {
			k.states[j] = mergeState(k.states[j], s)
			continue
		}
		k.states = append(k.states, s)
	}
	for i, p := range r.file.Places {
		line, entry := r.lineOf("places", i), fmt.Sprintf("places[%d] %s", i, p.Name)
		if !b.name(f, line, entry, p.Name) {
			continue
		}
		b.refISO(f, line, entry, "state", p.State)
		b.kind(f, line, entry, p.Kind, placeKinds)
		if j, dup := b.lookup("Place", p.Name, len(k.places)); dup {
			k.places[j] = mergePlace(k.places[j], p)
			continue
		}
		k.places = append(k.places, p)
	}
	for i, o := range r.file.Organizations {
		line, entry := r.lineOf("organizations", i), fmt.Sprintf("organizations[%d] %s", i, o.Name)
		if !b.name(f, line, entry, o.Name) {
			continue
		}
		b.refISO(f, line, entry, "state", o.State)
		b.kind(f, line, entry, o.Kind, orgKinds)
		if o.Charter != "" {
			b.refs = append(b.refs, ref{f, line, entry, "charter", refTreaty, o.Charter})
		}
		if j, dup := b.lookup("Organization", o.Name, len(k.organizations)); dup {
			k.organizations[j] = mergeOrg(k.organizations[j], o)
			continue
		}
		k.organizations = append(k.organizations, o)
	}
	for i, p := range r.file.People {
		line, entry := r.lineOf("people", i), fmt.Sprintf("people[%d] %s", i, p.Name)
		if !b.name(f, line, entry, p.Name) {
			continue
		}
		if p.Gender != "" && p.Gender != "m" && p.Gender != "f" {
			b.errs.add(f, line, entry, "gender %q: want m or f", p.Gender)
		}
		for oi, o := range p.Offices {
			oe := fmt.Sprintf("%s offices[%d]", entry, oi)
			switch {
			case o.State == "" && o.Org == "":
				b.errs.add(f, line, oe, "office needs a state or an org")
			case o.State != "":
				b.refISO(f, line, oe, "state", o.State)
			}
			if o.Org != "" {
				b.refs = append(b.refs, ref{f, line, oe, "org", refOrg, o.Org})
			}
			if o.Role == "" {
				b.errs.add(f, line, oe, "empty role")
			} else {
				b.refs = append(b.refs, ref{f, line, oe, "role", refRole, o.Role})
			}
			from, okF := b.date(f, line, oe, "from", o.From)
			to, okT := b.date(f, line, oe, "to", o.To)
			if okF && okT && from.lo > to.hi {
				b.errs.add(f, line, oe, "from %s is after to %s", o.From, o.To)
			}
		}
		if j, dup := b.lookup("Person", p.Name, len(k.people)); dup {
			k.people[j] = mergePerson(k.people[j], p)
			continue
		}
		k.people = append(k.people, p)
	}
	for i, t := range r.file.Treaties {
		line, entry := r.lineOf("treaties", i), fmt.Sprintf("treaties[%d] %s", i, t.Name)
		if !b.name(f, line, entry, t.Name) {
			continue
		}
		b.date(f, line, entry, "signed", t.Signed)
		for _, p := range t.Parties {
			b.refISO(f, line, entry, "parties", p)
		}
		if j, dup := b.lookup("Treaty", t.Name, len(k.treaties)); dup {
			k.treaties[j] = mergeTreaty(k.treaties[j], t)
			continue
		}
		k.treaties = append(k.treaties, t)
	}
	for i, e := range r.file.Exercises {
		line, entry := r.lineOf("exercises", i), fmt.Sprintf("exercises[%d] %s", i, e.Name)
		if !b.name(f, line, entry, e.Name) {
			continue
		}
		for _, s := range e.States {
			b.refISO(f, line, entry, "states", s)
		}
		if j, dup := b.lookup("Exercise", e.Name, len(k.exercises)); dup {
			k.exercises[j] = mergeExercise(k.exercises[j], e)
			continue
		}
		k.exercises = append(k.exercises, e)
	}
	for i, n := range r.file.FirstNames {
		if n != strings.TrimSpace(n) || n == "" || strings.Contains(n, " ") {
			b.errs.add(f, r.lineOf("first_names", i), fmt.Sprintf("first_names[%d]", i), "first name %q must be one trimmed word", n)
			continue
		}
		k.firstNames = union(k.firstNames, []string{n})
	}
	for i, ro := range r.file.Roles {
		line, entry := r.lineOf("roles", i), fmt.Sprintf("roles[%d] %s", i, ro.Name)
		if !b.name(f, line, entry, ro.Name) {
			continue
		}
		for _, c := range slices.Concat(ro.En, ro.Ru) {
			if c != strings.ToLower(c) || c != strings.TrimSpace(c) || c == "" {
				b.errs.add(f, line, entry, "cue phrase %q must be lower case, trimmed and non-empty", c)
			}
		}
		if j, dup := b.lookup("Role", ro.Name, len(k.roles)); dup {
			k.roles[j] = mergeRole(k.roles[j], ro)
			continue
		}
		k.roles = append(k.roles, ro)
	}
}

// finish checks cross references and builds the indexes.
func (b *builder) finish() *KB {
	k := b.k
	k.buildIndexes()
	for _, r := range b.refs {
		var ok bool
		switch r.kind {
		case refState:
			_, ok = k.stateByISO[r.value]
		case refRole:
			_, ok = k.roleByName[strings.ToLower(r.value)]
			if ok && k.roles[k.roleByName[strings.ToLower(r.value)]].Name != r.value {
				b.errs.add(r.file, r.line, r.entry, "role %q: write it as %q", r.value, k.roles[k.roleByName[strings.ToLower(r.value)]].Name)
				continue
			}
		case refOrg:
			i, found := b.idx[key("Organization", r.value)]
			ok = found && k.organizations[i].Name == r.value
		case refPlace:
			i, found := b.idx[key("Place", r.value)]
			ok = found && k.places[i].Name == r.value
		case refTreaty:
			i, found := b.idx[key("Treaty", r.value)]
			ok = found && k.treaties[i].Name == r.value
		}
		if !ok {
			b.errs.add(r.file, r.line, r.entry, "%s: unknown %s %q", r.what, [...]string{"state", "role", "organization (canonical name)", "place (canonical name)", "treaty (canonical name)"}[r.kind], r.value)
		}
	}
	return k
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// union appends to a the elements of b it lacks, keeping order.
func union(a, b []string) []string {
	for _, s := range b {
		if !slices.Contains(a, s) {
			a = append(a, s)
		}
	}
	return a
}

func mergeState(a, b State) State {
	a.Name = cmpOr(b.Name, a.Name)
	a.Aliases = union(a.Aliases, b.Aliases)
	a.Adjectives = union(a.Adjectives, b.Adjectives)
	a.Ru = union(a.Ru, b.Ru)
	a.RuAdjectives = union(a.RuAdjectives, b.RuAdjectives)
	a.Capital = cmpOr(b.Capital, a.Capital)
	a.Historical = a.Historical || b.Historical
	a.Source = cmpOr(b.Source, a.Source)
	return a
}

func mergePlace(a, b Place) Place {
	a.Aliases = union(a.Aliases, b.Aliases)
	a.Ru = union(a.Ru, b.Ru)
	a.State = cmpOr(b.State, a.State)
	a.Kind = cmpOr(b.Kind, a.Kind)
	a.Source = cmpOr(b.Source, a.Source)
	return a
}

func mergeOrg(a, b Organization) Organization {
	a.Aliases = union(a.Aliases, b.Aliases)
	a.Ru = union(a.Ru, b.Ru)
	a.State = cmpOr(b.State, a.State)
	a.Kind = cmpOr(b.Kind, a.Kind)
	a.Charter = cmpOr(b.Charter, a.Charter)
	a.Source = cmpOr(b.Source, a.Source)
	return a
}

func mergePerson(a, b Person) Person {
	a.Aliases = union(a.Aliases, b.Aliases)
	a.Ru = union(a.Ru, b.Ru)
	a.Gender = cmpOr(b.Gender, a.Gender)
	a.Source = cmpOr(b.Source, a.Source)
	offices := slices.Clone(a.Offices)
	for _, o := range b.Offices {
		i := slices.IndexFunc(offices, func(x Office) bool {
			return x.State == o.State && x.Org == o.Org && x.Role == o.Role && x.From == o.From
		})
		if i >= 0 {
			offices[i] = o
		} else {
			offices = append(offices, o)
		}
	}
	a.Offices = offices
	return a
}

func mergeTreaty(a, b Treaty) Treaty {
	a.Aliases = union(a.Aliases, b.Aliases)
	a.Ru = union(a.Ru, b.Ru)
	a.Signed = cmpOr(b.Signed, a.Signed)
	a.Parties = union(a.Parties, b.Parties)
	a.Source = cmpOr(b.Source, a.Source)
	return a
}

func mergeExercise(a, b Exercise) Exercise {
	a.Aliases = union(a.Aliases, b.Aliases)
	a.Ru = union(a.Ru, b.Ru)
	a.States = union(a.States, b.States)
	a.Source = cmpOr(b.Source, a.Source)
	return a
}

func mergeRole(a, b Role) Role {
	a.En = union(a.En, b.En)
	a.Ru = union(a.Ru, b.Ru)
	a.HeadOfState = a.HeadOfState || b.HeadOfState
	return a
}
