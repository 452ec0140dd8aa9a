package neo4j_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
)

func ptr(s string) *string { return &s }

// twoScripts: an English and a Russian article about the same meeting.
func twoScripts() []graph.Record {
	aliyevEN := graph.Entity{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{"Aliyev"}}
	aliyevRU := graph.Entity{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{"Ильхам Алиев"}}
	erdogan := graph.Entity{ID: "person:recep-tayyip-erdogan", Label: graph.LabelPerson, Name: "Recep Tayyip Erdogan", Aliases: []string{"Erdoğan"}}
	shusha := graph.Entity{ID: "treaty:shusha-declaration", Label: graph.LabelTreaty, Name: "Shusha Declaration", Aliases: []string{}}
	turan := graph.Entity{ID: "source:turan", Label: graph.LabelSource, Name: "Turan", Aliases: []string{}}
	return []graph.Record{
		{
			Article: graph.Article{ID: "aaaa000000000001", File: "en.txt", Title: "Aliyev and Erdogan sign", Published: ptr("2021-06-15"),
				Language: "en", Source: ptr("Turan"), Authors: []string{}, WordCount: 120},
			Entities: []graph.Entity{aliyevEN, erdogan, shusha, turan},
			Relations: []graph.Relation{
				{Type: graph.RelSigned, From: aliyevEN.ID, To: shusha.ID, Properties: map[string]string{"date": "2021-06-15", "place": "Shusha"}, Evidence: "Aliyev signed the Shusha Declaration.", Confidence: 0.9},
				{Type: graph.RelMetWith, From: erdogan.ID, To: aliyevEN.ID, Properties: map[string]string{"date": "2021-06-15"}, Evidence: "Erdogan met Aliyev.", Confidence: 0.6},
				{Type: graph.RelMentions, From: "aaaa000000000001", To: aliyevEN.ID, Properties: map[string]string{"count": "2"}},
				{Type: graph.RelReportedBy, From: "aaaa000000000001", To: turan.ID},
			},
		},
		{
			Article: graph.Article{ID: "bbbb000000000002", File: "ru.txt", Title: "Алиев и Эрдоган", Published: ptr("2021-06-16"),
				Language: "ru", Authors: []string{"И. Иванов"}, WordCount: 90},
			Entities: []graph.Entity{aliyevRU, erdogan, shusha},
			Relations: []graph.Relation{
				{Type: graph.RelSigned, From: aliyevRU.ID, To: shusha.ID, Properties: map[string]string{"date": "2021-06-14"}, Evidence: "Ильхам Алиев подписал Шушинскую декларацию.", Confidence: 0.5},
				{Type: graph.RelMetWith, From: aliyevRU.ID, To: erdogan.ID, Properties: map[string]string{"date": "2021-06-16"}, Evidence: "Алиев встретился с Эрдоганом.", Confidence: 0.5},
				{Type: graph.RelMentions, From: "bbbb000000000002", To: aliyevRU.ID, Properties: map[string]string{"count": "1"}},
			},
		},
	}
}

func setup(t *testing.T) (*neo4j.Store, context.Context) {
	t.Helper()
	s := neo4jtest.New(t)
	ctx := context.Background()
	_, err := s.EnsureSchema(ctx)
	require.NoError(t, err)
	return s, ctx
}

func TestSchemaIdempotent(t *testing.T) {
	s, ctx := setup(t) // first call inside setup
	sum, err := s.EnsureSchema(ctx)
	require.NoError(t, err)
	assert.Equal(t, 0, sum.Created, "second EnsureSchema creates nothing")
	assert.Equal(t, len(neo4j.SchemaStatements()), sum.Existing)
}

func TestTwoScriptsOnePerson(t *testing.T) {
	s, ctx := setup(t)
	recs := twoScripts()
	_, err := s.Write(ctx, recs[:1], neo4j.WriteOptions{})
	require.NoError(t, err)
	_, err = s.Write(ctx, recs[1:], neo4j.WriteOptions{})
	require.NoError(t, err)

	var persons []neo4j.Node
	var signed, met []neo4j.Rel
	require.NoError(t, s.Nodes(ctx, func(n neo4j.Node) error {
		if n.Label == graph.LabelPerson {
			persons = append(persons, n)
		}
		return nil
	}))
	require.NoError(t, s.Rels(ctx, func(r neo4j.Rel) error {
		switch r.Type {
		case graph.RelSigned:
			signed = append(signed, r)
		case graph.RelMetWith:
			met = append(met, r)
		}
		return nil
	}))
	require.Len(t, persons, 2)
	assert.Equal(t, "Ilham Aliyev", persons[0].Props["name"])
	assert.Equal(t, []any{"Aliyev", "Ильхам Алиев"}, persons[0].Props["aliases"])

	require.Len(t, signed, 1)
	p := signed[0].Props
	assert.Equal(t, []any{"aaaa000000000001", "bbbb000000000002"}, p["articles"])
	assert.InDelta(t, graph.CombineConfidence(0.9, 0.5), p["confidence"], 1e-12)
	assert.Equal(t, "2021-06-14", p["date"])
	assert.Equal(t, "2021-06-15", p["date_last"])
	assert.Equal(t, "Shusha", p["place"])
	assert.Len(t, p["evidence"], 2)

	require.Len(t, met, 1, "MET_WITH stored once")
	assert.Equal(t, "person:ilham-aliyev", met[0].From)
	assert.Equal(t, "person:recep-tayyip-erdogan", met[0].To)

	// Writing the second article again (forced, so the marker does not
	// skip it) must not raise the confidence or duplicate anything.
	before, err := s.Checksum(ctx)
	require.NoError(t, err)
	_, err = s.Write(ctx, recs[1:], neo4j.WriteOptions{Force: true})
	require.NoError(t, err)
	after, err := s.Checksum(ctx)
	require.NoError(t, err)
	assert.Equal(t, before, after)
}

func TestLoadTwiceIdentical(t *testing.T) {
	s, ctx := setup(t)
	recs := twoScripts()
	sum1, err := s.Write(ctx, recs, neo4j.WriteOptions{})
	require.NoError(t, err)
	assert.Equal(t, 2, sum1.Written)
	assert.Equal(t, 2, sum1.Nodes[graph.LabelArticle].Created)
	assert.Equal(t, 2, sum1.Nodes[graph.LabelPerson].Created)
	st1, err := s.Stats(ctx)
	require.NoError(t, err)
	c1, err := s.Checksum(ctx)
	require.NoError(t, err)

	sum2, err := s.Write(ctx, recs, neo4j.WriteOptions{})
	require.NoError(t, err)
	assert.Equal(t, 2, sum2.Skipped, "completion markers skip loaded articles")
	assert.Zero(t, sum2.NodesCreated+sum2.RelationshipsCreated+sum2.PropertiesSet)

	sum3, err := s.Write(ctx, recs, neo4j.WriteOptions{Force: true})
	require.NoError(t, err)
	assert.Equal(t, 2, sum3.Written)
	assert.Zero(t, sum3.NodesCreated+sum3.RelationshipsCreated)

	st2, err := s.Stats(ctx)
	require.NoError(t, err)
	c2, err := s.Checksum(ctx)
	require.NoError(t, err)
	assert.Equal(t, st1, st2)
	assert.Equal(t, c1, c2)
	assert.Equal(t, int64(6), st2.TotalNodes()) // 2 articles, 2 persons, the treaty, the source
}

func TestChecksumSeesChanges(t *testing.T) {
	s, ctx := setup(t)
	recs := twoScripts()
	_, err := s.Write(ctx, recs[:1], neo4j.WriteOptions{})
	require.NoError(t, err)
	c1, err := s.Checksum(ctx)
	require.NoError(t, err)
	_, err = s.Write(ctx, recs[1:], neo4j.WriteOptions{})
	require.NoError(t, err)
	c2, err := s.Checksum(ctx)
	require.NoError(t, err)
	assert.NotEqual(t, c1, c2)
}

func TestInvalidRecordWritesNothing(t *testing.T) {
	s, ctx := setup(t)
	recs := twoScripts()
	recs[1].Entities[0].Label = "Country"
	_, err := s.Write(ctx, recs, neo4j.WriteOptions{})
	require.ErrorIs(t, err, neo4j.ErrInvalid)
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	assert.Zero(t, st.TotalNodes())
}

// TestURISchemes: the same code runs over a direct connection (bolt://) and
// over the routing protocol (neo4j://, what clusters and Aura use with
// neo4j+s://): writes go through ExecuteWrite to the leader, reads to any
// member.
func TestURISchemes(t *testing.T) {
	neo4jtest.New(t) // lock and clean database
	cfg, _ := neo4jtest.Config()
	hostPort := cfg.URI[strings.Index(cfg.URI, "://")+3:]
	for i, scheme := range []string{"bolt", "neo4j"} {
		t.Run(scheme, func(t *testing.T) {
			c := cfg
			c.URI = scheme + "://" + hostPort
			ctx := context.Background()
			s, err := neo4j.Open(ctx, c)
			require.NoError(t, err)
			defer s.Close(ctx)
			_, err = s.Ping(ctx)
			require.NoError(t, err)
			_, err = s.EnsureSchema(ctx)
			require.NoError(t, err)
			sum, err := s.Write(ctx, twoScripts()[i:i+1], neo4j.WriteOptions{})
			require.NoError(t, err)
			assert.Equal(t, 1, sum.Written)
			st, err := s.Stats(ctx)
			require.NoError(t, err)
			assert.Equal(t, int64(i+1), st.Nodes[0].Count, "read after write sees the write (bookmarks)")
		})
	}
}

func TestExportAdminCSV(t *testing.T) {
	s, ctx := setup(t)
	_, err := s.Write(ctx, twoScripts(), neo4j.WriteOptions{})
	require.NoError(t, err)
	dir := t.TempDir()
	sum, err := s.Export(ctx, neo4j.ExportOptions{Format: neo4j.FormatNeo4jAdmin, Dir: dir})
	require.NoError(t, err)
	assert.Equal(t, int64(6), sum.Nodes)
	b, err := os.ReadFile(filepath.Join(dir, "rels-SIGNED.csv"))
	require.NoError(t, err)
	rows, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 1)
	h, err := os.ReadFile(filepath.Join(dir, "rels-SIGNED.header.csv"))
	require.NoError(t, err)
	assert.Equal(t, ":START_ID,:END_ID,articles:string[],evidence:string[],confidence:double,date,date_last,place\n", string(h))
	assert.Equal(t, "person:ilham-aliyev", rows[0][0])
	assert.Equal(t, "aaaa000000000001\x1fbbbb000000000002", rows[0][2], "arrays joined by U+001F")
}

// orderCorpus: 14 articles about the same few facts that disagree on
// everything first-seen rules used to depend on: spellings of one id,
// places, more evidence sentences than graph.MaxEvidence, HOLDS_OFFICE
// with long article lists.
func orderCorpus() []graph.Record {
	spellings := []string{"Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "R. T. Erdogan", "Эрдоган"}
	places := []string{"", "Shusha", "Baku", "", "Ankara", "Şuşa"}
	shusha := graph.Entity{ID: "treaty:shusha-declaration", Label: graph.LabelTreaty, Name: "Shusha Declaration", Aliases: []string{}}
	turkey := graph.Entity{ID: "state:turkey", Label: graph.LabelState, Name: "Turkey", ISO2: "TR", Aliases: []string{}}
	var recs []graph.Record
	for i := range 14 {
		id := fmt.Sprintf("%02x%014d", (i*37)%256, i) // ids not in input order
		erdogan := graph.Entity{ID: "person:recep-tayyip-erdogan", Label: graph.LabelPerson, Name: spellings[i%len(spellings)], Aliases: []string{fmt.Sprintf("Erdogan-%d", i%3)}}
		aliyev := graph.Entity{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{}}
		if i%2 == 1 {
			turkey.Name, turkey.Aliases = "Türkiye", []string{"Turkey"}
		} else {
			turkey.Name, turkey.Aliases = "Turkey", []string{"Türkiye"}
		}
		date := fmt.Sprintf("2021-06-%02d", 10+i%5)
		recs = append(recs, graph.Record{
			Article:  graph.Article{ID: id, File: id + ".txt", Title: "T" + id, Language: "en", Authors: []string{}},
			Entities: []graph.Entity{erdogan, aliyev, shusha, turkey},
			Relations: []graph.Relation{
				{Type: graph.RelSigned, From: erdogan.ID, To: shusha.ID, Properties: map[string]string{"date": date, "place": places[i%len(places)]},
					Evidence: fmt.Sprintf("Erdogan signed it (%d).", (i*7)%11), Confidence: 0.3 + float64(i%4)/10},
				{Type: graph.RelMetWith, From: aliyev.ID, To: erdogan.ID, Properties: map[string]string{"place": places[(i+2)%len(places)]},
					Evidence: fmt.Sprintf("They met (%d).", 13-i), Confidence: 0.55},
				{Type: graph.RelHoldsOffice, From: erdogan.ID, To: turkey.ID, Properties: map[string]string{"role": "President"},
					Evidence: fmt.Sprintf("President Erdogan %d.", i%6), Confidence: 0.8},
				{Type: graph.RelMentions, From: id, To: erdogan.ID, Properties: map[string]string{"count": fmt.Sprint(1 + i%3)}},
			},
		})
	}
	return recs
}

// TestGraphDoesNotDependOnOrder: the same records written in one batch, in
// reverse one by one, and split across two concurrent writers in shuffled
// small batches give the same graph (Checksum), with articles and evidence
// as sorted sets and the smallest name and place.
func TestGraphDoesNotDependOnOrder(t *testing.T) {
	s, ctx := setup(t)
	recs := orderCorpus()

	_, err := s.Write(ctx, recs, neo4j.WriteOptions{})
	require.NoError(t, err)
	want, err := s.Checksum(ctx)
	require.NoError(t, err)

	var signed map[string]any
	var erdogan map[string]any
	require.NoError(t, s.Rels(ctx, func(r neo4j.Rel) error {
		if r.Type == graph.RelSigned {
			signed = r.Props
		}
		return nil
	}))
	require.NoError(t, s.Nodes(ctx, func(n neo4j.Node) error {
		if n.ID == "person:recep-tayyip-erdogan" {
			erdogan = n.Props
		}
		return nil
	}))
	assert.Equal(t, "R. T. Erdogan", erdogan["name"], "smallest spelling")
	assert.Equal(t, []any{"Erdogan-0", "Erdogan-1", "Erdogan-2", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Эрдоган"}, erdogan["aliases"])
	assert.Equal(t, "Ankara", signed["place"], "smallest place")
	assert.Equal(t, []any{"Erdogan signed it (0).", "Erdogan signed it (1).", "Erdogan signed it (10).", "Erdogan signed it (2).", "Erdogan signed it (3)."}, signed["evidence"])
	arts := signed["articles"].([]any)
	require.Len(t, arts, len(recs))
	for i := 1; i < len(arts); i++ {
		assert.Less(t, arts[i-1].(string), arts[i].(string), "articles sorted")
	}

	t.Run("reverse, one record per write", func(t *testing.T) {
		require.NoError(t, s.Reset(ctx))
		for i := len(recs) - 1; i >= 0; i-- {
			_, err := s.Write(ctx, recs[i:i+1], neo4j.WriteOptions{})
			require.NoError(t, err)
		}
		got, err := s.Checksum(ctx)
		require.NoError(t, err)
		assert.Equal(t, want, got)
	})

	t.Run("two concurrent writers", func(t *testing.T) {
		for round := range 3 {
			require.NoError(t, s.Reset(ctx))
			perm := rand.New(rand.NewPCG(uint64(round), 7)).Perm(len(recs))
			halves := [2][]graph.Record{}
			for k, i := range perm {
				halves[k%2] = append(halves[k%2], recs[i])
			}
			var wg sync.WaitGroup
			errs := make([]error, 2)
			for w := range 2 {
				wg.Go(func() {
					for j := 0; j < len(halves[w]); j += 2 {
						if _, err := s.Write(ctx, halves[w][j:min(j+2, len(halves[w]))], neo4j.WriteOptions{}); err != nil {
							errs[w] = err
							return
						}
					}
				})
			}
			wg.Wait()
			require.NoError(t, errors.Join(errs...))
			got, err := s.Checksum(ctx)
			require.NoError(t, err)
			assert.Equal(t, want, got, "round %d", round)
		}
	})
}

// TestResetLargeGraph: Reset deletes more relationships and nodes than one
// batch holds, and a hub node with thousands of relationships.
func TestResetLargeGraph(t *testing.T) {
	s, ctx := setup(t)
	hub := graph.Entity{ID: "state:russia", Label: graph.LabelState, Name: "Russia", Aliases: []string{}}
	var recs []graph.Record
	for i := range 1200 {
		id := fmt.Sprintf("%016x", i+1)
		recs = append(recs, graph.Record{
			Article:   graph.Article{ID: id, File: id, Title: id, Language: "en", Authors: []string{}},
			Entities:  []graph.Entity{hub},
			Relations: []graph.Relation{{Type: graph.RelMentions, From: id, To: hub.ID, Properties: map[string]string{"count": "1"}}},
		})
	}
	for i := 0; i < len(recs); i += 500 {
		_, err := s.Write(ctx, recs[i:min(i+500, len(recs))], neo4j.WriteOptions{})
		require.NoError(t, err)
	}
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	require.Equal(t, int64(1201), st.TotalNodes())
	require.NoError(t, s.Reset(ctx))
	st, err = s.Stats(ctx)
	require.NoError(t, err)
	assert.Zero(t, st.TotalNodes())
	assert.Zero(t, st.TotalRelationships())
}
