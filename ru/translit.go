package ru

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Transliteration options; 0 is the primary spelling.
type tlOpt uint16

const (
	oKhH  tlOpt = 1 << iota // х → h (Ahmedov)
	oGH                     // г → h (Hasanov, Huseynov: Azerbaijani names)
	oYeE                    // е → e everywhere (Yevgeny → Evgeny)
	oIeYe                   // е after и → ye (Aliyev, Grigoryev-style)
	oIyY                    // final -ий → -y (Dmitry)
	oIyI                    // final -ий → -i (Dmitri)
	oIyII                   // final -ий → -ii (Dmitrii)
	oYaIa                   // я → ia, ю → iu
	oYoE                    // ё → e (Gorbachev, Semenov)
	oKsX                    // кс → x (Alexander)
	oDzhJ                   // дж → j (Jabrailov, Jeyhun)
	oJY                     // й → y before a consonant too (Shoygu)
)

// variantOpts are the option sets TranslitVariants tries, in order.
var variantOpts = [...]tlOpt{
	0, oIeYe, oJY, oKhH, oGH, oYeE, oIyY, oIyI, oIyII, oYaIa, oYoE, oKsX, oDzhJ,
	oGH | oKhH, oGH | oDzhJ | oIeYe, oGH | oKhH | oDzhJ | oIeYe,
	oKhH | oYeE, oIyY | oIeYe, oKhH | oYeE | oIyY | oYaIa,
}

// base spellings of а…я (U+0430–U+044F); ё and the context rules are in
// translitOpt.
var tlTable = [32]string{
	"a", "b", "v", "g", "d", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
	"r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
}

func isCyr(r rune) bool {
	return (r >= 'а' && r <= 'я') || (r >= 'А' && r <= 'Я') || r == 'ё' || r == 'Ё'
}

func lowerCyr(r rune) rune {
	switch {
	case r >= 'А' && r <= 'Я':
		return r + 0x20
	case r == 'Ё':
		return 'ё'
	}
	return r
}

func isCyrVowel(r rune) bool {
	switch lowerCyr(r) {
	case 'а', 'е', 'ё', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ъ', 'ь':
		return true
	}
	return false
}

func hasCyr(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == 0xd0 || s[i] == 0xd1 {
			return true
		}
	}
	return false
}

func translit(s string) string { return translitOpt(s, 0) }

func translitOpt(s string, o tlOpt) string {
	if !hasCyr(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/4)
	prev := rune(-1) // previous rune, -1 at the start
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if !isCyr(r) {
			b.WriteString(s[i : i+w])
			prev = r
			i += w
			continue
		}
		next, nw := utf8.DecodeRuneInString(s[i+w:])
		if i+w >= len(s) {
			next, nw = -1, 0
		}
		lr := lowerCyr(r)
		up := r != lr
		wordStart := prev < 0 || !unicode.IsLetter(prev)
		var out string
		skip := 0 // extra runes consumed
		switch lr {
		case 'е':
			switch {
			case o&oYeE != 0:
				out = "e"
			case wordStart:
				out = "ye"
			case lowerCyr(prev) == 'и' || lowerCyr(prev) == 'ы':
				if o&oIeYe != 0 {
					out = "ye"
				} else {
					out = "e"
				}
			case isCyrVowel(prev):
				out = "ye"
			default:
				out = "e"
			}
		case 'ё':
			switch pl := lowerCyr(prev); {
			case o&oYoE != 0:
				out = "e"
			case pl == 'ж' || pl == 'ч' || pl == 'ш' || pl == 'щ' || pl == 'ц':
				out = "e" // Gorbachev, Khrushchev: as the agencies write them
			default:
				out = "yo"
			}
		case 'и':
			if nl := lowerCyr(next); nl == 'й' && !wordStart {
				if n2, _ := utf8.DecodeRuneInString(s[i+w+nw:]); i+w+nw >= len(s) || !unicode.IsLetter(n2) {
					switch {
					case o&oIyY != 0:
						out = "y"
					case o&oIyI != 0:
						out = "i"
					case o&oIyII != 0:
						out = "ii"
					default:
						out = "iy"
					}
					skip = nw
				}
			}
			if out == "" {
				out = "i"
			}
		case 'ы':
			out = "y"
			if lowerCyr(next) == 'й' {
				if n2, _ := utf8.DecodeRuneInString(s[i+w+nw:]); i+w+nw >= len(s) || !unicode.IsLetter(n2) {
					skip = nw // -ый → -y
				}
			}
		case 'й':
			out = "y"
			if o&oJY == 0 && !wordStart && isCyrVowel(prev) && isCyr(next) && !isCyrVowel(next) {
				out = "i" // Shoigu, Baikal, Gaidar
			}
		case 'х':
			out = "kh"
			if o&oKhH != 0 {
				out = "h"
			}
		case 'г':
			out = "g"
			if o&oGH != 0 {
				out = "h"
			}
		case 'я':
			out = "ya"
			if o&oYaIa != 0 && !wordStart && (!isCyrVowel(prev) || lowerCyr(prev) == 'и') {
				out = "ia"
			}
		case 'ю':
			out = "yu"
			if o&oYaIa != 0 && !wordStart && (!isCyrVowel(prev) || lowerCyr(prev) == 'и') {
				out = "iu"
			}
		case 'к':
			out = "k"
			if o&oKsX != 0 && lowerCyr(next) == 'с' {
				out, skip = "x", nw
			}
		case 'д':
			out = "d"
			if o&oDzhJ != 0 && lowerCyr(next) == 'ж' {
				out, skip = "j", nw
			}
		default:
			out = tlTable[lr-'а']
		}
		if up && out != "" {
			// All capitals when the neighbour letter is a capital too.
			allUp := (next >= 0 && unicode.IsUpper(next)) ||
				(prev >= 0 && unicode.IsUpper(prev) && (next < 0 || !unicode.IsLower(next)))
			if allUp {
				b.WriteString(strings.ToUpper(out))
			} else {
				b.WriteByte(out[0] - 0x20)
				b.WriteString(out[1:])
			}
		} else {
			b.WriteString(out)
		}
		if skip > 0 {
			r2, _ := utf8.DecodeRuneInString(s[i+w:])
			prev = r2
		} else {
			prev = r
		}
		i += w + skip
	}
	return b.String()
}

func translitVariants(s string) []string {
	out := make([]string, 0, 8)
	if !hasCyr(s) {
		return append(out, s)
	}
outer:
	for _, o := range variantOpts {
		v := translitOpt(s, o)
		for _, x := range out {
			if x == v {
				continue outer
			}
		}
		out = append(out, v)
	}
	return out
}

// givenLatin are the conventional English spellings of Russian given names
// that the letter rules do not give.
var givenLatin = map[string]string{
	"александр": "Alexander", "алексей": "Alexei", "юрий": "Yuri", "пётр": "Pyotr",
	"петр": "Pyotr", "фёдор": "Fyodor", "федор": "Fyodor", "артём": "Artyom", "артем": "Artyom",
}

func translitName(word string, given bool) string {
	if !hasCyr(word) {
		return word
	}
	if given {
		if l, ok := givenLatin[fold(word)]; ok {
			return l
		}
	}
	out := translitOpt(word, oIyY)
	if given && strings.HasSuffix(out, "ey") && strings.HasSuffix(fold(word), "ей") {
		out = strings.TrimSuffix(out, "ey") + "ei"
	}
	return out
}
