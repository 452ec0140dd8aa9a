package graph

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Slug folds s for use in ids: Unicode NFKD with combining marks removed,
// dotless ı and schwa ə folded to i and e, lower case, every run of
// characters other than letters and digits turned into one hyphen, no
// leading or trailing hyphen. Letters of other scripts (Cyrillic) are kept.
// Slug("Recep Tayyip Erdoğan") == "recep-tayyip-erdogan".
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	hyphen := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'ı' || r == 'İ':
			r = 'i'
		case r == 'ə' || r == 'Ə':
			r = 'e'
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(r))
		} else {
			hyphen = true
		}
	}
	return b.String()
}

// EntityID returns the stable id of an entity: "person:ilham-aliyev". The id
// depends only on the label and the canonical name, so every article that
// resolves a mention to the same canonical name yields the same id.
func EntityID(l Label, canonicalName string) string {
	return l.Prefix() + ":" + Slug(canonicalName)
}

// ArticleID returns the stable id of an article from its story text: the
// first 16 hex digits of the SHA-256 of the text after NFKC normalization,
// lower-casing and collapsing all whitespace, so the same story scraped
// twice with other spacing is one article.
func ArticleID(body string) string {
	sum := sha256.Sum256([]byte(NormalizeText(body)))
	return hex.EncodeToString(sum[:8])
}

// NormalizeText is the normalization under ArticleID: NFKC, lower case,
// every run of white space as one space, trimmed.
func NormalizeText(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(norm.NFKC.String(s))), " ")
}
