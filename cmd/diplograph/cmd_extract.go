package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// extractCommand is a placeholder until its issue lands.
func extractCommand() *cli.Command {
	return &cli.Command{
		Name:   "extract",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("extract: not implemented yet") },
	}
}
