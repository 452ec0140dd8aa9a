package ru

import "strings"

// slavicSurname reports whether a name word has the ending of a Russian
// (or Russified Central Asian, Caucasian) surname: -ов, -ев, -ин, -ский…
func slavicSurname(w string) bool {
	f := fold(w)
	for _, e := range []string{"ов", "ев", "ин", "ын", "ий", "ова", "ева", "ина", "ына", "ая", "ко", "ук", "юк", "ич"} {
		if strings.HasSuffix(f, e) && len([]rune(f)) > len([]rune(e))+2 {
			return true
		}
	}
	return false
}

// arabicParticles are the words that mark an Arabic name in Russian
// spelling, with their Latin spelling: бин, ибн, аль-, ас- (the article
// assimilated to a sun letter is written al- in English).
var arabicParticles = map[string]string{
	"бин": "bin", "бинт": "bint", "ибн": "ibn", "бен": "ben", "абу": "Abu",
	"аль": "al", "эль": "el", "ас": "al", "ад": "al", "ат": "al", "аш": "al",
	"ар": "al", "ан": "al", "аз": "al", "ал": "al",
}

// arabicLatin are the conventional English spellings of common Arabic
// name words whose letters the Russian spelling does not keep apart (х is
// both h and kh; у is u and ou).
var arabicLatin = map[string]string{
	"мухаммед": "Mohammed", "мохаммед": "Mohammed", "мухаммад": "Muhammad",
	"ахмед": "Ahmed", "ахмад": "Ahmad", "махмуд": "Mahmoud", "хамад": "Hamad",
	"хамид": "Hamid", "хасан": "Hassan", "хусейн": "Hussein", "хуссейн": "Hussein",
	"хамдан": "Hamdan", "салех": "Saleh", "абдель": "Abdel", "абдул": "Abdul",
	"абдалла": "Abdullah", "абдулла": "Abdullah", "фейсал": "Faisal",
	"файсал": "Faisal", "халид": "Khalid", "халед": "Khaled", "халифа": "Khalifa",
	"джабер": "Jaber", "сабах": "Sabah", "зайед": "Zayed", "нахайян": "Nahyan",
	"мактум": "Maktoum", "мансур": "Mansour", "юсеф": "Youssef", "юсуф": "Yousuf",
	"ибрагим": "Ibrahim", "фахд": "Fahd", "тани": "Thani", "рашид": "Rashid",
	"хайсам": "Haitham", "хайтам": "Haitham", "самех": "Sameh", "шукри": "Shoukry",
	"тамим": "Tamim", "наваф": "Nawaf", "мишааль": "Mishal", "мишаль": "Mishal",
}

// isArabicName reports whether the name words carry an Arabic particle.
func isArabicName(words []string) bool {
	for i, w := range words {
		if _, ok := arabicParticles[fold(w)]; ok && i > 0 && i < len(words)-1 {
			return true
		}
		// «Аль Хусейни»: a family name with the article
		if i == 0 && len(words) > 1 && fold(w) == "аль" {
			return true
		}
		if f := fold(w); strings.HasPrefix(f, "аль-") || strings.HasPrefix(f, "ас-") || strings.HasPrefix(f, "ибн-") {
			return true
		}
	}
	return false
}

// PersonName transliterates a non-Chinese personal name given word by word
// in the nominative, the first of two or more words being the given name.
// Besides TranslitName:
//   - an Arabic name (one with бин, ибн, аль-, ас-… inside) keeps its
//     particles in Latin lower case (аль-Ахмед → al-Ahmed, ас-Сабах →
//     al-Sabah, Аль Тани → Al Thani), common name words get their
//     conventional spelling (Мухаммед → Mohammed, Хамад → Hamad) and х is
//     read h, the commoner letter in Arabic names;
//   - дж is read j (Джаред → Jared, Джейхун → Jeyhun) in a name without a
//     Russian-type surname (-ов, -ев, -ин, -ский…); with one it stays dzh
//     as in the Russian tradition (Джохар Дудаев → Dzhokhar Dudayev-like).
func PersonName(words []string) string {
	if len(words) == 0 {
		return ""
	}
	arabic := isArabicName(words)
	dzhJ := len(words) > 1
	for _, w := range words {
		if slavicSurname(w) {
			dzhJ = false
		}
	}
	parts := make([]string, len(words))
	for i, w := range words {
		given := i == 0 && len(words) > 1
		if arabic {
			parts[i] = arabicWord(w)
			continue
		}
		if dzhJ && strings.Contains(fold(w), "дж") {
			parts[i] = translitNameOpt(w, given, oDzhJ)
			continue
		}
		parts[i] = translitName(w, given)
	}
	return strings.Join(parts, " ")
}

// arabicWord transliterates one word of an Arabic name (hyphenated
// particles included: аль-Ахмед → al-Ahmed).
func arabicWord(w string) string {
	if k := strings.IndexByte(w, '-'); k > 0 {
		return arabicWord(w[:k]) + "-" + arabicWord(w[k+1:])
	}
	f := fold(w)
	if p, ok := arabicParticles[f]; ok {
		if w != f && p == "al" {
			return "Al" // Аль Тани: the family name keeps its capital
		}
		return p
	}
	if l, ok := arabicLatin[f]; ok {
		return l
	}
	return translitOpt(w, oIyY|oKhH|oDzhJ)
}

func translitNameOpt(word string, given bool, o tlOpt) string {
	if !hasCyr(word) {
		return word
	}
	if given {
		if l, ok := givenLatin[fold(word)]; ok {
			return l
		}
	}
	out := translitOpt(word, oIyY|o)
	if given && strings.HasSuffix(out, "ey") && strings.HasSuffix(fold(word), "ей") {
		out = strings.TrimSuffix(out, "ey") + "ei"
	}
	return out
}
