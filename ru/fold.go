package ru

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/russian"
)

func needsFold(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return true
			}
			i++
			continue
		}
		if c == 0xd0 && i+1 < len(s) { // Cyrillic Ѐ–Я, а–п
			if b := s[i+1]; b >= 0x80 && b <= 0xaf {
				return true
			} else if b >= 0xb0 && b <= 0xbf {
				i += 2
				continue
			}
		}
		if c == 0xd1 && i+1 < len(s) { // р–я, ё…
			if b := s[i+1]; b >= 0x80 && b <= 0x8f {
				i += 2
				continue
			}
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == 'ё' || unicode.ToLower(r) != r {
			return true
		}
		i += w
	}
	return false
}

func fold(s string) string {
	if !needsFold(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		r = unicode.ToLower(r)
		if r == 'ё' {
			r = 'е'
		}
		b.WriteRune(r)
	}
	return b.String()
}

func stem(word string) string {
	w := fold(strings.TrimSpace(word))
	if !hasCyr(w) {
		return w
	}
	return strings.ReplaceAll(russian.Stem(w, true), "ё", "е")
}
