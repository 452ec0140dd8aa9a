package cypher_test

import (
	"context"
	"os"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/cypher"
	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
)

// TestExplainEveryQuery compiles every saved query on the real server and
// checks that its plan is read-only.
func TestExplainEveryQuery(t *testing.T) {
	s := neo4jtest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	_, err := s.EnsureSchema(ctx)
	require.NoError(t, err)
	qs, err := cypher.All()
	require.NoError(t, err)
	for _, q := range qs {
		params := map[string]any{}
		for _, p := range q.Params {
			params[p.Name] = p.Default
			if p.Required {
				params[p.Name] = "x"
			}
		}
		st, err := s.StatementType(ctx, q.Cypher, params)
		if assert.NoError(t, err, q.Name) {
			assert.Equal(t, "r", st, "%s is not read-only", q.Name)
		}
	}
}

// loaded writes the fixture corpus into a clean database once per test.
func loaded(t *testing.T) (*neo4j.Store, context.Context) {
	t.Helper()
	s := neo4jtest.New(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	t.Cleanup(cancel)
	_, err := s.EnsureSchema(ctx)
	require.NoError(t, err)
	_, err = s.Write(ctx, corpus(), neo4j.WriteOptions{})
	require.NoError(t, err)
	return s, ctx
}

// rows runs a saved query with the given parameters (text, as a user types
// them) and returns its rows as column → value maps.
func rows(ctx context.Context, t *testing.T, s *neo4j.Store, name string, args map[string]string) []map[string]any {
	t.Helper()
	q, err := cypher.Get(name)
	require.NoError(t, err)
	params, err := q.Bind(args)
	require.NoError(t, err)
	res, err := s.Query(ctx, q.Cypher, params, neo4j.QueryOptions{})
	require.NoError(t, err, name)
	out := make([]map[string]any, len(res.Rows))
	for i, r := range res.Rows {
		m := map[string]any{}
		for j, c := range res.Columns {
			m[c] = r[j]
		}
		out[i] = m
	}
	return out
}

func col(rs []map[string]any, c string) []any {
	out := make([]any, len(rs))
	for i, r := range rs {
		out[i] = r[c]
	}
	return out
}

func strs(v ...string) []any {
	out := make([]any, len(v))
	for i, s := range v {
		out[i] = s
	}
	return out
}

func TestQueriesOnExampleCorpus(t *testing.T) {
	s, ctx := loaded(t)

	// Browser's `:params {limit: 100}` sends every number as a float.
	t.Run("int parameters given as floats", func(t *testing.T) {
		qs, err := cypher.All()
		require.NoError(t, err)
		for _, q := range qs {
			params := map[string]any{}
			for _, p := range q.Params {
				params[p.Name] = p.Default
				if p.Required {
					params[p.Name] = "Turkey"
				}
				if n, ok := p.Default.(int64); ok {
					params[p.Name] = float64(n)
				}
			}
			_, err := s.Query(ctx, q.Cypher, params, neo4j.QueryOptions{})
			assert.NoError(t, err, q.Name)
		}
	})

	t.Run("treaties", func(t *testing.T) {
		rs := rows(ctx, t, s, "treaties", nil)
		require.Len(t, rs, 5)
		assert.Equal(t, strs("Treaty on Comprehensive Strategic Partnership",
			"Договор о союзнических отношениях между Республикой Казахстан и Республикой Узбекистан",
			"Trilateral Memorandum", "Japan-Australia Reciprocal Access Agreement", "Shusha Declaration"), col(rs, "treaty"), "newest first")
		sd := rs[4]
		assert.Equal(t, "2021-06-15", sd["signed"])
		assert.Equal(t, strs("Shusha"), sd["places"])
		assert.Equal(t, strs("Ilham Aliyev", "Recep Tayyip Erdogan"), sd["signatories"])
		assert.Equal(t, strs("Azerbaijan", "Turkey"), sd["parties"])
		assert.Equal(t, int64(1), sd["articles"])
		assert.Contains(t, sd["evidence"], "Shusha Declaration")

		// A party by alias, ISO2 code or name, any case.
		for _, state := range []string{"Türkiye", "tr", "TURKEY", "Турция"} {
			rs = rows(ctx, t, s, "treaties", map[string]string{"state": state})
			assert.Equal(t, strs("Trilateral Memorandum", "Shusha Declaration"), col(rs, "treaty"), state)
		}
		rs = rows(ctx, t, s, "treaties", map[string]string{"since": "2022-06", "limit": "2"})
		assert.Equal(t, strs("Treaty on Comprehensive Strategic Partnership",
			"Договор о союзнических отношениях между Республикой Казахстан и Республикой Узбекистан"), col(rs, "treaty"))
	})

	t.Run("meetings-between", func(t *testing.T) {
		rs := rows(ctx, t, s, "meetings-between", map[string]string{"state_a": "TR"})
		require.Len(t, rs, 4, "Erdogan's talks with Stoltenberg are NATO's, not a state's")
		assert.Equal(t, strs("2021-06-15", "2022-06-08", "2022-06-28", "2022-06-28"), col(rs, "date"), "oldest first")
		assert.Equal(t, strs("Azerbaijan", "Russia", "Finland", "Sweden"), col(rs, "state_b"))
		first := rs[0]
		assert.Equal(t, "Recep Tayyip Erdogan", first["official_a"])
		assert.Equal(t, strs("President"), first["roles_a"])
		assert.Equal(t, "Ilham Aliyev", first["official_b"])
		assert.Equal(t, "Shusha", first["place"])

		rs = rows(ctx, t, s, "meetings-between", map[string]string{"state_a": "Russia", "state_b": "Turkey"})
		require.Len(t, rs, 1)
		assert.Equal(t, "Sergei Lavrov", rs[0]["official_a"])
		assert.Equal(t, "Mevlut Cavusoglu", rs[0]["official_b"])
		assert.Equal(t, "Ankara", rs[0]["place"])

		rs = rows(ctx, t, s, "meetings-between", nil)
		assert.Len(t, rs, 8, "each meeting between officials of two states once")
	})

	t.Run("frequent-meetings", func(t *testing.T) {
		rs := rows(ctx, t, s, "frequent-meetings", map[string]string{"person": "erdogan"})
		assert.Equal(t, strs("Magdalena Andersson", "Sauli Niinisto", "Ilham Aliyev", "Jens Stoltenberg"), col(rs, "met"),
			"latest first among equals; undated last")
		assert.Equal(t, "Recep Tayyip Erdogan", rs[0]["person"])
		rs = rows(ctx, t, s, "frequent-meetings", map[string]string{"limit": "3"})
		require.Len(t, rs, 3)
		assert.Equal(t, "Kim Jong Un", rs[0]["person"])
		assert.Equal(t, "Vladimir Putin", rs[0]["met"])
		assert.Equal(t, "Pyongyang", rs[0]["place"])
	})

	t.Run("exercises", func(t *testing.T) {
		rs := rows(ctx, t, s, "exercises", nil)
		assert.Equal(t, strs("Shakti 2024", "Steadfast Defender 2024", "Zapad-2021", "Malabar 2020"), col(rs, "exercise"))
		assert.Equal(t, strs("Australia", "India", "Japan", "United States"), rs[3]["participants"])
		assert.Equal(t, strs("Bay of Bengal"), rs[3]["held_in"])
		assert.Equal(t, "2020-11-06", rs[3]["end"])

		rs = rows(ctx, t, s, "exercises", map[string]string{"state": "india"})
		assert.Equal(t, strs("Shakti 2024", "Malabar 2020"), col(rs, "exercise"))
		rs = rows(ctx, t, s, "exercises", map[string]string{"year": "2021"})
		assert.Equal(t, strs("Zapad-2021"), col(rs, "exercise"))
		rs = rows(ctx, t, s, "exercises", map[string]string{"place": "Poland", "year": "2024"})
		assert.Equal(t, strs("Steadfast Defender 2024"), col(rs, "exercise"))
		assert.Equal(t, strs("Germany", "Norway", "Poland"), rs[0]["held_in"])
	})

	t.Run("partners", func(t *testing.T) {
		rs := rows(ctx, t, s, "partners", map[string]string{"state": "Turkey"})
		assert.Equal(t, strs("Azerbaijan", "Finland", "Russia", "Sweden"), col(rs, "partner"))
		ru := rs[2]
		assert.Equal(t, int64(0), ru["treaties"])
		assert.Equal(t, int64(1), ru["meetings"])
		assert.Equal(t, int64(1), ru["visits"], "Lavrov's visit to Turkey")
		assert.Equal(t, int64(2), ru["shared"])

		rs = rows(ctx, t, s, "partners", map[string]string{"state": "JP"})
		require.NotEmpty(t, rs)
		assert.Equal(t, "Australia", rs[0]["partner"])
		assert.Equal(t, int64(3), rs[0]["shared"], "treaty, Malabar, the video summit")

		rs = rows(ctx, t, s, "partners", nil)
		assert.Equal(t, "Australia", rs[0]["state"])
		assert.Equal(t, "Japan", rs[0]["partner"])
	})

	t.Run("corroborated and single-source", func(t *testing.T) {
		rs := rows(ctx, t, s, "corroborated", nil)
		require.Len(t, rs, 3)
		assert.Equal(t, strs("Mevlut Cavusoglu", "Recep Tayyip Erdogan", "Vladimir Putin"), col(rs, "from"))
		assert.Equal(t, strs("APA", "Turan"), rs[1]["sources"])
		assert.Equal(t, "President", rs[1]["role"])
		assert.InDelta(t, 0.96, rs[1]["confidence"], 1e-9, "noisy-OR of 0.8 and 0.8")
		assert.Empty(t, rows(ctx, t, s, "corroborated", map[string]string{"min_sources": "3"}))

		rs = rows(ctx, t, s, "single-source", map[string]string{"type": "signed"})
		assert.Len(t, rs, 11)
		for _, r := range rs {
			assert.Equal(t, "SIGNED", r["relation"])
		}
		rs = rows(ctx, t, s, "single-source", map[string]string{"type": "PARTY_TO"})
		assert.Contains(t, col(rs, "source"), "unnamed source of examples/articles/02_japan_australia_raa.txt")
	})

	t.Run("entity", func(t *testing.T) {
		rs := rows(ctx, t, s, "entity", map[string]string{"name": "Эрдоган"})
		rels := map[string]bool{}
		for _, r := range rs {
			assert.Equal(t, "Recep Tayyip Erdogan", r["entity"])
			rels[r["relation"].(string)+" "+r["other"].(string)] = true
		}
		for _, want := range []string{"SIGNED -> Shusha Declaration", "HOLDS_OFFICE -> Turkey", "VISITED -> Shusha",
			"<- MET_WITH Ilham Aliyev", "MET_WITH -> Sauli Niinisto", "<- MENTIONS Aliyev and Erdogan make Azerbaijani-Turkish alliance official in Shusha"} {
			assert.True(t, rels[want], "missing %q in %v", want, rels)
		}
		for _, r := range rs {
			if r["relation"] == "HOLDS_OFFICE ->" {
				assert.Equal(t, strs("2021-06-15 APA: Aliyev and Erdogan make Azerbaijani-Turkish alliance official in Shusha",
					"2022-06-28 Turan: Turkey, Finland and Sweden sign memorandum ahead of NATO summit"), r["articles"])
				assert.Len(t, r["evidence"], 2)
			}
		}
	})

	t.Run("article", func(t *testing.T) {
		rs := rows(ctx, t, s, "article", map[string]string{"article": "01_shusha_declaration.txt"})
		require.Len(t, rs, 15)
		byRel := map[string]int{}
		for _, r := range rs {
			byRel[r["relation"].(string)]++
			assert.Equal(t, "Aliyev and Erdogan make Azerbaijani-Turkish alliance official in Shusha", r["article"])
			if r["relation"] == "HOLDS_OFFICE" && r["from"] == "Recep Tayyip Erdogan" {
				assert.Equal(t, "also 1 other(s)", r["support"])
			}
		}
		assert.Equal(t, map[string]int{"SIGNED": 2, "PARTY_TO": 2, "MET_WITH": 1, "HOLDS_OFFICE": 2, "VISITED": 1, "MENTIONS": 6, "REPORTED_BY": 1}, byRel)
		assert.Empty(t, rows(ctx, t, s, "article", map[string]string{"article": ""}), "an empty selector matches nothing")
	})

	t.Run("shortest-connection", func(t *testing.T) {
		rs := rows(ctx, t, s, "shortest-connection", map[string]string{"from": "Ilham Aliyev", "to": "Kim Jong Un"})
		require.NotEmpty(t, rs)
		assert.Equal(t, int64(6), rs[0]["hops"])
		p, ok := rs[0]["path"].(neo4j.ResultPath)
		require.True(t, ok, "%T", rs[0]["path"])
		assert.Equal(t, "Ilham Aliyev", p.Nodes[0].Name())
		assert.Equal(t, "Kim Jong Un", p.Nodes[len(p.Nodes)-1].Name())
		rs = rows(ctx, t, s, "shortest-connection", map[string]string{"from": "AZ", "to": "TR"})
		require.Len(t, rs, 1)
		assert.Equal(t, "Azerbaijan -[PARTY_TO]-> Shusha Declaration <-[PARTY_TO]- Turkey", rs[0]["path"].(neo4j.ResultPath).String())
	})

	t.Run("office-holders", func(t *testing.T) {
		rs := rows(ctx, t, s, "office-holders", map[string]string{"state": "Russia"})
		assert.Equal(t, strs("Chief of the General Staff", "Minister of Defence", "Minister of Foreign Affairs", "President"), col(rs, "role"))
		assert.Equal(t, "2021-09-13", rs[3]["first_reported"])
		assert.Equal(t, "2024-06-19", rs[3]["last_reported"])

		rs = rows(ctx, t, s, "office-holders", map[string]string{"role": "foreign", "as_of": "2022-06-10"})
		assert.Equal(t, strs("Russia", "Turkey"), col(rs, "of"))
		assert.Equal(t, strs("Sergei Lavrov", "Mevlut Cavusoglu"), col(rs, "person"))
		assert.Equal(t, "2022-06-08", rs[1]["last_reported"], "reports after as_of do not count")

		rs = rows(ctx, t, s, "office-holders", map[string]string{"state": "NATO"})
		assert.Equal(t, strs("Rob Bauer", "Jens Stoltenberg", "Christopher Cavoli"), col(rs, "person"))
	})

	t.Run("new-since", func(t *testing.T) {
		rs := rows(ctx, t, s, "new-since", map[string]string{"since": "2024-06"})
		require.NotEmpty(t, rs)
		whats := map[string]bool{}
		for _, r := range rs {
			key := r["what"].(string) + " " + r["from"].(string)
			whats[key] = true
			if key == "HOLDS_OFFICE Vladimir Putin" {
				assert.Equal(t, "again", r["status"], "first reported in 2021")
				assert.Equal(t, "2021-09-13", r["first_reported"])
				continue
			}
			assert.Equal(t, "new", r["status"], key)
			assert.Equal(t, "2024-06-19", r["first_reported"], key)
		}
		assert.True(t, whats["SIGNED Vladimir Putin"])
		assert.True(t, whats["Person Kim Jong Un"])
		assert.False(t, whats["Person Vladimir Putin"], "Putin was mentioned before")

		rs = rows(ctx, t, s, "new-since", map[string]string{"since": "2022-06-20"})
		var again []any
		for _, r := range rs {
			if r["status"] == "again" {
				again = append(again, r["what"].(string)+" "+r["from"].(string)+" "+r["to"].(string))
			}
		}
		assert.Equal(t, strs("HOLDS_OFFICE Mevlut Cavusoglu Turkey", "HOLDS_OFFICE Vladimir Putin Russia", "HOLDS_OFFICE Recep Tayyip Erdogan Turkey"), again)
	})

	t.Run("network", func(t *testing.T) {
		rs := rows(ctx, t, s, "network", nil)
		assert.Len(t, rs, 70)
		assert.Equal(t, "SIGNED", rs[0]["p"].(neo4j.ResultPath).Rels[0].Type, "treaties first")
		rs = rows(ctx, t, s, "network", map[string]string{"name": "Shusha Declaration"})
		assert.Len(t, rs, 4)
		for _, r := range rs {
			_, ok := r["p"].(neo4j.ResultPath)
			assert.True(t, ok)
		}
	})

	t.Run("data quality", func(t *testing.T) {
		rs := rows(ctx, t, s, "dq-duplicate-names", nil)
		require.Len(t, rs, 1)
		assert.Equal(t, "Cavusoglu", rs[0]["name_a"])
		assert.Equal(t, "Mevlut Cavusoglu", rs[0]["name_b"])
		assert.Equal(t, "one name contains the other", rs[0]["reason"])
		assert.Empty(t, rows(ctx, t, s, "dq-duplicate-names", map[string]string{"label": "State"}))

		rs = rows(ctx, t, s, "dq-undated", nil)
		require.Len(t, rs, 1)
		assert.Equal(t, "MET_WITH", rs[0]["kind"])
		assert.Equal(t, "Jens Stoltenberg", rs[0]["from"])

		rs = rows(ctx, t, s, "dq-mentioned-once", map[string]string{"label": "person"})
		assert.Equal(t, "Cavusoglu", rs[0]["name"], "isolated first")
		assert.Equal(t, int64(0), rs[0]["facts"])
		assert.NotContains(t, col(rs, "name"), "Recep Tayyip Erdogan", "mentioned by three articles")
	})
}

func TestQueryRefusesWrites(t *testing.T) {
	s := neo4jtest.New(t)
	ctx := context.Background()
	_, err := s.Query(ctx, "CREATE (n:Probe {id: $id}) RETURN n", map[string]any{"id": "x"}, neo4j.QueryOptions{})
	require.ErrorIs(t, err, neo4j.ErrWriteQuery)
	res, err := s.Query(ctx, "MATCH (n:Probe) RETURN count(n) AS n", nil, neo4j.QueryOptions{})
	require.NoError(t, err)
	assert.Equal(t, int64(0), res.Rows[0][0], "nothing was written")
}

// TestLoadFixture replaces the database's contents with the fixture corpus
// and leaves it there for deploy/browser-test.sh, which holds the database
// test lock around it (so this test does not take it). It skips unless
// DIPLOGRAPH_LOAD_FIXTURE=1.
func TestLoadFixture(t *testing.T) {
	if os.Getenv("DIPLOGRAPH_LOAD_FIXTURE") == "" {
		t.Skip("set DIPLOGRAPH_LOAD_FIXTURE=1 to load the fixture for the Browser test")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	s, err := neo4j.Open(ctx, neo4jtest.Required(t))
	require.NoError(t, err)
	defer s.Close(ctx)
	require.NoError(t, s.Reset(ctx))
	_, err = s.EnsureSchema(ctx)
	require.NoError(t, err)
	_, err = s.Write(ctx, corpus(), neo4j.WriteOptions{})
	require.NoError(t, err)
}
