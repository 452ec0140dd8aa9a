// Package diplograph turns news articles about relations between states into
// a Neo4j knowledge graph. The data flows one way, and the tree follows it:
//
//	cmd/diplograph   the CLI: one file per subcommand; flags → options → runX
//	loaders/         inputs (text pages, HTML, JSON Lines, RSS/Atom) → clean graph.Article
//	dates/           date forms of news pages, en and ru, absolute and relative
//	ru/              Russian case forms, stems and transliteration (used by loaders and extract)
//	extract/         graph.Article → entities, relations, dates; resolution
//	extract/kb/      the embedded knowledge base (states, places, people, offices)
//	graph/           the model every package speaks: labels, ids, Record, provenance
//	graph/neo4j/     the store: schema, batched idempotent writes, reads
//	cypher/          saved analyst queries as embedded .cypher files
//
// Only graph/neo4j imports the Neo4j driver; loaders never imports extract;
// extract never imports graph/neo4j (enforced by golangci-lint's depguard).
package diplograph
