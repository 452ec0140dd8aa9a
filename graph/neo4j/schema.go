package neo4j

import (
	"context"
	"fmt"
	"strings"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/graph"
)

// FulltextIndex is the name of the full-text index over the names and
// aliases of every entity label (not Article): query it with
// CALL db.index.fulltext.queryNodes("entity_names", $q).
const FulltextIndex = "entity_names"

// datedRelTypes are the relationship types whose `date` and `date_last`
// properties are indexed.
var datedRelTypes = []graph.RelType{graph.RelSigned, graph.RelPartyTo, graph.RelMetWith, graph.RelVisited}

// SchemaStatement is one statement of the schema with its name.
type SchemaStatement struct {
	Name   string `json:"name"`
	Cypher string `json:"cypher"`
}

// SchemaStatements returns the schema, in the order EnsureSchema runs it:
// a uniqueness constraint on `id` for every label (which also indexes it),
// a range index on `name` for every entity label, on Article.published and
// on `date`/`date_last` of dated relationship types, and the full-text
// index FulltextIndex over `name` and `aliases`. Every statement is
// idempotent (IF NOT EXISTS). Labels and types come from the closed sets of
// package graph.
func SchemaStatements() []SchemaStatement {
	var out []SchemaStatement
	add := func(name, cypher string) { out = append(out, SchemaStatement{Name: name, Cypher: cypher}) }
	for _, l := range graph.Labels() {
		p := l.Prefix()
		add(p+"_id", "CREATE CONSTRAINT "+p+"_id IF NOT EXISTS FOR (n:"+string(l)+") REQUIRE n.id IS UNIQUE")
	}
	for _, l := range graph.EntityLabels() {
		p := l.Prefix()
		add(p+"_name", "CREATE INDEX "+p+"_name IF NOT EXISTS FOR (n:"+string(l)+") ON (n.name)")
	}
	add("article_published", "CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published)")
	for _, t := range datedRelTypes {
		p := strings.ToLower(string(t))
		add(p+"_date", "CREATE INDEX "+p+"_date IF NOT EXISTS FOR ()-[r:"+string(t)+"]-() ON (r.date)")
		add(p+"_date_last", "CREATE INDEX "+p+"_date_last IF NOT EXISTS FOR ()-[r:"+string(t)+"]-() ON (r.date_last)")
	}
	ls := make([]string, 0, len(graph.EntityLabels()))
	for _, l := range graph.EntityLabels() {
		ls = append(ls, string(l))
	}
	add(FulltextIndex, "CREATE FULLTEXT INDEX "+FulltextIndex+" IF NOT EXISTS FOR (n:"+strings.Join(ls, "|")+") ON EACH [n.name, n.aliases]")
	return out
}

// SchemaSummary tells what EnsureSchema did.
type SchemaSummary struct {
	// Created counts constraints and indexes added by this call; zero when
	// the schema was already in place.
	Created int `json:"created"`
	// Existing counts statements that found their constraint or index.
	Existing int `json:"existing"`
	// Statements lists the statements run.
	Statements []SchemaStatement `json:"statements"`
}

// EnsureSchema creates the constraints and indexes of SchemaStatements that
// are missing and waits until every index is online. It is idempotent: a
// second call creates nothing. Schema statements cannot share a transaction
// with data writes, so each runs as its own auto-commit query routed to the
// leader.
func (s *Store) EnsureSchema(ctx context.Context) (SchemaSummary, error) {
	sum := SchemaSummary{Statements: SchemaStatements()}
	for _, st := range sum.Statements {
		res, err := driver.ExecuteQuery(ctx, s.drv, st.Cypher, nil, driver.EagerResultTransformer, s.writeConfig())
		if err != nil {
			return sum, s.wrap("schema "+st.Name, err)
		}
		c := res.Summary.Counters()
		if c.ConstraintsAdded()+c.IndexesAdded() > 0 {
			sum.Created++
		} else {
			sum.Existing++
		}
	}
	if _, err := driver.ExecuteQuery(ctx, s.drv, "CALL db.awaitIndexes(300)", nil, driver.EagerResultTransformer, s.writeConfig()); err != nil {
		return sum, s.wrap("schema: await indexes", err)
	}
	return sum, nil
}

// validLabel and validType guard every place where a label or type becomes
// query text.
func validLabel(l graph.Label) error {
	if !l.Valid() {
		return fmt.Errorf("%w: label %q outside the schema", ErrInvalid, l)
	}
	return nil
}

func validType(t graph.RelType) error {
	if !t.Valid() {
		return fmt.Errorf("%w: relationship type %q outside the schema", ErrInvalid, t)
	}
	return nil
}
