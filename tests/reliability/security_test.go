package reliability

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph/neo4j"
)

// hostile are names and titles that break string-built Cypher.
var hostile = []string{
	"x'}) DETACH DELETE n //",
	`x"}) MATCH (m) DETACH DELETE m RETURN 1 //`,
	"$param {param} $$ ${x}",
	"`backtick` MATCH (n) DETACH DELETE n `x`",
	"Robert'); DROP DATABASE neo4j; --",
	"tab\there bell\x07 esc\x1b[31mred\x1b[0m del\x7f unit\x1f",
	"\\u0027 escaped \\' quote \\\\",
}

// TestHostileNames pushes injection strings, control characters and a
// 10,000-character title through read → extract → write (JSON Lines input
// and a --gazetteer person with a hostile name and aliases): the rest of
// the graph must be intact and every value stored verbatim.
func TestHostileNames(t *testing.T) {
	db := newDatabase(t)
	// Some ordinary graph first.
	r := run(t, db.cfg, 2*time.Minute, loadArgs(nil, fx.pages[:20]...)...)
	require.Equal(t, 0, r.code, "%s", r)
	articles := db.count(t, "MATCH (a:Article) RETURN count(a)", nil)
	nodes := db.count(t, "MATCH (n) RETURN count(n)", nil)

	d := t.TempDir()
	long := strings.Repeat("Ω long title ", 10000/13+1)[:10000]
	titles := append(append([]string{}, hostile...), long)
	const person = "Robert'); DROP DATABASE neo4j; --"
	// The extractor cannot match the hostile name itself in a text (its
	// punctuation splits it); the plain alias resolves to it.
	aliases := []string{"Bobby Tables", "Bobby `Tables`", "Bob'}) DETACH DELETE n //", "$bobby"}
	gaz := fmt.Sprintf(`people:
  - name: %q
    aliases: [%q, %q, %q, %q]
    gender: m
    offices:
      - {state: AZ, role: Minister of Defence, from: "2024"}
    source: "reliability test"
`, person, aliases[0], aliases[1], aliases[2], aliases[3])
	gp := write(t, filepath.Join(d, "hostile.yaml"), []byte(gaz))
	var lines []string
	for i, title := range titles {
		text, _ := page(t, 100+i) // stories not in the first load (ids come from the story)
		body := story(text) + "\nOfficials quoted the slogan " + title + " during the visit.\n"
		if i == 0 {
			body = "BAKU, March 3 (APA) – Bobby Tables, the Minister of Defence of Azerbaijan, met with Turkish officials in Baku on 3 March 2024.\n" +
				"Bobby Tables (" + person + ", also Bobby `Tables`) said the talks with Turkey were useful.\n" + body
		}
		b, err := json.Marshal(map[string]any{"title": title, "body": body, "source": title[:min(len(title), 60)]})
		require.NoError(t, err)
		lines = append(lines, string(b))
	}
	jp := write(t, filepath.Join(d, "hostile.jsonl"), []byte(strings.Join(lines, "\n")+"\n"))
	r = run(t, db.cfg, 2*time.Minute, loadArgs([]string{"--gazetteer", gp, "--store-body", "--json"}, jp)...)
	t.Logf("hostile load: exit %d, stderr: %s", r.code, r.stderr)
	assert.Equal(t, 0, r.code, "%s", r)

	// The rest of the graph is intact.
	assert.Equal(t, articles+int64(len(titles)), db.count(t, "MATCH (a:Article) RETURN count(a)", nil), "articles")
	assert.GreaterOrEqual(t, db.count(t, "MATCH (n) RETURN count(n)", nil), nodes+int64(len(titles)), "nodes")
	assert.EqualValues(t, articles, db.count(t, "MATCH (a:Article) WHERE a.file IN $f RETURN count(a)", map[string]any{"f": fx.pages[:20]}), "the first articles")
	rp := run(t, db.cfg, time.Minute, "ping")
	assert.Equal(t, 0, rp.code, "database neo4j still answers: %s", rp)

	// Stored verbatim.
	verbatim := 0
	for _, title := range titles {
		n := db.count(t, "MATCH (a:Article) WHERE a.title = $t RETURN count(a)", map[string]any{"t": title})
		if assert.EqualValues(t, 1, n, "title not stored verbatim: %q", clipN(title, 80)) {
			verbatim++
		}
	}
	t.Run("bodies stored verbatim with --store-body", func(t *testing.T) {
		// The body stored must be exactly the clean story `read` prints for
		// the same record (the cleaner may normalize control characters and
		// drop a repeated headline; the store must change nothing more).
		rr := run(t, db.cfg, time.Minute, "read", jp)
		require.Equal(t, 0, rr.code, "%s", rr)
		cleaned := map[string]string{}
		for _, line := range strings.Split(strings.TrimSpace(rr.stdout), "\n") {
			var a struct{ Title, Body string }
			require.NoError(t, json.Unmarshal([]byte(line), &a))
			cleaned[a.Title] = a.Body
		}
		ok := 0
		defer func() {
			results.record(faultRow{Fault: "hostile text in article bodies, stored with --store-body", Tried: len(titles), Survived: ok,
				Lost: yesNo(ok < len(titles), "body changed"), Duplicates: "n/a", Note: "Article.body equals the body `read` prints"})
		}()
		for _, title := range titles {
			rows := db.query(t, "MATCH (a:Article {title: $t}) RETURN a.body", map[string]any{"t": title})
			if assert.Len(t, rows, 1, "article %q", clipN(title, 80)) &&
				assert.Equal(t, cleaned[title], rows[0][0], "body of %q not stored verbatim", clipN(title, 80)) {
				ok++
			}
		}
	})
	rows := db.query(t, "MATCH (p:Person) WHERE p.name = $n RETURN p.name, p.aliases", map[string]any{"n": person})
	if assert.Len(t, rows, 1, "the gazetteer person %q is not in the graph", person) {
		got, _ := rows[0][1].([]any)
		for _, a := range aliases[:1] {
			assert.Contains(t, got, a, "alias %q", a)
		}
		assert.EqualValues(t, 1, db.count(t, "MATCH (:Person {name: $n})-[:HOLDS_OFFICE]->(:State) RETURN count(*)", map[string]any{"n": person}), "office of the hostile person")
	}
	// The first graph is still there unchanged apart from additions:
	// reloading the first pages writes nothing.
	r = run(t, db.cfg, 2*time.Minute, loadArgs([]string{"--json"}, fx.pages[:20]...)...)
	assert.Equal(t, 0, r.code, "%s", r)
	assert.Zero(t, parseSummary(t, r).Written, "reloading the first pages rewrote articles: the hostile load changed them")
	results.record(faultRow{Fault: "injection strings, control characters, 10,000-char title, hostile --gazetteer person", Tried: len(titles) + 1,
		Survived: verbatim + boolInt(len(rows) == 1), Lost: yesNo(db.count(t, "MATCH (a:Article) RETURN count(a)", nil) < articles+int64(len(titles)), "articles missing"),
		Duplicates: "no", Note: "graph intact; survived = values stored verbatim"})
}

// TestCredentialsNeverPrinted runs ping, stats, load (also --json) and
// query with a distinctive password, right and wrong, against a temporary
// user, and requires the password to appear nowhere in the output.
func TestCredentialsNeverPrinted(t *testing.T) {
	db := newDatabase(t)
	const user = "reliability_probe"
	secret := "S3cr3t-Reliability-" + fmt.Sprint(time.Now().UnixNano()%1e6) + "-Pw"
	sys := db.cfg
	sys.Database = "system"
	sysStore, err := neo4j.Open(ctxT(t, 30*time.Second), sys)
	require.NoError(t, err)
	t.Cleanup(func() { _ = sysStore.Close(ctxT(t, 10*time.Second)) })
	cfg := db.cfg
	_, err = sysStore.Query(ctxT(t, 30*time.Second), "CREATE OR REPLACE USER "+user+" SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", map[string]any{"pw": secret}, neo4j.QueryOptions{Write: true})
	if err != nil {
		t.Logf("cannot create a temporary user (%v): checking the configured password instead", err)
	} else {
		t.Cleanup(func() {
			_, _ = sysStore.Query(ctxT(t, 30*time.Second), "DROP USER "+user+" IF EXISTS", nil, neo4j.QueryOptions{Write: true})
		})
		cfg.User, cfg.Password = user, secret
	}
	text, _ := page(t, 0)
	in := write(t, filepath.Join(t.TempDir(), "one.txt"), []byte(text))
	wrong := cfg.Password + "-WRONG"
	type call struct {
		name string
		cfg  neo4j.Config
		args []string
		code int
		alt  int // another acceptable exit code (0: none)
	}
	calls := []call{
		{"ping", cfg, []string{"ping"}, 0, 0},
		{"ping --json", cfg, []string{"ping", "--json"}, 0, 0},
		{"stats --json --checksum", cfg, []string{"stats", "--json", "--checksum"}, 0, 0},
		{"load --json", cfg, loadArgs([]string{"--json"}, in), 0, 0},
		{"load --password before the path", cfg, append(loadArgs(nil), "--password", cfg.Password, in), 0, 0},
		// urfave/cli stops parsing flags at the first PATH: the flag must
		// then be refused (usage), never echoed as a missing input.
		{"load --password after the path", cfg, append(loadArgs(nil, in), "--password", cfg.Password), 0, exitUsage},
		{"query run", cfg, []string{"query", "run", "entity", "--param", "name=Turkey", "--format", "json"}, 0, 0},
		{"load unknown database", withDatabase(cfg, "nosuchdb"), loadArgs(nil, in), exitNoDatabase, 0},
		{"ping closed port", withURI(cfg, "bolt://"+closedPort(t)), []string{"ping", "--password", cfg.Password}, exitUnavailable, 0},
		{"ping wrong password", withUserPassword(cfg, cfg.User, wrong), []string{"ping"}, exitAuth, 0},
		{"load wrong password --json", withUserPassword(cfg, cfg.User, wrong), loadArgs([]string{"--json"}, in), exitAuth, 0},
		{"stats wrong password flag", cfg, []string{"stats", "--password", wrong}, exitAuth, 0},
	}
	clean := 0
	for _, c := range calls {
		r := run(t, c.cfg, time.Minute, c.args...)
		ok := r.code == c.code || (c.alt != 0 && r.code == c.alt)
		assert.True(t, ok, "%s: want exit %d (or %d): %s", c.name, c.code, c.alt, r)
		out := r.stdout + r.stderr
		ok = assert.NotContains(t, out, cfg.Password, "%s printed the password", c.name) && ok
		ok = assert.NotContains(t, out, wrong, "%s printed the wrong password", c.name) && ok
		if ok {
			clean++
		}
	}
	results.record(faultRow{Fault: "credentials in output (ping, stats, load, query; right and wrong password; --json)", Tried: len(calls), Survived: clean,
		Lost: "n/a", Duplicates: "n/a", Note: "password never in stdout/stderr; expected exit codes"})
}

// TestQueryRunReadOnly: `query run` refuses queries that write unless
// --write, and parameters are never spliced into Cypher.
func TestQueryRunReadOnly(t *testing.T) {
	db := newDatabase(t)
	r := run(t, db.cfg, 2*time.Minute, loadArgs(nil, fx.pages[:20]...)...)
	require.Equal(t, 0, r.code, "%s", r)
	before := db.checksum(t)
	d := t.TempDir()
	writes := []string{
		"CREATE (n:Article {id: 'pwned-create'}) RETURN n.id AS id",
		"MATCH (n) DETACH DELETE n RETURN count(*) AS c",
		"MATCH (a:Article) SET a.title = 'pwned' RETURN count(a) AS c",
		"MERGE (s:State {id: 'state:pwned'}) RETURN s.id AS id",
		"CALL { CREATE (:Probe {id: 'sub'}) } RETURN 1 AS one",
		"MATCH (a:Article) WITH a LIMIT 1 CALL (a) { DETACH DELETE a } RETURN 1 AS one",
		"CREATE INDEX pwned_index IF NOT EXISTS FOR (n:Probe) ON (n.id)",
	}
	refused := 0
	for i, q := range writes {
		p := write(t, filepath.Join(d, fmt.Sprintf("w%d.cypher", i)), []byte(fmt.Sprintf("// name: w%d\n// description: a query that writes\n%s\n", i, q)))
		r := run(t, db.cfg, time.Minute, "query", "run", "--file", p)
		if assert.NotEqual(t, 0, r.code, "write query ran without --write: %q\n%s", q, r) {
			refused++
			oneClearLine(t, r)
		}
		assert.Equal(t, before, db.checksum(t), "graph changed by %q", q)
	}
	// Hostile parameter values are values.
	for _, v := range hostile {
		r := run(t, db.cfg, time.Minute, "query", "run", "entity", "--param", "name="+v)
		assert.NotEqual(t, -1, r.code, "%s", r)
	}
	assert.Equal(t, before, db.checksum(t), "graph changed by hostile parameters")
	assert.Zero(t, db.count(t, "SHOW INDEXES YIELD name WHERE name = 'pwned_index' RETURN count(*)", nil), "index created by a read-only query")
	results.record(faultRow{Fault: "`query run` of writing Cypher without --write; hostile --param values", Tried: len(writes) + len(hostile), Survived: refused + len(hostile),
		Lost: yesNo(before != db.checksum(t), "graph changed"), Duplicates: "n/a", Note: "refused, graph unchanged (checksum)"})
}
