package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// benchCommand is a placeholder until its issue lands.
func benchCommand() *cli.Command {
	return &cli.Command{
		Name:   "bench",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("bench: not implemented yet") },
	}
}
