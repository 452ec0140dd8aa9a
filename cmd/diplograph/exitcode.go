package main

import (
	"context"
	"errors"

	"github.com/diplograph/diplograph/graph/neo4j"
)

// Exit codes of diplograph, decided here and nowhere else (listed in the
// README).
const (
	exitOK          = 0   // success
	exitError       = 1   // any other failure
	exitUsage       = 2   // bad flags, arguments, unknown query or parameter
	exitUnavailable = 3   // Neo4j cannot be reached (or went away past --retry-timeout)
	exitAuth        = 4   // Neo4j refused the credentials
	exitNoDatabase  = 5   // the --database does not exist
	exitSkipped     = 6   // the run finished but skipped some bad inputs (listed in the summary)
	exitInterrupted = 130 // interrupted by SIGINT/SIGTERM
)

// exitCode maps an error returned by a command to the process exit code.
func exitCode(err error) int {
	var ce *codedError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ce):
		return ce.code
	case errors.Is(err, neo4j.ErrAuth):
		return exitAuth
	case errors.Is(err, neo4j.ErrDatabaseNotFound):
		return exitNoDatabase
	case errors.Is(err, neo4j.ErrUnavailable):
		return exitUnavailable
	case errors.Is(err, context.Canceled):
		return exitInterrupted
	case isUsage(err):
		return exitUsage
	}
	return exitError
}
