package loaders

import (
	"strings"
	"unicode"
)

// Stop words of the Latin-script languages told apart cheaply. The lists
// are short and frequent; a text is assigned the language whose words it
// uses most, English when none stands out.
var stopWords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "was", "that", "for", "with", "on", "said", "has", "have"},
	"tr": {"ve", "bir", "bu", "için", "ile", "olarak", "çok", "daha", "olan", "dedi", "gibi"},
	"az": {"və", "bir", "bu", "üçün", "ilə", "olaraq", "çox", "daha", "olan", "dedi", "isə"},
	"de": {"der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "sich", "auf"},
	"fr": {"le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "qui"},
	"es": {"el", "los", "las", "y", "que", "del", "por", "una", "con", "para", "como"},
}

var latinLangs = []string{"en", "tr", "az", "de", "fr", "es"}

// detectLanguage returns the ISO 639-1 code of a text: by script first
// (Cyrillic against Latin letters), then by letters proper to one language
// (Ukrainian і ї є ґ, Belarusian ў, Kazakh ә ғ қ ң ө ұ ү һ, Azerbaijani ə)
// and by stop words among Latin languages. It returns "" for a text with
// no letters. No dependency: en and ru are reliable, the rest best effort.
func detectLanguage(text string) string {
	var cyr, lat, uk, be, kk, schwa int
	for _, r := range text {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			switch unicode.ToLower(r) {
			case 'і', 'ї', 'є', 'ґ':
				uk++
			case 'ў':
				be++
			case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ':
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
			if r == 'ə' || r == 'Ə' {
				schwa++
			}
		}
	}
	switch {
	case cyr == 0 && lat == 0:
		return ""
	case cyr > lat:
		switch {
		case kk*100 > cyr:
			return "kk"
		case be*200 > cyr:
			return "be"
		case uk*100 > cyr:
			return "uk"
		}
		return "ru"
	case schwa*100 > lat:
		return "az"
	}
	count := map[string]int{}
	sets := map[string]map[string]bool{}
	for lang, ws := range stopWords {
		set := make(map[string]bool, len(ws))
		for _, w := range ws {
			set[w] = true
		}
		sets[lang] = set
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, lang := range latinLangs {
			if sets[lang][w] {
				count[lang]++
			}
		}
	}
	best := "en"
	for _, lang := range latinLangs {
		if count[lang] > count[best] {
			best = lang
		}
	}
	return best
}
