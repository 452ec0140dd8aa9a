// Command diplograph turns news articles about relations between states into
// a Neo4j knowledge graph: read → clean → extract → resolve → write, plus
// saved queries, evaluation and benchmarks. Run `diplograph help`.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/urfave/cli/v2"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newApp(os.Stdout, os.Stderr).RunContext(ctx, os.Args)
	stop()
	code := exitCode(err)
	if err != nil && code != exitOK {
		fmt.Fprintf(os.Stderr, "diplograph: %s\n", oneLine(err))
	}
	os.Exit(code)
}

// newApp builds the command tree. Every subcommand lives in its own
// cmd_NAME.go file, turns its flags into an options struct and calls
// runNAME(ctx, opts).
func newApp(stdout, stderr io.Writer) *cli.App {
	app := &cli.App{
		Name:                 "diplograph",
		Usage:                "build a Neo4j knowledge graph of diplomacy and defence from news articles",
		Version:              version,
		Writer:               stdout,
		ErrWriter:            stderr,
		EnableBashCompletion: true,
		HideVersion:          true,
		// Errors are printed once, by main, as one line.
		ExitErrHandler: func(*cli.Context, error) {},
		Commands: []*cli.Command{
			versionCommand(),
			pingCommand(),
			readCommand(),
			extractCommand(),
			evalCommand(),
			schemaCommand(),
			loadCommand(),
			statsCommand(),
			queryCommand(),
			exportCommand(),
			benchCommand(),
		},
		OnUsageError: onUsageError,
	}
	for _, c := range app.Commands {
		switch c.Name {
		case "read", "extract", "eval", "load":
			flagsAnywhere(c)
		}
	}
	setUsageErrors(app.Commands)
	return app
}

// onUsageError turns a flag parsing error into a usage error (exit code 2,
// one line), instead of urfave/cli's help dump and exit code 1.
func onUsageError(c *cli.Context, err error, _ bool) error {
	name := c.App.Name
	if c.Command != nil && c.Command.Name != "" {
		name = c.Command.FullName()
	}
	return usageError("%s: %v", name, err)
}

func setUsageErrors(cmds []*cli.Command) {
	for _, c := range cmds {
		c.OnUsageError = onUsageError
		setUsageErrors(c.Subcommands)
	}
}

// flagsAnywhere lets a command's flags stand after its PATH arguments
// (`load DIR --password X`): without it urfave/cli stops parsing flags at
// the first argument and would take "--password" and its value for paths.
func flagsAnywhere(cmd *cli.Command) {
	action := cmd.Action
	cmd.SkipFlagParsing = true
	// urfave/cli checks required flags before the action, on the flags it
	// did not parse: check them here instead.
	var required []string
	for _, f := range cmd.Flags {
		if sf, ok := f.(*cli.StringFlag); ok && sf.Required {
			sf.Required = false
			required = append(required, sf.Name)
		}
	}
	cmd.Action = func(c *cli.Context) error {
		parsed, err := interspersed(c)
		if err != nil || parsed == nil {
			return err
		}
		for _, name := range required {
			if !parsed.IsSet(name) {
				return usageError("%s: required flag --%s not set", cmd.FullName(), name)
			}
		}
		return action(parsed)
	}
}

// errorf marks an error with the exit code main should return for it.
type codedError struct {
	code int
	err  error
}

func (e *codedError) Error() string { return e.err.Error() }
func (e *codedError) Unwrap() error { return e.err }

// withCode attaches an exit code to err (nil stays nil).
func withCode(code int, err error) error {
	if err == nil {
		return nil
	}
	return &codedError{code: code, err: err}
}

var errUsage = errors.New("usage")

// usageError reports a mistake in the command line (exit code 2).
func usageError(format string, args ...any) error {
	return withCode(exitUsage, fmt.Errorf("%w: %s", errUsage, fmt.Sprintf(format, args...)))
}

// oneLine keeps the first line of an error message: users get one clear
// line, never a stack trace.
func oneLine(err error) string {
	s := err.Error()
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return s[:i]
		}
	}
	return s
}
