package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// loadCommand is a placeholder until its issue lands.
func loadCommand() *cli.Command {
	return &cli.Command{
		Name:   "load",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("load: not implemented yet") },
	}
}
