package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/graph/neo4j"
)

type pingOptions struct {
	conn neo4j.Config
	json bool
	out  io.Writer
}

func pingCommand() *cli.Command {
	return &cli.Command{
		Name:  "ping",
		Usage: "connect to Neo4j and print the server version and edition",
		Flags: append(connectionFlags(), &cli.BoolFlag{Name: "json", Usage: "print JSON"}),
		Action: func(c *cli.Context) error {
			return runPing(c.Context, pingOptions{conn: connectionConfig(c), json: c.Bool("json"), out: c.App.Writer})
		},
	}
}

func runPing(ctx context.Context, opts pingOptions) error {
	s, err := openStore(ctx, opts.conn)
	if err != nil {
		return err
	}
	defer s.Close(ctx)
	info, err := s.Ping(ctx)
	if err != nil {
		return err
	}
	if opts.json {
		return json.NewEncoder(opts.out).Encode(info)
	}
	_, err = fmt.Fprintf(opts.out, "Neo4j %s %s at %s (database %s)\n", info.Version, info.Edition, info.Address, info.Database)
	return err
}
