package extract

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/diplograph/diplograph/graph"
)

// benchArticles returns the test articles of testdata as graph.Articles.
func benchArticles(tb testing.TB) []graph.Article {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no test articles: %v", err)
	}
	var out []graph.Article
	for _, p := range paths {
		a, err := readTestArticle(p)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// BenchmarkExtract measures extraction over the test articles with the
// full knowledge base and reports articles per second.
func BenchmarkExtract(b *testing.B) {
	x, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	arts := benchArticles(b)
	b.ResetTimer()
	n := 0
	start := time.Now()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			x.Extract(a)
			n++
		}
	}
	b.ReportMetric(float64(n)/time.Since(start).Seconds(), "articles/s")
}

// BenchmarkNew measures building an Extractor (knowledge base and
// matchers).
func BenchmarkNew(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := New(Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
