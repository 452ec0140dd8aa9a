package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph/neo4j"
)

// binary is the diplograph executable built once for the tests that run it
// as a user would.
var binary string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "diplograph-test-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	binary = filepath.Join(dir, "diplograph")
	if out, err := exec.Command("go", "build", "-o", binary, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build diplograph: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	_ = os.RemoveAll(dir)
	os.Exit(code)
}

// run executes the binary with args and extra environment, returning
// stdout, stderr and the exit code.
func run(t *testing.T, env []string, args ...string) (string, string, int) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return out.String(), errOut.String(), code
}

func TestVersion(t *testing.T) {
	out, _, code := run(t, nil, "version")
	assert.Equal(t, 0, code)
	assert.Regexp(t, `^diplograph \S+ \(go1\.`, out)
}

func TestExitCodes(t *testing.T) {
	cases := []struct {
		err  error
		want int
	}{
		{nil, exitOK},
		{errors.New("boom"), exitError},
		{fmt.Errorf("connect: %w", neo4j.ErrUnavailable), exitUnavailable},
		{fmt.Errorf("connect: %w", neo4j.ErrAuth), exitAuth},
		{fmt.Errorf("ping: %w", neo4j.ErrDatabaseNotFound), exitNoDatabase},
		{usageError("unknown query %q", "x"), exitUsage},
		{withCode(exitSkipped, errors.New("2 inputs skipped")), exitSkipped},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, exitCode(c.err), "exitCode(%v)", c.err)
	}
}

// oneClearLine asserts what users see on failure: exactly one line on
// stderr, prefixed by the program name, without the password or a trace.
func oneClearLine(t *testing.T, stderr, password string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
	assert.Len(t, lines, 1, "stderr: %q", stderr)
	assert.True(t, strings.HasPrefix(lines[0], "diplograph: "), "stderr: %q", stderr)
	assert.NotContains(t, stderr, "goroutine")
	if password != "" {
		assert.NotContains(t, stderr, password)
	}
}

func TestPingServerDown(t *testing.T) {
	// Port 1 on loopback: nothing listens there.
	_, stderr, code := run(t, []string{"NEO4J_PASSWORD=secret-pw-123"}, "ping", "--uri", "bolt://127.0.0.1:1")
	assert.Equal(t, exitUnavailable, code, stderr)
	oneClearLine(t, stderr, "secret-pw-123")
	assert.Contains(t, stderr, "unreachable")
}

func TestPingRealServer(t *testing.T) {
	cfg := neo4jtestConfig(t)
	env := []string{"NEO4J_URI=" + cfg.URI, "NEO4J_USER=" + cfg.User, "NEO4J_PASSWORD=" + cfg.Password, "NEO4J_DATABASE=" + cfg.Database}

	out, stderr, code := run(t, env, "ping")
	require.Equal(t, 0, code, stderr)
	assert.Regexp(t, `^Neo4j 5\.\d+\.\d+ community at `, out)

	t.Run("wrong password", func(t *testing.T) {
		_, stderr, code := run(t, env, "ping", "--password", "wrong-password-xyz")
		assert.Equal(t, exitAuth, code, stderr)
		oneClearLine(t, stderr, "wrong-password-xyz")
		assert.Contains(t, stderr, "authentication failed")
	})
	t.Run("unknown database", func(t *testing.T) {
		_, stderr, code := run(t, env, "ping", "--database", "nosuchdb")
		assert.Equal(t, exitNoDatabase, code, stderr)
		oneClearLine(t, stderr, cfg.Password)
		assert.Contains(t, stderr, "nosuchdb")
	})
}
