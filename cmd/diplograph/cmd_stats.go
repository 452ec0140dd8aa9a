package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// statsCommand is a placeholder until its issue lands.
func statsCommand() *cli.Command {
	return &cli.Command{
		Name:   "stats",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("stats: not implemented yet") },
	}
}
