package main

import (
	"context"
	"encoding/json"
	"io"

	"github.com/jedib0t/go-pretty/v6/table"
	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/graph/neo4j"
)

type statsOptions struct {
	conn     neo4j.Config
	json     bool
	checksum bool
	out      io.Writer
}

func statsCommand() *cli.Command {
	return &cli.Command{
		Name:  "stats",
		Usage: "print node counts per label and relationship counts per type",
		Flags: append(connectionFlags(),
			&cli.BoolFlag{Name: "json", Usage: "print JSON"},
			&cli.BoolFlag{Name: "checksum", Usage: "also print the canonical checksum of the graph (reads the whole graph)"},
		),
		Action: func(c *cli.Context) error {
			return runStats(c.Context, statsOptions{conn: connectionConfig(c), json: c.Bool("json"), checksum: c.Bool("checksum"), out: c.App.Writer})
		},
	}
}

// statsOutput is the JSON form of `stats`.
type statsOutput struct {
	neo4j.Stats
	TotalNodes         int64  `json:"total_nodes"`
	TotalRelationships int64  `json:"total_relationships"`
	Checksum           string `json:"checksum,omitempty"`
}

func runStats(ctx context.Context, opts statsOptions) error {
	s, err := openStore(ctx, opts.conn)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))
	st, err := s.Stats(ctx)
	if err != nil {
		return err
	}
	out := statsOutput{Stats: st, TotalNodes: st.TotalNodes(), TotalRelationships: st.TotalRelationships()}
	if opts.checksum {
		if out.Checksum, err = s.Checksum(ctx); err != nil {
			return err
		}
	}
	if opts.json {
		enc := json.NewEncoder(opts.out)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	t := table.NewWriter()
	t.SetOutputMirror(opts.out)
	t.SetStyle(table.StyleLight)
	t.AppendHeader(table.Row{"label", "nodes"})
	for _, c := range st.Nodes {
		t.AppendRow(table.Row{c.Label, c.Count})
	}
	t.AppendFooter(table.Row{"total", out.TotalNodes})
	t.Render()
	t = table.NewWriter()
	t.SetOutputMirror(opts.out)
	t.SetStyle(table.StyleLight)
	t.AppendHeader(table.Row{"type", "relationships"})
	for _, c := range st.Relationships {
		t.AppendRow(table.Row{c.Type, c.Count})
	}
	t.AppendFooter(table.Row{"total", out.TotalRelationships})
	t.Render()
	if opts.checksum {
		_, err = io.WriteString(opts.out, "checksum "+out.Checksum+"\n")
	}
	return err
}
