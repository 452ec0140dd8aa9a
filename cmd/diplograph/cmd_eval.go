package main

import (
	"errors"

	"github.com/urfave/cli/v2"
)

// evalCommand is a placeholder until its issue lands.
func evalCommand() *cli.Command {
	return &cli.Command{
		Name:   "eval",
		Usage:  "(not yet implemented)",
		Hidden: true,
		Action: func(*cli.Context) error { return errors.New("eval: not implemented yet") },
	}
}
