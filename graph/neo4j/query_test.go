package neo4j_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
)

func TestQueryValuesAndReadOnly(t *testing.T) {
	s := neo4jtest.New(t)
	ctx := context.Background()
	pub := "2021-06-15"
	rec := graph.Record{
		Article: graph.Article{ID: "a1", File: "a1.txt", Title: "T", Published: &pub, Language: "en", Authors: []string{}},
		Entities: []graph.Entity{
			{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{"Aliyev"}},
			{ID: "treaty:shusha-declaration", Label: graph.LabelTreaty, Name: "Shusha Declaration", Aliases: []string{}, Signed: pub},
		},
		Relations: []graph.Relation{{Type: graph.RelSigned, From: "person:ilham-aliyev", To: "treaty:shusha-declaration",
			Properties: map[string]string{"date": pub}, Evidence: "They signed.", Confidence: 0.9}},
	}
	_, err := s.Write(ctx, []graph.Record{rec}, neo4j.WriteOptions{})
	require.NoError(t, err)

	t.Run("plain values", func(t *testing.T) {
		res, err := s.Query(ctx, `MATCH p = (a:Person)-[r:SIGNED]->(t:Treaty {id: $id})
RETURN a, r, p, a.aliases AS aliases, r.confidence AS c, size(a.aliases) AS n, date('2021-06-15') AS d,
       {k: t.name, xs: [1, 2]} AS m, null AS nothing, true AS yes`,
			map[string]any{"id": "treaty:shusha-declaration"}, neo4j.QueryOptions{})
		require.NoError(t, err)
		assert.Equal(t, []string{"a", "r", "p", "aliases", "c", "n", "d", "m", "nothing", "yes"}, res.Columns)
		assert.Equal(t, "r", res.StatementType)
		require.Len(t, res.Rows, 1)
		row := res.Rows[0]
		node, ok := row[0].(neo4j.ResultNode)
		require.True(t, ok, "%T", row[0])
		assert.Equal(t, "Ilham Aliyev", node.Name())
		assert.Equal(t, []string{"Person"}, node.Labels)
		rel, ok := row[1].(neo4j.ResultRelationship)
		require.True(t, ok, "%T", row[1])
		assert.Equal(t, "SIGNED", rel.Type)
		assert.Equal(t, node.ElementID, rel.StartElementID)
		path, ok := row[2].(neo4j.ResultPath)
		require.True(t, ok, "%T", row[2])
		assert.Equal(t, "Ilham Aliyev -[SIGNED]-> Shusha Declaration", path.String())
		assert.Equal(t, []any{"Aliyev"}, row[3])
		assert.InDelta(t, 0.9, row[4], 1e-9)
		assert.Equal(t, int64(1), row[5])
		assert.Equal(t, "2021-06-15", row[6], "temporal values become ISO strings")
		assert.Equal(t, map[string]any{"k": "Shusha Declaration", "xs": []any{int64(1), int64(2)}}, row[7])
		assert.Nil(t, row[8])
		assert.Equal(t, true, row[9])
	})

	t.Run("reverse direction in a path", func(t *testing.T) {
		res, err := s.Query(ctx, "MATCH p = (:Treaty)<-[:SIGNED]-(:Person) RETURN p", nil, neo4j.QueryOptions{})
		require.NoError(t, err)
		assert.Equal(t, "Shusha Declaration <-[SIGNED]- Ilham Aliyev", res.Rows[0][0].(neo4j.ResultPath).String())
	})

	t.Run("max rows", func(t *testing.T) {
		res, err := s.Query(ctx, "UNWIND range(1, 10) AS i RETURN i", nil, neo4j.QueryOptions{MaxRows: 3})
		require.NoError(t, err)
		assert.Len(t, res.Rows, 3)
		assert.True(t, res.Truncated)
	})

	t.Run("a write is refused without Write and nothing changes", func(t *testing.T) {
		for _, q := range []string{
			"MATCH (n:Person) SET n.name = 'X' RETURN n",
			"CREATE (:Person {id: 'person:x', name: 'X'})",
			"MATCH (n) DETACH DELETE n",
		} {
			_, err := s.Query(ctx, q, nil, neo4j.QueryOptions{})
			assert.ErrorIs(t, err, neo4j.ErrWriteQuery, q)
		}
		res, err := s.Query(ctx, "MATCH (n:Person) RETURN n.name", nil, neo4j.QueryOptions{})
		require.NoError(t, err)
		assert.Equal(t, [][]any{{"Ilham Aliyev"}}, res.Rows)
	})

	t.Run("a write runs with Write", func(t *testing.T) {
		res, err := s.Query(ctx, "MATCH (n:Person {id: $id}) SET n.checked = true RETURN n.checked", map[string]any{"id": "person:ilham-aliyev"},
			neo4j.QueryOptions{Write: true})
		require.NoError(t, err)
		assert.Equal(t, "rw", res.StatementType)
		assert.Equal(t, [][]any{{true}}, res.Rows)
	})

	t.Run("query errors wrap ErrQuery", func(t *testing.T) {
		_, err := s.Query(ctx, "MATCH (n RETURN n", nil, neo4j.QueryOptions{})
		require.ErrorIs(t, err, neo4j.ErrQuery)
		assert.Contains(t, err.Error(), "Neo.ClientError.Statement.SyntaxError")
		_, err = s.Query(ctx, "RETURN $missing", nil, neo4j.QueryOptions{})
		assert.ErrorIs(t, err, neo4j.ErrQuery)
	})
}
