package loaders

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/diplograph/diplograph/graph"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenDoc is one line of a golden file: the loaded article with its body,
// the cuts and the warnings.
type goldenDoc struct {
	Article  graph.Article `json:"article"`
	RecordID string        `json:"record_id,omitempty"`
	Cut      []Cut         `json:"cut"`
	Warnings []string      `json:"warnings,omitempty"`
}

// goldenErr is a golden line for a skipped input.
type goldenErr struct {
	Skipped string `json:"skipped"`
}

// loadGolden reads one input with default options and renders the result
// as JSON Lines.
func loadGolden(t *testing.T, path string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	err := Read(context.Background(), []string{path}, Options{}, func(d Doc) error {
		if d.Cut == nil {
			d.Cut = []Cut{}
		}
		return enc.Encode(goldenDoc{Article: d.Article, RecordID: d.RecordID, Cut: d.Cut, Warnings: d.Warnings})
	})
	var list ErrorList
	if errors.As(err, &list) {
		for _, e := range list {
			require.NoError(t, enc.Encode(goldenErr{Skipped: e.Error()}))
		}
	} else {
		require.NoError(t, err)
	}
	return buf.Bytes()
}

// TestGolden loads every input under testdata/golden (text pages, HTML,
// JSON Lines, feeds, encodings) and compares the articles with
// NAME.golden.jsonl. Rewrite with `go test ./loaders -update`.
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/golden/*")
	require.NoError(t, err)
	n := 0
	seen := map[string]string{}
	for _, in := range inputs {
		if strings.HasSuffix(in, ".golden.jsonl") {
			continue
		}
		n++
		stem := strings.TrimSuffix(in, filepath.Ext(in))
		require.Empty(t, seen[stem], "inputs %s and %s share a golden file", seen[stem], in)
		seen[stem] = in
		t.Run(filepath.Base(in), func(t *testing.T) {
			got := loadGolden(t, in)
			golden := strings.TrimSuffix(in, filepath.Ext(in)) + ".golden.jsonl"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "missing golden file; run go test ./loaders -update")
			assert.Equal(t, string(want), string(got), "%s differs from %s", in, golden)
		})
	}
	require.Greater(t, n, 10, "golden inputs")
}
