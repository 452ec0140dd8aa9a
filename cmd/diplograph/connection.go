package main

import (
	"context"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/graph/neo4j"
)

// connectionFlags are shared by every subcommand that talks to Neo4j.
func connectionFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "uri", Value: "neo4j://localhost:7687", EnvVars: []string{"NEO4J_URI"}, Usage: "Neo4j URI (bolt://, neo4j://, neo4j+s:// for Aura/clusters)"},
		&cli.StringFlag{Name: "user", Value: "neo4j", EnvVars: []string{"NEO4J_USER"}, Usage: "Neo4j user"},
		&cli.StringFlag{Name: "password", EnvVars: []string{"NEO4J_PASSWORD"}, Usage: "Neo4j password (prefer the env variable)"},
		&cli.StringFlag{Name: "database", Value: "neo4j", EnvVars: []string{"NEO4J_DATABASE"}, Usage: "Neo4j database"},
		&cli.DurationFlag{Name: "retry-timeout", Value: 60 * time.Second, EnvVars: []string{"DIPLOGRAPH_RETRY_TIMEOUT"}, Usage: "how long to retry when the server is unavailable or a transaction hits a transient error"},
	}
}

// connectionConfig reads the connection flags.
func connectionConfig(c *cli.Context) neo4j.Config {
	return neo4j.Config{
		URI:          c.String("uri"),
		User:         c.String("user"),
		Password:     c.String("password"),
		Database:     c.String("database"),
		RetryTimeout: c.Duration("retry-timeout"),
	}
}

// openStore connects within the retry timeout.
func openStore(ctx context.Context, cfg neo4j.Config) (*neo4j.Store, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	return neo4j.Open(ctx, cfg)
}
