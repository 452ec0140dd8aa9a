package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/graph/neo4j"
)

type exportOptions struct {
	conn   neo4j.Config
	format neo4j.ExportFormat
	out    string // directory (neo4j-admin) or file ("-" or empty: stdout)
	json   bool
	stdout io.Writer
	stderr io.Writer
}

func exportCommand() *cli.Command {
	formats := make([]string, 0, 3)
	for _, f := range neo4j.ExportFormats() {
		formats = append(formats, string(f))
	}
	return &cli.Command{
		Name:  "export",
		Usage: "write the graph stored in Neo4j as neo4j-admin import CSVs, GraphML or JSON Lines",
		Description: `--format neo4j-admin --out DIR writes nodes-<Label>[.header].csv,
rels-<TYPE>[.header].csv and import.args; import them into an empty database with
  neo4j-admin database import full @DIR/import.args --overwrite-destination <database>
--format graphml and --format jsonl write one document to --out FILE (default stdout).`,
		Flags: append(connectionFlags(),
			&cli.StringFlag{Name: "format", Value: string(neo4j.FormatJSONL), Usage: "one of " + strings.Join(formats, ", ")},
			&cli.StringFlag{Name: "out", Usage: "output directory (neo4j-admin) or file (graphml, jsonl; - for stdout)"},
			&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON (on stderr when the export goes to stdout)"},
		),
		Action: func(c *cli.Context) error {
			return runExport(c.Context, exportOptions{
				conn: connectionConfig(c), format: neo4j.ExportFormat(c.String("format")), out: c.String("out"),
				json: c.Bool("json"), stdout: c.App.Writer, stderr: c.App.ErrWriter,
			})
		},
	}
}

func runExport(ctx context.Context, opts exportOptions) error {
	known := false
	for _, f := range neo4j.ExportFormats() {
		known = known || f == opts.format
	}
	if !known {
		return usageError("export: unknown --format %q", opts.format)
	}
	if opts.format == neo4j.FormatNeo4jAdmin && (opts.out == "" || opts.out == "-") {
		return usageError("export: --format neo4j-admin needs --out DIR")
	}
	s, err := openStore(ctx, opts.conn)
	if err != nil {
		return err
	}
	defer s.Close(context.WithoutCancel(ctx))

	eo := neo4j.ExportOptions{Format: opts.format, Dir: opts.out}
	report := opts.stdout
	if opts.format != neo4j.FormatNeo4jAdmin {
		if opts.out == "" || opts.out == "-" {
			eo.W, report = opts.stdout, opts.stderr
		} else {
			f, err := os.Create(opts.out)
			if err != nil {
				return fmt.Errorf("export: %w", err)
			}
			defer f.Close()
			eo.W = f
		}
	}
	sum, err := s.Export(ctx, eo)
	if err != nil {
		return err
	}
	if f, ok := eo.W.(*os.File); ok && f != os.Stdout {
		if err := f.Close(); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	if opts.json {
		return json.NewEncoder(report).Encode(sum)
	}
	fmt.Fprintf(report, "exported %d nodes and %d relationships (%s)\n", sum.Nodes, sum.Relationships, opts.format)
	if opts.format == neo4j.FormatNeo4jAdmin {
		abs, _ := filepath.Abs(opts.out)
		fmt.Fprintf(report, "import: neo4j-admin database import full @%s --overwrite-destination <database>\n", filepath.Join(abs, "import.args"))
	}
	return nil
}
