package loaders

import (
	_ "embed"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/diplograph/diplograph/ru"
)

//go:embed outlets.txt
var outletsData string

// outlets maps folded outlet names and aliases to canonical names. It is
// built from the embedded outlets.txt by newOutlets and read-only after.
type outlets struct {
	byKey     map[string]string
	byCompact map[string]string // letters and digits only: "dailysabah"
}

// newOutlets parses the embedded table of known outlets.
func newOutlets() *outlets {
	o := &outlets{byKey: make(map[string]string), byCompact: make(map[string]string)}
	for _, line := range strings.Split(outletsData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		names := strings.Split(line, "|")
		canon := strings.TrimSpace(names[0])
		for _, n := range names {
			if k := outletKey(n); k != "" {
				if _, dup := o.byKey[k]; !dup {
					o.byKey[k] = canon
				}
				if ck := compact(k); len(ck) >= 4 {
					if _, dup := o.byCompact[ck]; !dup {
						o.byCompact[ck] = canon
					}
				}
			}
		}
	}
	return o
}

// lookup returns the canonical name of a known outlet spelled s.
func (o *outlets) lookup(s string) (string, bool) {
	k := outletKey(s)
	if k == "" {
		return "", false
	}
	if c, ok := o.byKey[k]; ok {
		return c, true
	}
	// "Anadolu Agency", "Trend News Agency", "ИА Регнум": drop agency words.
	for _, suf := range []string{" news agency", " information agency", " agency", " news", " ajansi", " haber ajansi", " агентство"} {
		if t := strings.TrimSuffix(k, suf); t != k {
			if c, ok := o.byKey[t]; ok {
				return c, true
			}
		}
	}
	for _, pre := range []string{"иа ", "агентство ", "the "} {
		if t := strings.TrimPrefix(k, pre); t != k {
			if c, ok := o.byKey[t]; ok {
				return c, true
			}
		}
	}
	// «Подписывайтесь на «Российскую газету»», «Редакция «Российской
	// газеты»»: a Russian name in a case form, put back in the nominative
	if hasCyrillic(s) && len(strings.Fields(s)) <= 3 {
		for _, f := range ru.Normalize(strings.TrimSpace(s)) {
			if c, ok := o.byKey[outletKey(f)]; ok {
				return c, true
			}
		}
	}
	return "", false
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

// lookupHandle returns the outlet of a social handle ("@DailySabah"):
// an alias, or a name written without spaces.
func (o *outlets) lookupHandle(h string) (string, bool) {
	if c, ok := o.lookup(h); ok {
		return c, true
	}
	c, ok := o.byCompact[compact(outletKey(h))]
	return c, ok
}

// compact keeps the letters and digits of a folded key.
func compact(k string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, k)
}

// normalize returns the canonical name of s when it is a known outlet, else
// a tidy form of s itself: domains in lower case ("1NEWS.AZ" → "1news.az"),
// a social handle without "@", other names as written.
func (o *outlets) normalize(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " \t.,:;-–—()[]/«»\"'"))
	if s == "" {
		return ""
	}
	if c, ok := o.lookup(s); ok {
		return c
	}
	s = strings.TrimPrefix(s, "@")
	if isDomain(s) {
		return strings.ToLower(s)
	}
	return s
}

// outletKey folds a name for lookup: NFKD without marks, dotless ı folded,
// lower case, a leading "@" dropped, runs of other characters than letters,
// digits and dots as one space.
func outletKey(s string) string {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "@")
	var b strings.Builder
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ı' || r == 'İ':
			r = 'i'
		case r == 'ё' || r == 'Ё':
			r = 'е'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			space = true
		}
	}
	return strings.Trim(b.String(), ".")
}

// isDomain reports whether s looks like a host name: "agenda.ge", "1NEWS.AZ".
func isDomain(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i <= 0 || i == len(s)-1 || strings.ContainsAny(s, " \t/@") {
		return false
	}
	tld := s[i+1:]
	if len(tld) < 2 || len(tld) > 6 {
		return false
	}
	for _, r := range tld {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	for _, r := range s[:i] {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '-') {
			return false
		}
	}
	return true
}
