package ru

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// reverse is one rule of Normalize: a case ending and the nominative
// endings it may come from, most likely first.
type reverse struct {
	suf  string
	repl []string
}

// reverseRules are tried longest ending first; every matching rule adds
// its candidates.
var reverseRules = []reverse{
	{"ского", []string{"ский", "ское"}},
	{"скому", []string{"ский", "ское"}},
	{"ской", []string{"ская", "ский", "ской"}},
	{"ыми", []string{"ые"}},
	{"ими", []string{"ие"}},
	{"ами", []string{"ы", "а", ""}},
	{"ями", []string{"и", "я", "ь"}},
	{"ией", []string{"ия"}},
	{"ием", []string{"ий", "ие"}},
	{"ого", []string{"ый", "ий", "ой", "ое"}},
	{"его", []string{"ий", "ее"}},
	{"ому", []string{"ый", "ий", "ой", "ое"}},
	{"ему", []string{"ий", "ее"}},
	{"ую", []string{"ая"}},
	{"юю", []string{"яя"}},
	{"ых", []string{"ые", "ых"}},
	{"их", []string{"ие", "их"}},
	{"ии", []string{"ия", "ий", "ие"}},
	{"ию", []string{"ия", "ий"}},
	{"ия", []string{"ий"}},
	{"ым", []string{"", "ый"}},
	{"им", []string{"ий", ""}},
	{"ом", []string{"", "ый", "ий", "ой", "о"}},
	{"ем", []string{"", "ь", "й", "ий"}},
	{"ой", []string{"а", "ая", "ый", "ий"}},
	{"ей", []string{"я", "ь", "ая", "а"}},
	{"ою", []string{"а", "ая"}},
	{"ам", []string{"ы", "а"}},
	{"ах", []string{"ы", "а"}},
	{"ов", []string{"ы", ""}},
	{"а", []string{"", "о"}},
	{"я", []string{"ь", "й"}},
	{"у", []string{"", "а", "о"}},
	{"ю", []string{"ь", "й", "я"}},
	{"е", []string{"", "а", "я", "ь", "й", "о"}},
	{"ы", []string{"а"}},
	{"и", []string{"а", "я", "ь"}},
}

// nominativeLike endings: a word ending so is more likely nominative than
// inflected.
var nominativeLike = []string{"ия", "ий", "ый", "ая", "ое", "ие", "ые", "ов", "ев", "ёв", "ин", "ын", "ия"}

// badSpelling reports candidates that no Russian word looks like: ы after
// к г х ж ш ч щ, or an ending that glues ь, й, а, я to the wrong letter
// (Шушинскуь, Израилй, Россиа).
func badSpelling(s string) bool {
	var prev rune
	for _, r := range s {
		r = lowerCyr(r)
		if r == 'ы' && isVelarHiss(prev) {
			return true
		}
		prev = r
	}
	x, y := penultimate(s), prev
	switch {
	case y == 'ь' && isCyrVowel(x):
		return true
	case y == 'й' && isConsonant(x):
		return true
	case y == 'а' && strings.ContainsRune("иуюыоеа", x):
		return true
	case y == 'я' && strings.ContainsRune("уюыо", x):
		return true
	case y == 'я' && x == 'а' && runeCount(s) > 2 && lowerCyr([]rune(s)[runeCount(s)-3]) == 'и':
		return true // Россиая
	}
	return false
}

// penultimate returns the lower-cased second-to-last rune of s.
func penultimate(s string) rune {
	_, w := utf8.DecodeLastRuneInString(s)
	r, _ := utf8.DecodeLastRuneInString(s[:len(s)-w])
	return lowerCyr(r)
}

// wordCandidates returns candidate nominatives of one word, best first,
// including the word itself.
//
// With adjFirst (a word before the head noun of a phrase) adjective
// nominatives come first: Южной Кореи → Южная, not Южна.
func wordCandidates(w string, adjFirst bool) []string {
	low, caps := lowerWord(w)
	if !hasCyr(low) || runeCount(low) < 3 {
		return []string{w}
	}
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] && (s == w || !badSpelling(s)) {
			seen[s] = true
			out = append(out, s)
		}
	}
	selfFirst := hasSuffix(low, nominativeLike...)
	if !selfFirst {
		r := lastRune(low)
		selfFirst = isConsonant(r) && r != 'м' && r != 'х'
	}
	if selfFirst {
		add(w)
	}
	n := runeCount(low)
	for _, rule := range reverseRules {
		if !strings.HasSuffix(low, rule.suf) {
			continue
		}
		k := utf8.RuneCountInString(rule.suf)
		if n-k < 2 {
			continue
		}
		stem := w[:len(w)-len(rule.suf)] // Cyrillic: same byte length in any case
		for _, e := range rule.repl {
			if caps {
				e = strings.ToUpper(e)
			}
			add(stem + e)
		}
	}
	add(w)
	if adjFirst {
		sort.SliceStable(out, func(i, j int) bool {
			return isAdjNom(out[i]) && !isAdjNom(out[j])
		})
	}
	return out
}

// isAdjNom reports an adjective nominative ending.
func isAdjNom(s string) bool {
	low := strings.ToLower(s)
	return runeCount(low) > 3 && hasSuffix(low, "ая", "яя", "ый", "ий", "ой", "ое", "ее", "ые", "ие")
}

// maxCombos bounds the candidates of a phrase.
const maxCombos = 16

func normalize(surface string) []string {
	words := strings.Fields(surface)
	switch len(words) {
	case 0:
		return []string{surface}
	case 1:
		c := wordCandidates(words[0], false)
		if words[0] != surface { // surrounding spaces: keep the input itself
			c = append(c, surface)
		}
		return c
	}
	// A phrase: candidates of each word (at most 4), combined by rank.
	cands := make([][]string, len(words))
	for i, w := range words {
		c := wordCandidates(w, i < len(words)-1)
		if len(c) > 4 {
			c = c[:4]
		}
		cands[i] = c
	}
	type combo struct {
		idx  []int
		rank int
	}
	combos := []combo{{idx: make([]int, len(words))}}
	for i := range words {
		var next []combo
		for _, c := range combos {
			for j := range cands[i] {
				idx := append(append([]int(nil), c.idx[:i]...), j)
				idx = append(idx, c.idx[i+1:]...)
				next = append(next, combo{idx: idx, rank: c.rank + j})
			}
		}
		sort.SliceStable(next, func(a, b int) bool { return next[a].rank < next[b].rank })
		if len(next) > maxCombos*4 {
			next = next[:maxCombos*4]
		}
		combos = next
	}
	out := make([]string, 0, maxCombos+1)
	seen := map[string]bool{}
	for _, c := range combos {
		parts := make([]string, len(words))
		for i, j := range c.idx {
			parts[i] = cands[i][j]
		}
		s := strings.Join(parts, " ")
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
		if len(out) == maxCombos {
			break
		}
	}
	if !seen[surface] {
		out = append(out, surface)
	}
	return out
}
