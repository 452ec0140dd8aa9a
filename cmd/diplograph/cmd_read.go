package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/loaders"
)

// readOptions are the flags of `diplograph read`.
type readOptions struct {
	inputs []string
	load   loaders.Options
	out    io.Writer
	errOut io.Writer
}

func readCommand() *cli.Command {
	return &cli.Command{
		Name:      "read",
		Usage:     "print the cleaned articles of text pages, HTML, JSON Lines or feeds as JSON Lines",
		ArgsUsage: "PATH... (files, directories, - for stdin, feed URLs)",
		Description: "Shows what the loaders make of each input: id, file, title, published date, language,\n" +
			"source, authors, the story body, and what was cut and why (side lists, blurbs, captions …).",
		Flags: inputFlags(),
		Action: func(c *cli.Context) error {
			opts := readOptions{inputs: c.Args().Slice(), load: inputOptions(c), out: c.App.Writer, errOut: c.App.ErrWriter}
			if len(opts.inputs) == 0 {
				return usageError("read: no input (give files, directories, - for stdin, or URLs)")
			}
			if _, err := loaders.ParseFormat(opts.load.Format); err != nil {
				return usageError("read: %v", err)
			}
			return runRead(c.Context, opts)
		},
	}
}

// inputFlags are the input flags shared by read and extract.
func inputFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "format", Usage: "input format for every input: text, html, jsonl or feed (default: by extension, then content)"},
		&cli.StringFlag{Name: "glob", Usage: "when walking directories, read only files whose name matches this pattern (e.g. '*.txt')"},
		&cli.BoolFlag{Name: "strict", Usage: "stop at the first bad input instead of skipping it"},
	}
}

func inputOptions(c *cli.Context) loaders.Options {
	return loaders.Options{Format: c.String("format"), Glob: c.String("glob"), Strict: c.Bool("strict"), Stdin: os.Stdin}
}

// readRecord is one line of `diplograph read`.
type readRecord struct {
	ID          string        `json:"id"`
	File        string        `json:"file"`
	URL         string        `json:"url,omitempty"`
	RecordID    string        `json:"record_id,omitempty"`
	Title       string        `json:"title"`
	Published   *string       `json:"published"`
	Language    string        `json:"language"`
	Source      *string       `json:"source"`
	Authors     []string      `json:"authors"`
	WordCount   int           `json:"word_count"`
	DuplicateOf []string      `json:"duplicate_of,omitempty"`
	Body        string        `json:"body"`
	Cut         []loaders.Cut `json:"cut"`
	Warnings    []string      `json:"warnings,omitempty"`
}

func runRead(ctx context.Context, opts readOptions) error {
	enc := graph.NewEncoder(opts.out)
	err := loaders.Read(ctx, opts.inputs, opts.load, func(d loaders.Doc) error {
		a := d.Article
		cut := d.Cut
		if cut == nil {
			cut = []loaders.Cut{}
		}
		rec := readRecord{ID: a.ID, File: a.File, URL: a.URL, RecordID: d.RecordID, Title: a.Title, Published: a.Published,
			Language: a.Language, Source: a.Source, Authors: a.Authors, WordCount: a.WordCount, DuplicateOf: a.DuplicateOf,
			Body: a.Body, Cut: cut, Warnings: d.Warnings}
		if err := enc.Encode(rec); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
	if ferr := enc.Flush(); ferr != nil && err == nil {
		err = fmt.Errorf("write: %w", ferr)
	}
	return loadResult(err, opts.load.Strict, opts.errOut)
}

// loadResult turns the error of loaders.Read into the command's error:
// skipped inputs are listed on stderr and give exit code 6 (exit 1 with
// --strict, which stopped at the first); other errors pass through.
func loadResult(err error, strict bool, errOut io.Writer) error {
	if err == nil {
		return nil
	}
	var list loaders.ErrorList
	if !errors.As(err, &list) {
		return err
	}
	for _, e := range list {
		fmt.Fprintf(errOut, "skipped: %s\n", e.Error())
	}
	if strict {
		return withCode(exitError, fmt.Errorf("stopped at a bad input (--strict): %s", list[0].Error()))
	}
	return withCode(exitSkipped, fmt.Errorf("%d input(s) skipped (listed above)", len(list)))
}
