package eval

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
)

func TestNorm(t *testing.T) {
	cases := []struct{ in, want string }{
		{"U.S.", "us"}, // periods dropped
		{"the Shusha Declaration", "shusha declaration"}, // leading "the" dropped
		{"The", "the"},                                   // …unless alone
		{"İlham Əliyev", "ilham aliyev"},                 // dotted I, schwa → a
		{"Recep Tayyip Erdoğan", "recep tayyip erdogan"}, // marks removed
		{"Zapad-2021", "zapad 2021"},                     // hyphen to space
		{"Ёлкин  Й", "елкин и"},                          // ё folded, й decomposed
		{"Nagorno‑Karabakh’s", "nagorno karabakh s"},     // non-breaking hyphen, apostrophe
	}
	for _, c := range cases {
		assert.Equal(t, c.want, Norm(c.in), "Norm(%q)", c.in)
	}
	assert.Equal(t, NormRole("Minister of Defence"), NormRole("Defense Minister"))
	assert.Equal(t, NormRole("Minister of Defense"), NormRole("the Minister of Defence"))
}

func TestDateCredit(t *testing.T) {
	cases := []struct {
		gold, pred string
		want       float64
		ok         bool
	}{
		{"2021-10-05", "2021-10-05", 1, true},
		{"2021-10-05", "2021-10", 0.5, true},
		{"2021-10", "2021-10-05", 0.5, true},
		{"2021-10-05", "2021", 0.25, true},
		{"2021-10-05", "2021-11-05", 0, true},
		{"2021-10-05", "", 0, true},
		{"", "2021", 0, false},
	}
	for _, c := range cases {
		got, ok := DateCredit(c.gold, c.pred)
		assert.Equal(t, c.ok, ok, "%s/%s", c.gold, c.pred)
		assert.InDelta(t, c.want, got, 1e-9, "DateCredit(%q, %q)", c.gold, c.pred)
	}
}

func pred() graph.Record {
	pub, src := "2022-01-06", "Kyodo News"
	return graph.Record{
		Article: graph.Article{ID: "art1", File: "dir/a.txt", Published: &pub, Language: "en", Source: &src},
		Entities: []graph.Entity{
			{ID: "person:kishida", Label: graph.LabelPerson, Name: "Fumio Kishida"},
			{ID: "person:morrison", Label: graph.LabelPerson, Name: "Morrison"},
			{ID: "state:japan", Label: graph.LabelState, Name: "Japan"},
			{ID: "treaty:raa", Label: graph.LabelTreaty, Name: "the Reciprocal Access Agreement"},
			{ID: "place:tokyo", Label: graph.LabelPlace, Name: "Tokyo"},     // optional: not counted
			{ID: "place:osaka", Label: graph.LabelPlace, Name: "Osaka"},     // extra
			{ID: "state:japan2", Label: graph.LabelState, Name: "Japanese"}, // duplicate of Japan
			{ID: "source:kyodo", Label: graph.LabelSource, Name: "Kyodo"},   // sources are not scored as entities
		},
		Relations: []graph.Relation{
			{Type: graph.RelSigned, From: "person:kishida", To: "treaty:raa", Properties: map[string]string{"date": "2022-01"}},
			{Type: graph.RelSigned, From: "person:kishida", To: "treaty:raa", Properties: map[string]string{"date": "2022-01-06"}},
			{Type: graph.RelMetWith, From: "person:morrison", To: "person:kishida", Properties: map[string]string{"date": "2022"}},
			{Type: graph.RelHoldsOffice, From: "person:kishida", To: "state:japan", Properties: map[string]string{"role": "Premier"}},
			{Type: graph.RelReportedBy, From: "art1", To: "source:kyodo"},
			{Type: graph.RelVisited, From: "person:morrison", To: "place:osaka"},
			{Type: graph.RelMentions, From: "art1", To: "place:osaka"},
		},
	}
}

func TestScore(t *testing.T) {
	keys, err := LoadGold("testdata/gold")
	require.NoError(t, err)
	res := Score(keys, []graph.Record{pred()}, true)

	assert.Equal(t, Counts{TP: 2, FP: 0, FN: 0}, *res.Entities["Person"])
	assert.Equal(t, Counts{TP: 1, FP: 1, FN: 1}, *res.Entities["State"])
	assert.Equal(t, Counts{TP: 1, FP: 0, FN: 0}, *res.Entities["Treaty"])
	assert.Equal(t, Counts{TP: 0, FP: 1, FN: 0}, *res.Entities["Place"])

	assert.Equal(t, Counts{TP: 1, FP: 0, FN: 1}, *res.Relations["SIGNED"])
	assert.Equal(t, Counts{TP: 1}, *res.Relations["MET_WITH"], "MET_WITH matches in either order")
	assert.Equal(t, Counts{TP: 1}, *res.Relations["HOLDS_OFFICE"])
	assert.Equal(t, Counts{TP: 1}, *res.Relations["REPORTED_BY"])
	assert.Equal(t, Counts{FP: 1}, *res.Relations["VISITED"])
	assert.Nil(t, res.Relations["MENTIONS"], "MENTIONS is not scored")

	// SIGNED counted once with its best date (1.0); MET_WITH year only (0.25).
	assert.ElementsMatch(t, []float64{1, 0.25}, res.Dates)
	assert.Equal(t, []float64{0}, res.Roles, "Premier is not Prime Minister")
	assert.Equal(t, Fraction{1, 1}, *res.Meta["published"])
	assert.Equal(t, Fraction{0, 1}, *res.Meta["source"], "Kyodo News is not an alias in the key")
	assert.Contains(t, res.Report, `a.txt: missed State 'Australia'`)
	assert.Contains(t, res.Report, `a.txt: duplicate State 'Japanese'`)

	var buf bytes.Buffer
	res.WriteText(&buf)
	assert.Contains(t, buf.String(), "  micro             0.667  0.800  0.727     4     2     1\n")
	assert.Regexp(t, `relation F1 \S+ \(P \S+ R \S+\) · entity F1 0\.727`, buf.String())
}

func TestScoreMissingPrediction(t *testing.T) {
	keys, err := LoadGold("testdata/gold")
	require.NoError(t, err)
	res := Score(keys, nil, false)
	assert.Equal(t, []string{"a.txt"}, res.Missing)
	assert.Equal(t, 5, res.Entities["Person"].FN+res.Entities["State"].FN+res.Entities["Treaty"].FN)
	assert.Empty(t, res.Report, "not verbose")
}

func TestLoadGoldErrors(t *testing.T) {
	_, err := LoadGold(t.TempDir())
	assert.ErrorContains(t, err, "no *.json answer keys")
}
