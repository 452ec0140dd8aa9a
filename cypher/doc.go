// Package cypher holds diplograph's saved queries: analyst questions about
// the graph (treaties, meetings, exercises, partners, provenance, data
// quality) written as plain .cypher files and embedded into the binary.
//
// Every file starts with a header of `//` comment lines that name the query,
// describe it in one line and declare its parameters:
//
//	// name: treaties
//	// description: Treaties with signatories, parties, dates and places.
//	// param: state string = "" -- a party state by name, alias or ISO2 code; empty for all
//	// param: limit int = 50 -- at most this many rows
//
// Parameter types are string, int, float, bool, date (an ISO date of
// YYYY, YYYY-MM or YYYY-MM-DD, passed to Cypher as a string because the
// graph stores dates as strings of mixed precision) and list<string>. A
// default is a JSON literal of the type; a parameter without a default is
// required. The text after " -- " describes the parameter. Any other
// `key: value` header line is an error, so a typo cannot silently drop a
// parameter. The header ends at the first line that is not a `//` comment.
//
// Neo4j Browser's `:params {limit: 100}` sends numbers as floats, so a query
// uses an int parameter where a float also works (comparisons) or converts
// it (LIMIT toInteger($limit)).
//
// Queries are read-only Cypher 5 for Neo4j 5.26 Community (no APOC, no GDS);
// every value is a $parameter. Parse and Query.Bind check what a user types;
// Query.Browser and Guide render queries for Neo4j Browser.
package cypher
