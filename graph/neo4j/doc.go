// Package neo4j is diplograph's store: it opens a connection to a Neo4j
// server (single instance, cluster or Aura; any bolt:// or neo4j:// URI),
// creates the schema, writes Records with idempotent batched MERGEs, and
// reads the graph back for stats, checksums and exports.
//
// It is the only package that imports github.com/neo4j/neo4j-go-driver/v5.
// Labels and relationship types reach Cypher only after graph.Label.Valid /
// graph.RelType.Valid; every value is a query parameter. Errors are wrapped
// with context and classified by the sentinel errors ErrUnavailable,
// ErrAuth, ErrDatabaseNotFound and ErrInvalid (test with errors.Is);
// credentials never appear in them.
//
// # API
//
//	Open, (*Store).Close, Ping, Reset   connection and wiping
//	EnsureSchema, SchemaStatements      constraints and indexes (idempotent)
//	Write, Plan, RecordHash             batched idempotent writes; dry-run counts
//	Stats, Checksum, Nodes, Rels        reads
//	Export                              neo4j-admin CSV, GraphML, JSON Lines
//
// # Schema
//
// Every label has a uniqueness constraint on id (which is also its index);
// every entity label has a range index on name; Article.published and the
// date and date_last of SIGNED, PARTY_TO, MET_WITH and VISITED are indexed;
// the full-text index "entity_names" covers name and aliases of every
// entity label. Write assumes the schema exists (the load command runs
// EnsureSchema first): without the id constraints every MERGE scans.
//
// # Writing and merging
//
// Write takes a batch of records and writes it in ONE managed write
// transaction (ExecuteWrite: the driver retries transient errors such as
// deadlocks and leader changes, and routes it to the cluster leader). The
// batch is grouped into one UNWIND … MERGE query per label and per
// (relationship type, start label, end label), rows sorted by id, so the
// same records produce the same queries in any order. The rules:
//
//   - Article nodes are merged on id and carry title, published, language,
//     source, authors, url, file, word_count, duplicate_of, and body only
//     with WriteOptions.StoreBody. A null value removes the property, so a
//     re-extracted article does not keep stale metadata.
//   - Entity nodes are merged on (label, id). name is the smallest of the
//     names ever given for the id (string order, see below); every other
//     form (aliases, other spellings of the name, a name that lost) is in
//     aliases, which stays sorted and without duplicates and never holds
//     name. State.iso2 keeps the smallest code; Treaty.signed and
//     Exercise.start keep the earliest date, Exercise.end the latest.
//   - A relationship is identified by (type, start id, end id), plus role
//     for HOLDS_OFFICE. MET_WITH (graph.RelType.Symmetric) is stored once,
//     from the endpoint with the smaller id.
//   - Semantic relationships (graph.RelType.Semantic) carry provenance. An
//     article contributes only if it is not yet in the relationship's
//     articles: then its id is inserted into articles (a sorted set), its
//     confidence is combined by noisy-OR (graph.CombineConfidence), its
//     evidence sentences join evidence, a sorted set that keeps only the
//     graph.MaxEvidence smallest sentences of all contributing articles
//     (graph.AddEvidence), date keeps the earliest and date_last the latest
//     date, and place keeps the smallest place given by any contributing
//     article. An article already listed changes nothing, so reloading
//     never raises a confidence. Several statements of one relationship in
//     one article count as one contribution (highest confidence, its
//     graph.MaxEvidence smallest sentences, earliest/latest date, smallest
//     place).
//   - MENTIONS carries count, which is set (not added) per article;
//     REPORTED_BY has no properties. Both are idempotent.
//
// Consequently writing the same records again leaves every count and every
// property unchanged: there are no timestamps or other volatile properties,
// and Checksum of the graph is the same.
//
// # Load order
//
// No merged property depends on the order records arrive in: every rule
// above is a function of the set of records written (a sorted set, a
// smallest or largest value, a noisy-OR), applied the same way in Go within
// a batch and in Cypher across batches. So the graph, and its Checksum, is
// the same whatever the input order, batch size, number of extraction
// workers or concurrent loaders, and wherever an interrupted load was
// resumed. "Smallest" is string order by UTF-16 code unit, the order Neo4j
// compares strings in (graph.CompareStrings), so Go and the server agree.
// The choices are deliberately plain: the alphabetically smallest name,
// place and evidence sentences are not the "best" ones, only stable ones.
// Two caveats: the noisy-OR product can differ in its last bits with the
// order of contributions (Checksum rounds floats to 9 decimals); and Article
// properties and MENTIONS.count come from the record last written for an
// article id, so two different records with the same article id (the same
// story text in two files) still leave the last writer's metadata. Graphs
// loaded by versions before this rule keep their first-seen order until
// they are reset and loaded again.
//
// # Resuming
//
// Each Article node gets loaded_hash = RecordHash(record): the SHA-256 of
// the record as written. It is set in the same transaction as everything
// else the record writes, so it is a completion marker: Write first reads
// the markers of its batch and skips records whose hash matches (unless
// WriteOptions.Force). A second load of the same input therefore only reads
// markers, and a load that was killed can simply be run again: committed
// batches are skipped, the interrupted one was rolled back. A record whose
// extraction changed (new extractor or gazetteer) has a new hash and is
// merged again; merging only adds, so facts an older extraction produced
// are kept.
//
// # Clusters and Aura
//
// The same code runs against a single server (bolt://, neo4j://), a
// cluster or Aura (neo4j+s://host). Writes use ExecuteWrite and schema
// statements use write routing, so they go to the leader; reads (Stats,
// Checksum, Export) use read routing and may be served by any member;
// every session shares the driver's bookmark manager, so a read after a
// write sees it. Transient failures are retried for Config.RetryTimeout.
// Write is safe for concurrent use and concurrent loaders give the same
// graph as one (see Load order), but they serialize on the locks of
// popular nodes, so one loader per database is usually faster. Reset
// deletes in batches of 1,000 (relationships, then nodes) and retries
// transient failures (deadlocks, MemoryPoolOutOfMemoryError) with backoff
// for Config.RetryTimeout.
package neo4j
