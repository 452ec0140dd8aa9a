// Package reliability holds end-to-end tests of the diplograph binary
// against a real Neo4j server: kill and resume, server restarts and
// connection failures, concurrent loaders, bad inputs, injection and
// credential leaks.
//
// The tests build the real binary once (TestMain) and run it as a user
// would, with os/exec. They need the server of `make neo4j` (Bolt
// 127.0.0.1:7687) and take the machine-wide test lock of neo4jtest; without
// NEO4J_URI they are skipped, except in CI (CI=true) where a missing server
// fails them. The restart tests restart that server with
// deploy/neo4j/neo4j.sh and leave it running.
//
// Environment:
//
//	DIPLOGRAPH_RELIABILITY_ARTICLES  synthetic corpus size (default 1000)
//	DIPLOGRAPH_RELIABILITY_SEED      seed of the kill schedule (default: time)
//	DIPLOGRAPH_WRITE_RESULTS=1       rewrite RESULTS.md with the fault table
package reliability
