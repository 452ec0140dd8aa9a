package main

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/cypher"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
)

func TestQueryListShowAndUsageErrors(t *testing.T) {
	out, stderr, code := run(t, nil, "query", "list")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.GreaterOrEqual(t, len(lines), 12)
	assert.Regexp(t, `(?m)^treaties\s+Treaties with their signatories`, out)

	out, _, code = run(t, nil, "query", "list", "--json")
	require.Equal(t, 0, code)
	var items []struct {
		Name   string `json:"name"`
		Params []struct {
			Name    string `json:"name"`
			Default any    `json:"default"`
		} `json:"params"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &items))
	assert.Equal(t, len(lines), len(items))

	out, stderr, code = run(t, nil, "query", "show", "treaties", "--param", "state=Türkiye", "-p", "limit=5")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "// treaties: Treaties with")
	assert.Contains(t, out, ":param state => \"Türkiye\";\n:param since => \"\";\n:param limit => 5;\nMATCH (t:Treaty)")
	assert.True(t, strings.HasSuffix(out, ";\n"))

	cases := []struct {
		args []string
		want string
	}{
		{[]string{"query", "show", "treaty"}, `unknown query "treaty" (valid: article, corroborated,`},
		{[]string{"query", "run", "treaty"}, `unknown query "treaty" (valid: article,`},
		{[]string{"query", "run"}, "want one query name (valid: article,"},
		{[]string{"query", "run", "treaties", "--param", "country=TR"}, `no parameter "country" (valid: state string, since date, limit int)`},
		{[]string{"query", "run", "treaties", "--param", "limit=ten"}, `limit="ten": want an integer`},
		{[]string{"query", "run", "treaties", "--param", "since=15.06.2021"}, "want an ISO date"},
		{[]string{"query", "run", "treaties", "--param", "state"}, "want NAME=VALUE"},
		{[]string{"query", "run", "entity"}, "needs --param name="},
		{[]string{"query", "run", "treaties", "--format", "xml"}, "valid: table, json, csv"},
		{[]string{"query", "run", "treaties", "--nope"}, "flag provided but not defined"},
	}
	for _, c := range cases {
		_, stderr, code := run(t, []string{"NEO4J_URI=bolt://127.0.0.1:1"}, c.args...)
		assert.Equal(t, exitUsage, code, "%v: %s", c.args, stderr)
		oneClearLine(t, stderr, "")
		assert.Contains(t, stderr, c.want, c.args)
	}
}

func TestQueryRunFormats(t *testing.T) {
	cfg := neo4jtestConfig(t)
	env := []string{"NEO4J_URI=" + cfg.URI, "NEO4J_USER=" + cfg.User, "NEO4J_PASSWORD=" + cfg.Password, "NEO4J_DATABASE=" + cfg.Database}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	s, err := neo4j.Open(ctx, cfg)
	require.NoError(t, err)
	defer s.Close(ctx)
	require.NoError(t, s.Reset(ctx))
	pub, src := "2021-06-15", "APA"
	sign := "The presidents signed the Shusha Declaration."
	rel := func(from string) graph.Relation {
		return graph.Relation{Type: graph.RelSigned, From: from, To: "treaty:shusha-declaration",
			Properties: map[string]string{"date": pub, "place": "Shusha"}, Evidence: sign, Confidence: 0.9}
	}
	rec := graph.Record{
		Article: graph.Article{ID: "a1", File: "01.txt", Title: "Shusha", Published: &pub, Source: &src, Language: "en", Authors: []string{}},
		Entities: []graph.Entity{
			{ID: "person:ilham-aliyev", Label: graph.LabelPerson, Name: "Ilham Aliyev", Aliases: []string{}},
			{ID: "person:recep-tayyip-erdogan", Label: graph.LabelPerson, Name: "Recep Tayyip Erdogan", Aliases: []string{}},
			{ID: "state:turkey", Label: graph.LabelState, Name: "Turkey", ISO2: "TR", Aliases: []string{"Türkiye"}},
			{ID: "treaty:shusha-declaration", Label: graph.LabelTreaty, Name: "Shusha Declaration", Aliases: []string{}, Signed: pub},
		},
		Relations: []graph.Relation{rel("person:ilham-aliyev"), rel("person:recep-tayyip-erdogan"),
			{Type: graph.RelPartyTo, From: "state:turkey", To: "treaty:shusha-declaration", Evidence: sign, Confidence: 0.9}},
	}
	_, err = s.Write(ctx, []graph.Record{rec}, neo4j.WriteOptions{})
	require.NoError(t, err)

	out, stderr, code := run(t, env, "query", "run", "treaties", "--param", "state=türkiye", "--format", "json")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, `[
  {"treaty": "Shusha Declaration", "signed": "2021-06-15", "places": ["Shusha"], "signatories": ["Ilham Aliyev","Recep Tayyip Erdogan"], "parties": ["Turkey"], "articles": 1, "evidence": "The presidents signed the Shusha Declaration."}
]
`, out)

	out, stderr, code = run(t, env, "query", "run", "-f", "csv", "treaties")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "treaty,signed,places,signatories,parties,articles,evidence\n"+
		"Shusha Declaration,2021-06-15,Shusha,Ilham Aliyev; Recep Tayyip Erdogan,Turkey,1,The presidents signed the Shusha Declaration.\n", out)

	out, stderr, code = run(t, env, "query", "run", "shortest-connection", "-p", "from=Ilham Aliyev", "-p", "to=TR", "-f", "csv")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, "path,hops,evidence\n"+
		"Ilham Aliyev -[SIGNED]-> Shusha Declaration <-[PARTY_TO]- Turkey,2,The presidents signed the Shusha Declaration.; The presidents signed the Shusha Declaration.\n", out)

	out, stderr, code = run(t, env, "query", "run", "shortest-connection", "-p", "from=Ilham Aliyev", "-p", "to=TR")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, out, "│ path ")
	assert.Contains(t, out, "(1 rows)")
	out2, _, _ := run(t, env, "query", "run", "shortest-connection", "-p", "from=Ilham Aliyev", "-p", "to=TR")
	assert.Equal(t, out, out2, "same graph, same bytes")

	t.Run("a query that writes is refused without --write", func(t *testing.T) {
		file := filepath.Join(t.TempDir(), "tag.cypher")
		require.NoError(t, os.WriteFile(file, []byte("// name: tag\n// description: Tag a treaty.\n// param: id string\n"+
			"MATCH (t:Treaty {id: $id}) SET t.reviewed = true RETURN t.name AS treaty\n"), 0o644))
		_, stderr, code := run(t, env, "query", "run", "--file", file, "-p", "id=treaty:shusha-declaration")
		assert.Equal(t, exitUsage, code, stderr)
		oneClearLine(t, stderr, cfg.Password)
		assert.Contains(t, stderr, "query writes to the graph")
		assert.Contains(t, stderr, "--write")

		out, stderr, code := run(t, env, "query", "run", "--file", file, "-p", "id=treaty:shusha-declaration", "--write", "-f", "csv")
		require.Equal(t, 0, code, stderr)
		assert.Equal(t, "treaty\nShusha Declaration\n", out)
	})
}

func TestFormatValue(t *testing.T) {
	cases := []struct {
		in   any
		want string
	}{
		{nil, ""},
		{"x", "x"},
		{int64(3), "3"},
		{0.96, "0.96"},
		{1.0, "1"},
		{true, "true"},
		{[]any{"a", int64(1), nil}, "a; 1; "},
		{map[string]any{"b": int64(1), "a": []any{"x"}}, `{"a":["x"],"b":1}`}, // sorted keys
		{neo4j.ResultNode{ElementID: "4:x:1", Props: map[string]any{"name": "Turkey", "id": "state:turkey"}}, "Turkey"},
		{neo4j.ResultNode{ElementID: "4:x:2", Props: map[string]any{"id": "a1"}}, "a1"},
		{neo4j.ResultRelationship{Type: "SIGNED"}, ":SIGNED"},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, formatValue(c.in), "%#v", c.in)
	}
}

func TestBrowserHandler(t *testing.T) {
	h, err := browserHandler()
	require.NoError(t, err)
	srv := httptest.NewServer(h)
	defer srv.Close()

	// Browser sends Pragma and Cache-Control: a CORS preflight comes first.
	req, _ := http.NewRequest(http.MethodOptions, srv.URL+"/guide.html", nil)
	req.Header.Set("Origin", "http://localhost:7474")
	req.Header.Set("Access-Control-Request-Headers", "pragma,cache-control")
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNoContent, resp.StatusCode)
	assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"))
	assert.Equal(t, "pragma,cache-control", resp.Header.Get("Access-Control-Allow-Headers"))

	qs, err := cypher.All()
	require.NoError(t, err)
	for path, want := range map[string]string{"/guide.html": cypher.Guide(qs), "/style.grass": cypher.Style()} {
		resp, err := http.Get(srv.URL + path)
		require.NoError(t, err)
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		require.NoError(t, err)
		assert.Equal(t, http.StatusOK, resp.StatusCode, path)
		assert.Equal(t, "*", resp.Header.Get("Access-Control-Allow-Origin"), path)
		assert.Equal(t, want, string(body), path)
	}
	resp, err = http.Get(srv.URL + "/secret")
	require.NoError(t, err)
	resp.Body.Close()
	assert.Equal(t, http.StatusNotFound, resp.StatusCode)
}
