package main

import (
	"testing"

	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
)

// neo4jtestConfig returns the test database configuration, skipping outside
// CI when none is set, and holds the machine-wide database test lock.
func neo4jtestConfig(t *testing.T) neo4j.Config {
	t.Helper()
	cfg := neo4jtest.Required(t)
	neo4jtest.Lock(t)
	return cfg
}
