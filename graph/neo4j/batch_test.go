package neo4j

import (
	"context"
	"fmt"
	"strings"
	"testing"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
)

// rec builds a small record: article id, entities and relations.
func rec(id string, ents []graph.Entity, rels ...graph.Relation) graph.Record {
	return graph.Record{
		Article:   graph.Article{ID: id, File: id + ".txt", Title: "T " + id, Language: "en", Authors: []string{}},
		Entities:  ents,
		Relations: rels,
	}
}

func prep(t *testing.T, recs ...graph.Record) []Prepared {
	t.Helper()
	out := make([]Prepared, len(recs))
	for i, r := range recs {
		p, err := Prepare(r, WriteOptions{})
		require.NoError(t, err)
		out[i] = p
	}
	return out
}

var (
	aliyevEN = graph.Entity{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{"Aliyev"}}
	aliyevRU = graph.Entity{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{"Ильхам Алиев"}}
	erdogan  = graph.Entity{ID: "person:recep-tayyip-erdogan", Label: graph.LabelPerson, Name: "Recep Tayyip Erdoğan", Aliases: []string{}}
	erdogan2 = graph.Entity{ID: "person:recep-tayyip-erdogan", Label: graph.LabelPerson, Name: "Recep Tayyip Erdogan", Aliases: []string{"Эрдоган"}}
	shusha   = graph.Entity{ID: "treaty:shusha-declaration", Label: graph.LabelTreaty, Name: "Shusha Declaration", Aliases: []string{}, Signed: "2021-06-15"}
	turkey   = graph.Entity{ID: "state:turkey", Label: graph.LabelState, Name: "Turkey", ISO2: "TR", Aliases: []string{"Türkiye"}}
)

func TestBuildBatchMergesWithinBatch(t *testing.T) {
	recs := []graph.Record{
		rec("b2", []graph.Entity{aliyevRU, erdogan2},
			graph.Relation{Type: graph.RelMetWith, From: erdogan.ID, To: aliyevEN.ID, Properties: map[string]string{"date": "2021-06-15"}, Evidence: "e2", Confidence: 0.5},
			graph.Relation{Type: graph.RelMetWith, From: aliyevEN.ID, To: erdogan.ID, Properties: map[string]string{"date": "2021-06-16", "place": "Shusha"}, Evidence: "e3", Confidence: 0.7},
			graph.Relation{Type: graph.RelMentions, From: "b2", To: aliyevEN.ID, Properties: map[string]string{"count": "3"}},
		),
		rec("a1", []graph.Entity{aliyevEN, erdogan},
			graph.Relation{Type: graph.RelMetWith, From: aliyevEN.ID, To: erdogan.ID, Properties: map[string]string{"date": "2021-06"}, Evidence: "e1", Confidence: 0.6},
			graph.Relation{Type: graph.RelMentions, From: "a1", To: aliyevEN.ID, Properties: map[string]string{"count": "x"}},
		),
	}
	b, err := buildBatch(prep(t, recs...), false)
	require.NoError(t, err)

	// Articles sorted by id.
	require.Len(t, b.Articles, 2)
	assert.Equal(t, "a1", b.Articles[0].ID)
	assert.Nil(t, b.Articles[0].Props["body"])

	// One Person row per id, aliases unioned across scripts and spellings.
	persons := b.Nodes[graph.LabelPerson]
	require.Len(t, persons, 2)
	assert.Equal(t, []string{"Aliyev", "Ильхам Алиев"}, persons[0].Aliases)
	assert.Equal(t, "Recep Tayyip Erdogan", persons[1].Name, "the smallest name wins, whatever the order")
	assert.Equal(t, []string{"Recep Tayyip Erdoğan", "Эрдоган"}, persons[1].Aliases)

	// MET_WITH stored once, from the smaller id; one contribution per article.
	g := relGroup{Type: graph.RelMetWith, From: graph.LabelPerson, To: graph.LabelPerson}
	rows := b.Rels[g]
	require.Len(t, rows, 1, "symmetric relation in both directions is one row")
	r := rows[0]
	assert.Equal(t, aliyevEN.ID, r.From)
	assert.Equal(t, erdogan.ID, r.To)
	require.Len(t, r.Contribs, 2)
	assert.Equal(t, "a1", r.Contribs[0].Article, "contributions sorted by article")
	c := r.Contribs[1]
	assert.Equal(t, 0.7, c.Confidence, "repeated statement in one article: highest confidence")
	assert.Equal(t, []string{"e2", "e3"}, c.Evidence)
	assert.Equal(t, "2021-06-15", c.Date)
	assert.Equal(t, "2021-06-16", c.DateLast)
	assert.Equal(t, "Shusha", c.Place)

	// MENTIONS: counts per article; a bad count is 1.
	m := b.Rels[relGroup{Type: graph.RelMentions, From: graph.LabelArticle, To: graph.LabelPerson}]
	require.Len(t, m, 2)
	assert.Equal(t, int64(1), m[0].Count)
	assert.Equal(t, int64(3), m[1].Count)

	cnt := b.counts()
	assert.Equal(t, 2, cnt.Nodes[graph.LabelArticle])
	assert.Equal(t, 1, cnt.Rels[graph.RelMetWith])
}

func TestBuildBatchDoesNotDependOnOrder(t *testing.T) {
	r1 := rec("a2", []graph.Entity{aliyevEN, shusha},
		graph.Relation{Type: graph.RelSigned, From: aliyevEN.ID, To: shusha.ID, Evidence: "x", Confidence: 0.9})
	r2 := rec("a1", []graph.Entity{aliyevRU, shusha, turkey},
		graph.Relation{Type: graph.RelSigned, From: aliyevEN.ID, To: shusha.ID, Evidence: "y", Confidence: 0.8},
		graph.Relation{Type: graph.RelPartyTo, From: turkey.ID, To: shusha.ID})
	b1, err := buildBatch(prep(t, r1, r2), false)
	require.NoError(t, err)
	b2, err := buildBatch(prep(t, r2, r1), false)
	require.NoError(t, err)
	// Rows and contributions do not depend on input order.
	assert.Equal(t, b1.Articles, b2.Articles)
	assert.Equal(t, b1.groups(), b2.groups())
	assert.Equal(t, b1.Nodes, b2.Nodes)
	assert.Equal(t, b1.Rels, b2.Rels)
	g := relGroup{Type: graph.RelSigned, From: graph.LabelPerson, To: graph.LabelTreaty}
	assert.Equal(t, "a1", b1.Rels[g][0].Contribs[0].Article)
}

// TestBuildBatchChoicesAreOrderFree: name, iso2, place and evidence of one
// article (or one batch) are chosen by value, not by arrival.
func TestBuildBatchChoicesAreOrderFree(t *testing.T) {
	tr1 := graph.Entity{ID: "state:turkey", Label: graph.LabelState, Name: "Türkiye", ISO2: "TR", Aliases: []string{"Turkiye"}}
	tr2 := graph.Entity{ID: "state:turkey", Label: graph.LabelState, Name: "Turkey", Aliases: []string{"Türkiye"}}
	var rels []graph.Relation
	for i, place := range []string{"Shusha", "", "Baku", "Ankara"} {
		rels = append(rels, graph.Relation{Type: graph.RelSigned, From: aliyevEN.ID, To: shusha.ID,
			Properties: map[string]string{"place": place}, Evidence: string(rune('z' - i)), Confidence: 0.5})
	}
	for i := range 8 {
		rels = append(rels, graph.Relation{Type: graph.RelSigned, From: aliyevEN.ID, To: shusha.ID, Evidence: string(rune('k' - i)), Confidence: 0.5})
	}
	fwd := rec("a1", []graph.Entity{tr1, tr2, aliyevEN, shusha}, rels...)
	rev := rec("a1", []graph.Entity{tr2, tr1, aliyevEN, shusha})
	for i := len(rels) - 1; i >= 0; i-- {
		rev.Relations = append(rev.Relations, rels[i])
	}
	b1, err := buildBatch(prep(t, fwd), false)
	require.NoError(t, err)
	b2, err := buildBatch(prep(t, rev), false)
	require.NoError(t, err)
	assert.Equal(t, b1.Nodes, b2.Nodes)
	assert.Equal(t, b1.Rels, b2.Rels)
	st := b1.Nodes[graph.LabelState][0]
	assert.Equal(t, "Turkey", st.Name, "smallest name")
	assert.Equal(t, []string{"Turkiye", "Türkiye"}, st.Aliases)
	assert.Equal(t, "TR", st.ISO2)
	c := b1.Rels[relGroup{Type: graph.RelSigned, From: graph.LabelPerson, To: graph.LabelTreaty}][0].Contribs[0]
	assert.Equal(t, "Ankara", c.Place, "smallest place")
	assert.Equal(t, []string{"d", "e", "f", "g", "h"}, c.Evidence, "the MaxEvidence smallest sentences")
}

func TestIsTransient(t *testing.T) {
	assert.True(t, isTransient(&driver.Neo4jError{Code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", Msg: "tx memory"}))
	assert.True(t, isTransient(&driver.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "deadlock"}))
	assert.True(t, isTransient(fmt.Errorf("inner: %w", &driver.Neo4jError{Code: "Neo.DatabaseError.Statement.ExecutionFailed",
		Msg: "CALL { ... } IN TRANSACTIONS failed: Neo.TransientError.General.MemoryPoolOutOfMemoryError"})))
	assert.False(t, isTransient(&driver.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "bad"}))
	assert.False(t, isTransient(context.Canceled))
	assert.False(t, isTransient(nil))
}

func TestHoldsOfficeIdentityIncludesRole(t *testing.T) {
	r := rec("a1", []graph.Entity{aliyevEN, turkey},
		graph.Relation{Type: graph.RelHoldsOffice, From: aliyevEN.ID, To: turkey.ID, Properties: map[string]string{"role": "President"}},
		graph.Relation{Type: graph.RelHoldsOffice, From: aliyevEN.ID, To: turkey.ID, Properties: map[string]string{"role": "Commander"}},
		graph.Relation{Type: graph.RelHoldsOffice, From: aliyevEN.ID, To: turkey.ID, Properties: map[string]string{"role": "President"}},
	)
	b, err := buildBatch(prep(t, r), false)
	require.NoError(t, err)
	rows := b.Rels[relGroup{Type: graph.RelHoldsOffice, From: graph.LabelPerson, To: graph.LabelState}]
	require.Len(t, rows, 2)
	assert.Equal(t, "Commander", rows[0].Role)
	assert.Equal(t, "President", rows[1].Role)
}

func TestRecordHash(t *testing.T) {
	r := rec("a1", []graph.Entity{aliyevEN})
	r.Article.Body = "text"
	h := RecordHash(r, false)
	r2 := r
	r2.Article.Body = "other text"
	assert.Equal(t, h, RecordHash(r2, false), "body is not stored, so it does not count")
	assert.NotEqual(t, h, RecordHash(r2, true))
	r2.Entities = nil
	assert.NotEqual(t, h, RecordHash(r2, false))
}

// TestInvalidRejectedBeforeAnyQuery: the store has no driver at all, so any
// query would panic; an invalid label or type must fail first.
func TestInvalidRejectedBeforeAnyQuery(t *testing.T) {
	s := &Store{} // nil driver
	good := rec("a1", []graph.Entity{aliyevEN})
	cases := []struct {
		name string
		rec  graph.Record
	}{
		{"label outside the set", rec("a2", []graph.Entity{{ID: "country:x", Label: "Country", Name: "X"}})},
		{"injected label", rec("a3", []graph.Entity{{ID: "p:x", Label: "Person) DETACH DELETE n //", Name: "X"}})},
		{"type outside the set", rec("a4", []graph.Entity{aliyevEN, erdogan}, graph.Relation{Type: "KNOWS", From: aliyevEN.ID, To: erdogan.ID})},
		{"entity labelled Article", rec("a5", []graph.Entity{{ID: "x", Label: graph.LabelArticle, Name: "X"}})},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var err error
			require.NotPanics(t, func() {
				_, err = s.Write(context.Background(), []graph.Record{good, c.rec}, WriteOptions{})
			})
			assert.ErrorIs(t, err, ErrInvalid)
			assert.ErrorIs(t, err, graph.ErrInvalidRecord)
		})
	}
}

// TestQueryBuildersCheckTheClosedSets: query text is built only from valid
// labels and types.
func TestQueryBuildersCheckTheClosedSets(t *testing.T) {
	_, err := nodeQuery("Country")
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = nodeQuery(graph.LabelArticle)
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = relQuery(relGroup{Type: "KNOWS", From: graph.LabelPerson, To: graph.LabelPerson})
	assert.ErrorIs(t, err, ErrInvalid)
	_, err = relQuery(relGroup{Type: graph.RelSigned, From: "Person]->() DELETE", To: graph.LabelTreaty})
	assert.ErrorIs(t, err, ErrInvalid)
	for _, l := range graph.EntityLabels() {
		q, err := nodeQuery(l)
		require.NoError(t, err)
		assert.Contains(t, q, "MERGE (n:"+string(l)+" {id: row.id})")
	}
	for _, rt := range graph.RelTypes() {
		q, err := relQuery(relGroup{Type: rt, From: graph.LabelPerson, To: graph.LabelState})
		require.NoError(t, err)
		assert.True(t, strings.Contains(q, "[r:"+string(rt)), q)
	}
}

// TestWritePreparedChecksBeforeAnyQuery: a hand-made Prepared that skipped
// validation is still refused before the (nil) driver is used.
func TestWritePreparedChecksBeforeAnyQuery(t *testing.T) {
	s := &Store{}
	bad := []Prepared{
		{Record: rec("a1", []graph.Entity{{ID: "c:x", Label: "Country", Name: "X"}})},
		{Record: rec("a2", []graph.Entity{aliyevEN, erdogan}, graph.Relation{Type: "KNOWS", From: aliyevEN.ID, To: erdogan.ID})},
		{Record: rec("a3", []graph.Entity{{ID: "x", Label: graph.LabelArticle, Name: "X"}})},
		{Record: graph.Record{}},
	}
	for _, p := range bad {
		var err error
		require.NotPanics(t, func() { _, err = s.WritePrepared(context.Background(), []Prepared{p}, WriteOptions{}) })
		assert.ErrorIs(t, err, ErrInvalid)
	}
}
