package reliability

import (
	"context"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
)

// server drives the local development server with deploy/neo4j/neo4j.sh.
type server struct {
	t      *testing.T
	script string
}

// localServer returns the server's controller and makes sure it is left
// running when the test ends, whatever happens. A server the script does
// not manage fails the test in CI and skips it elsewhere.
func localServer(t *testing.T) *server {
	t.Helper()
	s := &server{t: t, script: filepath.Join(fx.root, "deploy", "neo4j", "neo4j.sh")}
	cfg, _ := neo4jtest.Config()
	if u, err := url.Parse(cfg.URI); err != nil || (u.Hostname() != "localhost" && u.Hostname() != "127.0.0.1") {
		t.Skipf("NEO4J_URI %s is not the local server: it cannot be restarted from here", cfg.URI)
	}
	if out, err := s.sh(time.Minute, "status"); err != nil {
		msg := "the Neo4j server is not managed by deploy/neo4j/neo4j.sh (cannot restart it): " + out
		if os.Getenv("CI") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	t.Cleanup(func() {
		if out, err := s.sh(4*time.Minute, "start"); err != nil {
			t.Errorf("cleanup: neo4j.sh start: %v\n%s", err, out)
		}
	})
	return s
}

func (s *server) sh(timeout time.Duration, args ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, s.script, args...)
	cmd.Dir = fx.root
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// waitForArticles blocks until the graph holds at least one Article (the
// load is writing) or the timeout passes.
func waitForArticles(t *testing.T, db database, timeout time.Duration) bool {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		rows, err := db.Query(ctxT(t, 5*time.Second), "MATCH (a:Article) RETURN count(a) > 0", nil, neo4j.QueryOptions{})
		if err == nil && len(rows.Rows) == 1 && rows.Rows[0][0] == true {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}

// running is a load started in the background.
type running struct {
	cmd   *exec.Cmd
	done  chan result
	start time.Time
}

func startLoad(t *testing.T, cfg neo4j.Config, args ...string) *running {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	cmd, out, errb := command(ctx, cfg, args...)
	r := &running{cmd: cmd, done: make(chan result, 1), start: time.Now()}
	require.NoError(t, cmd.Start())
	go func() {
		err := cmd.Wait()
		cancel()
		r.done <- finish(t, args, err, out, errb, time.Since(r.start))
	}()
	t.Cleanup(func() { _ = cmd.Process.Signal(syscall.SIGKILL) })
	return r
}

// TestServerRestartMidLoad restarts Neo4j while a load writes: the load
// must wait (retry with backoff) and finish with exit 0, and the graph
// must equal a clean load's.
func TestServerRestartMidLoad(t *testing.T) {
	db := newDatabase(t)
	srv := localServer(t)
	want, _ := db.reference(t, pagesDir())

	// One extraction worker: the load outlives the restart's stop phase.
	ld := startLoad(t, db.cfg, loadArgs([]string{"--workers", "1", "--retry-timeout", "90s"}, pagesDir())...)
	require.True(t, waitForArticles(t, db, time.Minute), "the load wrote nothing within a minute")
	t0 := time.Now()
	out, err := srv.sh(4*time.Minute, "restart")
	require.NoError(t, err, "neo4j.sh restart: %s", out)
	t.Logf("restart took %s: %s", time.Since(t0).Round(time.Millisecond), strings.TrimSpace(out))
	var r result
	select {
	case r = <-ld.done:
	case <-time.After(3 * time.Minute):
		t.Fatal("load still running 3 minutes after the restart")
	}
	t.Logf("load: exit %d after %s", r.code, r.elapsed.Round(time.Millisecond))
	survived := 0
	lost := true
	var dn, dr int64
	if assert.Equal(t, 0, r.code, "load across a server restart: %s", r) {
		got := db.checksum(t)
		dn, dr = db.duplicates(t)
		lost = got != want
		if assert.Equal(t, want, got, "graph after a restart differs from a clean load") && dn+dr == 0 {
			survived = 1
		}
	}
	assert.Zero(t, dn+dr, "duplicates")
	results.record(faultRow{Fault: "Neo4j restarted during `load` (--retry-timeout 90s)", Tried: 1, Survived: survived,
		Lost: yesNo(lost, "load failed or checksum differs"), Duplicates: yesNo(dn+dr > 0, "see test log"),
		Note: "neo4j.sh restart (about 8–15 s stop + 8–15 s start) while the load writes; load must retry and exit 0"})
}

// TestRetryTimeoutExceeded stops Neo4j during a load run with a short
// --retry-timeout: the load must give up with one clear line and exit 3;
// after the server is back, a rerun must complete to the clean graph.
func TestRetryTimeoutExceeded(t *testing.T) {
	db := newDatabase(t)
	srv := localServer(t)
	want, _ := db.reference(t, pagesDir())

	ld := startLoad(t, db.cfg, loadArgs([]string{"--workers", "1", "--retry-timeout", "3s"}, pagesDir())...)
	require.True(t, waitForArticles(t, db, time.Minute), "the load wrote nothing within a minute")
	var once sync.Once
	startAgain := func() {
		once.Do(func() {
			if out, err := srv.sh(4*time.Minute, "start"); err != nil {
				t.Errorf("neo4j.sh start: %v\n%s", err, out)
			}
		})
	}
	out, err := srv.sh(2*time.Minute, "stop")
	require.NoError(t, err, "neo4j.sh stop: %s", out)
	stopped := time.Now()
	var r result
	select {
	case r = <-ld.done:
	case <-time.After(45 * time.Second):
		startAgain()
		r = <-ld.done
		t.Errorf("load did not give up within 45 s of the server stopping with --retry-timeout 3s (%s)", r)
	}
	t.Logf("load gave up %s after the stop: exit %d", time.Since(stopped).Round(time.Millisecond), r.code)
	startAgain()
	refused := assert.Equal(t, exitUnavailable, r.code, "load with the server gone past --retry-timeout: %s", r)
	if len(nonEmptyLines(r.stderr)) > 0 {
		line := oneClearLine(t, r)
		assert.Contains(t, strings.ToLower(line), "unreachable", "the line should say the server is unreachable")
	} else {
		t.Errorf("nothing on stderr: %s", r)
	}

	r2 := run(t, db.cfg, 3*time.Minute, loadArgs(nil, pagesDir())...)
	require.Equal(t, 0, r2.code, "rerun after the server came back: %s", r2)
	got := db.checksum(t)
	dn, dr := db.duplicates(t)
	assert.Equal(t, want, got, "graph after give-up + rerun differs from a clean load")
	assert.Zero(t, dn+dr, "duplicates")
	results.record(faultRow{Fault: "Neo4j stopped during `load` past --retry-timeout 3s, then rerun", Tried: 1,
		Survived: boolInt(refused && got == want && dn+dr == 0), Lost: yesNo(got != want, "checksum differs"), Duplicates: yesNo(dn+dr > 0, "see test log"),
		Note: "expects one line, exit 3, then a rerun converging to the clean checksum"})
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Exit codes of cmd/diplograph/exitcode.go.
const (
	exitUsage       = 2
	exitUnavailable = 3
	exitAuth        = 4
	exitNoDatabase  = 5
	exitSkipped     = 6
)

// closedPort returns a local TCP port nobody listens on.
func closedPort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	addr := l.Addr().String()
	require.NoError(t, l.Close())
	return addr
}

// TestConnectionErrors: server down at start, wrong password, wrong
// database: one clear line each, distinct exit codes, no stack trace, no
// password.
func TestConnectionErrors(t *testing.T) {
	db := newDatabase(t)
	good := db.cfg
	secret := "Wr0ng-Pa55-" + strings.Repeat("q", 12)
	cases := []struct {
		name string
		cfg  neo4j.Config
		code int
		says string
	}{
		{"server down (closed port)", withURI(good, "bolt://"+closedPort(t)), exitUnavailable, "unreachable"},
		{"wrong password", withUserPassword(good, "reliability-nobody", secret), exitAuth, "authentication"},
		{"unknown database", withDatabase(good, "nosuchdb"+strings.Repeat("x", 4)), exitNoDatabase, "database"},
	}
	tried, ok := 0, 0
	for _, tc := range cases {
		for _, args := range [][]string{
			{"ping"},
			{"stats"},
			loadArgs(nil, fx.pages[0]),
		} {
			t.Run(tc.name+"/"+args[0], func(t *testing.T) {
				tried++
				r := run(t, tc.cfg, 90*time.Second, args...)
				good := assert.Equal(t, tc.code, r.code, "%s", r)
				line := oneClearLine(t, r)
				good = assert.Contains(t, strings.ToLower(line), tc.says) && good
				good = assert.NotContains(t, r.stdout+r.stderr, tc.cfg.Password, "password printed") && good
				if good {
					ok++
				}
			})
		}
	}
	assert.Zero(t, db.count(t, "MATCH (n) RETURN count(n)", nil), "nothing may be written by failed connections")
	results.record(faultRow{Fault: "server down at start / wrong password / unknown database (ping, stats, load)", Tried: tried, Survived: ok,
		Lost: "n/a", Duplicates: "n/a", Note: "one line on stderr, exit 3 / 4 / 5, no stack trace, no password"})
}

func withURI(c neo4j.Config, uri string) neo4j.Config { c.URI = uri; return c }
func withDatabase(c neo4j.Config, d string) neo4j.Config {
	c.Database = d
	return c
}
func withUserPassword(c neo4j.Config, u, p string) neo4j.Config {
	c.User, c.Password = u, p
	return c
}

// TestUnknownFlagIsUsage: a mistyped flag is a usage error (exit 2, as
// exitcode.go documents), with one line on stderr.
func TestUnknownFlagIsUsage(t *testing.T) {
	cfg := neo4j.Config{URI: "bolt://" + closedPort(t), User: "neo4j", Password: "unused-secret", Database: "neo4j"}
	ok := 0
	for _, args := range [][]string{
		{"load", "--no-such-flag", fx.pages[0]},
		{"stats", "--no-such-flag"},
		{"ping", "--no-such-flag"},
	} {
		r := run(t, cfg, 30*time.Second, args...)
		if assert.Equal(t, exitUsage, r.code, "%s", r) {
			ok++
		}
		oneClearLine(t, r)
	}
	results.record(faultRow{Fault: "mistyped flag (load, stats, ping)", Tried: 3, Survived: ok, Lost: "n/a", Duplicates: "n/a", Note: "exit 2 (usage) with one line"})
}
