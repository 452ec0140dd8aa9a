package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// fold is applied before and after Unicode decomposition, like the
// reference scorer's FOLD table.
var fold = strings.NewReplacer(
	"ı", "i", "ß", "ss", "ø", "o", "đ", "d", "ł", "l", "ё", "е", "ə", "a", "Ə", "a",
	"’", " ", "'", " ", ".", "",
)

// Norm is the normal form names are compared in: folded (dotless ı, ə, ё),
// NFKD with marks removed, lower case, periods dropped ("U.S." = "US"),
// other non-alphanumerics as spaces, spaces collapsed, and a leading "the"
// dropped when more words follow.
func Norm(s string) string {
	s = fold.Replace(s)
	var b strings.Builder
	for _, r := range norm.NFKD.String(s) {
		if norm.NFD.PropertiesString(string(r)).CCC() != 0 {
			continue // a combining mark
		}
		b.WriteRune(r)
	}
	s = fold.Replace(strings.ToLower(b.String()))
	words := strings.FieldsFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsNumber(r)) })
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	return strings.Join(words, " ")
}

// NormRole compares office roles: "Defence Minister" = "Minister of
// Defence" = "Minister of Defense".
func NormRole(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(Norm(s), "defense", "defence"), "the ", "")
	words := strings.Fields(s)
	if len(words) == 2 && words[1] == "minister" {
		return "minister of " + words[0]
	}
	return s
}

// DateCredit is the share of a gold date a predicted one earns: 1 when
// equal, 0.5 when one is the month of the other, 0.25 when they share only
// the year, 0 otherwise. ok is false when gold has no date.
func DateCredit(gold, pred string) (credit float64, ok bool) {
	if gold == "" {
		return 0, false
	}
	if pred == "" {
		return 0, true
	}
	g, p := strings.Split(gold, "-"), strings.Split(pred, "-")
	if strings.Join(g, "-") == strings.Join(p, "-") {
		return 1, true
	}
	common := min(len(g), len(p))
	for i := 0; i < common; i++ {
		if g[i] != p[i] {
			return 0, true
		}
	}
	if common == 2 {
		return 0.5, true
	}
	return 0.25, true
}
