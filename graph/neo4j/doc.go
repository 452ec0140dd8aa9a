// Package neo4j is diplograph's store: it opens a connection to a Neo4j
// server (single instance, cluster or Aura; any bolt:// or neo4j:// URI),
// creates the schema, writes Records with idempotent batched MERGEs, and
// reads the graph back for stats, queries and checksums.
//
// It is the only package that imports github.com/neo4j/neo4j-go-driver/v5.
// Labels and relationship types reach Cypher only after graph.Label.Valid /
// graph.RelType.Valid; every value is a query parameter. Errors are wrapped
// with context and classified by the sentinel errors ErrUnavailable,
// ErrAuth and ErrDatabaseNotFound (test with errors.Is); credentials never
// appear in them.
package neo4j
