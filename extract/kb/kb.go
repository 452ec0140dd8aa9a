package kb

import (
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ./internal/gen -overlay internal/gen/states_overlay.yaml -out data/states.yaml

//go:embed data/*.yaml
var dataFS embed.FS

//go:embed data/VERSION
var dataVersion string

// KB is a loaded knowledge base. It is immutable once loaded and safe for
// concurrent use. Slices returned by its methods share its storage and must
// not be modified.
type KB struct {
	version       string
	files         []string
	states        []State
	places        []Place
	organizations []Organization
	people        []Person
	treaties      []Treaty
	exercises     []Exercise
	roles         []Role
	firstNames    []string

	stateByISO map[string]int
	// roleByName maps the lower-cased role name to its index.
	roleByName map[string]int
	// roleByCue maps lower-cased en/ru cue phrases to a role index.
	roleByCue map[string]int
	// holders maps holderKey(state, role) to indexes into people, sorted by
	// person name, each person once.
	holders map[string][]int
}

// Default returns the knowledge base built from the embedded data only,
// loaded once per process and shared (it is immutable). The error is
// non-nil only if the embedded data are broken, which the package tests
// rule out.
func Default() (*KB, error) { return defaultKB() }

var defaultKB = sync.OnceValues(func() (*KB, error) { return Load() })

// Load builds a knowledge base from every embedded data/*.yaml file (in
// name order) followed by extraFiles (in the order given; the
// `--gazetteer FILE` flag). All files have the layout of File and are
// decoded strictly: an unknown field is an error naming the file and line.
//
// An entry whose label and canonical name (for states: ISO2 code) equal an
// earlier entry's extends it: list fields (aliases, ru, adjectives, cue
// phrases, parties, states) are unioned in order, offices are unioned
// (an office with the same state, org, role and start replaces the earlier
// one, so a user file can correct an end date), and a non-empty scalar
// field (capital, kind, state, signed, gender, source, name) replaces the
// earlier value.
//
// After all files are read, references are checked: office states,
// organizations and roles, place/organization states, treaty parties,
// exercise states and capitals must exist. Every problem found is
// returned together as an ErrorList.
func Load(extraFiles ...string) (*KB, error) {
	return load(func(string) bool { return true }, extraFiles...)
}

// load is Load with a filter on the embedded files (tests leave some out).
func load(embedded func(name string) bool, extraFiles ...string) (*KB, error) {
	type input struct {
		name string
		data []byte
	}
	var inputs []input
	entries, err := fs.Glob(dataFS, "data/*.yaml")
	if err != nil {
		return nil, fmt.Errorf("kb: list embedded data: %w", err)
	}
	entries = slices.DeleteFunc(entries, func(n string) bool { return !embedded(n) })
	for _, name := range entries {
		data, err := dataFS.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("kb: read embedded %s: %w", name, err)
		}
		inputs = append(inputs, input{name, data})
	}
	version := strings.TrimSpace(dataVersion)
	var userSum []byte
	for _, name := range extraFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("kb: load gazetteer %s: %w", name, err)
		}
		h := sha256.Sum256(data)
		userSum = append(userSum, h[:]...)
		inputs = append(inputs, input{name, data})
	}
	// YAML parsing is most of the cost of a load: parse the files in
	// parallel, then merge them in order (the result does not depend on
	// scheduling).
	raws := make([]*rawFile, len(inputs))
	ferrs := make([]ErrorList, len(inputs))
	var wg sync.WaitGroup
	for i, in := range inputs {
		wg.Go(func() { raws[i], ferrs[i] = decodeFile(in.name, in.data) })
	}
	wg.Wait()
	var errs ErrorList
	for _, fe := range ferrs {
		errs = append(errs, fe...)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	if len(extraFiles) > 0 {
		h := sha256.Sum256(userSum)
		version += "+gazetteer." + hex.EncodeToString(h[:4])
	}
	b := newBuilder()
	for _, r := range raws {
		b.add(r) // all non-nil: errs is empty
	}
	k := b.finish()
	if err := b.errs.err(); err != nil {
		return nil, err
	}
	k.version = version
	for _, r := range raws {
		k.files = append(k.files, r.name)
	}
	return k, nil
}

// Version is the version of the embedded data (data/VERSION), followed by
// "+gazetteer." and a short hash of the user files' contents when any were
// loaded, so output made with different user data says so.
func (k *KB) Version() string { return k.version }

// Files lists the files loaded, embedded ones first ("data/states.yaml").
func (k *KB) Files() []string { return slices.Clip(k.files) }

// States returns the sovereign (and a few historical) states in load order.
func (k *KB) States() []State { return slices.Clip(k.states) }

// Places returns the places in load order.
func (k *KB) Places() []Place { return slices.Clip(k.places) }

// Organizations returns the organizations in load order.
func (k *KB) Organizations() []Organization { return slices.Clip(k.organizations) }

// People returns the people in load order.
func (k *KB) People() []Person { return slices.Clip(k.people) }

// Treaties returns the treaties in load order.
func (k *KB) Treaties() []Treaty { return slices.Clip(k.treaties) }

// Exercises returns the exercise series in load order.
func (k *KB) Exercises() []Exercise { return slices.Clip(k.exercises) }

// FirstNames lists the common given names of the first_names sections
// (each once, in file order).
func (k *KB) FirstNames() []string { return slices.Clip(k.firstNames) }

// Roles returns the normalized roles in load order.
func (k *KB) Roles() []Role { return slices.Clip(k.roles) }

// StateByISO returns the state with the ISO 3166-1 alpha-2 code iso2
// (case-insensitive).
func (k *KB) StateByISO(iso2 string) (State, bool) {
	i, ok := k.stateByISO[strings.ToUpper(iso2)]
	if !ok {
		return State{}, false
	}
	return k.states[i], true
}

// Role returns the role named name: its normalized name in any letter case
// ("Minister of Defence"), or else one of its English or Russian cue
// phrases ("defense minister", "министр обороны").
func (k *KB) Role(name string) (Role, bool) {
	key := strings.ToLower(strings.TrimSpace(name))
	if i, ok := k.roleByName[key]; ok {
		return k.roles[i], true
	}
	if i, ok := k.roleByCue[key]; ok {
		return k.roles[i], true
	}
	return Role{}, false
}

// OfficeHolders returns the people who held role for the state iso2 at
// date, sorted by name. role is resolved as by Role ("Defence Minister"
// works). date is YYYY, YYYY-MM or YYYY-MM-DD; a partial date matches every
// term that overlaps any of its days, so a year of a reshuffle returns both
// holders. An empty date matches every term. Bad input returns nil.
func (k *KB) OfficeHolders(iso2, role, date string) []Person {
	r, ok := k.Role(role)
	if !ok {
		return nil
	}
	q := span{minDay, maxDay}
	if date != "" {
		var err error
		if q, err = parseSpan(date); err != nil {
			return nil
		}
	}
	iso2 = strings.ToUpper(iso2)
	var out []Person
	for _, pi := range k.holders[holderKey(iso2, r.Name)] {
		p := k.people[pi]
		for _, o := range p.Offices {
			if o.State == iso2 && o.Role == r.Name && officeSpan(o).overlaps(q) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func holderKey(iso2, role string) string { return iso2 + "\x00" + role }

// buildIndexes fills the lookup maps from the merged lists.
func (k *KB) buildIndexes() {
	k.stateByISO = make(map[string]int, len(k.states))
	for i, s := range k.states {
		k.stateByISO[s.ISO2] = i
	}
	k.roleByName = make(map[string]int, len(k.roles))
	k.roleByCue = map[string]int{}
	for i, r := range k.roles {
		k.roleByName[strings.ToLower(r.Name)] = i
	}
	for i, r := range k.roles {
		for _, c := range slices.Concat(r.En, r.Ru) {
			c = strings.ToLower(c)
			if _, ok := k.roleByCue[c]; !ok {
				k.roleByCue[c] = i
			}
		}
	}
	k.holders = map[string][]int{}
	for i, p := range k.people {
		seen := map[string]bool{}
		for _, o := range p.Offices {
			if o.State == "" {
				continue
			}
			key := holderKey(o.State, o.Role)
			if !seen[key] {
				seen[key] = true
				k.holders[key] = append(k.holders[key], i)
			}
		}
	}
	for _, ids := range k.holders {
		slices.SortStableFunc(ids, func(a, b int) int { return cmp.Compare(k.people[a].Name, k.people[b].Name) })
	}
}
