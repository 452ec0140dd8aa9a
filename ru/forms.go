package ru

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Grammatical cases in the order of the paradigm tables.
const (
	cNom = iota
	cGen
	cDat
	cAcc
	cIns
	cPrep
	nCases
)

// paradigm says how to decline one word: drop the last strip runes, then
// append one of the endings of each case (the first is the usual one).
type paradigm struct {
	strip int
	end   [nCases][]string
}

// fixed is the paradigm of an indeclinable word.
var fixed = paradigm{end: [nCases][]string{{""}, {""}, {""}, {""}, {""}, {""}}}

func p(strip int, nom, gen, dat, acc, ins, prep string) paradigm {
	sp := func(s string) []string { return strings.Split(s, "|") }
	return paradigm{strip: strip, end: [nCases][]string{sp(nom), sp(gen), sp(dat), sp(acc), sp(ins), sp(prep)}}
}

// Paradigms shared by names and places (built once, read-only).
var (
	pSurnameOv   = p(0, "", "а", "у", "а", "ым", "е")           // Алиев, Лавров
	pSurnameIn   = p(0, "", "а", "у", "а", "ым|ом", "е")        // Путин, Дарвин
	pSurnameOva  = p(1, "а", "ой", "ой", "у", "ой", "ой")       // Алиева, Путина
	pAdjSkiy     = p(2, "ий", "ого", "ому", "ого", "им", "ом")  // Достоевский
	pAdjYy       = p(2, "ый", "ого", "ому", "ого", "ым", "ом")  // Грозный
	pAdjOyHard   = p(2, "ой", "ого", "ому", "ого", "ым", "ом")  // Толстой
	pAdjOyVelar  = p(2, "ой", "ого", "ому", "ого", "им", "ом")  // Трубецкой
	pAdjAya      = p(2, "ая", "ой", "ой", "ую", "ой", "ой")     // Толстая, Южная
	pAdjYaya     = p(2, "яя", "ей", "ей", "юю", "ей", "ей")     // Верхняя
	pAdjOe       = p(2, "ое", "ого", "ому", "ое", "ым", "ом")   // Соединённое
	pAdjEe       = p(2, "ее", "его", "ему", "ее", "им", "ем")   // Верхнее
	pAdjYe       = p(2, "ые", "ых", "ым", "ые", "ыми", "ых")    // Объединённые
	pAdjIe       = p(2, "ие", "их", "им", "ие", "ими", "их")    // Арабские
	pNounIy      = p(2, "ий", "ия", "ию", "ия", "ием", "ии")    // Дмитрий
	pNounIya     = p(2, "ия", "ии", "ии", "ию", "ией", "ии")    // Мария, Турция
	pNounJ       = p(1, "й", "я", "ю", "я", "ем", "е")          // Сергей, Николай
	pNounSoft    = p(1, "ь", "я", "ю", "я", "ем", "е")          // Игорь
	pNounA       = p(1, "а", "ы", "е", "у", "ой", "е")          // Никита, Москва
	pNounAVelar  = p(1, "а", "и", "е", "у", "ой", "е")          // Ольга, Прага
	pNounAHiss   = p(1, "а", "и", "е", "у", "ей|ой", "е")       // Саша, Гоша
	pNounATs     = p(1, "а", "ы", "е", "у", "ей|ой", "е")       // Куница
	pNounYa      = p(1, "я", "и", "е", "ю", "ей", "е")          // Илья, Таня
	pNounCons    = p(0, "", "а", "у", "а", "ом", "е")           // Эрдоган, Ильхам
	pNounConsH   = p(0, "", "а", "у", "а", "ем|ом", "е")        // Ильхамович, Шевчук? no: hissing/ц
	pPlaceCons   = p(0, "", "а", "у", "", "ом", "е")            // Азербайджан
	pPlaceConsH  = p(0, "", "а", "у", "", "ем|ом", "е")         // Бейрут? no: Марракеш
	pPlaceJ      = p(1, "й", "я", "ю", "й", "ем", "е")          // Китай
	pPlaceSoft   = p(1, "ь", "я|и", "ю|и", "ь", "ем|ью", "е|и") // Израиль, Сибирь
	pPlaceO      = p(1, "о", "а", "у", "о", "ом", "е")          // Косово
	pPlacePlural = p(1, "ы", "ов|", "ам", "ы", "ами", "ах")     // Нидерланды, Штаты
)

// lowerWord returns w lower-cased and whether w is all capitals (ТУРЦИЯ).
func lowerWord(w string) (low string, caps bool) {
	upper, letters := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return strings.ToLower(w), letters > 1 && upper == letters
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

func isVelarHiss(r rune) bool {
	switch r {
	case 'г', 'к', 'х', 'ж', 'ш', 'ч', 'щ':
		return true
	}
	return false
}

func isHissTs(r rune) bool {
	switch r {
	case 'ж', 'ш', 'ч', 'щ', 'ц':
		return true
	}
	return false
}

func isConsonant(r rune) bool {
	return r >= 'а' && r <= 'я' && !isCyrVowel(r) && r != 'й'
}

// hasSuffix reports whether low ends with any of sufs.
func hasSuffix(low string, sufs ...string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(low, s) {
			return true
		}
	}
	return false
}

// adjParadigm returns the paradigm of an adjective in any nominative form.
func adjParadigm(low string) (paradigm, bool) {
	n := runeCount(low)
	if n < 4 || !hasCyr(low) {
		return paradigm{}, false
	}
	stem := strings.TrimSuffix(low, string([]rune(low)[n-2:]))
	sr := lastRune(stem)
	switch {
	case strings.HasSuffix(low, "ый"):
		return pAdjYy, true
	case strings.HasSuffix(low, "ий") && isVelarHiss(sr):
		return pAdjSkiy, true
	case strings.HasSuffix(low, "ий") && hasSuffix(stem, "н"):
		return p(2, "ий", "его", "ему", "его", "им", "ем"), true // синий, последний
	case strings.HasSuffix(low, "ой") && isVelarHiss(sr):
		return pAdjOyVelar, true
	case strings.HasSuffix(low, "ой"):
		return pAdjOyHard, true
	case strings.HasSuffix(low, "ая"):
		return pAdjAya, true
	case strings.HasSuffix(low, "яя"):
		return pAdjYaya, true
	case strings.HasSuffix(low, "ое") && isVelarHiss(sr):
		return p(2, "ое", "ого", "ому", "ое", "им", "ом"), true // Балтийское
	case strings.HasSuffix(low, "ое"):
		return pAdjOe, true
	case strings.HasSuffix(low, "ее"):
		return pAdjEe, true
	case strings.HasSuffix(low, "ые"):
		return pAdjYe, true
	case strings.HasSuffix(low, "ие"):
		return pAdjIe, true
	}
	return paradigm{}, false
}

// isFeminineName reports a feminine surname or adjective-like name.
func isFeminineName(low string) bool {
	return runeCount(low) > 3 && hasSuffix(low, "ова", "ева", "ёва", "ина", "ына", "ская", "цкая", "ая")
}

// nameParadigm returns the paradigm of one word of a personal name.
func nameParadigm(low string, fem bool) paradigm {
	n := runeCount(low)
	if n < 2 || !hasCyr(low) {
		return fixed
	}
	last := lastRune(low)
	rs := []rune(low)
	prev := rs[n-2]
	switch {
	case hasSuffix(low, "ых", "их"), strings.ContainsRune("оеиуюэыё", last):
		return fixed // Шойгу, Порошенко, Черных, оглы
	case hasSuffix(low, "ский", "цкий", "ской", "цкой", "ый", "ая", "яя"):
		if pd, ok := adjParadigm(low); ok {
			return pd
		}
		return fixed
	case hasSuffix(low, "ой") && n > 4:
		if pd, ok := adjParadigm(low); ok { // Толстой
			return pd
		}
		return fixed
	case fem && hasSuffix(low, "ова", "ева", "ёва", "ина", "ына"):
		return pSurnameOva
	case last == 'я' && prev == 'и':
		return pNounIya
	case last == 'а':
		switch {
		case isVelarHiss(prev) && isHissTs(prev):
			return pNounAHiss
		case isVelarHiss(prev):
			return pNounAVelar
		case prev == 'ц':
			return pNounATs
		}
		return pNounA
	case last == 'я':
		return pNounYa
	case fem:
		return fixed // Мехрибан, Лейла? (а handled above)
	case hasSuffix(low, "ов", "ев", "ёв"):
		return pSurnameOv
	case hasSuffix(low, "ин", "ын"):
		return pSurnameIn
	case hasSuffix(low, "ий"):
		return pNounIy
	case last == 'й':
		return pNounJ
	case last == 'ь':
		return pNounSoft
	case isHissTs(last):
		return pNounConsH
	case isConsonant(last):
		return pNounCons
	}
	return fixed
}

// placeParadigm returns the paradigm of one word of a toponym.
func placeParadigm(low string, caps bool) paradigm {
	n := runeCount(low)
	if n < 2 || !hasCyr(low) || caps {
		return fixed // США, НАТО
	}
	if pd, ok := adjParadigm(low); ok && !hasSuffix(low, "ия") {
		return pd
	}
	rs := []rune(low)
	last, prev := rs[n-1], rs[n-2]
	switch {
	case hasSuffix(low, "ово", "ево", "ино", "ыно", "ство"):
		return pPlaceO
	case hasSuffix(low, "ре", "ле") && n >= 4:
		return p(1, "е", "я", "ю", "е", "ем", "е") // море, поле (Черное море)
	case strings.ContainsRune("оеиуюэё", last):
		return fixed // Баку, Тбилиси, Осло
	case last == 'я' && prev == 'и':
		return pNounIya
	case last == 'а':
		switch {
		case isVelarHiss(prev) && isHissTs(prev):
			return pNounAHiss
		case isVelarHiss(prev):
			return pNounAVelar
		case prev == 'ц':
			return pNounATs
		}
		return pNounA
	case last == 'я':
		return pNounYa
	case last == 'ы':
		return pPlacePlural
	case hasSuffix(low, "ий"):
		return p(2, "ий", "ия", "ию", "ий", "ием", "ии")
	case last == 'й':
		return pPlaceJ
	case last == 'ь':
		return pPlaceSoft
	case isHissTs(last):
		return pPlaceConsH
	case isConsonant(last):
		return pPlaceCons
	}
	return fixed
}

// apply returns the forms of word w in case c by pd.
func (pd paradigm) forms(w string, caps bool, c int) []string {
	rs := 0
	cut := len(w)
	for cut > 0 && rs < pd.strip {
		_, size := utf8.DecodeLastRuneInString(w[:cut])
		cut -= size
		rs++
	}
	stem := w[:cut]
	out := make([]string, 0, len(pd.end[c]))
	for _, e := range pd.end[c] {
		if caps {
			e = strings.ToUpper(e)
		}
		out = append(out, stem+e)
	}
	return out
}

// declinePhrase declines the words of a phrase by the paradigms pds; a word
// with a nil entry stays as it is. Forms come in case order, nominative
// (the input) first, without duplicates.
func declinePhrase(words []string, caps []bool, pds []*paradigm) []string {
	out := []string{strings.Join(words, " ")}
	seen := map[string]bool{out[0]: true}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	forms := make([][]string, len(words))
	for c := 0; c < nCases; c++ {
		for i, w := range words {
			if pds[i] == nil {
				forms[i] = []string{w}
			} else {
				forms[i] = pds[i].forms(w, caps[i], c)
			}
		}
		first := make([]string, len(words))
		for i := range words {
			first[i] = forms[i][0]
		}
		add(strings.Join(first, " "))
		for i := range words { // alternates, one word at a time
			for _, alt := range forms[i][1:] {
				v := append([]string(nil), first...)
				v[i] = alt
				add(strings.Join(v, " "))
			}
		}
	}
	return out
}

func nameForms(nominative string) []string {
	words := strings.Fields(nominative)
	if len(words) == 0 {
		return []string{nominative}
	}
	lows := make([]string, len(words))
	caps := make([]bool, len(words))
	fem := false
	for i, w := range words {
		lows[i], caps[i] = lowerWord(w)
		if isFeminineName(lows[i]) && (i == len(words)-1 || len(words) == 1) {
			fem = true
		}
	}
	pds := make([]*paradigm, len(words))
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if len(words) > 1 && !unicode.IsUpper(r) {
			continue // particles: оглы, бин, де, фон
		}
		pd := nameParadigm(lows[i], fem)
		pds[i] = &pd
	}
	out := declinePhrase(words, caps, pds)
	// Korean, Chinese and Vietnamese names of short syllables decline
	// only their last word: «Ким Чен Ын» → «Ким Чен Ыну», «Кан Сун Намом»
	if len(words) >= 2 && syllabicName(lows) && pds[len(words)-1] != nil {
		last := make([]*paradigm, len(words))
		last[len(words)-1] = pds[len(words)-1]
		for _, f := range declinePhrase(words, caps, last)[1:] {
			if !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	if !strings.Contains(nominative, "  ") && strings.Join(words, " ") != nominative {
		return append([]string{nominative}, out[1:]...)
	}
	return out
}

// syllabicName reports a name whose words before the last are short
// syllables (East Asian names: «Ким Чен Ын», «Кан Сун Нам», «Ли Цян»).
func syllabicName(lows []string) bool {
	for _, w := range lows[:len(lows)-1] {
		if runeCount(w) > 3 {
			return false
		}
	}
	return true
}

func placeForms(nominative string) []string {
	words := strings.Fields(nominative)
	if len(words) == 0 {
		return []string{nominative}
	}
	pds := make([]*paradigm, len(words))
	caps := make([]bool, len(words))
	nounSeen, frozen := false, false
	for i, w := range words {
		low, c := lowerWord(w)
		caps[i] = c
		if low == "и" {
			frozen, nounSeen = false, false
			continue
		}
		if frozen {
			continue // Республика Корея, Соединённые Штаты Америки
		}
		var pd paradigm
		if _, isAdj := adjParadigm(low); isAdj && i < len(words)-1 && !nounSeen {
			pd, _ = adjParadigm(low)
			if pd.end[cAcc][0] == "ого" {
				pd.end[cAcc] = pd.end[cNom] // inanimate: Нагорный Карабах
			}
		} else {
			pd = placeParadigm(low, c)
			nounSeen = true
			frozen = true // the words after the head noun stay: Республика Корея
		}
		pds[i] = &pd
	}
	return declinePhrase(words, caps, pds)
}

func adjectiveForms(masc string) []string {
	low, caps := lowerWord(masc)
	if runeCount(low) < 4 || !hasSuffix(low, "ый", "ий", "ой") {
		return []string{masc}
	}
	stem := masc[:len(masc)-len("ий")] // two Cyrillic runes
	r := lastRune(strings.TrimSuffix(low, string([]rune(low)[runeCount(low)-2:])))
	// Endings by stem class: hard, velar (к г х), hissing (ж ш ч щ), soft (н).
	var ends []string
	switch {
	case hasSuffix(low, "ой") && isVelarHiss(r):
		ends = []string{"ой", "ого", "ому", "им", "ом", "ая", "ую", "ое", "ие", "их", "ими", "ою"}
	case hasSuffix(low, "ой"):
		ends = []string{"ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые", "ых", "ыми", "ою"}
	case hasSuffix(low, "ый"):
		ends = []string{"ый", "ого", "ому", "ым", "ом", "ая", "ой", "ую", "ое", "ые", "ых", "ыми", "ою"}
	case isVelarHiss(r) && (r == 'ж' || r == 'ш' || r == 'ч' || r == 'щ'):
		ends = []string{"ий", "его", "ему", "им", "ем", "ая", "ей", "ую", "ее", "ие", "их", "ими", "ею"}
	case isVelarHiss(r):
		ends = []string{"ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими", "ою"}
	case hasSuffix(low, "ий"):
		ends = []string{"ий", "его", "ему", "им", "ем", "яя", "ей", "юю", "ее", "ие", "их", "ими", "ею"}
	default:
		return []string{masc}
	}
	out := []string{masc}
	seen := map[string]bool{masc: true}
	for _, e := range ends {
		if caps {
			e = strings.ToUpper(e)
		}
		if f := stem + e; !seen[f] {
			seen[f] = true
			out = append(out, f)
		}
	}
	return out
}
