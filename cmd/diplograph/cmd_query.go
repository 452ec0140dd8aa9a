package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// queryCommand is a placeholder until its issue lands.
func queryCommand() *cli.Command {
	return &cli.Command{
		Name:   "query",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("query: not implemented yet") },
	}
}
