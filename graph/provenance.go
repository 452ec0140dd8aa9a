package graph

import "sort"

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

// UnionSorted returns the sorted union of a and b without duplicates or
// empty strings. Neither input is modified.
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
	sort.Strings(out)
	return out
}

// AppendEvidence adds sentence to evidence unless present, keeping at most
// MaxEvidence entries in first-seen order.
func AppendEvidence(evidence []string, sentence string) []string {
	if sentence == "" || len(evidence) >= MaxEvidence {
		return evidence
	}
	for _, e := range evidence {
		if e == sentence {
			return evidence
		}
	}
	return append(evidence, sentence)
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
