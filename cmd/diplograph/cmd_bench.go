package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/synth"
)

type benchGenOptions struct {
	articles int
	out      string
	seed     uint64
	records  bool
	russian  float64
	json     bool
	stdout   io.Writer
}

func benchCommand() *cli.Command {
	return &cli.Command{
		Name:  "bench",
		Usage: "benchmark helpers (see bench/RESULTS.md)",
		Subcommands: []*cli.Command{{
			Name:  "gen",
			Usage: "write synthetic English and Russian pages (and their records) for throughput benchmarks",
			Flags: []cli.Flag{
				&cli.IntFlag{Name: "articles", Value: 10000, Usage: "number of pages"},
				&cli.StringFlag{Name: "out", Required: true, Usage: "output directory (pages/en, pages/ru, records.jsonl)"},
				&cli.Uint64Flag{Name: "seed", Value: 1, Usage: "random seed (same seed, same bytes)"},
				&cli.BoolFlag{Name: "records", Value: true, Usage: "also write records.jsonl (input of `load --from`)"},
				&cli.Float64Flag{Name: "russian", Value: 0.4, Usage: "share of pages in Russian"},
				&cli.BoolFlag{Name: "json", Usage: "print the summary as JSON"},
			},
			Action: func(c *cli.Context) error {
				return runBenchGen(c.Context, benchGenOptions{
					articles: c.Int("articles"), out: c.String("out"), seed: c.Uint64("seed"),
					records: c.Bool("records"), russian: c.Float64("russian"), json: c.Bool("json"), stdout: c.App.Writer,
				})
			},
		}},
	}
}

func runBenchGen(_ context.Context, opts benchGenOptions) error {
	if opts.articles < 1 {
		return usageError("bench gen: --articles must be at least 1")
	}
	if opts.russian < 0 || opts.russian > 1 {
		return usageError("bench gen: --russian must be between 0 and 1")
	}
	sum, err := synth.Generate(synth.Options{Articles: opts.articles, Dir: opts.out, Seed: opts.seed, Records: opts.records, RussianShare: opts.russian})
	if err != nil {
		return err
	}
	if opts.json {
		return json.NewEncoder(opts.stdout).Encode(sum)
	}
	_, err = fmt.Fprintf(opts.stdout, "wrote %d pages (%d en, %d ru, %d MiB, %d relations) to %s\n",
		sum.Pages, sum.English, sum.Russian, sum.Bytes>>20, sum.Relations, opts.out)
	return err
}
