package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/extract"
	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loaders"
)

// extractOptions are the flags of `diplograph extract`.
type extractOptions struct {
	inputs     []string
	load       loaders.Options
	gazetteers []string
	withBody   bool
	stats      bool
	out        io.Writer
	errOut     io.Writer
}

func extractCommand() *cli.Command {
	return &cli.Command{
		Name:      "extract",
		Usage:     "extract entities and relations from articles, one JSON record per article (SCHEMA.md)",
		ArgsUsage: "PATH... (files, directories, - for stdin, feed URLs)",
		Description: "Reads and cleans each input like `read`, extracts its record and prints it as JSON Lines in input order.\n" +
			"Bad inputs are skipped and listed on stderr at the end; the exit code is then 6.",
		Flags: append(inputFlags(),
			&cli.StringSliceFlag{Name: "gazetteer", Usage: "extra knowledge-base file (repeatable)"},
			&cli.BoolFlag{Name: "with-body", Usage: "keep the article body in the output"},
			&cli.BoolFlag{Name: "stats", Usage: "print articles/s, MB/s and peak memory to stderr"},
		),
		Action: func(c *cli.Context) error {
			opts := extractOptions{inputs: c.Args().Slice(), load: inputOptions(c), gazetteers: c.StringSlice("gazetteer"),
				withBody: c.Bool("with-body"), stats: c.Bool("stats"), out: c.App.Writer, errOut: c.App.ErrWriter}
			if len(opts.inputs) == 0 {
				return usageError("extract: no input (give files, directories, - for stdin, or URLs)")
			}
			if _, err := loaders.ParseFormat(opts.load.Format); err != nil {
				return usageError("extract: %v", err)
			}
			return runExtract(c.Context, opts)
		},
	}
}

func runExtract(ctx context.Context, opts extractOptions) error {
	x, err := extract.New(extract.Options{Gazetteers: opts.gazetteers})
	if err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	enc := graph.NewEncoder(opts.out)
	start := time.Now()
	var articles int
	var bytesIn int64
	var peak uint64
	var ms runtime.MemStats
	sample := func() {
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak {
			peak = ms.HeapInuse
		}
	}
	err = loaders.Read(ctx, opts.inputs, opts.load, func(d loaders.Doc) error {
		for _, w := range d.Warnings {
			fmt.Fprintf(opts.errOut, "warning: %s\n", w)
		}
		rec := x.Extract(d.Article)
		if opts.withBody {
			rec.Article.Body = d.Article.Body
		} else {
			rec.Article.Body = ""
		}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		articles++
		bytesIn += d.Size
		if opts.stats && articles%64 == 1 {
			sample()
		}
		return nil
	})
	if ferr := enc.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("write: %w", ferr)
	}
	if opts.stats {
		sample()
		secs := time.Since(start).Seconds()
		if secs <= 0 {
			secs = 1e-9
		}
		fmt.Fprintf(opts.errOut, "stats: %d articles in %.2fs (%.1f articles/s, %.2f MB/s), peak heap %.1f MB\n",
			articles, secs, float64(articles)/secs, float64(bytesIn)/1e6/secs, float64(peak)/1e6)
	}
	return loadResult(err, opts.load.Strict, opts.errOut)
}
