// Package ru is the Russian language support of entity matching, used by
// the extractor and by the loaders (an outlet named in a case form): pure,
// deterministic functions that map between Cyrillic surface forms and the
// keys a gazetteer is indexed by.
//
//   - Fold lower-cases and folds ё to е; every other function works on
//     folded or unfolded input alike.
//   - Translit spells Cyrillic the way English-language news agencies do
//     (BGN/PCGN-like: Шойгу → Shoigu, Хренин → Khrenin); TranslitVariants
//     adds the common alternatives (kh/h, -iy/-y, ye/e, ya/ia, г → h) for
//     fuzzy matching against Latin names.
//   - Stem is the Russian Snowball stem (github.com/kljensen/snowball),
//     lower-cased, ё → е.
//   - NameForms, PlaceForms and AdjectiveForms generate the case forms of a
//     nominative name, toponym or adjective; Normalize goes the other way,
//     from an inflected surface form to candidate nominatives.
//   - PersonName spells a foreign person's name written in Cyrillic the way
//     English news does: ChineseName reads Palladius syllables as Pinyin
//     (Цзян Цзэминь → Jiang Zemin), «Дж» is "J" in foreign names (Джаред
//     Кушнер → Jared Kushner) and Arabic particles are bin/al.
//
// There is no Russian lemmatizer in Go that can be installed here, so the
// paradigms are rule tables for the shapes that occur in names of people,
// states and places (-ов/-ев/-ин surnames, -ский adjectives, -а/-я
// feminines, consonant stems, indeclinables such as Шойгу or Баку). They
// over-generate a little rather than miss a form: a wrong candidate that
// matches no gazetteer entry is harmless.
//
// No function keeps state between calls; all are safe for concurrent use.
package ru
