package kb

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEmbeddedLoads loads the shipped data and checks the minimum sizes the
// extractor relies on.
func TestEmbeddedLoads(t *testing.T) {
	k, err := Load()
	require.NoError(t, err)
	assert.NotEmpty(t, k.Version())
	assert.GreaterOrEqual(t, len(k.States()), 120, "states")
	assert.GreaterOrEqual(t, len(k.Places()), 300, "places")
	assert.GreaterOrEqual(t, len(k.Organizations()), 100, "organizations")
	assert.GreaterOrEqual(t, len(k.Treaties()), 60, "treaties")
	assert.GreaterOrEqual(t, len(k.Exercises()), 50, "exercises")
	assert.GreaterOrEqual(t, len(k.Roles()), 20, "roles")

	d, err := Default()
	require.NoError(t, err)
	d2, _ := Default()
	assert.Same(t, d, d2, "Default is loaded once")
}

// rawEmbedded decodes every embedded file on its own.
func rawEmbedded(t *testing.T) []*rawFile {
	t.Helper()
	names, err := fs.Glob(dataFS, "data/*.yaml")
	require.NoError(t, err)
	require.NotEmpty(t, names)
	var out []*rawFile
	for _, name := range names {
		data, err := dataFS.ReadFile(name)
		require.NoError(t, err)
		r, errs := decodeFile(name, data)
		require.Empty(t, errs, "%s", name)
		out = append(out, r)
	}
	return out
}

// TestEmbeddedNoDuplicates: within a label, no two embedded entries share a
// canonical name (merging is for user files, not for the shipped data).
func TestEmbeddedNoDuplicates(t *testing.T) {
	seen := map[string]string{} // key → file
	check := func(file, label, name string) {
		k := key(label, name)
		if prev, ok := seen[k]; ok {
			t.Errorf("%s: duplicate %s %q (first in %s)", file, label, name, prev)
		}
		seen[k] = file
	}
	for _, r := range rawEmbedded(t) {
		for _, s := range r.file.States {
			check(r.name, "State", s.Name)
			check(r.name, "StateISO", s.ISO2)
		}
		for _, p := range r.file.Places {
			check(r.name, "Place", p.Name)
		}
		for _, o := range r.file.Organizations {
			check(r.name, "Organization", o.Name)
		}
		for _, p := range r.file.People {
			check(r.name, "Person", p.Name)
		}
		for _, x := range r.file.Treaties {
			check(r.name, "Treaty", x.Name)
		}
		for _, x := range r.file.Exercises {
			check(r.name, "Exercise", x.Name)
		}
		for _, x := range r.file.Roles {
			check(r.name, "Role", x.Name)
		}
	}
}

// TestEmbeddedSources: every entry says where its facts come from.
func TestEmbeddedSources(t *testing.T) {
	k, err := Load()
	require.NoError(t, err)
	for _, s := range k.States() {
		assert.NotEmpty(t, s.Source, "state %s", s.Name)
	}
	for _, p := range k.Places() {
		assert.NotEmpty(t, p.Source, "place %s", p.Name)
	}
	for _, o := range k.Organizations() {
		assert.NotEmpty(t, o.Source, "organization %s", o.Name)
	}
	for _, x := range k.Treaties() {
		assert.NotEmpty(t, x.Source, "treaty %s", x.Name)
	}
	for _, x := range k.Exercises() {
		assert.NotEmpty(t, x.Source, "exercise %s", x.Name)
	}
}

// TestEmbeddedReferences re-checks, independently of the loader, that office
// states exist, dates parse and From <= To, and that treaty parties and
// capitals resolve.
func TestEmbeddedReferences(t *testing.T) {
	k, err := Load()
	require.NoError(t, err)
	places := map[string]bool{}
	for _, p := range k.Places() {
		places[p.Name] = true
	}
	for _, s := range k.States() {
		if s.Capital != "" {
			assert.True(t, places[s.Capital], "capital %q of %s is not a place", s.Capital, s.Name)
		}
	}
	for _, p := range k.People() {
		for _, o := range p.Offices {
			if o.State != "" {
				_, ok := k.StateByISO(o.State)
				assert.True(t, ok, "%s: office state %q", p.Name, o.State)
			}
			_, ok := k.Role(o.Role)
			assert.True(t, ok, "%s: role %q", p.Name, o.Role)
			var from, to span
			if o.From != "" {
				from, err = parseSpan(o.From)
				assert.NoError(t, err, p.Name)
			}
			if o.To != "" {
				to, err = parseSpan(o.To)
				assert.NoError(t, err, p.Name)
				if o.From != "" {
					assert.LessOrEqual(t, from.lo, to.hi, "%s: from %s after to %s", p.Name, o.From, o.To)
				}
			}
		}
	}
	for _, x := range k.Treaties() {
		if x.Signed != "" {
			_, err := parseSpan(x.Signed)
			assert.NoError(t, err, x.Name)
		}
		for _, p := range x.Parties {
			_, ok := k.StateByISO(p)
			assert.True(t, ok, "%s: party %q", x.Name, p)
		}
	}
}

// TestStateNamesUnambiguous: no name, alias, adjective or Russian form
// (case-folded) belongs to two states, so a match names one state.
func TestStateNamesUnambiguous(t *testing.T) {
	k, err := Load()
	require.NoError(t, err)
	owner := map[string]string{}
	for _, s := range k.States() {
		for _, n := range slices.Concat([]string{s.Name}, s.Aliases, s.Adjectives, s.Ru, s.RuAdjectives) {
			f := strings.ToLower(n)
			if prev, ok := owner[f]; ok && prev != s.ISO2 {
				t.Errorf("%q names both %s and %s", n, prev, s.ISO2)
			}
			owner[f] = s.ISO2
		}
	}
}

// TestRoleCuesUnique: a cue phrase names one role.
func TestRoleCuesUnique(t *testing.T) {
	k, err := Load()
	require.NoError(t, err)
	owner := map[string]string{}
	for _, r := range k.Roles() {
		for _, c := range slices.Concat(r.En, r.Ru) {
			if prev, ok := owner[c]; ok && prev != r.Name {
				t.Errorf("cue %q names both %q and %q", c, prev, r.Name)
			}
			owner[c] = r.Name
		}
	}
}

func TestStateByISO(t *testing.T) {
	k, err := Default()
	require.NoError(t, err)
	for _, tc := range []struct{ iso, want string }{
		{"TR", "Turkey"},
		{"tr", "Turkey"},
		{"US", "United States"},
		{"GB", "United Kingdom"},
		{"CZ", "Czech Republic"},
		{"AZ", "Azerbaijan"},
		{"SU", "Soviet Union"},
	} {
		s, ok := k.StateByISO(tc.iso)
		if assert.True(t, ok, tc.iso) {
			assert.Equal(t, tc.want, s.Name, "StateByISO(%q)", tc.iso)
		}
	}
	_, ok := k.StateByISO("ZZ")
	assert.False(t, ok)
	tr, _ := k.StateByISO("TR")
	assert.Contains(t, tr.Aliases, "Türkiye")
	assert.Contains(t, tr.Ru, "Турция")
	assert.Contains(t, tr.RuAdjectives, "турецкий")
	assert.Equal(t, "Ankara", tr.Capital)
}

func TestRole(t *testing.T) {
	k, err := Default()
	require.NoError(t, err)
	for _, tc := range []struct{ in, want string }{
		{"Minister of Defence", "Minister of Defence"},
		{"minister of defence", "Minister of Defence"},
		{"defense minister", "Minister of Defence"},
		{"secretary of defense", "Minister of Defence"},
		{"министр обороны", "Minister of Defence"},
		{"глава минобороны", "Minister of Defence"},
		{"foreign minister", "Minister of Foreign Affairs"},
		{"secretary of state", "Minister of Foreign Affairs"},
		{"глава мид", "Minister of Foreign Affairs"},
		{"premier", "Prime Minister"},
		{"chief of the general staff", "Chief of General Staff"},
		{"начальник генерального штаба", "Chief of General Staff"},
		{"посол", "Ambassador"},
		{"пресс-секретарь", "Press Secretary"},
		{"head of state", "President"},
	} {
		r, ok := k.Role(tc.in)
		if assert.True(t, ok, "Role(%q)", tc.in) {
			assert.Equal(t, tc.want, r.Name, "Role(%q)", tc.in)
		}
	}
	p, _ := k.Role("President")
	assert.True(t, p.HeadOfState)
	pm, _ := k.Role("Prime Minister")
	assert.False(t, pm.HeadOfState)
	_, ok := k.Role("court jester")
	assert.False(t, ok)
}

func TestLoadUserFileExtends(t *testing.T) {
	k, err := Load("testdata/good.yaml")
	require.NoError(t, err)
	assert.Contains(t, k.Version(), "+gazetteer.")
	assert.Equal(t, "testdata/good.yaml", k.Files()[len(k.Files())-1])

	// Embedded Turkey gained the user's aliases and kept its own.
	tr, ok := k.StateByISO("TR")
	require.True(t, ok)
	assert.Contains(t, tr.Aliases, "Turkei")
	assert.Contains(t, tr.Aliases, "Türkiye")
	assert.Contains(t, tr.Ru, "Турция")
	assert.Equal(t, "Ankara", tr.Capital, "unset scalar keeps the embedded value")
	n := 0
	for _, s := range k.States() {
		if s.ISO2 == "TR" {
			n++
		}
	}
	assert.Equal(t, 1, n, "merged, not duplicated")

	// Embedded NATO gained an alias; a new role cue works.
	i := slices.IndexFunc(k.Organizations(), func(o Organization) bool { return o.Name == "NATO" })
	require.GreaterOrEqual(t, i, 0)
	assert.Contains(t, k.Organizations()[i].Aliases, "Test Alliance Alias")
	assert.Contains(t, k.Organizations()[i].Ru, "НАТО")
	r, ok := k.Role("war minister")
	require.True(t, ok)
	assert.Equal(t, "Minister of Defence", r.Name)

	// The version changes with the user data but is deterministic.
	k2, err := Load("testdata/good.yaml")
	require.NoError(t, err)
	assert.Equal(t, k.Version(), k2.Version())
	k3, err := Load("testdata/good.yaml", "testdata/extend.yaml")
	require.NoError(t, err)
	assert.NotEqual(t, k.Version(), k3.Version())
}

// withoutPeople loads the embedded data except data/people.yaml, so that
// tests of merging and of OfficeHolders see only their own people.
func withoutPeople(files ...string) (*KB, error) {
	return load(func(n string) bool { return n != "data/people.yaml" }, files...)
}

func TestLoadDuplicateMerge(t *testing.T) {
	k, err := withoutPeople("testdata/good.yaml", "testdata/extend.yaml")
	require.NoError(t, err)

	var places []Place
	for _, p := range k.Places() {
		if strings.EqualFold(p.Name, "Test Range") {
			places = append(places, p)
		}
	}
	require.Len(t, places, 1, "same name in another case is the same place")
	assert.Equal(t, "Test Range", places[0].Name, "first spelling stays canonical")
	assert.Equal(t, []string{"Test Firing Range", "Range of Tests"}, places[0].Aliases)
	assert.Equal(t, "range", places[0].Kind)

	i := slices.IndexFunc(k.People(), func(p Person) bool { return p.Name == "Zakir Hasanov" })
	require.GreaterOrEqual(t, i, 0)
	p := k.People()[i]
	assert.Equal(t, []string{"Zakir Həsənov", "Hasanov"}, p.Aliases)
	assert.Equal(t, []Office{
		{State: "AZ", Role: "Minister of Defence", From: "2013-10-22", To: "2099-01-01"},
		{State: "AZ", Role: "Chief of General Staff", From: "2013"},
	}, p.Offices, "same state/role/from replaces; new office appended")
}

func TestLoadTypoNamesFileAndLine(t *testing.T) {
	_, err := Load("testdata/typo.yaml")
	require.Error(t, err)
	var list ErrorList
	require.True(t, errors.As(err, &list))
	require.Len(t, list, 1)
	assert.Equal(t, "testdata/typo.yaml", list[0].File)
	assert.Equal(t, 6, list[0].Line)
	assert.Contains(t, err.Error(), `testdata/typo.yaml:6: places[0] Somewhere: unknown field "alias"`)
	assert.Contains(t, err.Error(), "aliases", "message lists the known fields")
}

func TestLoadValidation(t *testing.T) {
	_, err := Load("testdata/bad.yaml")
	require.Error(t, err)
	var list ErrorList
	require.True(t, errors.As(err, &list))
	msg := err.Error()
	for _, want := range []string{
		// Each row: one problem of bad.yaml, with file, line and entry.
		`testdata/bad.yaml:2: people[0] Nobody In Office offices[0]: state: unknown state "ZZ"`,
		`testdata/bad.yaml:2: people[0] Nobody In Office offices[1]: role: unknown role "Minister of Magic"`,
		`testdata/bad.yaml:2: people[0] Nobody In Office offices[2]: from: bad date "2001-13-01"`,
		`testdata/bad.yaml:2: people[0] Nobody In Office offices[3]: from 2010 is after to 2009`,
		`testdata/bad.yaml:2: people[0] Nobody In Office offices[4]: org: unknown organization (canonical name) "No Such Org"`,
		`testdata/bad.yaml:9: people[1] : empty name`,
		`testdata/bad.yaml:12: places[0] Nowhere: state: "tr" is not an ISO 3166-1 alpha-2 code`,
		`testdata/bad.yaml:12: places[0] Nowhere: kind "planet" not one of`,
	} {
		assert.Contains(t, msg, want)
	}
	assert.Len(t, list, 8, msg)
}

func TestLoadErrors(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, want string
	}{
		// Syntax error: positioned by yaml.v3.
		{"syntax", "states:\n  - {iso2: TR, name: [\n", "x.yaml:"},
		// Wrong type for a field.
		{"type", "places:\n  - name: [A, B]\n", "x.yaml:2: cannot unmarshal"},
		// Unknown section.
		{"section", "countries: []\n", `x.yaml:1: unknown section "countries"`},
		// Section that is not a list.
		{"notlist", "places: {name: X}\n", `x.yaml:1: section "places" must be a list`},
		// Top level must be a mapping.
		{"toplevel", "- a\n- b\n", "x.yaml:1: top level must be a mapping"},
		// Duplicate key inside an entry.
		{"dupkey", "places:\n  - name: A\n    name: B\n", "x.yaml:3:"},
		// Bad ISO2 in a state.
		{"iso", "states:\n  - {iso2: TUR, name: Turkey}\n", `iso2 "TUR" is not two upper-case letters`},
		// Cue phrases must be lower case.
		{"cue", "roles:\n  - {name: President, en: [President]}\n", `cue phrase "President" must be lower case`},
		// Role names are written exactly.
		{"rolecase", "people:\n  - name: X\n    offices: [{state: TR, role: president}]\n", `role "president": write it as "President"`},
		// Capital must be a known place.
		{"capital", "states:\n  - {iso2: TR, name: Turkey, capital: Atlantis}\n", `capital: unknown place (canonical name) "Atlantis"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, errs := decodeAndBuild(t, tc.yaml)
			require.Error(t, errs, "want an error containing %q", tc.want)
			assert.Contains(t, errs.Error(), tc.want)
		})
	}
}

// decodeAndBuild runs a snippet through the same steps as Load, after the
// embedded data, under the name x.yaml.
func decodeAndBuild(t *testing.T, src string) (*KB, error) {
	t.Helper()
	b := newBuilder()
	for _, r := range rawEmbedded(t) {
		b.add(r)
	}
	r, errs := decodeFile("x.yaml", []byte(src))
	if len(errs) > 0 {
		return nil, errs
	}
	b.add(r)
	k := b.finish()
	return k, b.errs.err()
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load("testdata/does-not-exist.yaml")
	require.Error(t, err)
	assert.True(t, errors.Is(err, fs.ErrNotExist))
	assert.Contains(t, err.Error(), "testdata/does-not-exist.yaml")
}

func TestOfficeHolders(t *testing.T) {
	k, err := withoutPeople("testdata/people.yaml")
	require.NoError(t, err)
	names := func(ps []Person) []string {
		out := []string{}
		for _, p := range ps {
			out = append(out, p.Name)
		}
		return out
	}
	for _, tc := range []struct {
		iso, role, date string
		want            []string
	}{
		// Well-known facts.
		{"RU", "Minister of Defence", "2010", []string{"Anatoly Serdyukov"}},
		{"RU", "Minister of Defence", "2010-06-01", []string{"Anatoly Serdyukov"}},
		{"RU", "Minister of Defence", "2020-03", []string{"Sergei Shoigu"}},
		{"RU", "Minister of Defence", "2025", []string{"Andrei Belousov"}},
		// A year of a reshuffle returns both holders, sorted by name.
		{"RU", "Minister of Defence", "2012", []string{"Anatoly Serdyukov", "Sergei Shoigu"}},
		{"RU", "Minister of Defence", "2012-11", []string{"Anatoly Serdyukov", "Sergei Shoigu"}},
		{"RU", "Minister of Defence", "2012-12-01", []string{"Sergei Shoigu"}},
		// Cue phrases and lower case resolve to the role.
		{"ru", "defense minister", "2010", []string{"Anatoly Serdyukov"}},
		{"RU", "министр обороны", "2010", []string{"Anatoly Serdyukov"}},
		{"RU", "President", "2010", []string{"Dmitry Medvedev"}},
		{"RU", "Prime Minister", "2010", []string{"Vladimir Putin"}},
		// A person with two terms in one role is listed once.
		{"RU", "President", "", []string{"Dmitry Medvedev", "Vladimir Putin"}},
		{"TR", "President", "2021-06-15", []string{"Recep Tayyip Erdogan"}},
		{"TR", "Prime Minister", "2010", []string{"Recep Tayyip Erdogan"}},
		{"TR", "President", "2013", []string{}}, // not in the test data
		{"AZ", "President", "2021-06-15", []string{"Ilham Aliyev"}},
		{"AZ", "President", "2003-10-31", []string{"Ilham Aliyev"}},
		{"AZ", "President", "2003-10-30", []string{}},
		{"NO", "Prime Minister", "2010", []string{"Jens Stoltenberg"}},
		// Bad input gives nothing.
		{"RU", "Court Jester", "2010", []string{}},
		{"RU", "President", "2010-02-30", []string{}},
		{"ZZ", "President", "2010", []string{}},
	} {
		got := names(k.OfficeHolders(tc.iso, tc.role, tc.date))
		assert.Equal(t, tc.want, got, "OfficeHolders(%q, %q, %q)", tc.iso, tc.role, tc.date)
	}
}

// TestOfficeHoldersEmbedded checks well-known facts against the shipped
// people data once it has them.
func TestOfficeHoldersEmbedded(t *testing.T) {
	k, err := Default()
	require.NoError(t, err)
	if len(k.People()) == 0 {
		t.Skip("data/people.yaml has no entries yet")
	}
	for _, tc := range []struct{ iso, role, date, want string }{
		{"RU", "Minister of Defence", "2010", "Anatoly Serdyukov"},
		{"RU", "President", "2010", "Dmitry Medvedev"},
		{"US", "President", "2010", "Barack Obama"},
		{"TR", "President", "2021-06-15", "Recep Tayyip Erdogan"},
		{"AZ", "President", "2021-06-15", "Ilham Aliyev"},
	} {
		var got []string
		for _, p := range k.OfficeHolders(tc.iso, tc.role, tc.date) {
			got = append(got, p.Name)
		}
		assert.Contains(t, got, tc.want, "OfficeHolders(%q, %q, %q)", tc.iso, tc.role, tc.date)
	}
}

func TestParseSpan(t *testing.T) {
	for _, tc := range []struct {
		in     string
		lo, hi string
		bad    bool
	}{
		{in: "2021", lo: "2021-01-01", hi: "2021-12-31"},
		{in: "2021-02", lo: "2021-02-01", hi: "2021-02-31"},
		{in: "2021-02-28", lo: "2021-02-28", hi: "2021-02-28"},
		{in: "2020-02-29", lo: "2020-02-29", hi: "2020-02-29"},
		{in: "2021-02-29", bad: true},
		{in: "2021-13", bad: true},
		{in: "21", bad: true},
		{in: "2021/02/01", bad: true},
		{in: "", bad: true},
	} {
		got, err := parseSpan(tc.in)
		if tc.bad {
			assert.Error(t, err, "parseSpan(%q)", tc.in)
			continue
		}
		require.NoError(t, err, tc.in)
		assert.Equal(t, span{tc.lo, tc.hi}, got, "parseSpan(%q)", tc.in)
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDecodeFile: user gazetteers are outside input; decoding must never
// panic and every problem must name the file.
func FuzzDecodeFile(f *testing.F) {
	f.Add([]byte("states:\n  - {iso2: TR, name: Turkey}\n"))
	f.Add([]byte("people:\n  - name: X\n    offices: [{state: TR, role: President, from: '2001'}]\n"))
	f.Add([]byte("places: [{name: A, alias: B}]"))
	f.Add([]byte("a: &x [*x]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, errs := decodeFile("f.yaml", data)
		for _, e := range errs {
			if e.File != "f.yaml" {
				t.Fatalf("error without file: %v", e)
			}
		}
		if r != nil {
			b := newBuilder()
			b.add(r)
			b.finish()
			for _, e := range b.errs {
				if e.File != "f.yaml" {
					t.Fatalf("error without file: %v", e)
				}
			}
		}
	})
}

// TestFirstNames: the embedded first-name list is broad (both scripts),
// a user file extends it, and an entry must be one word.
func TestFirstNames(t *testing.T) {
	k, err := Default()
	require.NoError(t, err)
	names := k.FirstNames()
	assert.Greater(t, len(names), 300)
	assert.Contains(t, names, "John")
	assert.Contains(t, names, "Сергей")
	assert.Contains(t, names, "Kassym-Jomart")

	k, err = decodeAndBuild(t, "first_names: [Zdzisław]\n")
	require.NoError(t, err)
	assert.Contains(t, k.FirstNames(), "Zdzisław")
	assert.Contains(t, k.FirstNames(), "John", "user names extend the embedded ones")

	_, err = decodeAndBuild(t, "first_names: [\"Mary Ann\"]\n")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "one trimmed word")
}
