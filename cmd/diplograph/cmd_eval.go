package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/eval"
	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loaders"
)

type evalOptions struct {
	gold       string
	pred       string
	inputs     []string
	gazetteers []string
	verbose    bool
	json       bool
	out        io.Writer
}

func evalCommand() *cli.Command {
	return &cli.Command{
		Name:      "eval",
		Usage:     "score extraction against hand-made answer keys (GOLD_FORMAT.md)",
		ArgsUsage: "--gold DIR (--pred FILE.jsonl | PATH...)",
		Description: "Extracts PATH... (or reads saved `extract` output with --pred) and compares it with the\n" +
			"answer keys in --gold: entity and relation P/R/F1 per label and type, relation dates,\n" +
			"office roles and article metadata. Records are joined to keys by file base name.",
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "gold", Required: true, Usage: "directory of *.json answer keys"},
			&cli.StringFlag{Name: "pred", Usage: "score this saved extract output instead of extracting PATH..."},
			&cli.StringSliceFlag{Name: "gazetteer", Usage: "extra knowledge-base file (repeatable)"},
			&cli.BoolFlag{Name: "verbose", Aliases: []string{"v"}, Usage: "list every miss and extra"},
			&cli.BoolFlag{Name: "json", Usage: "print the figures as JSON"},
		},
		Action: func(c *cli.Context) error {
			opts := evalOptions{
				gold: c.String("gold"), pred: c.String("pred"), inputs: c.Args().Slice(),
				gazetteers: c.StringSlice("gazetteer"), verbose: c.Bool("verbose"), json: c.Bool("json"),
				out: c.App.Writer,
			}
			if (opts.pred == "") == (len(opts.inputs) == 0) {
				return usageError("eval: give either --pred FILE or PATH..., not both or neither")
			}
			return runEval(c.Context, opts)
		},
	}
}

func runEval(ctx context.Context, opts evalOptions) error {
	keys, err := eval.LoadGold(opts.gold)
	if err != nil {
		return err
	}
	var recs []graph.Record
	if opts.pred != "" {
		recs, err = loadSavedRecords(opts.pred)
	} else {
		recs, err = extractAllRecords(ctx, opts.inputs, opts.gazetteers)
	}
	if err != nil {
		return err
	}
	res := eval.Score(keys, recs, opts.verbose)
	if opts.json {
		enc := json.NewEncoder(opts.out)
		enc.SetIndent("", " ")
		return enc.Encode(res.JSON())
	}
	res.WriteText(opts.out)
	return nil
}

// loadSavedRecords reads saved extract output; a bad line is an error naming
// the file and line.
func loadSavedRecords(path string) ([]graph.Record, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	dec := graph.NewDecoder(f)
	var recs []graph.Record
	for {
		var rec graph.Record
		err := dec.Next(&rec)
		if errors.Is(err, io.EOF) {
			return recs, nil
		}
		if err != nil {
			return nil, fmt.Errorf("eval %s: %w", path, err)
		}
		recs = append(recs, rec)
	}
}

// extractAllRecords reads and extracts every article of inputs, in order.
func extractAllRecords(ctx context.Context, inputs, gazetteers []string) ([]graph.Record, error) {
	x, err := extract.New(extract.Options{Gazetteers: gazetteers})
	if err != nil {
		return nil, err
	}
	var recs []graph.Record
	err = loaders.Read(ctx, inputs, loaders.Options{}, func(d loaders.Doc) error {
		recs = append(recs, x.Extract(d.Article))
		return nil
	})
	return recs, err
}
