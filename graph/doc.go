// Package graph is the model every other package of diplograph speaks: the
// closed sets of node labels and relationship types of the graph contract
// (SCHEMA.md), the Article, Entity and Relation types, the extraction Record
// written as JSON Lines, stable ids, and the provenance merge rules that the
// Neo4j store mirrors in Cypher.
//
// The package has no dependencies on storage or extraction; it is pure data
// and pure functions, safe for concurrent use.
package graph
