package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
	"github.com/diplograph/diplograph/graph/neo4j"
	"github.com/diplograph/diplograph/graph/neo4j/neo4jtest"
	"github.com/diplograph/diplograph/synth"
)

// corpus writes n synthetic records and returns the JSON Lines path.
func corpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	_, err := synth.Generate(synth.Options{Articles: n, Dir: dir, Seed: 3, Records: true})
	require.NoError(t, err)
	return filepath.Join(dir, "records.jsonl")
}

func loadOpts(cfg neo4j.Config, from string) (loadOptions, *bytes.Buffer) {
	var out bytes.Buffer
	return loadOptions{conn: cfg, from: from, batch: 7, workers: 1, json: true, out: &out, errOut: &bytes.Buffer{}}, &out
}

func graphState(t *testing.T, s *neo4j.Store) (neo4j.Stats, string) {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	require.NoError(t, err)
	sum, err := s.Checksum(ctx)
	require.NoError(t, err)
	return st, sum
}

func TestLoadFromTwiceIdenticalAnyWorkers(t *testing.T) {
	s := neo4jtest.New(t)
	cfg, _ := neo4jtest.Config()
	from := corpus(t, 60)
	ctx := context.Background()

	opts, out := loadOpts(cfg, from)
	require.NoError(t, runLoad(ctx, opts))
	var sum loadSummary
	require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
	assert.Equal(t, 60, sum.Read)
	assert.Equal(t, 60, sum.Written)
	assert.Positive(t, sum.RelationshipsCreated)
	st1, c1 := graphState(t, s)
	assert.Equal(t, int64(60), st1.Nodes[0].Count)

	// Second load: everything skipped by the completion markers.
	opts, out = loadOpts(cfg, from)
	opts.workers = 4
	require.NoError(t, runLoad(ctx, opts))
	sum = loadSummary{}
	require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
	assert.Equal(t, 60, sum.AlreadyLoaded)
	assert.Zero(t, sum.NodesCreated+sum.RelationshipsCreated)

	// Forced reload with other workers and batch: merges are idempotent.
	opts, _ = loadOpts(cfg, from)
	opts.workers, opts.batch, opts.force = 3, 11, true
	require.NoError(t, runLoad(ctx, opts))
	st2, c2 := graphState(t, s)
	assert.Equal(t, st1, st2)
	assert.Equal(t, c1, c2)

	// From scratch with 4 workers: the same graph as with 1.
	require.NoError(t, s.Reset(ctx))
	opts, _ = loadOpts(cfg, from)
	opts.workers = 4
	require.NoError(t, runLoad(ctx, opts))
	st3, c3 := graphState(t, s)
	assert.Equal(t, st1, st3)
	assert.Equal(t, c1, c3)
}

func TestLoadDryRunWritesNothing(t *testing.T) {
	s := neo4jtest.New(t)
	cfg, _ := neo4jtest.Config()
	opts, out := loadOpts(cfg, corpus(t, 20))
	opts.dryRun = true
	require.NoError(t, runLoad(context.Background(), opts))
	var sum loadSummary
	require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
	assert.True(t, sum.DryRun)
	assert.Equal(t, 20, sum.Nodes[graph.LabelArticle].Rows)
	assert.Positive(t, sum.Relationships[graph.RelMentions].Rows)
	st, _ := graphState(t, s)
	assert.Zero(t, st.TotalNodes())
	assert.Zero(t, st.TotalRelationships())
}

func TestLoadDryRunNeedsNoServer(t *testing.T) {
	opts, _ := loadOpts(neo4j.Config{URI: "bolt://127.0.0.1:1", User: "x"}, corpus(t, 5))
	opts.dryRun = true
	assert.NoError(t, runLoad(context.Background(), opts))
}

func TestLoadBadLinesReportedAndSkipped(t *testing.T) {
	s := neo4jtest.New(t)
	cfg, _ := neo4jtest.Config()
	good, err := os.ReadFile(corpus(t, 3))
	require.NoError(t, err)
	lines := strings.SplitAfter(strings.TrimSpace(string(good)), "\n")
	bad := `{"article":{"id":"x"},"entities":[{"id":"c:1","label":"Country","name":"C"}]}` + "\n"
	input := lines[0] + "{broken\n" + lines[1] + bad + lines[2] + "\n"
	path := filepath.Join(t.TempDir(), "in.jsonl")
	require.NoError(t, os.WriteFile(path, []byte(input), 0o644))

	opts, out := loadOpts(cfg, path)
	err = runLoad(context.Background(), opts)
	assert.Equal(t, exitSkipped, exitCode(err), "bad lines give the 'skipped' exit code: %v", err)
	var sum loadSummary
	require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
	assert.Equal(t, 5, sum.Read)
	assert.Equal(t, 2, sum.Invalid)
	assert.Equal(t, 3, sum.Written)
	require.Len(t, sum.Problems, 2)
	assert.Contains(t, sum.Problems[0], ":2:")
	assert.Contains(t, sum.Problems[1], ":4:")
	st, _ := graphState(t, s)
	assert.Equal(t, int64(3), st.Nodes[0].Count)
}

func TestLoadResetNeedsYesWithoutTerminal(t *testing.T) {
	opts, _ := loadOpts(neo4j.Config{URI: "bolt://127.0.0.1:1"}, "x.jsonl")
	opts.reset = true
	err := runLoad(context.Background(), opts)
	assert.Equal(t, exitUsage, exitCode(err))
	assert.ErrorContains(t, err, "--yes")

	// On a terminal, "n" keeps the graph.
	opts.stdinTerminal = true
	opts.stdin = strings.NewReader("n\n")
	err = runLoad(context.Background(), opts)
	assert.ErrorContains(t, err, "not confirmed")
}

func TestLoadNeedsInput(t *testing.T) {
	opts, _ := loadOpts(neo4j.Config{}, "")
	assert.Equal(t, exitUsage, exitCode(runLoad(context.Background(), opts)))
	opts.from, opts.paths = "a.jsonl", []string{"b"}
	assert.Equal(t, exitUsage, exitCode(runLoad(context.Background(), opts)))
}

func TestSchemaCommandIdempotent(t *testing.T) {
	neo4jtest.New(t)
	cfg, _ := neo4jtest.Config()
	var out bytes.Buffer
	require.NoError(t, runSchema(context.Background(), schemaOptions{conn: cfg, out: &out}))
	out.Reset()
	require.NoError(t, runSchema(context.Background(), schemaOptions{conn: cfg, json: true, out: &out}))
	var sum neo4j.SchemaSummary
	require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
	assert.Zero(t, sum.Created)
	assert.Equal(t, len(neo4j.SchemaStatements()), sum.Existing)
}

func TestStatsAndExport(t *testing.T) {
	neo4jtest.New(t)
	cfg, _ := neo4jtest.Config()
	ctx := context.Background()
	opts, _ := loadOpts(cfg, corpus(t, 10))
	require.NoError(t, runLoad(ctx, opts))

	var out bytes.Buffer
	require.NoError(t, runStats(ctx, statsOptions{conn: cfg, json: true, checksum: true, out: &out}))
	var st statsOutput
	require.NoError(t, json.Unmarshal(out.Bytes(), &st))
	assert.Equal(t, int64(10), st.Nodes[0].Count)
	assert.Len(t, st.Checksum, 64)

	dir := t.TempDir()
	require.NoError(t, runExport(ctx, exportOptions{conn: cfg, format: neo4j.FormatNeo4jAdmin, out: dir, stdout: &out, stderr: &out}))
	h, err := os.ReadFile(filepath.Join(dir, "nodes-Person.header.csv"))
	require.NoError(t, err)
	assert.Equal(t, "id:ID,name,aliases:string[]\n", string(h))
	args, err := os.ReadFile(filepath.Join(dir, "import.args"))
	require.NoError(t, err)
	assert.Contains(t, string(args), "--relationships=MENTIONS=")

	for _, f := range []neo4j.ExportFormat{neo4j.FormatJSONL, neo4j.FormatGraphML} {
		var a, b bytes.Buffer
		require.NoError(t, runExport(ctx, exportOptions{conn: cfg, format: f, stdout: &a, stderr: &bytes.Buffer{}}))
		require.NoError(t, runExport(ctx, exportOptions{conn: cfg, format: f, stdout: &b, stderr: &bytes.Buffer{}}))
		assert.Equal(t, a.String(), b.String(), "%s export is deterministic", f)
		assert.Positive(t, a.Len())
	}
}

// TestLoadResumeAfterInterruption: a load killed after some batches
// committed is resumed by running it again; the graph is the same as after
// one uninterrupted load, and the committed articles are skipped.
func TestLoadResumeAfterInterruption(t *testing.T) {
	s := neo4jtest.New(t)
	cfg, _ := neo4jtest.Config()
	ctx := context.Background()
	full := corpus(t, 40)
	b, err := os.ReadFile(full)
	require.NoError(t, err)
	lines := strings.SplitAfter(string(b), "\n")
	part := filepath.Join(t.TempDir(), "part.jsonl")
	require.NoError(t, os.WriteFile(part, []byte(strings.Join(lines[:21], "")), 0o644))

	opts, _ := loadOpts(cfg, full)
	require.NoError(t, runLoad(ctx, opts))
	_, want := graphState(t, s)

	require.NoError(t, s.Reset(ctx))
	opts, _ = loadOpts(cfg, part) // what committed before the kill
	require.NoError(t, runLoad(ctx, opts))
	opts, out := loadOpts(cfg, full)
	require.NoError(t, runLoad(ctx, opts))
	var sum loadSummary
	require.NoError(t, json.Unmarshal(out.Bytes(), &sum))
	assert.Equal(t, 21, sum.AlreadyLoaded)
	assert.Equal(t, 19, sum.Written)
	_, got := graphState(t, s)
	assert.Equal(t, want, got)
}
