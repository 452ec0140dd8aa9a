package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestEvalParityWithReferenceScorer checks that `diplograph eval` prints
// exactly what the project's reference scorer prints — tables, figures and
// the verbose list of misses and extras — on the dev set. It needs
// ../shared (the reference scorer and the dev corpus) and python3, and is
// skipped when they are absent; it is the only test that reads ../shared.
func TestEvalParityWithReferenceScorer(t *testing.T) {
	shared, _ := filepath.Abs("../../../shared")
	scorer := filepath.Join(shared, "eval", "score")
	gold := filepath.Join(shared, "corpus", "dev", "gold")
	if _, err := os.Stat(scorer); err != nil {
		t.Skipf("reference scorer not present (%s)", scorer)
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not installed")
	}
	pages, err := filepath.Glob(filepath.Join(shared, "corpus", "dev", "articles", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, pages)

	stdout, stderr, code := run(t, nil, append([]string{"extract"}, pages...)...)
	require.Equal(t, 0, code, stderr)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	require.NoError(t, os.WriteFile(pred, []byte(stdout), 0o644))

	want, err := exec.Command("python3", scorer, "--gold", gold, "--pred", pred, "--verbose").Output()
	require.NoError(t, err)
	got, stderr, code := run(t, nil, "eval", "--gold", gold, "--pred", pred, "--verbose")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, string(want), got)

	// Extracting PATH... directly gives the same figures as scoring saved output.
	direct, stderr, code := run(t, nil, append([]string{"eval", "--gold", gold, "--verbose"}, pages...)...)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, got, direct)
}

func TestEvalUsage(t *testing.T) {
	_, stderr, code := run(t, nil, "eval", "--gold", t.TempDir())
	assert.Equal(t, exitUsage, code, stderr)
	oneClearLine(t, stderr, "")
	_, stderr, code = run(t, nil, "eval", "--gold", t.TempDir(), "--pred", "x.jsonl")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "no *.json answer keys")
}
