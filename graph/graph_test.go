package graph

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestSlug(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"}, // Turkish diacritics
		{"İlham Əliyev", "ilham-eliyev"},                 // dotted İ and schwa
		{"Shusha Declaration", "shusha-declaration"},     // plain
		{"  U.S.–Japan  ", "u-s-japan"},                  // punctuation and dashes
		{"Карский договор", "карскии-договор"},           // Cyrillic kept, й folded like the scorer
		{"Zapad-2021", "zapad-2021"},                     // digits kept
		{"x'}) DETACH DELETE n //", "x-detach-delete-n"}, // hostile input
		{"", ""},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Slug(c.in), "Slug(%q)", c.in)
	}
}

func TestEntityIDAcrossSpellings(t *testing.T) {
	assert.Equal(t, EntityID(LabelPerson, "Recep Tayyip Erdogan"), EntityID(LabelPerson, "Recep Tayyip Erdoğan"))
	assert.Equal(t, "person:recep-tayyip-erdogan", EntityID(LabelPerson, "Recep Tayyip Erdogan"))
	assert.NotEqual(t, EntityID(LabelPlace, "Georgia"), EntityID(LabelState, "Georgia"))
}

func TestArticleIDIgnoresWhitespaceAndCase(t *testing.T) {
	a := ArticleID("The presidents signed\n the declaration.")
	b := ArticleID("  the presidents   signed the\tdeclaration.  ")
	assert.Equal(t, a, b)
	assert.Len(t, a, 16)
	assert.NotEqual(t, a, ArticleID("The presidents signed the treaty."))
}

func TestLabelsAndTypesAreClosed(t *testing.T) {
	for _, l := range Labels() {
		assert.True(t, l.Valid(), l)
		got, err := ParseLabel(strings.ToLower(string(l)))
		require.NoError(t, err)
		assert.Equal(t, l, got)
	}
	for _, bad := range []Label{"", "Person`) DETACH DELETE n //", "Country"} {
		assert.False(t, bad.Valid(), bad)
	}
	_, err := ParseLabel("Country")
	assert.ErrorContains(t, err, "valid: Article")
	for _, rt := range RelTypes() {
		assert.True(t, rt.Valid(), rt)
	}
	assert.False(t, RelType("KNOWS").Valid())
	assert.True(t, RelMetWith.Symmetric())
	assert.False(t, RelSigned.Symmetric())
	assert.False(t, RelMentions.Semantic())
	assert.True(t, RelSigned.Semantic())
}

func TestCombineConfidence(t *testing.T) {
	assert.InDelta(t, 0.75, CombineConfidence(0.5, 0.5), 1e-9)
	assert.InDelta(t, CombineConfidence(0.3, 0.6), CombineConfidence(0.6, 0.3), 1e-9)
	assert.InDelta(t, 1.0, CombineConfidence(1, 0.2), 1e-9)
	assert.InDelta(t, 0.2, CombineConfidence(-1, 0.2), 1e-9)
}

func TestUnionAndEvidence(t *testing.T) {
	assert.Equal(t, []string{"a", "b", "c"}, UnionSorted([]string{"c", "a", ""}, []string{"b", "a"}))
	ev := []string{}
	for i := 0; i < 10; i++ {
		ev = AddEvidence(ev, string(rune('a'+i)))
		ev = AddEvidence(ev, "a")
	}
	assert.Len(t, ev, MaxEvidence)
	assert.Equal(t, "a", ev[0])
}

// TestAddEvidenceOrderFree: the kept sentences are the MaxEvidence
// smallest of all ever added, in any order, and inputs are not modified.
func TestAddEvidenceOrderFree(t *testing.T) {
	sentences := []string{"m", "c", "", "x", "a", "c", "k", "b", "z", "d", "Ä", "e"}
	want := []string{"a", "b", "c", "d", "e"}
	for _, perm := range [][]int{{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0}, {4, 9, 0, 11, 2, 7, 5, 1, 10, 3, 8, 6}} {
		var ev []string
		for _, i := range perm {
			before := append([]string(nil), ev...)
			next := AddEvidence(ev, sentences[i])
			assert.Equal(t, before, ev, "input not modified")
			ev = next
		}
		assert.Equal(t, want, ev, "perm %v", perm)
	}
	assert.Equal(t, []string{"x"}, AddEvidence(nil, "x"))
	assert.Nil(t, AddEvidence(nil, ""))
}

func TestSmallestNonEmpty(t *testing.T) {
	assert.Equal(t, "Baku", SmallestNonEmpty("Shusha", "Baku"))
	assert.Equal(t, "Baku", SmallestNonEmpty("Baku", "Shusha"))
	assert.Equal(t, "Shusha", SmallestNonEmpty("", "Shusha"))
	assert.Equal(t, "Shusha", SmallestNonEmpty("Shusha", ""))
	assert.Equal(t, "", SmallestNonEmpty("", ""))
}

func TestDates(t *testing.T) {
	assert.Equal(t, "2021-06", EarlierDate("2021-06-15", "2021-06"))
	assert.Equal(t, "2021-06-15", LaterDate("2021-06-15", "2021-06"))
	assert.Equal(t, "2021", EarlierDate("", "2021"))
	assert.Equal(t, "2021", LaterDate("2021", ""))
}

func TestJSONLRoundTripAndBadLines(t *testing.T) {
	pub := "2021-06-15"
	rec := Record{
		Article:   Article{ID: "a1", File: "x.txt", Title: "T <b>", Published: &pub, Language: "en", Authors: []string{}},
		Entities:  []Entity{{ID: "person:x", Label: LabelPerson, Name: "X", Aliases: []string{}}},
		Relations: []Relation{{Type: RelMentions, From: "a1", To: "person:x", Properties: map[string]string{"count": "1"}}},
	}
	var buf bytes.Buffer
	enc := NewEncoder(&buf)
	require.NoError(t, enc.Encode(rec))
	require.NoError(t, enc.Flush())
	assert.Contains(t, buf.String(), `"title":"T <b>"`, "HTML must not be escaped")
	line := buf.String()
	input := line + "{broken\n\n" + `{"article":{"id":"a2"},"entities":[{"id":"c:1","label":"Country","name":"C"}]}` + "\n" + line

	dec := NewDecoder(strings.NewReader(input))
	var got Record
	require.NoError(t, dec.Next(&got))
	assert.Equal(t, rec, got)

	var le *LineError
	err := dec.Next(&got)
	require.True(t, errors.As(err, &le))
	assert.Equal(t, 2, le.Line)

	err = dec.Next(&got)
	require.True(t, errors.As(err, &le))
	assert.Equal(t, 4, le.Line)
	assert.ErrorIs(t, err, ErrInvalidRecord)

	require.NoError(t, dec.Next(&got))
	assert.Equal(t, 5, dec.Line())
	assert.Equal(t, io.EOF, dec.Next(&got))
}

func TestValidateEndpoints(t *testing.T) {
	r := Record{Article: Article{ID: "a"}, Relations: []Relation{{Type: RelSigned, From: "person:x", To: "treaty:y"}}}
	assert.ErrorIs(t, r.Validate(), ErrInvalidRecord)
	r.Relations[0].Type = "HACKED"
	assert.ErrorContains(t, r.Validate(), "outside the schema")
}

// TestCompareStringsLikeNeo4j: Neo4j (Java) compares strings by UTF-16
// code unit; "\uFFFD" < "😀" is false there (checked against Neo4j 5).
func TestCompareStringsLikeNeo4j(t *testing.T) {
	assert.False(t, LessString("\uFFFD", "\U0001F600"))
	assert.True(t, LessString("\U0001F600", "\uFFFD"))
	assert.True(t, LessString("a\U0001F600", "a\U0001F601"))
	assert.True(t, LessString("Erdogan", "Erdoğan"))
	assert.True(t, LessString("ab", "abc"))
	assert.False(t, LessString("abc", "abc"))
	assert.Zero(t, CompareStrings("", ""))
	assert.True(t, LessString("\u00e9", "\u4e2d"))
	assert.Equal(t, []string{"a", "\U0001F600", "\uFFFD"}, UnionSorted([]string{"\uFFFD", "a"}, []string{"\U0001F600"}))
}

// TestMapLeaves: lists and maps are rebuilt at every depth, other values
// go through leaf, and the input is not modified.
func TestMapLeaves(t *testing.T) {
	in := map[string]any{"a": []any{int64(1), "x", map[string]any{"b": int64(2)}}, "c": true}
	double := func(v any) any {
		if n, ok := v.(int64); ok {
			return n * 2
		}
		return v
	}
	got := MapLeaves(in, double)
	assert.Equal(t, map[string]any{"a": []any{int64(2), "x", map[string]any{"b": int64(4)}}, "c": true}, got)
	assert.Equal(t, int64(1), in["a"].([]any)[0], "input unchanged")
	assert.Equal(t, "s", MapLeaves("s", func(v any) any { return v }))
}
