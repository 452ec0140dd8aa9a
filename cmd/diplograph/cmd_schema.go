package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/graph/neo4j"
)

type schemaOptions struct {
	conn   neo4j.Config
	json   bool
	dryRun bool
	out    io.Writer
}

func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:  "schema",
		Usage: "create the constraints and indexes of the graph (idempotent; `load` runs it first)",
		Flags: append(connectionFlags(),
			&cli.BoolFlag{Name: "dry-run", Usage: "print the statements without connecting"},
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
		),
		Action: func(c *cli.Context) error {
			return runSchema(c.Context, schemaOptions{conn: connectionConfig(c), json: c.Bool("json"), dryRun: c.Bool("dry-run"), out: c.App.Writer})
		},
	}
}

func runSchema(ctx context.Context, opts schemaOptions) error {
	if opts.dryRun {
		sts := neo4j.SchemaStatements()
		if opts.json {
			return json.NewEncoder(opts.out).Encode(sts)
		}
		for _, st := range sts {
			if _, err := fmt.Fprintf(opts.out, "%s;\n", st.Cypher); err != nil {
				return err
			}
		}
		return nil
	}
	s, err := openStore(ctx, opts.conn)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	sum, err := s.EnsureSchema(ctx)
	if err != nil {
		return err
	}
	if opts.json {
		return json.NewEncoder(opts.out).Encode(sum)
	}
	_, err = fmt.Fprintf(opts.out, "schema: %d created, %d already present (%d constraints and indexes)\n", sum.Created, sum.Existing, len(sum.Statements))
	return err
}
