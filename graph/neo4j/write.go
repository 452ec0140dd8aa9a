package neo4j

import (
	"context"
	"fmt"
	"strings"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
)

// WriteOptions tune Write.
type WriteOptions struct {
	// StoreBody writes the article text as Article.body (off by default:
	// the graph holds metadata, evidence sentences and links).
	StoreBody bool
	// Force rewrites articles whose completion marker (Article.loaded_hash)
	// already equals the record's hash. Merging is idempotent, so the graph
	// stays the same; Force only costs time.
	Force bool
	// Trace, when set, is called after each query of a write with what it
	// merged ("Article", "Person", "(:Person)-[:SIGNED]->(:Treaty)",
	// "markers"), its row count and its duration, and after each commit
	// with "commit". It is called from the writing goroutine.
	Trace func(step string, rows int, d time.Duration)
}

// MergeCount counts the rows of one label or type that a write merged, and
// how many of them created a node or relationship (the rest matched an
// existing one). For semantic relationships a matched row may still have
// been extended with new articles.
type MergeCount struct {
	Rows    int `json:"rows"`
	Created int `json:"created"`
}

// Matched is Rows - Created.
func (m MergeCount) Matched() int { return m.Rows - m.Created }

// WriteSummary says what Write did, from the server's query counters.
type WriteSummary struct {
	// Records is the number of records given; Written the articles
	// written; Skipped the articles whose completion marker matched.
	Records int `json:"records"`
	Written int `json:"written"`
	Skipped int `json:"skipped"`
	// Nodes and Rels are keyed by label and type.
	Nodes map[graph.Label]MergeCount   `json:"nodes"`
	Rels  map[graph.RelType]MergeCount `json:"relationships"`
	// Totals of the query counters.
	NodesCreated         int `json:"nodes_created"`
	RelationshipsCreated int `json:"relationships_created"`
	PropertiesSet        int `json:"properties_set"`
	// Transactions counts committed write transactions.
	Transactions int `json:"transactions"`
}

// Add accumulates o into s.
func (s *WriteSummary) Add(o WriteSummary) {
	if s.Nodes == nil {
		s.Nodes = map[graph.Label]MergeCount{}
	}
	if s.Rels == nil {
		s.Rels = map[graph.RelType]MergeCount{}
	}
	s.Records += o.Records
	s.Written += o.Written
	s.Skipped += o.Skipped
	for l, c := range o.Nodes {
		m := s.Nodes[l]
		m.Rows += c.Rows
		m.Created += c.Created
		s.Nodes[l] = m
	}
	for t, c := range o.Rels {
		m := s.Rels[t]
		m.Rows += c.Rows
		m.Created += c.Created
		s.Rels[t] = m
	}
	s.NodesCreated += o.NodesCreated
	s.RelationshipsCreated += o.RelationshipsCreated
	s.PropertiesSet += o.PropertiesSet
	s.Transactions += o.Transactions
}

// Plan returns what Write would merge for recs, without a server: rows per
// label and per relationship type (an entity or relationship named by
// several records of the slice is one row). It validates like Write.
func Plan(recs []Prepared, opts WriteOptions) (Counts, error) {
	b, err := buildBatch(recs, opts.StoreBody)
	if err != nil {
		return Counts{}, err
	}
	return b.counts(), nil
}

// Write prepares recs (see Prepare) and writes them with WritePrepared.
// An invalid record fails the whole call before anything is sent.
func (s *Store) Write(ctx context.Context, recs []graph.Record, opts WriteOptions) (WriteSummary, error) {
	items := make([]Prepared, len(recs))
	for i, r := range recs {
		p, err := Prepare(r, opts)
		if err != nil {
			return WriteSummary{}, err
		}
		items[i] = p
	}
	return s.WritePrepared(ctx, items, opts)
}

// WritePrepared merges a batch into the graph in one managed write
// transaction (the driver retries it on transient errors and routes it to
// the leader of a cluster), so a batch is either fully written or not at
// all.
//
// Every label and type is checked against the closed sets of package graph
// before anything is sent: an invalid one fails the whole call with an
// error wrapping ErrInvalid and nothing is written. Articles whose
// Article.loaded_hash equals their Prepared.Hash (written before by an
// identical record) are skipped unless opts.Force.
//
// Writes are idempotent: writing the same records again changes no count
// and no property. The merge rules are in the package documentation.
// WritePrepared is safe for concurrent use, but concurrent writers touching
// the same nodes serialize on the server's locks.
func (s *Store) WritePrepared(ctx context.Context, items []Prepared, opts WriteOptions) (WriteSummary, error) {
	// Check every label and type before the first query.
	if err := checkClosedSets(items); err != nil {
		return WriteSummary{}, err
	}
	if len(items) == 0 {
		return WriteSummary{}, nil
	}
	sess := s.drv.NewSession(ctx, driver.SessionConfig{
		DatabaseName:    s.cfg.Database,
		AccessMode:      driver.AccessModeWrite,
		BookmarkManager: s.drv.ExecuteQueryBookmarkManager(),
	})
	defer sess.Close(ctx)
	var bodyDone time.Time
	out, err := sess.ExecuteWrite(ctx, func(tx driver.ManagedTransaction) (any, error) {
		sum, err := writeTx(ctx, tx, items, opts)
		bodyDone = time.Now()
		return sum, err
	})
	if opts.Trace != nil && err == nil {
		opts.Trace("commit", len(items), time.Since(bodyDone))
	}
	if err != nil {
		return WriteSummary{}, s.wrap("write", err)
	}
	sum := out.(WriteSummary)
	sum.Transactions = 1
	return sum, nil
}

func writeTx(ctx context.Context, tx driver.ManagedTransaction, items []Prepared, opts WriteOptions) (WriteSummary, error) {
	sum := WriteSummary{Records: len(items), Nodes: map[graph.Label]MergeCount{}, Rels: map[graph.RelType]MergeCount{}}
	todo := items
	trace := func(step string, rows int, t0 time.Time) {
		if opts.Trace != nil {
			opts.Trace(step, rows, time.Since(t0))
		}
	}
	if !opts.Force {
		t0 := time.Now()
		loaded, err := loadedHashes(ctx, tx, items)
		if err != nil {
			return sum, err
		}
		trace("markers", len(items), t0)
		todo = make([]Prepared, 0, len(items))
		for _, it := range items {
			if h, ok := loaded[it.Record.Article.ID]; ok && h == it.Hash {
				continue
			}
			todo = append(todo, it)
		}
	}
	sum.Skipped = len(items) - len(todo)
	if len(todo) == 0 {
		return sum, nil
	}
	b, err := buildBatch(todo, opts.StoreBody)
	if err != nil {
		return sum, err
	}
	sum.Written = len(b.Articles)
	run := func(step string, rows int, cypher string, params map[string]any) (driver.Counters, error) {
		defer trace(step, rows, time.Now())
		res, err := tx.Run(ctx, cypher, params)
		if err != nil {
			return nil, err
		}
		rs, err := res.Consume(ctx)
		if err != nil {
			return nil, err
		}
		c := rs.Counters()
		sum.NodesCreated += c.NodesCreated()
		sum.RelationshipsCreated += c.RelationshipsCreated()
		sum.PropertiesSet += c.PropertiesSet()
		return c, nil
	}
	c, err := run("Article", len(b.Articles), articleQuery, map[string]any{"rows": articleParams(b.Articles)})
	if err != nil {
		return sum, fmt.Errorf("merge Article: %w", err)
	}
	sum.Nodes[graph.LabelArticle] = MergeCount{Rows: len(b.Articles), Created: c.NodesCreated()}
	for _, l := range graph.EntityLabels() {
		rows := b.Nodes[l]
		if len(rows) == 0 {
			continue
		}
		q, err := nodeQuery(l)
		if err != nil {
			return sum, err
		}
		c, err := run(string(l), len(rows), q, map[string]any{"rows": nodeParams(rows)})
		if err != nil {
			return sum, fmt.Errorf("merge %s: %w", l, err)
		}
		sum.Nodes[l] = MergeCount{Rows: len(rows), Created: c.NodesCreated()}
	}
	for _, g := range b.groups() {
		rows := b.Rels[g]
		q, err := relQuery(g)
		if err != nil {
			return sum, err
		}
		c, err := run(g.String(), len(rows), q, map[string]any{"rows": relParams(g.Type, rows), "maxEvidence": int64(graph.MaxEvidence)})
		if err != nil {
			return sum, fmt.Errorf("merge %s: %w", g, err)
		}
		m := sum.Rels[g.Type]
		m.Rows += len(rows)
		m.Created += c.RelationshipsCreated()
		sum.Rels[g.Type] = m
	}
	return sum, nil
}

// checkClosedSets refuses items with a label or relationship type outside
// the closed sets (Prepare already checked, but a Prepared can be built by
// hand), before any query is sent.
func checkClosedSets(items []Prepared) error {
	for i := range items {
		r := &items[i].Record
		if r.Article.ID == "" {
			return fmt.Errorf("%w: record %d has no article id", ErrInvalid, i)
		}
		for _, e := range r.Entities {
			if err := validLabel(e.Label); err != nil {
				return err
			}
			if e.Label == graph.LabelArticle {
				return fmt.Errorf("%w: entity %q is labelled Article", ErrInvalid, e.ID)
			}
		}
		for _, rel := range r.Relations {
			if err := validType(rel.Type); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadedHashes returns the completion markers of the batch's articles.
func loadedHashes(ctx context.Context, tx driver.ManagedTransaction, items []Prepared) (map[string]string, error) {
	ids := make([]string, len(items))
	for i, it := range items {
		ids[i] = it.Record.Article.ID
	}
	res, err := tx.Run(ctx, "UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.loaded_hash AS hash", map[string]any{"ids": ids})
	if err != nil {
		return nil, fmt.Errorf("read completion markers: %w", err)
	}
	out := map[string]string{}
	for res.Next(ctx) {
		rec := res.Record()
		id, _ := rec.Values[0].(string)
		h, _ := rec.Values[1].(string)
		out[id] = h
	}
	if err := res.Err(); err != nil {
		return nil, fmt.Errorf("read completion markers: %w", err)
	}
	return out, nil
}

// articleQuery merges Article nodes and sets their metadata and completion
// marker. It runs first in the transaction, but the transaction commits
// atomically, so a marker is never visible without the rest of the record.
const articleQuery = `UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props, a.loaded_hash = row.hash`

// nodeQuery returns the MERGE of one entity label: name and aliases set on
// create; later, the smallest name ever seen becomes name, and every other
// name and alias is kept in aliases (sorted, without name); treaty and
// exercise dates keep the earliest start and the latest end; iso2 keeps
// the smallest code. Each of these depends only on the set of rows ever
// merged, not on their order. A row that changes nothing sets nothing.
func nodeQuery(l graph.Label) (string, error) {
	if err := validLabel(l); err != nil {
		return "", err
	}
	if l == graph.LabelArticle {
		return "", fmt.Errorf("%w: Article nodes come from the record's article, not its entities", ErrInvalid)
	}
	var set []string
	switch l {
	case graph.LabelState:
		set = append(set, "n.iso2 = "+smallest("n.iso2", "row.iso2"))
	case graph.LabelTreaty:
		set = append(set, "n.signed = "+earliest("n.signed", "row.signed"))
	case graph.LabelExercise:
		set = append(set, "n.start = "+earliest("n.start", "row.start"), "n.end = "+latest("n.end", "row.end"))
	}
	var q strings.Builder
	q.WriteString("UNWIND $rows AS row\nMERGE (n:" + string(l) + " {id: row.id})\n")
	q.WriteString("ON CREATE SET n.name = row.name, n.aliases = row.aliases\n")
	if len(set) > 0 {
		q.WriteString("SET " + strings.Join(set, ", ") + "\n")
	}
	q.WriteString(`WITH n, row, ` + smallest("n.name", "row.name") + ` AS name
WITH n, name, [x IN row.aliases + [row.name, n.name] WHERE x <> name AND NOT x IN n.aliases] AS add
WHERE size(add) > 0 OR name <> n.name
SET n.name = name, n.aliases = ` + insertSorted("[y IN n.aliases WHERE y <> name]", "add", "x") + "\n")
	return q.String(), nil
}

// insertSorted is a Cypher expression: the sorted list `list` with the
// items of `add` inserted in order (an item already there is not
// duplicated; add may repeat items). Cypher 5 has no list sort without
// APOC; a few insertions into a sorted list are cheaper than an UNWIND …
// ORDER BY … collect subquery. An item larger than the last is appended
// without scanning the list.
func insertSorted(list, add, v string) string {
	return "reduce(acc = " + list + ", " + v + " IN " + add + " | CASE WHEN size(acc) = 0 OR " + v + " > last(acc) THEN acc + " + v +
		" ELSE [y IN acc WHERE y < " + v + "] + " + v + " + [y IN acc WHERE y > " + v + "] END)"
}

// smallest is the smaller of two strings, ignoring a null one. Neo4j
// compares strings by UTF-16 code unit, as graph.CompareStrings does, so
// the query and buildBatch agree on what is smallest.
func smallest(cur, in string) string { return earliest(cur, in) }

func earliest(cur, in string) string {
	return "CASE WHEN " + in + " IS NULL THEN " + cur + " WHEN " + cur + " IS NULL OR " + in + " < " + cur + " THEN " + in + " ELSE " + cur + " END"
}

func latest(cur, in string) string {
	return "CASE WHEN " + in + " IS NULL THEN " + cur + " WHEN " + cur + " IS NULL OR " + in + " > " + cur + " THEN " + in + " ELSE " + cur + " END"
}

// relQuery returns the MERGE of one relationship group. Identity is (type,
// from, to), plus role for HOLDS_OFFICE. For semantic types, only the
// contributions of articles not yet in r.articles are applied: article ids
// inserted into the sorted set articles (appended when larger than the
// last, which needs no scan), confidence combined by noisy-OR, evidence
// the sorted set of the graph.MaxEvidence smallest sentences, date =
// earliest, date_last = latest, place = smallest. All of these are
// commutative, so the relationship does not depend on the order articles
// arrive in (the noisy-OR product only in its last bits). MENTIONS sets
// count (not adds), so it is idempotent too.
func relQuery(g relGroup) (string, error) {
	if err := validType(g.Type); err != nil {
		return "", err
	}
	if err := validLabel(g.From); err != nil {
		return "", err
	}
	if err := validLabel(g.To); err != nil {
		return "", err
	}
	var q strings.Builder
	q.WriteString("UNWIND $rows AS row\nMATCH (a:" + string(g.From) + " {id: row.from})\nMATCH (b:" + string(g.To) + " {id: row.to})\n")
	switch {
	case g.Type == graph.RelMentions:
		q.WriteString("MERGE (a)-[r:MENTIONS]->(b)\nSET r.count = row.count")
		return q.String(), nil
	case !g.Type.Semantic():
		q.WriteString("MERGE (a)-[r:" + string(g.Type) + "]->(b)")
		return q.String(), nil
	case g.Type == graph.RelHoldsOffice:
		q.WriteString("MERGE (a)-[r:HOLDS_OFFICE {role: row.role}]->(b)\n")
	default:
		q.WriteString("MERGE (a)-[r:" + string(g.Type) + "]->(b)\n")
	}
	q.WriteString(`ON CREATE SET r.articles = [], r.evidence = []
WITH r, [c IN row.contribs WHERE NOT c.article IN r.articles] AS fresh
WHERE size(fresh) > 0
SET r.confidence = reduce(p = r.confidence, c IN fresh | CASE WHEN p IS NULL THEN c.confidence ELSE 1.0 - (1.0 - p) * (1.0 - c.confidence) END),
    r.evidence = reduce(ev = r.evidence, s IN reduce(xs = [], c IN fresh | xs + c.evidence) |
        CASE WHEN s IN ev OR (size(ev) >= $maxEvidence AND s > last(ev)) THEN ev
        ELSE ([y IN ev WHERE y < s] + s + [y IN ev WHERE y > s])[..$maxEvidence] END),
    r.date = reduce(d = r.date, c IN fresh | ` + earliest("d", "c.date") + `),
    r.date_last = reduce(d = r.date_last, c IN fresh | ` + latest("d", "c.date_last") + `),
    r.place = reduce(p = r.place, c IN fresh | ` + smallest("p", "c.place") + `),
    r.articles = ` + insertSorted("r.articles", "[c IN fresh | c.article]", "v"))
	return q.String(), nil
}

func articleParams(rows []articleRow) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any{"id": r.ID, "hash": r.Hash, "props": r.Props}
	}
	return out
}

func nodeParams(rows []nodeRow) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = map[string]any{
			"id": r.ID, "name": r.Name, "aliases": nonNil(r.Aliases),
			"iso2": nilIfEmpty(r.ISO2), "signed": nilIfEmpty(r.Signed),
			"start": nilIfEmpty(r.Start), "end": nilIfEmpty(r.End),
		}
	}
	return out
}

func relParams(t graph.RelType, rows []relRow) []any {
	out := make([]any, len(rows))
	for i, r := range rows {
		m := map[string]any{"from": r.From, "to": r.To}
		switch {
		case t == graph.RelMentions:
			m["count"] = r.Count
		case t.Semantic():
			m["role"] = r.Role
			cs := make([]any, len(r.Contribs))
			for j, c := range r.Contribs {
				cs[j] = map[string]any{
					"article":    c.Article,
					"confidence": clamp01(c.Confidence),
					"evidence":   nonNil(c.Evidence),
					"date":       nilIfEmpty(c.Date),
					"date_last":  nilIfEmpty(c.DateLast),
					"place":      nilIfEmpty(c.Place),
				}
			}
			m["contribs"] = cs
		}
		out[i] = m
	}
	return out
}

func clamp01(x float64) float64 {
	return min(max(x, 0), 1)
}
