package reliability

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
)

// env is the fixture shared by the tests of the package: the binary and
// the synthetic corpus, built once by TestMain.
type env struct {
	root   string // module root
	bin    string // the diplograph binary
	corpus string // bench gen output (pages/en, pages/ru, records.jsonl)
	pages  []string
	n      int

	mu   sync.Mutex
	refs map[string]reference // clean loads by load arguments
}

// reference is a clean single load: its checksum and duration.
type reference struct {
	sum     string
	elapsed time.Duration
}

var fx *env

// loadFlags are used by every load whose checksum is compared: the batch
// size changes which evidence sentences survive the cap, so it is fixed.
var loadFlags = []string{"--batch", "100"}

func TestMain(m *testing.M) {
	if err := setup(); err != nil {
		fmt.Fprintf(os.Stderr, "reliability: %v\n", err)
		os.Exit(1)
	}
	code := m.Run()
	if os.Getenv("DIPLOGRAPH_WRITE_RESULTS") == "1" {
		if err := results.write(filepath.Join(fx.root, "tests", "reliability", "RESULTS.md")); err != nil {
			fmt.Fprintf(os.Stderr, "reliability: %v\n", err)
		}
	}
	_ = os.RemoveAll(filepath.Dir(fx.bin))
	os.Exit(code)
}

func setup() error {
	wd, err := os.Getwd()
	if err != nil {
		return err
	}
	root := filepath.Clean(filepath.Join(wd, "..", ".."))
	tmp, err := os.MkdirTemp("", "diplograph-reliability-")
	if err != nil {
		return err
	}
	fx = &env{root: root, bin: filepath.Join(tmp, "diplograph"), corpus: filepath.Join(tmp, "corpus"), refs: map[string]reference{}}
	build := exec.Command("go", "build", "-o", fx.bin, "./cmd/diplograph")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	fx.n = 1000
	if s := os.Getenv("DIPLOGRAPH_RELIABILITY_ARTICLES"); s != "" {
		if fx.n, err = strconv.Atoi(s); err != nil || fx.n < 200 {
			return fmt.Errorf("DIPLOGRAPH_RELIABILITY_ARTICLES=%q: want a number >= 200", s)
		}
	}
	gen := exec.Command(fx.bin, "bench", "gen", "--articles", strconv.Itoa(fx.n), "--out", fx.corpus, "--seed", "7")
	if out, err := gen.CombinedOutput(); err != nil {
		return fmt.Errorf("bench gen: %v\n%s", err, out)
	}
	for _, lang := range []string{"en", "ru"} {
		m, _ := filepath.Glob(filepath.Join(fx.corpus, "pages", lang, "*.txt"))
		fx.pages = append(fx.pages, m...)
	}
	// Global input order: by page number.
	sort.Slice(fx.pages, func(i, j int) bool { return filepath.Base(fx.pages[i]) < filepath.Base(fx.pages[j]) })
	if len(fx.pages) != fx.n {
		return fmt.Errorf("bench gen wrote %d pages, want %d", len(fx.pages), fx.n)
	}
	return nil
}

// result is what one run of the binary did.
type result struct {
	args           []string
	code           int // exit code; -1 when killed by a signal
	signaled       bool
	stdout, stderr string
	elapsed        time.Duration
}

func (r result) String() string {
	return fmt.Sprintf("diplograph %s: exit %d after %s\nstdout:\n%s\nstderr:\n%s",
		strings.Join(r.args, " "), r.code, r.elapsed.Round(time.Millisecond), clip(r.stdout), clip(r.stderr))
}

func clip(s string) string {
	if len(s) > 4000 {
		return s[:2000] + "\n…\n" + s[len(s)-2000:]
	}
	return s
}

// connEnv is the environment of the binary for cfg (password through the
// environment, as the docs recommend).
func connEnv(cfg neo4j.Config) []string {
	e := []string{}
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "DIPLOGRAPH_RETRY") {
			e = append(e, kv)
		}
	}
	return append(e, "NEO4J_URI="+cfg.URI, "NEO4J_USER="+cfg.User, "NEO4J_PASSWORD="+cfg.Password, "NEO4J_DATABASE="+cfg.Database)
}

// command prepares the binary with args and the connection environment.
func command(ctx context.Context, cfg neo4j.Config, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	cmd := exec.CommandContext(ctx, fx.bin, args...)
	cmd.Env = connEnv(cfg)
	cmd.Dir = fx.root
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGKILL) }
	return cmd, &out, &errb
}

// run runs the binary to its end (or timeout, then SIGKILL).
func run(t testing.TB, cfg neo4j.Config, timeout time.Duration, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd, out, errb := command(ctx, cfg, args...)
	start := time.Now()
	err := cmd.Run()
	return finish(t, args, err, out, errb, time.Since(start))
}

// finish turns the outcome of a run into a result.
func finish(t testing.TB, args []string, err error, out, errb *bytes.Buffer, d time.Duration) result {
	t.Helper()
	r := result{args: args, stdout: out.String(), stderr: errb.String(), elapsed: d}
	var ee *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
		if ws, ok := ee.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
			r.signaled, r.code = true, -1
		}
	default:
		t.Fatalf("run diplograph %v: %v", args, err)
	}
	return r
}

// loadArgs is `load` with the fixed flags and the inputs.
func loadArgs(extra []string, inputs ...string) []string {
	a := append([]string{"load"}, loadFlags...)
	a = append(a, extra...)
	return append(a, inputs...)
}

// database is the store of a test: neo4jtest.New (lock held, database
// empty) plus the configuration the binary gets.
type database struct {
	*neo4j.Store
	cfg neo4j.Config
}

func newDatabase(t *testing.T) database {
	t.Helper()
	s := neo4jtest.New(t)
	return database{Store: s, cfg: s.Config()}
}

func ctxT(t testing.TB, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func (db database) reset(t testing.TB) {
	t.Helper()
	require.NoError(t, db.Reset(ctxT(t, 2*time.Minute)))
}

func (db database) checksum(t testing.TB) string {
	t.Helper()
	sum, err := db.Checksum(ctxT(t, 2*time.Minute))
	require.NoError(t, err)
	return sum
}

// query runs a read query through the store and returns its rows.
func (db database) query(t testing.TB, cypher string, params map[string]any) [][]any {
	t.Helper()
	res, err := db.Query(ctxT(t, time.Minute), cypher, params, neo4j.QueryOptions{})
	require.NoError(t, err, cypher)
	return res.Rows
}

func (db database) count(t testing.TB, cypher string, params map[string]any) int64 {
	t.Helper()
	rows := db.query(t, cypher, params)
	require.Len(t, rows, 1, cypher)
	n, ok := rows[0][0].(int64)
	require.True(t, ok, "%s: %T", cypher, rows[0][0])
	return n
}

// duplicates counts nodes sharing (label, id) and relationships sharing
// their identity (type, endpoints, role): both must be zero.
func (db database) duplicates(t testing.TB) (nodes, rels int64) {
	t.Helper()
	for _, l := range graph.Labels() {
		rows := db.query(t, "MATCH (n:"+string(l)+") RETURN count(n) - count(DISTINCT n.id) AS d, count(n) - count(n.id) AS noid", nil)
		nodes += rows[0][0].(int64) + rows[0][1].(int64)
	}
	for _, rt := range graph.RelTypes() {
		rows := db.query(t, "MATCH (a)-[r:"+string(rt)+"]->(b) WITH a, b, r.role AS role, count(r) AS c WHERE c > 1 RETURN coalesce(sum(c - 1), 0)", nil)
		rels += rows[0][0].(int64)
	}
	// MET_WITH is symmetric and stored once: a pair stored both ways is a
	// duplicate too.
	rels += db.count(t, "MATCH (a)-[:MET_WITH]->(b)-[:MET_WITH]->(a) WHERE a.id < b.id RETURN count(*)", nil)
	return nodes, rels
}

// reference returns the checksum of a clean single load of inputs (cached
// per argument list), leaving the database reset.
func (db database) reference(t *testing.T, inputs ...string) (string, time.Duration) {
	t.Helper()
	key := strings.Join(loadArgs(nil, inputs...), "\x00")
	fx.mu.Lock()
	ref, ok := fx.refs[key]
	fx.mu.Unlock()
	if ok {
		return ref.sum, ref.elapsed
	}
	db.reset(t)
	r := run(t, db.cfg, 3*time.Minute, loadArgs(nil, inputs...)...)
	require.Equal(t, 0, r.code, "clean load: %s", r)
	sum := db.checksum(t)
	n, rl := db.duplicates(t)
	require.Zero(t, n, "duplicate nodes after a clean load")
	require.Zero(t, rl, "duplicate relationships after a clean load")
	db.reset(t)
	fx.mu.Lock()
	fx.refs[key] = reference{sum: sum, elapsed: r.elapsed}
	fx.mu.Unlock()
	t.Logf("reference: clean load of %d input(s) in %s, checksum %s", len(inputs), r.elapsed.Round(time.Millisecond), sum[:16])
	return sum, r.elapsed
}

// pagesDir is the corpus directory of pages (the usual input).
func pagesDir() string { return filepath.Join(fx.corpus, "pages") }

// oneClearLine asserts that stderr is one line starting "diplograph: " with
// no stack trace, and returns it.
func oneClearLine(t testing.TB, r result) string {
	t.Helper()
	lines := nonEmptyLines(r.stderr)
	require.Len(t, lines, 1, "want one line on stderr: %s", r)
	l := lines[0]
	require.True(t, strings.HasPrefix(l, "diplograph: "), "stderr line %q", l)
	for _, bad := range []string{"goroutine ", "panic", ".go:", "runtime."} {
		require.NotContains(t, r.stderr, bad, "stack trace on stderr: %s", r)
	}
	return l
}

func nonEmptyLines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}
