package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// schemaCommand is a placeholder until its issue lands.
func schemaCommand() *cli.Command {
	return &cli.Command{
		Name:   "schema",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("schema: not implemented yet") },
	}
}
