package extract

import (
	"bufio"
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/diplograph/diplograph/graph"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.jsonl")

// testExtractor is built once for all tests: the knowledge base is large.
var testExtractor = sync.OnceValues(func() (*Extractor, error) { return New(Options{}) })

func newTestExtractor(tb testing.TB) *Extractor {
	tb.Helper()
	x, err := testExtractor()
	require.NoError(tb, err)
	return x
}

// readTestArticle reads a test article: "key: value" header lines (title,
// published, language, source), a blank line, then the body.
func readTestArticle(path string) (graph.Article, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return graph.Article{}, err
	}
	a := graph.Article{File: filepath.Base(path), Authors: []string{}}
	head, body, _ := strings.Cut(string(b), "\n\n")
	sc := bufio.NewScanner(strings.NewReader(head))
	for sc.Scan() {
		k, v, ok := strings.Cut(sc.Text(), ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch k {
		case "title":
			a.Title = v
		case "published":
			a.Published = &v
		case "language":
			a.Language = v
		case "source":
			a.Source = &v
		}
	}
	a.Body = body
	a.ID = graph.ArticleID(body)
	return a, nil
}

func extractText(t *testing.T, x *Extractor, path string) []byte {
	t.Helper()
	a, err := readTestArticle(path)
	require.NoError(t, err)
	var buf bytes.Buffer
	enc := graph.NewEncoder(&buf)
	require.NoError(t, enc.Encode(x.Extract(a)))
	require.NoError(t, enc.Flush())
	return buf.Bytes()
}

// TestGolden extracts every testdata/NAME.txt and compares the record with
// testdata/NAME.golden.jsonl (rewritten with -update).
func TestGolden(t *testing.T) {
	x := newTestExtractor(t)
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			got := extractText(t, x, p)
			golden := strings.TrimSuffix(p, ".txt") + ".golden.jsonl"
			if *update {
				require.NoError(t, os.WriteFile(golden, got, 0o644))
				return
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "run go test ./extract -update")
			require.Equal(t, string(want), string(got))
		})
	}
}

// TestDeterministic extracts every test article twice, from two
// goroutines, and wants the same bytes.
func TestDeterministic(t *testing.T) {
	x := newTestExtractor(t)
	paths, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, p := range paths {
		var a, b []byte
		var wg sync.WaitGroup
		wg.Add(2)
		go func() { defer wg.Done(); a = extractText(t, x, p) }()
		go func() { defer wg.Done(); b = extractText(t, x, p) }()
		wg.Wait()
		require.Equal(t, string(a), string(b), p)
	}
}
