package ru

// Fold returns s lower-cased with ё folded to е (Ё to е), for matching.
// Non-Cyrillic text is lower-cased too. Fold does not allocate when s is
// already folded.
func Fold(s string) string { return fold(s) }

// Translit transliterates the Cyrillic letters of s to Latin the way English
// news agencies spell Russian names (BGN/PCGN-like, without diacritics):
// х → kh, ж → zh, ц → ts, ч → ch, ш → sh, щ → shch, ю → yu, я → ya,
// ё → yo, е → ye at the start of a word and after a vowel, ь and ъ dropped,
// final -ий/-ый → -iy/-y. Capitalization is kept (Шойгу → Shoigu, ЩУКА →
// SHCHUKA); non-Cyrillic runes are copied unchanged.
func Translit(s string) string { return translit(s) }

// TranslitVariants returns Translit(s) first, followed by the common
// alternative Latin spellings of s used for fuzzy matching: kh → h,
// -iy/-iy → -i/-y/-ii, ye → e, ya → ia, yu → iu, г → h (Гасанов → Hasanov)
// and combinations. The result has no duplicates and a fixed order.
func TranslitVariants(s string) []string { return translitVariants(s) }

// Stem returns the Russian Snowball stem of word, lower-cased with ё → е.
// Non-Cyrillic words are only lower-cased.
func Stem(word string) string { return stem(word) }

// NameForms returns the nominative and the case forms of a Russian personal
// name or a name phrase (first name + surname), nominative first, without
// duplicates: Алиев → Алиева, Алиеву, Алиевым, Алиеве; Ильхам Алиев →
// Ильхама Алиева, …; Алиева (feminine) → Алиевой, Алиеву; Никита → Никиты,
// Никите, Никиту, Никитой; Шойгу is indeclinable. Capitalization follows the
// input.
func NameForms(nominative string) []string { return nameForms(nominative) }

// PlaceForms returns the nominative and the case forms of a toponym,
// nominative first: Турция → Турции, Турцию, Турцией; Москва → Москвы,
// Москве, Москву, Москвой; Азербайджан → Азербайджана, Азербайджану,
// Азербайджаном, Азербайджане; Баку is indeclinable. Adjective+noun phrases
// (Южная Корея) are declined word by word.
func PlaceForms(nominative string) []string { return placeForms(nominative) }

// AdjectiveForms returns the forms of an adjective given in the masculine
// nominative singular (турецкий, азербайджанский, новый, русской…), the
// input first, then all genders, numbers and cases without duplicates.
// Words that are not adjectives give just themselves.
func AdjectiveForms(masculineNominative string) []string {
	return adjectiveForms(masculineNominative)
}

// Normalize returns candidate nominatives for an inflected surface form of a
// name, toponym or adjective+noun phrase, most likely first, always
// including the input itself (case kept): Эрдоганом → Эрдоган; Алиевым →
// Алиев; Турции → Турция; Россией → Россия; Шушинскую декларацию →
// Шушинская декларация. Candidates are guesses to look up in a gazetteer;
// most of them are not words.
func Normalize(surfaceForm string) []string { return normalize(surfaceForm) }

// TranslitName transliterates one word of a Russian personal name (in the
// nominative) the way the English-language press writes it: final -ий/-ый
// → -y (Дмитрий → Dmitry, Анатолий → Anatoly, Жуковский → Zhukovsky) and,
// for a given name, final -ей → -ei (Сергей → Sergei, Алексей → Alexei)
// and the conventional spellings of a few names (Александр → Alexander).
func TranslitName(word string, given bool) string { return translitName(word, given) }
