// Package neo4jtest gives tests a real, clean Neo4j database.
//
// Tests that touch the graph call New(t). It connects with NEO4J_URI,
// NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE (defaults: neo4j, the local
// development password diplograph-dev, database neo4j), takes a lock shared
// by every test process on the machine (go test runs packages in parallel,
// and Community edition has one user database), and empties the database.
//
// Without NEO4J_URI the test is skipped with a one-line reason — unless CI is
// set, where an unreachable database fails the test instead: in CI a skipped
// database test is a failure.
package neo4jtest

import (
	"context"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph/neo4j"
)

// DefaultPassword is the password of the development server started by
// `make neo4j` when NEO4J_PASSWORD is unset.
const DefaultPassword = "diplograph-dev"

// Config returns the connection settings from the environment and whether
// NEO4J_URI was set. In CI an unset NEO4J_URI falls back to the local
// server's default address.
func Config() (neo4j.Config, bool) {
	uri, set := os.LookupEnv("NEO4J_URI")
	if !set || uri == "" {
		uri = "neo4j://localhost:7687"
	}
	return neo4j.Config{
		URI:          uri,
		User:         env("NEO4J_USER", "neo4j"),
		Password:     env("NEO4J_PASSWORD", DefaultPassword),
		Database:     env("NEO4J_DATABASE", "neo4j"),
		RetryTimeout: 30 * time.Second,
	}, set && uri != ""
}

func env(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// Required skips the test when no database is configured, or fails it in
// CI. It returns the configuration to use.
func Required(t testing.TB) neo4j.Config {
	t.Helper()
	cfg, set := Config()
	if !set && os.Getenv("CI") == "" {
		t.Skip("NEO4J_URI not set: skipping database test (run `make test`)")
	}
	return cfg
}

// New returns an open Store on an empty database, holding the machine-wide
// test lock until the test ends. It fails the test (never skips in CI) when
// the server cannot be reached.
func New(t testing.TB) *neo4j.Store {
	t.Helper()
	cfg := Required(t)
	Lock(t)
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	s, err := neo4j.Open(ctx, cfg)
	if err != nil {
		t.Fatalf("neo4jtest: %v", err)
	}
	t.Cleanup(func() { _ = s.Close(context.Background()) })
	if err := s.Reset(ctx); err != nil {
		t.Fatalf("neo4jtest: reset: %v", err)
	}
	return s
}

// Lock takes the machine-wide lock that serializes tests using the shared
// database, and releases it when the test ends.
func Lock(t testing.TB) {
	t.Helper()
	path := filepath.Join(os.TempDir(), "diplograph-neo4jtest.lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("neo4jtest: lock %s: %v", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		_ = f.Close()
		t.Fatalf("neo4jtest: lock %s: %v", path, err)
	}
	t.Cleanup(func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		_ = f.Close()
	})
}
