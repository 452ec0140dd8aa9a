package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// sentence is one sentence of the body: Text == body[Start:End] with
// surrounding white space trimmed.
type sentence struct {
	start, end int
	text       string
	toks       []token
}

// abbreviations after which a period does not end a sentence (folded,
// without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true,
	"maj": true, "adm": true, "capt": true, "sgt": true, "gov": true, "sen": true, "rep": true,
	"st": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "ltd": true, "co": true, "corp": true, "prof": true, "jr": true,
	"sr": true, "u.s": true, "u.k": true, "u.n": true, "e.g": true, "i.e": true, "etc": false,
	"г": true, "гг": true, "ул": true, "им": true, "т": true, "т.е": true, "т.д": true, "др": true,
	"янв": true, "фев": true, "февр": true, "мар": true, "апр": true, "июн": true, "июл": true,
	"авг": true, "сен": true, "сент": true, "окт": true, "ноя": true, "нояб": true, "дек": true,
	"ген": true, "полк": true, "тыс": true, "млн": true, "млрд": true, "руб": true, "св": true,
}

// segment splits body into sentences with UAX #29 and re-joins the pieces
// that were cut after an abbreviation or an initial ("Gen.", "U.S.",
// «И.», «г.»). Every sentence's text is a substring of body.
func segment(body string) []sentence {
	type span struct{ s, e int }
	var raw []span
	it := sentences.FromString(body)
	for it.Next() {
		raw = append(raw, span{it.Start(), it.End()})
	}
	var out []sentence
	cur := span{-1, -1}
	flush := func() {
		if cur.s < 0 {
			return
		}
		s, e := trimSpan(body, cur.s, cur.e)
		if s < e {
			out = append(out, sentence{start: s, end: e, text: body[s:e]})
		}
		cur = span{-1, -1}
	}
	for _, sp := range raw {
		if cur.s >= 0 && joinsNext(body[cur.s:cur.e], body[sp.s:sp.e]) {
			cur.e = sp.e
			continue
		}
		flush()
		cur = sp
	}
	flush()
	for i := range out {
		out[i].toks = tokenize(out[i].text, out[i].start)
	}
	return out
}

func trimSpan(body string, s, e int) (int, int) {
	for s < e {
		r, sz := utf8.DecodeRuneInString(body[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		s += sz
	}
	for e > s {
		r, sz := utf8.DecodeLastRuneInString(body[s:e])
		if !unicode.IsSpace(r) && r != '\ufeff' && r != '\u200b' {
			break
		}
		e -= sz
	}
	return s, e
}

// joinsNext reports whether prev ends with an abbreviation or initial and
// next continues the same sentence (no paragraph break between them).
func joinsNext(prev, next string) bool {
	if strings.Contains(prev, "\n") && strings.HasSuffix(strings.TrimRight(prev, " \t"), "\n") {
		return false
	}
	p := strings.TrimRight(prev, " \t\u00a0")
	if strings.HasSuffix(p, "\n") || !strings.HasSuffix(p, ".") {
		return false
	}
	p = strings.TrimSuffix(p, ".")
	// last word before the period
	i := strings.LastIndexFunc(p, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == '«' || r == '"' })
	w := p[i+1:]
	if w == "" {
		return false
	}
	n := strings.TrimLeft(next, " \t\u00a0")
	if n == "" {
		return false
	}
	first, _ := utf8.DecodeRuneInString(n)
	// single letter initial: "И.", "J."
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	// dotted initials "U.S", "Г.Р"
	if strings.Contains(w, ".") {
		parts := strings.Split(w, ".")
		short := true
		for _, pt := range parts {
			if utf8.RuneCountInString(pt) > 2 {
				short = false
			}
		}
		if short {
			return unicode.IsUpper(first) || unicode.IsDigit(first)
		}
	}
	if abbreviations[fold(w)] {
		return true
	}
	return false
}
