package cypher_test

import (
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/cypher"
	"github.com/diplograph/diplograph/graph"
)

var update = flag.Bool("update", false, "rewrite deploy/browser/guide.html and style.grass")

func TestParseHeader(t *testing.T) {
	src := `// name: demo
// description: A demo query.
// Free text in the header is allowed.
// param: state string = "" -- a state; empty for all
// param: limit int = 25 -- at most this many
// param: min float = 0.5
// param: strict bool = true -- exact match
// param: since date = "2021-06" -- from this date
// param: names list<string> = ["a", "b"] -- some names
// param: who string -- required
MATCH (n) WHERE $state = '' AND $limit > 0 AND $min < 1 AND $strict AND $since <> '' AND size($names) > 0 AND $who <> ''
RETURN n LIMIT $limit;
`
	q, err := cypher.Parse("demo", src)
	require.NoError(t, err)
	assert.Equal(t, "demo", q.Name)
	assert.Equal(t, "A demo query.", q.Description)
	assert.True(t, strings.HasPrefix(q.Cypher, "MATCH (n)"), q.Cypher)
	assert.False(t, strings.HasSuffix(q.Cypher, ";"), "trailing semicolon dropped")
	want := []cypher.Param{
		{Name: "state", Type: cypher.TypeString, Default: "", Description: "a state; empty for all"},
		{Name: "limit", Type: cypher.TypeInt, Default: int64(25), Description: "at most this many"},
		{Name: "min", Type: cypher.TypeFloat, Default: 0.5},
		{Name: "strict", Type: cypher.TypeBool, Default: true, Description: "exact match"},
		{Name: "since", Type: cypher.TypeDate, Default: "2021-06", Description: "from this date"},
		{Name: "names", Type: cypher.TypeStringList, Default: []string{"a", "b"}, Description: "some names"},
		{Name: "who", Type: cypher.TypeString, Required: true, Description: "required"},
	}
	assert.Equal(t, want, q.Params)
	assert.Equal(t, []string{"state", "limit", "min", "strict", "since", "names", "who"}, q.ParamNames())
}

func TestParseHeaderErrors(t *testing.T) {
	const body = "\nRETURN 1"
	cases := []struct {
		name, src, want string
	}{
		{"no name", "// description: d" + body, "no `// name:` line"},
		{"file name differs", "// name: other\n// description: d" + body, `header names "other" but the file is "x"`},
		{"bad name", "// name: Bad_Name\n// description: d" + body, "use lower-case letters"},
		{"no description", "// name: x" + body, "no `// description:` line"},
		{"no cypher", "// name: x\n// description: d\n", "no Cypher after the header"},
		{"unknown key (typo)", "// name: x\n// description: d\n// parm: a int = 1" + body, `unknown header key "parm"`},
		{"unknown type", "// name: x\n// description: d\n// param: a integer = 1\nRETURN $a", `unknown type "integer"`},
		{"default of wrong type", "// name: x\n// description: d\n// param: a int = \"1\"\nRETURN $a", "want an integer"},
		{"bad date default", "// name: x\n// description: d\n// param: a date = \"15.06.2021\"\nRETURN $a", "want an ISO date"},
		{"list default not strings", "// name: x\n// description: d\n// param: a list<string> = [1]\nRETURN $a", "array of strings"},
		{"default not JSON", "// name: x\n// description: d\n// param: a string = abc\nRETURN $a", "not a JSON literal"},
		{"declared twice", "// name: x\n// description: d\n// param: a int = 1\n// param: a int = 2\nRETURN $a", "declared twice"},
		{"declared, unused", "// name: x\n// description: d\n// param: a int = 1" + body, `"a" is declared but never used`},
		{"used, undeclared", "// name: x\n// description: d\nRETURN $b", "$b is used but not declared"},
	}
	for _, c := range cases {
		_, err := cypher.Parse("x", c.src)
		require.Error(t, err, c.name)
		assert.True(t, errors.Is(err, cypher.ErrHeader), "%s: %v does not wrap ErrHeader", c.name, err)
		assert.Contains(t, err.Error(), c.want, c.name)
	}
}

func TestParamParse(t *testing.T) {
	cases := []struct {
		typ  cypher.Type
		in   string
		want any
		err  string
	}{
		{cypher.TypeString, " Turkey ", " Turkey ", ""}, // strings are taken as typed
		{cypher.TypeString, "", "", ""},
		{cypher.TypeInt, "42", int64(42), ""},
		{cypher.TypeInt, " -3 ", int64(-3), ""},
		{cypher.TypeInt, "4.5", nil, "want an integer"},
		{cypher.TypeInt, "0x10", nil, "want an integer"},
		{cypher.TypeFloat, "0.75", 0.75, ""},
		{cypher.TypeFloat, "1e-3", 0.001, ""},
		{cypher.TypeFloat, "NaN", nil, "want a number"},
		{cypher.TypeFloat, "high", nil, "want a number"},
		{cypher.TypeBool, "true", true, ""},
		{cypher.TypeBool, "No", false, ""},
		{cypher.TypeBool, "1", true, ""},
		{cypher.TypeBool, "maybe", nil, "want true or false"},
		{cypher.TypeDate, "2021-06-15", "2021-06-15", ""},
		{cypher.TypeDate, "2021-06", "2021-06", ""},
		{cypher.TypeDate, "2021", "2021", ""},
		{cypher.TypeDate, "", "", ""},
		{cypher.TypeDate, "2021-13-01", nil, "want an ISO date"},
		{cypher.TypeDate, "15.06.2021", nil, "want an ISO date"},
		{cypher.TypeStringList, "Turkey, Azerbaijan ,", []string{"Turkey", "Azerbaijan"}, ""},
		{cypher.TypeStringList, `["a,b", "c"]`, []string{"a,b", "c"}, ""}, // JSON keeps commas inside items
		{cypher.TypeStringList, "", []string{}, ""},
		{cypher.TypeStringList, `["a", 1]`, nil, "JSON array of strings"},
	}
	for _, c := range cases {
		p := cypher.Param{Name: "p", Type: c.typ}
		got, err := p.Parse(c.in)
		if c.err != "" {
			require.Error(t, err, "%s %q", c.typ, c.in)
			assert.ErrorIs(t, err, cypher.ErrParam)
			assert.Contains(t, err.Error(), c.err, "%s %q", c.typ, c.in)
			continue
		}
		require.NoError(t, err, "%s %q", c.typ, c.in)
		assert.Equal(t, c.want, got, "%s %q", c.typ, c.in)
	}
}

func TestBind(t *testing.T) {
	q, err := cypher.Get("treaties")
	require.NoError(t, err)

	got, err := q.Bind(map[string]string{"state": "TR"})
	require.NoError(t, err)
	assert.Equal(t, map[string]any{"state": "TR", "since": "", "limit": int64(100)}, got, "defaults applied")

	_, err = q.Bind(map[string]string{"country": "TR"})
	require.ErrorIs(t, err, cypher.ErrParam)
	assert.Contains(t, err.Error(), `no parameter "country" (valid: state string, since date, limit int)`)

	_, err = q.Bind(map[string]string{"limit": "many"})
	assert.ErrorIs(t, err, cypher.ErrParam)

	e, err := cypher.Get("entity")
	require.NoError(t, err)
	_, err = e.Bind(nil)
	require.ErrorIs(t, err, cypher.ErrParam)
	assert.Contains(t, err.Error(), "needs --param name=")
	assert.Contains(t, err.Error(), "name string (required)")
}

func TestGetUnknownListsValidNames(t *testing.T) {
	_, err := cypher.Get("treaty")
	require.ErrorIs(t, err, cypher.ErrUnknownQuery)
	assert.Contains(t, err.Error(), "valid: article, corroborated,")
	assert.Contains(t, err.Error(), "treaties")
}

func TestEmbeddedQueries(t *testing.T) {
	qs, err := cypher.All()
	require.NoError(t, err)
	assert.GreaterOrEqual(t, len(qs), 12)
	for i, q := range qs {
		if i > 0 {
			assert.Less(t, qs[i-1].Name, q.Name, "sorted by name")
		}
		assert.Equal(t, q.Name+".cypher", q.File)
		assert.NotEmpty(t, q.Description, q.Name)
		assert.NotContains(t, q.Description, "\n")
		for _, p := range q.Params {
			assert.NotEmpty(t, p.Description, "%s: parameter %s has no description", q.Name, p.Name)
		}
		src, err := cypher.Source(q)
		require.NoError(t, err)
		assert.Contains(t, src, "// name: "+q.Name)
		// Read-only by construction; EXPLAIN in db_test.go checks the plans.
		up := strings.ToUpper(q.Cypher)
		for _, w := range []string{"CREATE ", "MERGE ", "DELETE ", " SET ", "REMOVE ", "APOC.", "GDS."} {
			assert.NotContains(t, up, w, "%s uses %s", q.Name, w)
		}
	}
}

func TestLiteralAndBrowser(t *testing.T) {
	assert.Equal(t, `"a \"b\" \\ c\n"`, cypher.Literal("a \"b\" \\ c\n"))
	assert.Equal(t, "25", cypher.Literal(int64(25)))
	assert.Equal(t, "2.0", cypher.Literal(2.0))
	assert.Equal(t, "0.5", cypher.Literal(0.5))
	assert.Equal(t, "true", cypher.Literal(true))
	assert.Equal(t, `["a", "b"]`, cypher.Literal([]string{"a", "b"}))
	assert.Equal(t, "[]", cypher.Literal([]string{}))

	q, err := cypher.Get("treaties")
	require.NoError(t, err)
	got := q.Browser(map[string]any{"state": "Türkiye"})
	lines := strings.Split(got, "\n")
	assert.Equal(t, "// treaties: "+q.Description, lines[0])
	assert.Equal(t, `:param state => "Türkiye";`, lines[1])
	assert.Equal(t, `:param since => "";`, lines[2])
	assert.Equal(t, `:param limit => 100;`, lines[3])
	assert.True(t, strings.HasSuffix(got, "LIMIT toInteger($limit);\n"), got)

	e, err := cypher.Get("entity")
	require.NoError(t, err)
	assert.Contains(t, e.Browser(nil), `:param name => "";`, "required parameter gets an empty placeholder")
	assert.Equal(t, `:params {name: "Turkey"}`, e.BrowserParams(map[string]any{"name": "Turkey"}))
	assert.Equal(t, `:params {state: "", since: "", limit: 100}`, q.BrowserParams(nil))
	assert.True(t, strings.HasPrefix(q.BrowserQuery(), "// treaties: "+q.Description+"\nMATCH (t:Treaty)"))
}

func TestGuide(t *testing.T) {
	qs, err := cypher.All()
	require.NoError(t, err)
	g := cypher.Guide(qs)
	assert.True(t, strings.HasPrefix(g, `<article class="guide">`))
	assert.Equal(t, len(qs)+1, strings.Count(g, "<slide "), "an index slide and one per query")
	nparams := 0
	for _, q := range qs {
		if len(q.Params) > 0 {
			nparams++
		}
	}
	assert.Equal(t, len(qs)+1, strings.Count(g, `<pre class="pre-scrollable code runnable" data-query=`), "one query block per query and the start block")
	assert.Equal(t, nparams+1, strings.Count(g, `<pre class="pre-scrollable code runnable" data-params=`), "a :params block per query with parameters")
	assert.Contains(t, g, "&lt;-[:PARTY_TO]-", "Cypher is HTML-escaped")
	assert.Contains(t, g, `:params {state: &#34;&#34;, since: &#34;&#34;, limit: 100}`)
	assert.Contains(t, g, ">// treaties: Treaties with")
	assert.Equal(t, g, cypher.Guide(qs), "deterministic")
}

// The generated Browser files are committed for users who connect their own
// Browser or Desktop (drag style.grass, :play guide.html); they must match
// the embedded queries. `go test ./cypher -update` rewrites them.
func TestBrowserFilesUpToDate(t *testing.T) {
	qs, err := cypher.All()
	require.NoError(t, err)
	files := map[string]string{
		"guide.html":  cypher.Guide(qs),
		"style.grass": cypher.Style(),
	}
	for name, want := range files {
		path := filepath.Join("..", "deploy", "browser", name)
		if *update {
			require.NoError(t, os.WriteFile(path, []byte(want), 0o644))
		}
		got, err := os.ReadFile(path)
		require.NoError(t, err, "run go test ./cypher -update")
		assert.Equal(t, want, string(got), "%s is stale: run go test ./cypher -update", path)
	}
}

func TestStyleCoversEveryLabelAndType(t *testing.T) {
	s := cypher.Style()
	for _, l := range graph.Labels() {
		assert.Contains(t, s, "node."+string(l)+" {", l)
	}
	for _, r := range graph.RelTypes() {
		assert.Contains(t, s, "relationship."+string(r)+" {", r)
	}
	// Browser's GraSS parser splits a declaration on ':' and drops it
	// unless there are exactly two parts.
	for _, line := range strings.Split(s, "\n") {
		if strings.HasSuffix(line, ";") {
			assert.Equal(t, 1, strings.Count(line, ":"), "line %q", line)
		}
	}
}
