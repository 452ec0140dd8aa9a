package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// readCommand is a placeholder until its issue lands.
func readCommand() *cli.Command {
	return &cli.Command{
		Name:   "read",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("read: not implemented yet") },
	}
}
