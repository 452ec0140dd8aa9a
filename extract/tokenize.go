package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// token is one word, number or punctuation mark of a sentence. Offsets are
// byte offsets into the article body.
type token struct {
	start, end int
	text       string
	// fold is the lower-cased text without diacritics (ı → i, ə → e,
	// ё → е; й is kept).
	fold string
	// key is the matching key: fold for Latin words, a crude Russian
	// inflection stem for Cyrillic words (see cyrStem), fold for the rest.
	key   string
	word  bool // letters or digits
	num   bool // digits only
	cap   bool // first rune is an upper-case letter
	upper bool // all letters upper case (and at least two letters)
	cyr   bool // has Cyrillic letters
}

// tokenize splits s (which starts at byte offset base of the body) into
// tokens: maximal runs of letters, marks and digits are words; every other
// non-space rune is a token of its own.
func tokenize(s string, base int) []token {
	toks := make([]token, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff' {
			i += sz
			continue
		}
		if isWordRune(r) {
			j := i + sz
			for j < len(s) {
				r2, sz2 := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(r2) {
					break
				}
				j += sz2
			}
			toks = append(toks, newWordToken(s[i:j], base+i, base+j))
			i = j
			continue
		}
		t := token{start: base + i, end: base + i + sz, text: s[i : i+sz]}
		t.fold = foldPunct(r)
		t.key = t.fold
		toks = append(toks, t)
		i += sz
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// foldPunct maps typographic variants of punctuation to one form.
func foldPunct(r rune) string {
	switch r {
	case '’', '‘', '`', '´', 'ʼ':
		return "'"
	case '–', '—', '‑', '‒', '−':
		return "-"
	case '“', '”', '«', '»', '„':
		return "\""
	}
	return string(r)
}

func newWordToken(text string, start, end int) token {
	t := token{start: start, end: end, text: text, word: true}
	t.fold = fold(text)
	letters, uppers, digits := 0, 0, 0
	for i, r := range text {
		letter, upper, cyr := classify(r)
		if letter {
			letters++
			if upper {
				uppers++
				if i == 0 {
					t.cap = true
				}
			}
			if cyr {
				t.cyr = true
			}
		} else if unicode.IsDigit(r) {
			digits++
		}
	}
	t.num = letters == 0 && digits > 0
	t.upper = letters >= 2 && uppers == letters
	if t.cyr {
		t.key = cyrStem(t.fold)
	} else {
		t.key = t.fold
	}
	return t
}

// classify tells whether r is a letter, an upper-case letter and a
// Cyrillic letter, with fast paths for ASCII and the basic Russian
// alphabet (most of what the tokenizer and the gazetteer see).
func classify(r rune) (letter, upper, cyr bool) {
	switch {
	case r < utf8.RuneSelf:
		upper = 'A' <= r && r <= 'Z'
		return upper || 'a' <= r && r <= 'z', upper, false
	case 'А' <= r && r <= 'я' || r == 'ё' || r == 'Ё':
		return true, 'А' <= r && r <= 'Я' || r == 'Ё', true
	}
	if !unicode.IsLetter(r) {
		return false, false, false
	}
	return true, unicode.IsUpper(r), unicode.Is(unicode.Cyrillic, r)
}

// fold lower-cases s and removes diacritics from Latin letters; dotless ı
// and schwa ə become i and e, ё becomes е. Cyrillic й is kept.
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == 'ı' || r == 'İ':
			b.WriteByte('i')
		case r == 'ə' || r == 'Ə':
			b.WriteByte('e')
		case r == 'ё' || r == 'Ё':
			b.WriteString("е")
		case r == 'й' || r == 'Й':
			b.WriteString("й")
		case r == 'ß':
			b.WriteString("ss")
		case r == 'ø' || r == 'Ø':
			b.WriteByte('o')
		case r == 'ł' || r == 'Ł':
			b.WriteByte('l')
		case r == 'đ' || r == 'Đ':
			b.WriteByte('d')
		case r < 0x80 || unicode.Is(unicode.Cyrillic, r):
			b.WriteRune(unicode.ToLower(r))
		case unicode.Is(unicode.Mn, r):
		default:
			for _, d := range norm.NFKD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(unicode.ToLower(d))
				}
			}
		}
	}
	return b.String()
}

// cyrEndings are the Russian case endings stripped by cyrStem, longest
// first. Plural noun endings (-ам, -ах, -ов) are left out because they end
// nominatives of names (Ильхам, Алиев).
var cyrEndings = []string{
	"иями", "ами", "ями", "ией", "еей", "ого", "его", "ому", "ему", "ыми", "ими",
	"ия", "ии", "ию", "ея", "еи", "ею", "ее", "ей", "ой", "ый", "ий", "ая", "яя", "ую", "юю",
	"ое", "ые", "ие", "ых", "их", "ым", "им", "ом", "ем", "ью",
	"а", "я", "у", "ю", "е", "ы", "и", "ь",
}

// cyrStem strips one case ending from a folded Cyrillic word so that the
// nominative and the oblique forms of a name share a key:
// Алиев/Алиева/Алиевым → алиев, Турция/Турции/Турцией → турц,
// турецкий/Турецкую → турецк. The stem keeps at least three letters.
func cyrStem(w string) string {
	n := utf8.RuneCountInString(w)
	for _, e := range cyrEndings {
		if strings.HasSuffix(w, e) && n-utf8.RuneCountInString(e) >= 3 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// keyOf returns the matching key of a phrase: the keys of its tokens
// joined by spaces.
func keyOf(s string) string {
	toks := tokenize(s, 0)
	return joinKeys(toks)
}

// PhraseKey is the key the extractor matches a knowledge-base phrase by:
// the words of s folded (lower case, Latin diacritics removed, ё → е),
// Cyrillic words cut to their crude stem, joined by spaces. Two names with
// one key are one phrase to the extractor (the cities generator uses it to
// leave out names that would collide with existing entries).
func PhraseKey(s string) string { return joinKeys(wordTokens(tokenize(s, 0))) }

func joinKeys(toks []token) string {
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return toks[0].key
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.key)
	}
	return b.String()
}
