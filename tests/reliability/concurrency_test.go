package reliability

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph/neo4j"
)

// TestConcurrentLoaders starts two loaders together on overlapping parts
// of the corpus (A = first two thirds, B = last two thirds): both must exit
// 0 without lock errors surfacing, and the graph must equal one sequential
// load of the union.
func TestConcurrentLoaders(t *testing.T) {
	db := newDatabase(t)
	n := len(fx.pages)
	a := fx.pages[:2*n/3]
	b := fx.pages[n/3:]
	want, _ := db.reference(t, fx.pages...)

	la := startLoad(t, db.cfg, loadArgs(nil, a...)...)
	lb := startLoad(t, db.cfg, loadArgs(nil, b...)...)
	var rs []result
	for _, l := range []*running{la, lb} {
		select {
		case r := <-l.done:
			rs = append(rs, r)
		case <-time.After(4 * time.Minute):
			t.Fatal("concurrent loads still running after 4 minutes")
		}
	}
	ok := true
	for i, r := range rs {
		t.Logf("loader %c: exit %d after %s", 'A'+i, r.code, r.elapsed.Round(time.Millisecond))
		ok = assert.Equal(t, 0, r.code, "loader %c: %s", 'A'+i, r) && ok
		low := strings.ToLower(r.stderr)
		for _, bad := range []string{"deadlock", "lock", "timeout", "transient"} {
			ok = assert.NotContains(t, low, bad, "loader %c stderr: %s", 'A'+i, r.stderr) && ok
		}
	}
	got := db.checksum(t)
	dn, dr := db.duplicates(t)
	assert.Zero(t, dn, "duplicate nodes")
	assert.Zero(t, dr, "duplicate relationships")
	same := assert.Equal(t, want, got, "two concurrent overlapping loads differ from one sequential load of the union")
	articles := db.count(t, "MATCH (a:Article) RETURN count(a)", nil)
	assert.EqualValues(t, n, articles, "articles")
	if !same {
		explainDifference(t, db)
	}
	results.record(faultRow{Fault: "two concurrent `load`s on overlapping inputs (1/3 shared)", Tried: 1, Survived: boolInt(ok && same && dn+dr == 0),
		Lost: yesNo(articles != int64(n), "articles missing"), Duplicates: yesNo(dn+dr > 0, "see test log"),
		Note: "compared with one sequential load of the union" + map[bool]string{true: "", false: "; checksum differs (order-dependent properties)"}[same]})
}

// explainDifference logs the first differences between the graph now in
// the database and a sequential load of the union (which it then loads).
func explainDifference(t *testing.T, db database) {
	t.Helper()
	got := snapshot(t, db)
	db.reset(t)
	r := run(t, db.cfg, 3*time.Minute, loadArgs(nil, fx.pages...)...)
	require.Equal(t, 0, r.code, "%s", r)
	want := snapshot(t, db)
	diffs := 0
	for k, w := range want {
		g, ok := got[k]
		if ok && g == w {
			continue
		}
		diffs++
		if diffs <= 5 {
			t.Logf("differs: %s\n  sequential: %s\n  concurrent: %s", k, clipN(w, 600), clipN(g, 600))
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			diffs++
			if diffs <= 5 {
				t.Logf("only in concurrent: %s", k)
			}
		}
	}
	t.Logf("%d of %d nodes/relationships differ", diffs, len(want))
}

func clipN(s string, n int) string {
	if len(s) > n {
		return s[:n] + "…"
	}
	return s
}

// snapshot reads the whole graph: identity → canonical JSON of properties.
func snapshot(t *testing.T, db database) map[string]string {
	t.Helper()
	out := map[string]string{}
	ctx := ctxT(t, 2*time.Minute)
	require.NoError(t, db.Nodes(ctx, func(n neo4j.Node) error {
		b, _ := json.Marshal(n.Props)
		out["node "+string(n.Label)+" "+n.ID] = string(b)
		return nil
	}))
	require.NoError(t, db.Rels(ctx, func(r neo4j.Rel) error {
		b, _ := json.Marshal(r.Props)
		role, _ := r.Props["role"].(string)
		out["rel "+string(r.Type)+" "+r.From+" -> "+r.To+" "+role] = string(b)
		return nil
	}))
	return out
}
