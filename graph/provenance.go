package graph

import (
	"slices"
	"sort"
	"unicode/utf8"
)

// MaxEvidence caps the evidence sentences kept on one relationship.
const MaxEvidence = 5

// CombineConfidence merges the confidence of two independent supports of the
// same fact by noisy-OR: 1 - (1-a)(1-b). It is commutative and associative,
// never decreases, and stays in [0, 1]. Stores must not apply it twice for
// the same article (they combine only when an article is new to the fact).
func CombineConfidence(a, b float64) float64 {
	a, b = clamp01(a), clamp01(b)
	return 1 - (1-a)*(1-b)
}

func clamp01(x float64) float64 {
	switch {
	case x < 0:
		return 0
	case x > 1:
		return 1
	}
	return x
}

// CompareStrings orders strings the way Neo4j does: by UTF-16 code unit.
// It equals byte-wise (code point) order except where a character above
// U+FFFF meets one in U+E000–U+FFFF: its leading surrogate (U+D800–U+DBFF)
// sorts it first. The store's queries compare strings on the server, so
// whatever it chooses in Go (smallest name, evidence kept, sorted aliases)
// must use this order to give the same graph however records are batched.
func CompareStrings(a, b string) int {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(a) || i == len(b) {
		return len(a) - len(b) // one is a prefix of the other (or equal)
	}
	for i > 0 && !utf8.RuneStart(a[i]) {
		i-- // a[:i] == b[:i], so this is a rune start in both
	}
	ra, _ := utf8.DecodeRuneInString(a[i:])
	rb, _ := utf8.DecodeRuneInString(b[i:])
	if ra >= 0x10000 && rb >= 0x10000 {
		return int(ra - rb) // surrogate pairs keep code point order
	}
	return int(utf16Lead(ra) - utf16Lead(rb))
}

// LessString is CompareStrings(a, b) < 0.
func LessString(a, b string) bool { return CompareStrings(a, b) < 0 }

func utf16Lead(r rune) rune {
	if r >= 0x10000 {
		return 0xD800 + (r-0x10000)>>10
	}
	return r
}

// UnionSorted returns the sorted union of a and b without duplicates or
// empty strings, in CompareStrings order. Neither input is modified.
func UnionSorted(a, b []string) []string {
	seen := make(map[string]struct{}, len(a)+len(b))
	out := make([]string, 0, len(a)+len(b))
	for _, list := range [][]string{a, b} {
		for _, s := range list {
			if s == "" {
				continue
			}
			if _, ok := seen[s]; ok {
				continue
			}
			seen[s] = struct{}{}
			out = append(out, s)
		}
	}
	slices.SortFunc(out, CompareStrings)
	return out
}

// AddEvidence adds sentence to evidence, a sorted set, and keeps only the
// MaxEvidence smallest sentences (in CompareStrings order, the order Neo4j
// compares strings in). The result depends
// only on the set of sentences ever added, not on the order they arrived
// in, so two loads of the same articles in any order (or by concurrent
// writers) keep the same evidence. An empty sentence is ignored; evidence
// must be sorted and is not modified (a new slice is returned when it
// changes).
func AddEvidence(evidence []string, sentence string) []string {
	if sentence == "" {
		return evidence
	}
	i := sort.Search(len(evidence), func(j int) bool { return CompareStrings(evidence[j], sentence) >= 0 })
	if i < len(evidence) && evidence[i] == sentence {
		return evidence
	}
	if i >= MaxEvidence {
		return evidence // larger than every kept sentence, and the cap is reached
	}
	out := make([]string, 0, min(len(evidence)+1, MaxEvidence))
	out = append(out, evidence[:i]...)
	out = append(out, sentence)
	out = append(out, evidence[i:]...)
	if len(out) > MaxEvidence {
		out = out[:MaxEvidence]
	}
	return out
}

// SmallestNonEmpty returns the smaller of a and b (CompareStrings), ignoring
// an empty one.
// It is how a single-valued property reported differently by several
// sources (a relationship's place, a name spelled two ways) is chosen
// independently of the order the sources arrive in.
func SmallestNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case LessString(b, a):
		return b
	}
	return a
}

// EarlierDate and LaterDate compare ISO dates of mixed precision
// ("2021", "2021-06", "2021-06-15") as strings; an empty date loses to any
// other. They keep the earliest and latest date a fact was reported with.
func EarlierDate(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case b < a:
		return b
	}
	return a
}

// LaterDate returns the later of two ISO dates; see EarlierDate.
func LaterDate(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	case b > a:
		return b
	}
	return a
}
